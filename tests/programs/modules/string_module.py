# string: constants, capwords, Template (substitute, safe_substitute, is_valid,
# get_identifiers, custom delimiters, errors) and Formatter with overridden steps.
import string


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)))
print(string.__all__)

print(string.capwords('  hello   world  '), string.capwords('a-b--c', '-'), repr(string.capwords('')), string.capwords('ÉCOLE élève'))
print(string.capwords('hello\tworld\nagain'), string.capwords("o'neil mcdonald"), string.capwords('x y', None))
print(attempt(string.capwords, 5))

# Template
T = string.Template
t = T('$who likes $what, ${who}s like $$ and ${what}.')
print(t.template, t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(t.safe_substitute({'what': 1}))
print(t.get_identifiers(), t.is_valid())
print(attempt(t.substitute, who='x'))
print(attempt(t.substitute))
print(attempt(T('$who $').substitute, who=1))
print(attempt(T('ok\nline two $ bad').substitute))
print(attempt(T('$1').substitute))
print(attempt(T('${a b}').substitute, a=1))
print(attempt(T('${}').substitute))
print(attempt(T('$').substitute))
print(T('$who $ ${bad name} $1').safe_substitute(who='w'))
print(T('$$$$ $$a $a$b ${a}b $_x1 $x_y-z').safe_substitute(a='A', b='B', _x1='U', x_y='V'))
print(T('$élan $name').safe_substitute(name='N'), T('$élan').is_valid())
print(T('$a$a$b').get_identifiers(), T('$$').get_identifiers(), T('$').is_valid(), T('no placeholders').get_identifiers())
print(T('${AbC} $xYz').substitute(AbC=1, xYz=2))
print(T('$a').substitute({'a': [1, 2]}), T('$a').substitute(a=None))
print(attempt(T('$a').substitute, {}, {}))
print(attempt(T, ))
print(type(T.pattern).__name__ in ('Pattern', '_DefaultPattern'), T.delimiter, T.idpattern, T.braceidpattern)
m = {'x': 1}
print(T('$x $y').safe_substitute(m, y=2), T('$x').substitute(m, x=5))


class Percent(string.Template):
    delimiter = '%'


p = Percent('%who owes %%%amount for %{item}s %')
print(p.safe_substitute(who='Al', amount=5, item='book'), p.get_identifiers(), p.is_valid())
print(attempt(p.substitute, who='Al', amount=5, item='book'))


class Hash(string.Template):
    delimiter = '#{'


h = Hash('#{name} and #{#{ and #{{x} #{')
print(h.safe_substitute(name='N', x='X'))


class Letter(string.Template):
    delimiter = 'q'


print(Letter('qa Qb qq QQ').safe_substitute(a=1, b=2))

# Formatter
f = string.Formatter()
print(f.format('{0} {1!r} {x:>5} {0[1]} {y.real} {{}}', 'ab', 'c', x=3, y=2j))
print(f.format('{} {} {:{}}', 1, 2, 3, 6))
print(f.format('{0:{1}.{2}f}', 3.14159, 10, 3))
print(f.vformat('{a}-{b}', (), {'a': 1, 'b': 2}))
print(f.format('{!a} {!s:>4}', 'é', 5))
print(list(f.parse('a{0!r:>5}b{}c{x.y[1]}{{}}d')), list(f.parse('')))
print(f.get_field('0.real', (5,), {}), f.get_field('k[2]', (), {'k': 'abcd'}), f.get_field('1', (1, 2), {}))
print(f.get_value(0, ('z',), {}), f.get_value('k', (), {'k': 'v'}))
print(f.convert_field(5, None), f.convert_field('x', 'r'), f.convert_field('é', 'a'), f.convert_field(5, 's'))
print(f.format_field(3.5, '08.2f'), f.check_unused_args(set(), (), {}))
for fmt, args, kwargs in [('{', (), {}), ('}', (), {}), ('{0!x}', (1,), {}), ('{} {0}', (1,), {}), ('{0} {}', (1,), {}), ('{1}', (1,), {}), ('{k}', (), {}),
                          ('{0.nope}', (1,), {}), ('{0[5]}', ([1],), {}), ('{:{:{}}}', (1, 2, 3), {}), ('{0!}', (1,), {}), ('{0:x}', ('s',), {}), ('{a.}', (), {'a': 1})]:
    print(repr(fmt), attempt(f.vformat, fmt, args, kwargs))
print(attempt(f.format))
print(attempt(f.format, 5))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError(f"unused: {sorted(map(str, unused))}")


print(Strict().format('{0} {x}', 1, x=2))
print(attempt(Strict().format, '{0}', 1, 2, y=3))


class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f'<{key}>')
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        return '[' + super().format_field(value, format_spec) + ']'


print(Defaulting().format('{name!u} {missing} {0:^5}', 'z', name='ann'))


class Upper(string.Formatter):
    def parse(self, format_string):
        for literal, field, spec, conv in super().parse(format_string):
            yield literal.upper(), field, spec, conv


print(Upper().format('hello {0} world', 'x'))
import _string
print(list(_string.formatter_parser('x{0}')), _string.formatter_field_name_split('a.b[0][x]')[0], list(_string.formatter_field_name_split('a.b[0][x]')[1]))
print(attempt(lambda: list(_string.formatter_field_name_split('a.')[1])))
print(attempt(_string.formatter_parser, 5))
