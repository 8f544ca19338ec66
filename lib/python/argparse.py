"""Command-line parsing: ArgumentParser and its actions, groups, subcommands and help layout.

The behaviour, messages and help text follow CPython 3.13's argparse (Doc/library/argparse.rst):
the usage line wraps the way its HelpFormatter wraps it, every error reads the same, and the
semi-private names that programs reach for (parser._actions, formatter._split_lines,
argparse._StoreAction, ...) exist under the same names.
"""

import os as _os
import re as _re
import sys as _sys

__version__ = '1.1'
__all__ = [
    'ArgumentParser',
    'ArgumentError',
    'ArgumentTypeError',
    'BooleanOptionalAction',
    'FileType',
    'HelpFormatter',
    'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter',
    'MetavarTypeHelpFormatter',
    'Namespace',
    'Action',
    'ONE_OR_MORE',
    'OPTIONAL',
    'PARSER',
    'REMAINDER',
    'SUPPRESS',
    'ZERO_OR_MORE',
]

# The sentinel and nargs spellings are part of the public interface: programs compare against
# them and pass them as values.
SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# A subparser leaves the strings it did not recognise on the namespace under this name; the
# parent parser moves them to its own list of extras.
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _plural(singular, plural, n):
    # gettext's ngettext without a catalogue: the singular form only for exactly one.
    return singular if n == 1 else plural


