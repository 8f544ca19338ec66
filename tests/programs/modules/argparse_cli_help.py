# argparse on the real command line (argparse_cli_help.args): --help prints to stdout, exits 0.
import argparse
import os

os.environ.pop('COLUMNS', None)
parser = argparse.ArgumentParser(
    description='A tool whose help is printed because the command line asks for it; the '
                'description is long enough to wrap onto a second line.',
    epilog='Report bugs to nobody.')
parser.add_argument('input', help='the input file')
parser.add_argument('--output', '-o', default='-', help='the output file (default: %(default)s)')
group = parser.add_mutually_exclusive_group()
group.add_argument('--quiet', action='store_true', help='say nothing')
group.add_argument('--loud', action='store_true', help='say everything')
parser.add_argument('--version', action='version', version='%(prog)s 2.0')
sub = parser.add_subparsers(dest='command', title='commands')
sub.add_parser('run', help='run it')
sub.add_parser('check', help='check it')
print('before parsing')
parser.parse_args()
print('not reached')
