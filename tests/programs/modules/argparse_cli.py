# argparse on the real command line (argparse_cli.args): prog comes from sys.argv[0].
import argparse
import os
import sys

os.environ.pop('COLUMNS', None)
parser = argparse.ArgumentParser(description='Copy files around.')
parser.add_argument('sources', nargs='+', help='files to copy')
parser.add_argument('dest', help='where to copy them')
parser.add_argument('-r', '--recursive', action='store_true', help='copy directories')
parser.add_argument('-v', '--verbose', action='count', default=0)
parser.add_argument('--mode', choices=['fast', 'safe'], default='safe')
parser.add_argument('--exclude', action='append', default=[], metavar='PATTERN')
parser.add_argument('--jobs', '-j', type=int, default=1)
args = parser.parse_args()
print(parser.prog)
print(sys.argv[1:])
print(args)
print(parser.format_usage(), end='')
