# argparse: argument groups, mutually exclusive groups, parents and conflict handling.
import argparse
import io
import os
import sys
import warnings

# Help is laid out for the terminal width $COLUMNS gives; these expectations assume 80.
os.environ.pop('COLUMNS', None)


def run(parser, args):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print(args, '->', parser.parse_args(args))
    except SystemExit as e:
        print(args, '-> SystemExit', e.code)
        print(sys.stderr.getvalue(), end='')
    finally:
        sys.stderr = saved


p = argparse.ArgumentParser(prog='grp', description='Groups demo.')
inp = p.add_argument_group('input', 'Where the data comes from.')
inp.add_argument('--file', help='read from a file')
inp.add_argument('--url', help='read from a URL')
out = p.add_argument_group('output')
out.add_argument('--dest', help='write here')
out.add_argument('target', help='positional in a group')
empty = p.add_argument_group('empty group', 'never shown because it has no arguments')
hidden = p.add_argument_group('hidden')
hidden.add_argument('--secret', help=argparse.SUPPRESS)
print(p.format_help())
run(p, ['t', '--file', 'f'])
print([g.title for g in p._action_groups])
print([a.dest for a in inp._group_actions])

# mutually exclusive groups
m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true', help='option a')
g.add_argument('-b', action='store_true', help='option b')
g.add_argument('--cval', type=int, help='a value')
m.add_argument('--other')
rg = m.add_mutually_exclusive_group(required=True)
rg.add_argument('--json', action='store_true')
rg.add_argument('--xml', action='store_true')
print(m.format_help())
for args in [['--json'], ['-a', '--xml'], ['-a', '-b', '--json'], ['--cval', '3', '-a', '--xml'],
             ['-b', '--json', '--xml'], [], ['-a'], ['--json', '-ab']]:
    run(m, args)

# a default given explicitly does not conflict
d = argparse.ArgumentParser(prog='dflt')
dg = d.add_mutually_exclusive_group()
dg.add_argument('--x', default='X')
dg.add_argument('--y', type=int, default=5)
run(d, ['--x', 'X', '--y', '6'])
run(d, ['--x', 'Z', '--y', '6'])

# a single-member required group, positionals with '?' in a group, and groups in the middle
s = argparse.ArgumentParser(prog='single')
sg = s.add_mutually_exclusive_group(required=True)
sg.add_argument('--only')
print(s.format_usage(), end='')
run(s, [])
pg = argparse.ArgumentParser(prog='posgrp')
pgg = pg.add_mutually_exclusive_group()
pgg.add_argument('--flag', action='store_true')
pgg.add_argument('name', nargs='?', default='def')
print(pg.format_usage(), end='')
run(pg, ['--flag'])
run(pg, ['nm'])
run(pg, ['--flag', 'nm'])
mid = argparse.ArgumentParser(prog='mid')
mid.add_argument('--first')
mg = mid.add_mutually_exclusive_group()
mg.add_argument('--left', help=argparse.SUPPRESS)
mg.add_argument('--right')
mg.add_argument('--up', action='store_const', const=1)
mid.add_argument('--last')
print(mid.format_usage(), end='')
try:
    mid.add_mutually_exclusive_group().add_argument('--bad', required=True)
except ValueError as e:
    print(type(e).__name__, e)
try:
    mid.add_mutually_exclusive_group().add_argument('bad')
except ValueError as e:
    print(type(e).__name__, e)

# groups inside a group are deprecated
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    nested = out.add_argument_group('nested')
    nested_mx = g.add_mutually_exclusive_group()
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])

# a mutually exclusive group within an argument group
ag = argparse.ArgumentParser(prog='agmx')
section = ag.add_argument_group('choices', 'pick one')
excl = section.add_mutually_exclusive_group()
excl.add_argument('--red', action='store_true')
excl.add_argument('--blue', action='store_true')
print(ag.format_help())
run(ag, ['--red', '--blue'])

# parents
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='cfg.ini')
bg = base.add_argument_group('logging')
bg.add_argument('--log-level', default='INFO')
bm = base.add_mutually_exclusive_group()
bm.add_argument('--fast', action='store_true')
bm.add_argument('--slow', action='store_true')
base.set_defaults(from_base=True)
child = argparse.ArgumentParser(prog='child', parents=[base], description='Has a parent.')
child.add_argument('item')
print(child.format_help())
run(child, ['it', '--log-level', 'DEBUG', '--fast'])
run(child, ['it', '--fast', '--slow'])
try:
    argparse.ArgumentParser(parents=[argparse.ArgumentParser()])
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
try:
    argparse.ArgumentParser(parents=['not a parser'])
except TypeError as e:
    print(type(e).__name__, e)

# conflicts
c = argparse.ArgumentParser(prog='conf')
c.add_argument('-f', '--foo')
for args in [('-f',), ('--foo', '-f'), ('-g', '--foo')]:
    try:
        c.add_argument(*args)
    except argparse.ArgumentError as e:
        print(type(e).__name__, e)
r = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
r.add_argument('-f', '--foo', help='old foo')
r.add_argument('--foo', help='new foo')
r.add_argument('-x', help='old x')
r.add_argument('-x', help='new x')
r.add_argument('-h', '--host', help='overrides help')
print(r.format_help())
run(r, ['-f', '1', '--foo', '2', '-h', 'H'])
try:
    argparse.ArgumentParser(conflict_handler='bogus')
except ValueError as e:
    print(type(e).__name__, e)