def _terminal_columns():
    """Columns of the terminal as shutil.get_terminal_size() reports them: $COLUMNS when it is
    a positive integer, else the size of the terminal on stdout, else 80."""
    try:
        columns = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    query = getattr(_os, 'get_terminal_size', None)
    stream = getattr(_sys, '__stdout__', None)
    if query is not None and stream is not None:
        try:
            columns = query(stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _AttributeHolder(object):
    """Gives a repr listing positional values from _get_args() and keyword values from
    _get_kwargs(); names that are not identifiers are gathered into a trailing **{...}."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        odd_names = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                odd_names[name] = value
        if odd_names:
            shown.append('**' + repr(odd_names))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


def _copy_items(items):
    # append-style actions must not mutate a list that came from a default.
    if items is None:
        return []
    if type(items) is list:
        return list(items)
    import copy
    return copy.copy(items)


# ---------------------------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------------------------

class HelpFormatter(object):
    """Lays out usage, descriptions and argument help. Only the class name is public; the
    underscore methods are the hooks the formatter subclasses (and user subclasses) override."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        # The widest invocation (plus its indent) seen so far; it decides the help column.
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section
        self._whitespace_matcher = _re.compile(r'\s+', _re.ASCII)
        self._long_break_matcher = _re.compile(r'\n\n\n+')

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    class _Section(object):
        """A heading and the deferred pieces under it. Pieces are rendered only at the end,
        once every argument has been seen and the help column is known."""

        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            fmt = self.formatter
            nested = self.parent is not None
            if nested:
                fmt._indent()
            body = fmt._join_parts([render(*args) for render, args in self.items])
            if nested:
                fmt._dedent()
            if not body:
                return ''
            title = ''
            if self.heading is not None and self.heading is not SUPPRESS:
                title = ' ' * fmt._current_indent + '%s:' % (self.heading,) + '\n'
            return fmt._join_parts(['\n', title, body, '\n'])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    # -- the public-ish building interface used by ArgumentParser --

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, (usage, actions, groups, prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        invocation = self._format_action_invocation
        longest = len(invocation(action)) + self._current_indent
        for sub in self._iter_indented_subactions(action):
            longest = max(longest, len(invocation(sub)) + self._current_indent)
        self._action_max_length = max(self._action_max_length, longest)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = self._long_break_matcher.sub('\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join([p for p in part_strings if p and p is not SUPPRESS])

    # -- usage --

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = '%(prog)s' % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            whole = self._format_actions_usage(optionals + positionals, groups)
            usage = ' '.join([s for s in (prog, whole) if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                usage = '\n'.join(self._wrap_usage(prog, prefix, optionals, positionals,
                                                   groups, text_width))
        return '%s%s\n\n' % (prefix, usage)

    def _wrap_usage(self, prog, prefix, optionals, positionals, groups, text_width):
        opt_parts = self._get_actions_usage_parts(optionals, groups)
        pos_parts = self._get_actions_usage_parts(positionals, groups)

        def fill(parts, indent, first_prefix=None):
            # Greedy filling; each line starts with `indent`, except that the first line of a
            # block that follows the prefix loses it (the prefix stands in its place).
            lines = []
            current = []
            used = (len(first_prefix) if first_prefix is not None else len(indent)) - 1
            for part in parts:
                if current and used + 1 + len(part) > text_width:
                    lines.append(indent + ' '.join(current))
                    current = []
                    used = len(indent) - 1
                current.append(part)
                used += len(part) + 1
            if current:
                lines.append(indent + ' '.join(current))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            # Continuation lines line up after the program name.
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = fill([prog] + opt_parts, indent, prefix)
                lines.extend(fill(pos_parts, indent))
            elif pos_parts:
                lines = fill([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            # A long program name stands alone; everything else goes underneath.
            indent = ' ' * len(prefix)
            lines = fill(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = fill(opt_parts, indent) + fill(pos_parts, indent)
            lines = [prog] + lines
        return lines

    def _format_actions_usage(self, actions, groups):
        return ' '.join(self._get_actions_usage_parts(actions, groups))

    def _get_actions_usage_parts(self, actions, groups):
        # Mutually exclusive groups whose actions sit next to each other in `actions` are shown
        # together, as [-a | -b] or (-a | -b).
        in_a_group = set()
        spans = {}
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if all(a.help is SUPPRESS for a in members):
                continue
            try:
                start = actions.index(members[0])
            except ValueError:
                continue
            end = start + len(members)
            if actions[start:end] == members:
                in_a_group.update(members)
                spans[start, end] = group

        parts = []
        for action in actions:
            if action.help is SUPPRESS:
                parts.append(None)
                continue
            if not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in in_a_group and part[0] == '[' and part[-1] == ']':
                    part = part[1:-1]
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    part = '%s %s' % (action.option_strings[0],
                                      self._format_args(action, metavar))
                if not action.required and action not in in_a_group:
                    part = '[%s]' % part
            parts.append(part)

        separated = set()
        for start, end in sorted(spans, reverse=True):
            group = spans[start, end]
            shown = [p for p in parts[start:end] if p is not None]
            count = len(shown)
            if not group.required:
                opening, closing = '[', ']'
            elif count > 1:
                opening, closing = '(', ')'
            else:
                opening = closing = ''
            shown[0] = opening + shown[0]
            shown[-1] = shown[-1] + closing
            for index in range(start, start + count - 1):
                if index not in separated:
                    parts[index] = shown[index - start] + ' |'
                    separated.add(index)
            parts[start + count - 1] = shown[-1]
            for index in range(start + count, end):
                parts[index] = None
        return [p for p in parts if p is not None]

    # -- text and arguments --

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        lead = ' ' * self._current_indent

        # The help starts on the invocation's line when the invocation fits before the help
        # column, and on the next line otherwise.
        first_indent = 0
        if not action.help:
            header = lead + header + '\n'
        elif len(header) <= action_width:
            header = lead + header.ljust(action_width) + '  '
        else:
            header = lead + header + '\n'
            first_indent = help_position
        parts = [header]

        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append(' ' * first_indent + lines[0] + '\n')
                for line in lines[1:]:
                    parts.append(' ' * help_position + line + '\n')
        elif not header.endswith('\n'):
            parts.append('\n')

        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(
                action, self._get_default_metavar_for_positional(action))(1)
            return metavar
        names = ', '.join(action.option_strings)
        if action.nargs == 0:
            return names
        metavar = self._get_default_metavar_for_optional(action)
        return names + ' ' + self._format_args(action, metavar)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            chosen = action.metavar
        elif action.choices is not None:
            chosen = '{%s}' % ','.join([str(choice) for choice in action.choices])
        else:
            chosen = default_metavar

        def metavars(count):
            if isinstance(chosen, tuple):
                return chosen
            return (chosen,) * count
        return metavars

    def _format_args(self, action, default_metavar):
        # The %-formatting is deliberate: a metavar tuple of the wrong length must raise the
        # TypeError that add_argument turns into its "length of metavar tuple" error.
        metavars = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % metavars(1)
        if nargs == OPTIONAL:
            return '[%s]' % metavars(1)
        if nargs == ZERO_OR_MORE:
            names = metavars(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % metavars(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % metavars(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * len(range(nargs))
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(slots) % metavars(nargs)

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for key in list(values):
            if values[key] is SUPPRESS:
                del values[key]
        for key in list(values):
            if hasattr(values[key], '__name__'):
                values[key] = values[key].__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join([str(c) for c in values['choices']])
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        try:
            subactions = action._get_subactions
        except AttributeError:
            return
        self._indent()
        yield from subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(self._whitespace_matcher.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(self._whitespace_matcher.sub(' ', text).strip(), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the line breaks and spacing of descriptions and epilogs as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(keepends=True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the layout of argument help texts too."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends " (default: ...)" to the help of options and of defaulting positionals."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names arguments after their type (int, float, ...) rather than their dest."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------

def _get_action_name(argument):
    """How error messages name an argument: its option strings, metavar, dest or choices."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class ArgumentError(Exception):
    """A problem with an argument, at definition time or on the command line; str() names the
    argument before the message."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % (self.message,)
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type= callables; its text becomes the argument's error message."""
    pass


# ---------------------------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------------------------

class Action(_AttributeHolder):
    """What to do with an argument's strings: every add_argument() keyword is an attribute.
    Subclasses implement __call__(parser, namespace, values, option_string=None)."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.deprecated = deprecated

    _repr_fields = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                    'required', 'help', 'metavar', 'deprecated')

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in self._repr_fields]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


# Marks BooleanOptionalAction's deprecated keywords as "not passed".
_deprecated_default = object()


class BooleanOptionalAction(Action):
    """--flag sets True and the generated --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=_deprecated_default,
                 choices=_deprecated_default, required=False, help=None,
                 metavar=_deprecated_default, deprecated=False):
        names = []
        for name in option_strings:
            names.append(name)
            if name.startswith('--'):
                names.append('--no-' + name[2:])
        passed = {'type': type, 'choices': choices, 'metavar': metavar}
        for field in ('type', 'choices', 'metavar'):
            if passed[field] is not _deprecated_default:
                import warnings
                warnings.warn('%r is deprecated as of Python 3.12 and will be removed in '
                              'Python 3.14.' % field, DeprecationWarning, stacklevel=2)
        super().__init__(option_strings=names, dest=dest, nargs=0, default=default,
                         type=None if type is _deprecated_default else type,
                         choices=None if choices is _deprecated_default else choices,
                         required=required, help=help,
                         metavar=None if metavar is _deprecated_default else metavar,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more '
                             'appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs, const=const,
                         default=default, type=type, choices=choices, required=required,
                         help=help, metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, const=const,
                         default=default, required=required, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings=option_strings, dest=dest, const=True,
                         deprecated=deprecated, required=required, help=help, default=default)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings=option_strings, dest=dest, const=False,
                         default=default, required=required, help=help,
                         deprecated=deprecated)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not '
                             'supplying the value to append, the append const action may be '
                             'more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs, const=const,
                         default=default, type=type, choices=choices, required=required,
                         help=help, metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, const=const,
                         default=default, required=required, help=help, metavar=metavar,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, default=default,
                         required=required, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if count is None else count) + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None,
                 deprecated=False):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help=None, deprecated=False):
        if help is None:
            help = "show program's version number and exit"
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else parser.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The positional that picks a subcommand and hands the rest of the line to its parser."""

    class _ChoicesPseudoAction(Action):
        # One line of the subcommand list in the help: the name, its aliases and its help.

        def __init__(self, name, aliases, help):
            shown = name
            if aliases:
                shown += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=name, help=help, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        # name or alias -> parser; it doubles as `choices`, so usage shows {a,b,...}.
        self._name_parser_map = {}
        self._choices_actions = []
        self._deprecated = set()
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, *, deprecated=False, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        if deprecated:
            self._deprecated.add(name)
            self._deprecated.update(aliases)
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            subparser = self._name_parser_map[name]
        except KeyError:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (name, ', '.join(self._name_parser_map))) from None
        if name in self._deprecated:
            parser._warning("command '%s' is deprecated" % name)
        # The subparser fills a fresh namespace whose values then win over the parent's, so
        # a subcommand's defaults override the parent's settings of the same dest.
        subnamespace, rest = subparser.parse_known_args(rest, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


# ---------------------------------------------------------------------------------------------
# Types
# ---------------------------------------------------------------------------------------------

class FileType(object):
    """A type= factory that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            binary = 'b' in self._mode
            if 'r' in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        for key, value in (('encoding', self._encoding), ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (key, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------------------------------------
# Namespace
# ---------------------------------------------------------------------------------------------

class Namespace(_AttributeHolder):
    """The parse result: a plain object whose attributes are the dests; equal to another
    Namespace with the same attributes, and `name in ns` tests for an attribute."""

    def __init__(self, **kwargs):
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------------------------------------
# Containers of actions: parsers and groups
# ---------------------------------------------------------------------------------------------

class _ActionsContainer(object):
    """What parsers and argument groups share: the action registry, add_argument(), defaults
    and option-string conflict handling. Groups share their parser's tables."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler

        self._registries = {}
        for name, cls in (
                (None, _StoreAction), ('store', _StoreAction),
                ('store_const', _StoreConstAction), ('store_true', _StoreTrueAction),
                ('store_false', _StoreFalseAction), ('append', _AppendAction),
                ('append_const', _AppendConstAction), ('count', _CountAction),
                ('help', _HelpAction), ('version', _VersionAction),
                ('parsers', _SubParsersAction), ('extend', _ExtendAction)):
            self.register('action', name, cls)

        # Fails now, rather than at the first conflict, on an unknown handler name.
        self._get_handler()

        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = _re.compile(r'^-\d+$|^-\d*\.\d+$')
        # Non-empty once some option looks like a negative number (-1, -.5): from then on such
        # strings on the command line are options, not positional values. A list so that
        # groups can share it with their parser.
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """Define an argument: a positional when given one name without a prefix character,
        otherwise an option with all the given option strings. Returns the Action."""
        if not args or len(args) == 1 and args[0][0] not in self.prefix_chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)

        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)

        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (type_func,))

        # Parsers (not groups) check that the metavar fits nargs by formatting it once.
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        for option_string in action.option_strings:
            if self._negative_number_matcher.match(option_string):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # Copies a parent parser's actions, keeping each in a group of the same title (or an
        # equivalent mutually exclusive group).
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r'
                                 % (group.title,))
            by_title[group.title] = group

        destination = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                destination[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                destination[action] = mutex
        for action in container._actions:
            destination.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # A positional is required unless it may take nothing ('?', or '*' with a default).
        if nargs not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)

        dest = kwargs.pop('dest', None)
        if dest is None:
            # The first long option names the dest; failing that the first short one.
            source = long_option_strings[0] if long_option_strings else option_strings[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % option_string)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    def _get_handler(self):
        try:
            return getattr(self, '_handle_conflict_%s' % self.conflict_handler)
        except AttributeError:
            raise ValueError('invalid conflict_resolution value: %r'
                             % self.conflict_handler) from None

    def _check_conflict(self, action):
        clashes = []
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                clashes.append((option_string, self._option_string_actions[option_string]))
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = _plural('conflicting option string: %s', 'conflicting option strings: %s',
                          len(conflicting_actions))
        names = ', '.join([name for name, _ in conflicting_actions])
        raise ArgumentError(action, message % names)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # The newer action takes the option strings; an older one left with none goes away.
        for option_string, older in conflicting_actions:
            older.option_strings.remove(option_string)
            self._option_string_actions.pop(option_string, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its actions also belong to the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # Share the parser's tables, so adding to the group adds to the parser.
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.', category=DeprecationWarning,
                      stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Options of which at most one (exactly one when required) may be given."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


# Regular-expression fragments that say how many command-line strings an action takes. The
# strings are classified as 'O' (an option), 'A' (an argument) and '-' (the '--' separator);
# positionals may swallow '--' markers, options never do.
_NARGS_PATTERNS = {
    None: '(-*A-*)',
    OPTIONAL: '(-*A?-*)',
    ZERO_OR_MORE: '(-*[A-]*)',
    ONE_OR_MORE: '(-*A[A-]*)',
    REMAINDER: '([-AO]*)',
    PARSER: '(-*A[-AO]*)',
    SUPPRESS: '(-*-*)',
}

_NARGS_ERRORS = {
    None: 'expected one argument',
    OPTIONAL: 'expected at most one argument',
    ONE_OR_MORE: 'expected at least one argument',
}


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a list of command-line strings into a Namespace, and prints usage, help and
    errors for them."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None

        def identity(string):
            return string
        self.register('type', None, identity)

        prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(prefix + 'h', prefix * 2 + 'help', action='help',
                              default=SUPPRESS, help='show this help message and exit')

        for parent in parents:
            if not isinstance(parent, ArgumentParser):
                raise TypeError('parents must be a list of ArgumentParser')
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in
                ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help')]

    # -- subcommands --

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            raise ArgumentError(None, 'cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals

        if kwargs.get('prog') is None:
            # Subcommand programs are named after this program and the positionals before
            # the subcommand, as the usage line shows them.
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()

        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        args, extras = self.parse_known_args(args, namespace)
        if extras:
            self._unrecognized(extras)
        return args

    def _unrecognized(self, extras):
        message = 'unrecognized arguments: %s' % ' '.join(extras)
        if not self.exit_on_error:
            raise ArgumentError(None, message)
        self.error(message)

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()

        # Defaults first, for every dest the namespace does not already have.
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])

        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)

        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        # For each action of a mutually exclusive group, the actions it excludes.
        excludes = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for index, member in enumerate(members):
                excludes.setdefault(member, []).extend(members[:index] + members[index + 1:])

        # Classify every string: 'O' an option (its parse kept in `options_at`), 'A' an
        # argument, '-' the first '--', after which everything is an argument.
        options_at = {}
        kinds = []
        position = 0
        total = len(arg_strings)
        while position < total:
            text = arg_strings[position]
            if text == '--':
                kinds.append('-')
                kinds.extend('A' * (total - position - 1))
                break
            parsed = self._parse_optional(text)
            if parsed is None:
                kinds.append('A')
            else:
                options_at[position] = parsed
                kinds.append('O')
            position += 1
        pattern = ''.join(kinds)

        seen_actions = set()
        seen_non_default_actions = set()
        warned = set()
        extras = []
        prefix_chars = self.prefix_chars

        def take_action(action, argument_strings, option_string=None):
            seen_actions.add(action)
            values = self._get_values(action, argument_strings)
            # Only a value that differs from the default counts as "given" for the
            # mutual-exclusion check, so an explicit default does not clash.
            if values is not action.default:
                seen_non_default_actions.add(action)
                for other in excludes.get(action, []):
                    if other in seen_non_default_actions:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _get_action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, sep, explicit_arg = options_at[start]
            calls = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit_arg is None:
                    first = start + 1
                    count = self._match_argument(action, pattern[first:])
                    stop = first + count
                    calls.append((action, arg_strings[first:stop], option_string))
                    break
                # An attached argument: '--opt=value', '-xVALUE' or flags run together '-xyz'.
                count = self._match_argument(action, 'A')
                if (count == 0 and option_string[1] not in prefix_chars
                        and explicit_arg != ''):
                    if sep or explicit_arg[0] in prefix_chars:
                        raise ArgumentError(action,
                                            'ignored explicit argument %r' % explicit_arg)
                    calls.append((action, [], option_string))
                    lead = option_string[0]
                    option_string = lead + explicit_arg[0]
                    if option_string in self._option_string_actions:
                        action = self._option_string_actions[option_string]
                        explicit_arg = explicit_arg[1:]
                        if not explicit_arg:
                            sep = explicit_arg = None
                        elif explicit_arg[0] == '=':
                            sep = '='
                            explicit_arg = explicit_arg[1:]
                        else:
                            sep = ''
                    else:
                        extras.append(lead + explicit_arg)
                        stop = start + 1
                        break
                elif count == 1:
                    stop = start + 1
                    calls.append((action, [explicit_arg], option_string))
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
            for action, args, option_string in calls:
                if action.deprecated and option_string not in warned:
                    self._warning("option '%s' is deprecated" % option_string)
                    warned.add(option_string)
                take_action(action, args, option_string)
            return stop

        # Positionals not yet filled; consume_positionals drops the ones it fills.
        positionals = self._get_positional_actions()

        def consume_positionals(start):
            counts = self._match_arguments_partial(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                args = arg_strings[start:start + count]
                start += count
                if args and action.deprecated and action.dest not in warned:
                    self._warning("argument '%s' is deprecated" % action.dest)
                    warned.add(action.dest)
                take_action(action, args)
            del positionals[:len(counts)]
            return start

        start = 0
        last_option = max(options_at) if options_at else -1
        while start <= last_option:
            next_option = start
            while next_option <= last_option and next_option not in options_at:
                next_option += 1
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    # A positional (REMAINDER, PARSER) may have swallowed the option too.
                    start = end
                    continue
                start = end
            if start not in options_at:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)

        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        missing = []
        for action in self._actions:
            if action in seen_actions:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                # A string default left in place is converted by the action's type, as if
                # it had been given on the command line.
                setattr(namespace, action.dest, self._get_value(action, action.default))
        if missing:
            raise ArgumentError(None, 'the following arguments are required: %s'
                                % ', '.join(missing))

        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default_actions
                                          for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                raise ArgumentError(None, 'one of the arguments %s is required'
                                    % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for text in arg_strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                expanded.append(text)
                continue
            try:
                with open(text[1:], encoding=_sys.getfilesystemencoding(),
                          errors=_filesystem_errors()) as handle:
                    lines = handle.read().splitlines()
            except OSError as err:
                raise ArgumentError(None, str(err))
            found = []
            for line in lines:
                found.extend(self.convert_arg_line_to_args(line))
            expanded.extend(self._read_args_from_files(found))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        found = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if found is None:
            message = _NARGS_ERRORS.get(action.nargs)
            if message is None:
                message = _plural('expected %s argument', 'expected %s arguments',
                                  action.nargs) % action.nargs
            raise ArgumentError(action, message)
        return len(found.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # The longest run of leading actions whose patterns match together, and how many
        # strings each of them takes.
        for count in range(len(actions), 0, -1):
            joined = ''.join([self._get_nargs_pattern(a) for a in actions[:count]])
            found = _re.match(joined, arg_strings_pattern)
            if found is not None:
                return [len(group) for group in found.groups()]
        return []

    def _parse_optional(self, arg_string):
        """(action, option_string, sep, explicit_arg) when arg_string is an option (action
        None when it names no known option), or None when it is a positional value."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None, None
        if len(arg_string) == 1:
            return None
        option_string, sep, explicit_arg = arg_string.partition('=')
        if sep and option_string in known:
            return known[option_string], option_string, sep, explicit_arg

        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            names = ', '.join([c[1] for c in candidates])
            raise ArgumentError(None, 'ambiguous option: %s could match %s'
                                % (arg_string, names))
        if len(candidates) == 1:
            return candidates[0]

        if self._negative_number_matcher.match(arg_string):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None, None

    def _get_option_tuples(self, option_string):
        found = []
        chars = self.prefix_chars
        known = self._option_string_actions
        if option_string[0] in chars and option_string[1] in chars:
            # '--abbrev' or '--abbrev=value': a prefix of long options, if allowed.
            if self.allow_abbrev:
                prefix, sep, explicit_arg = option_string.partition('=')
                if not sep:
                    sep = explicit_arg = None
                for name in known:
                    if name.startswith(prefix):
                        found.append((known[name], name, sep, explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            # '-xVALUE' (a short option with its argument attached) or a prefix of a
            # single-dash long option.
            short = option_string[:2]
            attached = option_string[2:]
            for name in known:
                if name == short:
                    found.append((known[name], name, '', attached))
                elif name.startswith(option_string):
                    found.append((known[name], name, None, None))
        else:
            raise ArgumentError(None, 'unexpected option string: %s' % option_string)
        return found

    def _get_nargs_pattern(self, action):
        nargs = action.nargs
        try:
            text = _NARGS_PATTERNS.get(nargs)
        except TypeError:
            text = None
        if text is None:
            text = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            text = text.replace('-*', '').replace('-', '')
        return text

    # -- intermixed parsing --

    def parse_intermixed_args(self, args=None, namespace=None):
        args, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self._unrecognized(extras)
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Two passes: options first, with every positional switched off; then the
        # positionals over what remained, with no option required.
        positionals = self._get_positional_actions()
        unsupported = [a for a in positionals if a.nargs in [PARSER, REMAINDER]]
        if unsupported:
            raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                            % unsupported[0].nargs)
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                if action in positionals:
                    raise TypeError('parse_intermixed_args: positional in '
                                    'mutuallyExclusiveGroup')

        saved_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            for action in positionals:
                action.save_nargs = action.nargs
                action.nargs = SUPPRESS
                action.save_default = action.default
                action.default = SUPPRESS
            try:
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    if (hasattr(namespace, action.dest)
                            and getattr(namespace, action.dest) == []):
                        from warnings import warn
                        warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action in positionals:
                    action.nargs = action.save_nargs
                    action.default = action.save_default

            optionals = self._get_optional_actions()
            try:
                for action in optionals:
                    action.save_required = action.required
                    action.required = False
                for group in self._mutually_exclusive_groups:
                    group.save_required = group.required
                    group.required = False
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for action in optionals:
                    action.required = action.save_required
                for group in self._mutually_exclusive_groups:
                    group.required = group.save_required
        finally:
            self.usage = saved_usage
        return namespace, extras

    # -- values --

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        # Positionals drop one '--' from their strings (it only marked the end of options).
        if not action.option_strings and nargs not in [PARSER, REMAINDER]:
            if '--' in arg_strings:
                arg_strings.remove('--')

        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is not None:
                value = action.default
                self._check_value(action, value)
            else:
                value = arg_strings
        elif len(arg_strings) == 1 and nargs in [None, OPTIONAL]:
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(map(repr, action.choices))))

    # -- output --

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Report a command-line problem: the usage and "PROG: error: MESSAGE" go to stderr
        and the program exits with status 2. Overrides should exit or raise, not return."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    def _warning(self, message):
        self._print_message('%s: warning: %s\n' % (self.prog, message), _sys.stderr)


def _filesystem_errors():
    query = getattr(_sys, 'getfilesystemencodeerrors', None)
    return query() if query is not None else 'surrogateescape'
