# argparse: subcommands with aliases, help, set_defaults, nesting, required and errors.
import argparse
import io
import os
import sys

# Help is laid out for the terminal width $COLUMNS gives; these expectations assume 80.
os.environ.pop('COLUMNS', None)


def run(parser, args, known=False):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        if known:
            print(args, '->', parser.parse_known_args(args))
        else:
            print(args, '->', parser.parse_args(args))
    except SystemExit as e:
        print(args, '-> SystemExit', e.code)
        print(sys.stderr.getvalue(), end='')
    finally:
        sys.stderr = saved


def cmd_add(ns):
    return ns.x + ns.y


def cmd_neg(ns):
    return -ns.value


p = argparse.ArgumentParser(prog='calc', description='A calculator.')
p.add_argument('--debug', action='store_true')
p.add_argument('--scale', type=float, default=1.0)
sub = p.add_subparsers(dest='command', help='the operation to run')
add = sub.add_parser('add', help='add two numbers', aliases=['plus', 'sum'], description='Adds.')
add.add_argument('x', type=int)
add.add_argument('y', type=int)
add.set_defaults(func='cmd_add', scale=2.0)
neg = sub.add_parser('neg', help='negate a number')
neg.add_argument('value', type=int)
neg.add_argument('--twice', action='store_true')
neg.set_defaults(func='cmd_neg')
quiet = sub.add_parser('quiet')
quiet.add_argument('-n', type=int, default=0)

print(p.format_help())
print(add.format_help())
print(neg.format_usage())
print(repr(sub))
print(sub.choices.keys())

for args in [['add', '1', '2'], ['plus', '3', '4'], ['--debug', 'neg', '5', '--twice'],
             ['neg', '--twice', '-7'], ['quiet'], ['quiet', '-n', '3'], [], ['--debug'],
             ['mul', '1'], ['add', '1'], ['add', '1', 'x'], ['neg', '1', '--bogus'],
             ['neg', '1', 'extra'], ['--scale', '3', 'add', '1', '1'], ['add', '--help']]:
    run(p, args)

ns = p.parse_args(['sum', '10', '20'])
print(globals()[ns.func](ns), ns.command, ns.scale)
ns = p.parse_args(['neg', '4'])
print(globals()[ns.func](ns))
run(p, ['neg', '1', '--zzz', 'q'], known=True)

# required subcommand, no dest
r = argparse.ArgumentParser(prog='req')
rs = r.add_subparsers(required=True)
rs.add_parser('go')
rs.add_parser('stop')
run(r, [])
run(r, ['go'])
r2 = argparse.ArgumentParser(prog='req2')
rs2 = r2.add_subparsers(dest='action', required=True, metavar='ACTION')
rs2.add_parser('go')
run(r2, [])
run(r2, ['jump'])
print(r2.format_usage(), end='')

# title and description make their own section
t = argparse.ArgumentParser(prog='titled')
t.add_argument('target')
ts = t.add_subparsers(title='commands', description='valid commands', help='extra help',
                      dest='cmd')
ts.add_parser('build', help='build things')
ts.add_parser('clean', aliases=['rm'], help='remove things')
ts.add_parser('hidden')
print(t.format_help())
run(t, ['tgt', 'rm'])
print(ts._name_parser_map['build'].prog)

# nested subcommands
n = argparse.ArgumentParser(prog='git')
ns1 = n.add_subparsers(dest='cmd')
remote = ns1.add_parser('remote')
ns2 = remote.add_subparsers(dest='subcmd')
addr = ns2.add_parser('add')
addr.add_argument('name')
addr.add_argument('url')
run(n, ['remote', 'add', 'origin', 'git@x'])
run(n, ['remote'])
run(n, ['remote', 'add'])
print(addr.format_usage(), end='')

# errors while defining subcommands
try:
    n.add_subparsers()
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
try:
    ns1.add_parser('remote')
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
try:
    ns1.add_parser('other', aliases=['remote'])
except argparse.ArgumentError as e:
    print(type(e).__name__, e)

# a custom parser class and prog for the subcommands
class MyParser(argparse.ArgumentParser):
    pass


c = argparse.ArgumentParser(prog='outer')
cs = c.add_subparsers(parser_class=MyParser, prog='OUTER-PROG', dest='which')
inner = cs.add_parser('inner')
print(type(inner).__name__, inner.prog)

# subparser defaults win over the parent's values for the same dest
d = argparse.ArgumentParser(prog='d')
d.add_argument('--level', default='parent')
ds = d.add_subparsers(dest='sub')
dsub = ds.add_parser('child')
dsub.set_defaults(level='child-default')
run(d, ['--level', 'given', 'child'])
run(d, ['child'])

# positional before the subcommand in the prog
pre = argparse.ArgumentParser(prog='pre')
pre.add_argument('first')
pre.add_argument('--opt')
pres = pre.add_subparsers()
preb = pres.add_parser('b')
print(preb.prog)
run(preb, ['--help'])
