# argparse: help and usage layout, wrapping at the terminal width, formatter classes, metavars.
import argparse
import os

os.environ.pop('COLUMNS', None)

p = argparse.ArgumentParser(
    prog='helpdemo',
    description='''This program demonstrates how argparse lays out help text.   The description
    is re-wrapped to the width of the terminal, and runs of whitespace collapse.''',
    epilog='See also: the %(prog)s manual. Percent signs double: 100%%.')
p.add_argument('source', help='the file to read')
p.add_argument('dest', nargs='?', default='out.txt', help='where to write (default: %(default)s)')
p.add_argument('extras', nargs='*', metavar='EXTRA', help='extra values')
p.add_argument('-v', '--verbose', action='count', default=0,
               help='increase the verbosity; may be given several times to get more and more output')
p.add_argument('-o', '--output-format', choices=['json', 'yaml', 'text'], default='text',
               help='output format, one of %(choices)s (default %(default)r)')
p.add_argument('--a-very-long-option-name-that-pushes-help-down', metavar='VALUE',
               help='help starts on the next line')
p.add_argument('--size', type=int, help='type is %(type)s; dest is %(dest)s; prog is %(prog)s')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VAL'), help='a key and a value')
p.add_argument('--opt', nargs='?', const=1)
p.add_argument('--star', nargs='*', metavar=('FIRST', 'MORE'))
p.add_argument('--plus', nargs='+')
p.add_argument('--three', nargs=3)
p.add_argument('--rest', nargs=argparse.REMAINDER)
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--req', required=True, help='a required option')
p.add_argument('--empty-help', help='')
p.add_argument('--space-help', help='   ')
p.add_argument('--bool', action=argparse.BooleanOptionalAction, help='a switch')
print(p.format_usage())
print(p.format_help())
p.print_usage()
p.print_help()

# narrow and wide terminals through $COLUMNS
for columns in ['40', '120', 'junk']:
    os.environ['COLUMNS'] = columns
    print('COLUMNS =', columns)
    print(p.format_help())
del os.environ['COLUMNS']

# long program names put the usage parts under the name
long = argparse.ArgumentParser(prog='a-program-name-that-is-quite-long-indeed-and-keeps-going-on')
for i in range(6):
    long.add_argument('--option-%d' % i, help='option %d' % i)
long.add_argument('positional_one')
long.add_argument('positional_two')
print(long.format_usage())
only_pos = argparse.ArgumentParser(prog='onlypos', add_help=False)
for i in range(12):
    only_pos.add_argument('positional_argument_%d' % i)
print(only_pos.format_usage())
only_opt = argparse.ArgumentParser(prog='onlyopt')
for i in range(12):
    only_opt.add_argument('--optional-argument-%d' % i)
print(only_opt.format_usage())
nothing = argparse.ArgumentParser(prog='nothing', add_help=False)
print(repr(nothing.format_usage()), repr(nothing.format_help()))

# custom usage, and usage=SUPPRESS
u = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] FILE -- 50%% done')
u.add_argument('file')
print(u.format_help())
u2 = argparse.ArgumentParser(prog='nousage', usage=argparse.SUPPRESS, description='no usage line')
print(u2.format_help())

# formatter classes
text = '''First line
    indented line

Last   paragraph   with   spaces.'''
for cls in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter]:
    f = argparse.ArgumentParser(prog='fmt', formatter_class=cls, description=text, epilog=text)
    f.add_argument('--n', type=int, default=5, help='a number\n  with a second line')
    f.add_argument('--m', default=argparse.SUPPRESS, help='no default shown')
    f.add_argument('--k', help='has %(default)s already')
    f.add_argument('--nohelp', default=1)
    f.add_argument('pos', help='positional')
    f.add_argument('opt', nargs='?', default='P', help='optional positional')
    print('==', cls.__name__)
    print(f.format_help())

mt = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
mt.add_argument('--count', type=int)
mt.add_argument('ratio', type=float)
mt.add_argument('name', type=str, nargs='+')
print(mt.format_help())

# formatter_class factories with a width and help position
wide = argparse.ArgumentParser(
    prog='wide', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=100))
wide.add_argument('--alpha-beta-gamma', help='The help text is positioned at column forty here and wraps at one hundred columns wide, so it goes on.')
wide.add_argument('-x', help='short')
print(wide.format_help())
narrow = argparse.ArgumentParser(
    prog='narrow', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=30))
narrow.add_argument('--alpha', help='The help text is wrapped to very narrow lines here.')
narrow.add_argument('--beta-gamma-delta', metavar='X', help='another')
print(narrow.format_help())


class Sorting(argparse.HelpFormatter):
    def add_arguments(self, actions):
        super().add_arguments(sorted(actions, key=lambda a: a.option_strings))


class Invocation(argparse.HelpFormatter):
    def _format_action_invocation(self, action):
        if not action.option_strings or action.nargs == 0:
            return super()._format_action_invocation(action)
        return ', '.join(action.option_strings) + ' ' + self._format_args(
            action, self._get_default_metavar_for_optional(action))


for cls in [Sorting, Invocation]:
    s = argparse.ArgumentParser(prog='sub', formatter_class=cls)
    s.add_argument('--zeta', '-z', help='last')
    s.add_argument('--alpha', '-a', help='first')
    print(s.format_help())

# metavar for positionals and choices, help with % escapes, help with newlines collapsed
m = argparse.ArgumentParser(prog='meta')
m.add_argument('choice', choices=['rock', 'paper', 'scissors'], help='choose %(choices)s')
m.add_argument('number', choices=range(1, 4), type=int, help='1 to 3')
m.add_argument('--pct', help='100%% sure\n  about\tthis')
m.add_argument('--fn', type=len, default=len, help='type %(type)s, default %(default)s')
print(m.format_help())
try:
    mm = argparse.ArgumentParser(prog='bad')
    mm.add_argument('x', metavar=('A', 'B'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    mm = argparse.ArgumentParser(prog='bad')
    mm.add_argument('x', nargs=2, metavar=('A', 'B'))
    mm.format_help()
except ValueError as e:
    print(type(e).__name__, e)
