# argparse: error messages, exit statuses, exit_on_error=False, error() overrides and warnings.
import argparse
import io
import os
import sys

# Help is laid out for the terminal width $COLUMNS gives; these expectations assume 80.
os.environ.pop('COLUMNS', None)


def run(parser, args):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print(args, '->', parser.parse_args(args))
        print(sys.stderr.getvalue(), end='')
    except SystemExit as e:
        print(args, '-> SystemExit', e.code)
        print(sys.stderr.getvalue(), end='')
    except argparse.ArgumentError as e:
        print(args, '-> ArgumentError', e, '|', e.argument_name, '|', e.message)
        print(sys.stderr.getvalue(), end='')
    finally:
        sys.stderr = saved


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not a positive integer' % text)
    return value


def hexint(text):
    return int(text, 16)


class Weird:
    def __call__(self, text):
        raise ValueError(text)

    def __repr__(self):
        return '<weird>'


def build(**kwargs):
    p = argparse.ArgumentParser(prog='err', **kwargs)
    p.add_argument('name')
    p.add_argument('count', type=int)
    p.add_argument('--mode', choices=['fast', 'slow'])
    p.add_argument('--level', type=int, choices=range(1, 4))
    p.add_argument('--pos', type=positive)
    p.add_argument('--hex', type=hexint)
    p.add_argument('--weird', type=Weird())
    p.add_argument('--ratio', type=float)
    p.add_argument('--req', required=True)
    p.add_argument('--two', nargs=2)
    p.add_argument('--flag', action='store_true')
    return p


cases = [[], ['n'], ['n', '1'], ['n', 'x', '--req', 'r'], ['n', '1', '--req', 'r', '--mode', 'q'],
         ['n', '1', '--req', 'r', '--level', '7'], ['n', '1', '--req', 'r', '--pos', '-3'],
         ['n', '1', '--req', 'r', '--hex', 'zz'], ['n', '1', '--req', 'r', '--weird', 'w'],
         ['n', '1', '--req', 'r', '--ratio', 'nan?'], ['n', '1', '--req'],
         ['n', '1', '--req', 'r', '--two', 'a'], ['n', '1', '--req', 'r', '--flag=yes'],
         ['n', '1', '--req', 'r', 'extra', '--unknown'], ['n', '1', '--req', 'r', '--mo', 'fast'],
         ['n', '1', '--req', 'r', '--mode', 'fast']]
p = build()
for args in cases:
    run(p, args)
q = build(exit_on_error=False)
for args in cases:
    run(q, args)

# exit_on_error=False still exits for a missing subcommand's arguments inside the subparser
s = argparse.ArgumentParser(prog='s', exit_on_error=False)
s.add_argument('--x', type=int)
run(s, ['--x', 'y'])
run(s, ['--x'])
run(s, ['--y'])


# error() and exit() overrides
class Raising(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError('custom: ' + message)


r = Raising(prog='raising')
r.add_argument('n', type=int)
for args in [['x'], [], ['1', '2']]:
    try:
        print(r.parse_args(args))
    except ValueError as e:
        print(type(e).__name__, e)


class Quiet(argparse.ArgumentParser):
    def exit(self, status=0, message=None):
        print('exit called with', status, repr(message))
        raise SystemExit(status)


qp = Quiet(prog='quiet')
qp.add_argument('--n', type=int)
run(qp, ['--n', 'q'])
run(qp, ['-h'])

# error() directly, exit() with a message
e = argparse.ArgumentParser(prog='direct')
run_error = [lambda: e.error('something went wrong'), lambda: e.exit(3, 'bye\n'), lambda: e.exit()]
for call in run_error:
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        call()
    except SystemExit as ex:
        print('SystemExit', ex.code, repr(sys.stderr.getvalue()))
    finally:
        sys.stderr = saved

# the exception classes
err = argparse.ArgumentError(None, 'plain message')
print(str(err), repr(err.argument_name), err.args)
act = s._actions[1]
err = argparse.ArgumentError(act, 'bad value')
print(str(err), err.argument_name, isinstance(err, Exception))
print(repr(argparse.ArgumentTypeError('oops')), issubclass(argparse.ArgumentTypeError, Exception))
meta = argparse.ArgumentParser()
ma = meta.add_argument('thing', metavar='THING')
print(argparse.ArgumentError(ma, 'm'))
ca = argparse.ArgumentParser().add_argument('--c', dest=argparse.SUPPRESS, metavar=None)
print(argparse.ArgumentError(ca, 'm'))

# deprecated options, positionals and commands warn on stderr
dp = argparse.ArgumentParser(prog='dep')
dp.add_argument('--old', deprecated=True, action='store_true')
dp.add_argument('-o', deprecated=True, action='count')
dp.add_argument('legacy', nargs='?', deprecated=True)
sp = dp.add_subparsers(dest='cmd')
sp.add_parser('retired', deprecated=True, aliases=['gone'])
run(dp, ['--old', '-oo', 'L', 'gone'])

# definition errors
for call in [lambda: argparse.ArgumentParser().add_argument('x', dest='y'),
             lambda: argparse.ArgumentParser().add_argument('x', required=True),
             lambda: argparse.ArgumentParser().add_argument('--'),
             lambda: argparse.ArgumentParser().add_argument('-x', 'y'),
             lambda: argparse.ArgumentParser().add_argument('x', action='store_const'),
             lambda: argparse.ArgumentParser().add_argument()]:
    try:
        call()
        print('no error')
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)

# ambiguous and empty group errors
amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--apple')
amb.add_argument('--apricot')
run(amb, ['--ap', '1'])
run(amb, ['--ap=1'])
eg = argparse.ArgumentParser(prog='eg')
eg.add_mutually_exclusive_group()
try:
    eg.format_usage()
except ValueError as ex:
    print(type(ex).__name__, str(ex).split(' <')[0])
