# argparse on the real command line (argparse_cli_error.args): a bad value prints the usage and
# "PROG: error: ..." to stderr and exits with status 2.
import argparse
import os

os.environ.pop('COLUMNS', None)
parser = argparse.ArgumentParser()
parser.add_argument('count', type=int)
parser.add_argument('--level', choices=['low', 'high'])
print('parsing')
args = parser.parse_args()
print('not reached', args)
