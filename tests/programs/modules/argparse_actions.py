# argparse: every built-in action, custom Action subclasses, defaults and Namespace.
import argparse
import io
import os
import sys

# Help is laid out for the terminal width $COLUMNS gives; these expectations assume 80.
os.environ.pop('COLUMNS', None)


def run(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('SystemExit', e.code)


p = argparse.ArgumentParser(prog='act')
p.add_argument('--name', action='store', default='anon')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--yes', action='store_true')
p.add_argument('--no', action='store_false')
p.add_argument('--item', action='append')
p.add_argument('--flag', dest='flags', action='append_const', const='F')
p.add_argument('--other', dest='flags', action='append_const', const='O')
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('-v', '--verbose', action='count')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True)
p.add_argument('--version', action='version', version='%(prog)s 1.2.3')

run(p, [])
run(p, ['--name', 'bob', '--const', '--yes', '--no'])
run(p, ['--item', 'a', '--item', 'b', '--flag', '--other', '--flag'])
run(p, ['--ext', '1', '2', '--ext', '3', '-vvv', '--verbose'])
run(p, ['--no-color'])
run(p, ['--color', '--no-color', '--color'])
run(p, ['--version'])

# append with a default list does not mutate the default
q = argparse.ArgumentParser()
default = ['x']
q.add_argument('--a', action='append', default=default)
print(q.parse_args(['--a', 'y']), default)
print(q.parse_args([]))

# count with default
q = argparse.ArgumentParser()
q.add_argument('-q', action='count', default=10)
print(q.parse_args(['-qq']))


# custom actions
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
        print('called with', option_string)


class Pair(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is not None:
            raise ValueError('nargs not allowed')
        super().__init__(option_strings, dest, nargs=2, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, tuple(values))


c = argparse.ArgumentParser(prog='custom')
c.add_argument('--up', action=Upper)
c.add_argument('pos', action=Upper)
c.add_argument('--pair', action=Pair, type=int)
print(c.parse_args(['--up', 'abc', 'def', '--pair', '1', '2']))
try:
    c.add_argument('--bad', action=Pair, nargs=3)
except ValueError as e:
    print(type(e).__name__, e)

# action reprs
for a in p._actions:
    print(repr(a))
print(repr(c._actions[1]))

# Namespace behaviour
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(b='x', a=1), ns != argparse.Namespace(a=2))
print('a' in ns, 'z' in ns, vars(ns))
print(argparse.Namespace(**{'not valid': 1, 'ok': 2}))
print(argparse.Namespace())
print(ns == 5, ns.__eq__(5))
try:
    hash(ns)
except TypeError as e:
    print(type(e).__name__, e)

# defaults
d = argparse.ArgumentParser(argument_default=argparse.SUPPRESS)
d.add_argument('--x')
d.add_argument('--y', default=3)
print(d.parse_args([]), d.parse_args(['--x', '1']))
d = argparse.ArgumentParser()
d.add_argument('--x', default='1', type=int)
d.add_argument('--y', type=int)
d.set_defaults(y=7, z='zz')
print(d.parse_args([]), d.get_default('x'), d.get_default('y'), d.get_default('z'), d.get_default('nope'))
d.set_defaults(x=5)
print(d.parse_args([]))
print(d.parse_args([], namespace=argparse.Namespace(x=100, w=1)))

# string default converted only when not given; a non-string default is left alone
d = argparse.ArgumentParser()
d.add_argument('--f', type=float, default='2.5')
d.add_argument('--g', type=float, default=2)
d.add_argument('--lst', type=int, nargs='*', default='7')
print(d.parse_args([]))

# store_const / store_true with unexpected keywords
for kwargs in [dict(action='store_true', type=int), dict(action='store', nargs=0),
               dict(action='store', const=1), dict(action='append', nargs=0),
               dict(action='append', const=1, nargs='*'), dict(action='bogus'),
               dict(type='int'), dict(type=argparse.FileType), dict(nargs='x'),
               dict(nargs=2, metavar=('a', 'b', 'c'))]:
    try:
        argparse.ArgumentParser().add_argument('--opt', **kwargs)
        print('ok', kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# help action prints and exits 0
h = argparse.ArgumentParser(prog='helper', add_help=False)
h.add_argument('--info', action='help', help='show info')
run(h, ['--info'])

# version from the parser attribute
v = argparse.ArgumentParser(prog='verp')
v.version = '9.9'
v.add_argument('-V', action='version')
run(v, ['-V'])
print(v.format_help())

# FileType
print(argparse.FileType('r'), argparse.FileType('wb', 0), argparse.FileType('w', encoding='utf-8', errors='strict'))
f = argparse.ArgumentParser(prog='ft', exit_on_error=False)
f.add_argument('inp', type=argparse.FileType('r'))
print(f.parse_args(['-']).inp is sys.stdin)
try:
    f.parse_args(['no_such_file_here.txt'])
except argparse.ArgumentError as e:
    print(type(e).__name__, e)

# BooleanOptionalAction's type, choices and metavar are deprecated
import warnings
b = argparse.ArgumentParser(prog='boolopt')
b.add_argument('--x', action=argparse.BooleanOptionalAction, type=int)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    b.add_argument('--y', action=argparse.BooleanOptionalAction, choices=[1], metavar='M',
                   help='y or not')
print([(str(w.message), w.category.__name__) for w in caught])
print(b.parse_args(['--no-x', '--y']))
print(b.format_help())
