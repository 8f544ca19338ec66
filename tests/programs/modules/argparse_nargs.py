# argparse: nargs forms, '--', negative numbers, abbreviations, combined flags, attached values,
# parse_known_args, parse_intermixed_args, prefix_chars and argument files.
import argparse
import os

# Help is laid out for the terminal width $COLUMNS gives; these expectations assume 80.
os.environ.pop('COLUMNS', None)


def run(parser, args, known=False, intermixed=False):
    try:
        if intermixed:
            print(args, '->', parser.parse_intermixed_args(args))
        elif known:
            print(args, '->', parser.parse_known_args(args))
        else:
            print(args, '->', parser.parse_args(args))
    except argparse.ArgumentError as e:
        print(args, '-> ArgumentError', e)
    except TypeError as e:
        print(args, '-> TypeError', e)
    except SystemExit as e:
        print(args, '-> SystemExit', e.code)


p = argparse.ArgumentParser(prog='n', exit_on_error=False)
p.add_argument('one')
p.add_argument('opt', nargs='?', default='D', const='C')
p.add_argument('--two', nargs=2, type=int)
p.add_argument('--maybe', nargs='?', const='CONST', default='DEF')
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+')
p.add_argument('--single', nargs=1)
for args in [['a'], ['a', 'b'], ['a', '--two', '1', '2'], ['a', '--maybe'], ['--maybe', 'x', 'a'],
             ['a', '--many'], ['a', '--many', 'x', 'y', 'b'], ['--some', 'x', 'y', '--', 'a'],
             ['a', '--single', 's'], ['--two', '1'], ['a', '--some'], ['a', '--single'],
             ['a', '--two', 'x', '2'], ['a', 'b', 'c'], [], ['--', '-a'], ['a', '--', '--', 'b'],
             ['a', '--maybe=', 'b'], ['a', '--many=1'], ['a', '--two=1']]:
    run(p, args)

# positional nargs combinations
q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('first', nargs='+')
q.add_argument('middle', nargs=2)
q.add_argument('last', nargs='*')
for args in [['1', '2', '3'], ['1', '2', '3', '4', '5'], ['1', '2'], ['1', '--', '2', '3']]:
    run(q, args)

# REMAINDER
r = argparse.ArgumentParser(prog='r', exit_on_error=False)
r.add_argument('--flag', action='store_true')
r.add_argument('cmd')
r.add_argument('rest', nargs=argparse.REMAINDER)
for args in [['ls', '-l', '--flag', 'x'], ['--flag', 'ls'], ['ls']]:
    run(r, args)
r2 = argparse.ArgumentParser(prog='r2', exit_on_error=False)
r2.add_argument('--opt', nargs=argparse.REMAINDER)
r2.add_argument('--x')
run(r2, ['--opt', 'a', '--x', 'b'])

# negative numbers
neg = argparse.ArgumentParser(prog='neg', exit_on_error=False)
neg.add_argument('-x', type=float)
neg.add_argument('num', nargs='*', type=float)
for args in [['-x', '-1', '-5'], ['-2.5', '-.5', '-x', '3'], ['-x', '-1e3'], ['-1x']]:
    run(neg, args)
neg2 = argparse.ArgumentParser(prog='neg2', exit_on_error=False)
neg2.add_argument('-1', dest='one', action='store_true')
neg2.add_argument('foo', nargs='?')
for args in [['-1'], ['-2'], ['--', '-2'], ['a b -c']]:
    run(neg2, args)

# abbreviations
ab = argparse.ArgumentParser(prog='ab', exit_on_error=False)
ab.add_argument('--verbose', action='store_true')
ab.add_argument('--version-info', dest='vi')
ab.add_argument('--value')
for args in [['--verb'], ['--verbose'], ['--val', '3'], ['--val=4'], ['--ver'], ['--v'],
             ['--version-i', 'z']]:
    run(ab, args)
ab2 = argparse.ArgumentParser(prog='ab2', allow_abbrev=False, exit_on_error=False)
ab2.add_argument('--verbose', action='store_true')
ab2.add_argument('-long', action='store_true')
run(ab2, ['--verb'])
run(ab2, ['-lo'])
run(ab2, ['--verbose'])

# combined short flags and attached values
s = argparse.ArgumentParser(prog='s', exit_on_error=False)
s.add_argument('-a', action='store_true')
s.add_argument('-b', action='store_true')
s.add_argument('-c', action='count', default=0)
s.add_argument('-o')
s.add_argument('-n', type=int)
for args in [['-abc'], ['-acc', '-o', 'file'], ['-ofile'], ['-o=file'], ['-abofile'], ['-ab', '-n5'],
             ['-abn', '7'], ['-ax'], ['-a=1'], ['-b-'], ['-n=-3'], ['-o', '-a'], ['-o']]:
    run(s, args)

# parse_known_args
k = argparse.ArgumentParser(prog='k')
k.add_argument('--keep')
k.add_argument('pos')
for args in [['p', '--other', 'x', '--keep', 'k', 'y'], ['--zzz=1', 'p', '-q']]:
    run(k, args, known=True)

# parse_intermixed_args
im = argparse.ArgumentParser(prog='im', exit_on_error=False)
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
run(im, ['doit', '1', '--foo', 'bar', '2', '3'], intermixed=True)
run(im, ['doit', '1', '--foo', 'bar', '2', '3'])
run(im, ['doit', 'x'], intermixed=True)
im2 = argparse.ArgumentParser(prog='im2')
im2.add_argument('rest', nargs='...')
run(im2, ['a'], intermixed=True)

# other prefix characters
pc = argparse.ArgumentParser(prog='pc', prefix_chars='+/', exit_on_error=False)
pc.add_argument('+f', action='store_true')
pc.add_argument('++bar')
pc.add_argument('/baz', type=int)
pc.add_argument('rest', nargs='*')
run(pc, ['+f', '++bar', 'B', '/baz', '3', '-x'])
run(pc, ['+h'])
print(pc.format_usage(), end='')
try:
    pc.add_argument('-bad')
except ValueError as e:
    print(type(e).__name__, e)

# fromfile_prefix_chars with a file the program creates next to itself
here = os.path.dirname(os.path.abspath(__file__))
workdir = os.path.join(here, 'argparse_nargs_tmp')
os.makedirs(workdir, exist_ok=True)
argfile = os.path.join(workdir, 'args.txt')
with open(argfile, 'w') as fh:
    fh.write('--name\nfrom file\npos1\n')
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@', exit_on_error=False)
ff.add_argument('--name')
ff.add_argument('items', nargs='*')
ns = ff.parse_args(['@' + argfile, 'pos2'])
print(ns)


class SplitLines(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


ff2 = SplitLines(prog='ff2', fromfile_prefix_chars='@')
ff2.add_argument('--name')
ff2.add_argument('items', nargs='*')
print(ff2.parse_args(['@' + argfile]))
try:
    ff.parse_args(['@' + os.path.join(workdir, 'missing.txt')])
except argparse.ArgumentError as e:
    print('ArgumentError', str(e).split(':')[0])
os.remove(argfile)
os.rmdir(workdir)

# empty-string and space-containing arguments
e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--x')
e.add_argument('pos', nargs='*')
run(e, ['', '--x', '', '-', '-x y'])
run(e, ['--x', '-1'])
