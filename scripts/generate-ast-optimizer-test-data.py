#!/usr/bin/env python3
# Writes tests/data/ast-optimizer.json, the expected values of tests/ast-optimizer.test.ts, as
# CPython 3.13.0's AST optimizer (Python/ast_opt.c) produces them. The sources are chosen here;
# every expected dump comes from CPython.
#
#     PYTHONHASHSEED=0 /root/.pyenv/versions/3.13.0/bin/python scripts/generate-ast-optimizer-test-data.py
#
# PYTHONHASHSEED=0 fixes the str and bytes hashes, and so the order of folded frozensets.
#
# The file holds:
#   cases: {source, mode, optimize, dump} — ast.dump(tree, include_attributes=True) of the tree
#     optimized at that level (level 0 through compile(flags=PyCF_OPTIMIZED_AST, optimize=0),
#     since ast.parse only optimizes for levels above 0); chosen sources, then seeded random
#     set displays after `in` and random operator expressions;
#   gaps: {source, cpython, unfolded} — expressions `left OP right` whose fold Taipan does not
#     reproduce (see src/compiler/ast-optimizer/pow.ts and complex-arith.ts): CPython's dump, and
#     the dump with everything folded except the top operation, which is what Taipan gives;
#   pow: [x, y, x ** y or null] — doubles as IEEE-754 bits in hex; null where CPython raises.
import ast
import json
import math
import os
import random
import struct
import sys
import warnings

assert sys.version_info[:3] == (3, 13, 0), 'run with CPython 3.13.0'
assert sys.flags.hash_randomization == 0, 'run with PYTHONHASHSEED=0'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, 'tests', 'data')
rng = random.Random(20250117)
warnings.simplefilter('ignore')


def bits(x):
    return struct.pack('>d', x).hex()


def optimized(source, mode='exec', level=1):
    flags = ast.PyCF_ONLY_AST | ast.PyCF_OPTIMIZED_AST
    return compile(source, '<test>', mode, flags=flags, optimize=level)


INT_CASES = [
    '1 + 2', '2 - 5', '3 * 4', '7 / 2', '-7 // 2', '-7 % 3', '7 % -3', '7 // -2', '-8 // 2', '0 / -5', '-0 / 5',
    '2 ** 10', '2 ** -1', '10 ** -4', '0 ** -1', '0 ** 0', '5 ** 0', '0 ** 1000', '1 ** 200', '(-1) ** 129',
    '(-2) ** 127', '2 ** 64', '2 ** 65', '3 ** 40', '3 ** 81', '10 ** 30', '10 ** 32', '2 ** 128', '2 ** (2 ** 70)',
    '1 << 127', '1 << 128', '3 << 126', '1 << 64', '0 << 10 ** 30', '0 << -1', '5 << 0', '1 << -1', '-1 << 100',
    '-1 >> 1', '1 >> 100', '-5 >> 10 ** 30', '5 >> 10 ** 30', '5 >> -1',
    '6 & 3', '6 | 3', '6 ^ 3', '-6 & 3', '-6 | 3', '-6 ^ -3', '(1 << 100) | 1', '(1 << 70) & -(1 << 69)',
    'True & True', 'True | False', 'True ^ True', 'False ^ False', 'True & 1', 'True | 2', 'True + True',
    'True * False', 'True / True', 'True // 2', 'True % 2', 'True ** 2', 'True << 3', 'True >> 1', 'True - 2',
    '~5', '~-1', '~0', '~True', '~False', '-True', '+False', '+5', '-(2 ** 62)', '-(2 ** 53)', '-(-(2 ** 64))',
    '2 ** 63 - 1', '2 ** 53 + 1', '9007199254740993 - 1', '9007199254740991 + 2', '-9007199254740991 - 2',
    '94906267 * 94906267', '94906265 * 94906265', '12345678901 * 98765432109',
    '100000000000000000000 * 100000000000000000000', '18446744073709551615 * 18446744073709551617',
    '340282366920938463463374607431768211455 * 1', '0 * 10 ** 38', '0 * 2 ** 100',
    '1 / 3', '2 ** 100 / 3', '10 ** 30 / 7', '(1 << 100) / (1 << 98)', '-(2 ** 120) / 3', '1 / -(2 ** 120)',
    '(2 ** 53 + 1) / 1', '9007199254740993 / 1', '9007199254740995 / 1', '18014398509481983 / 2',
    '1 / 0', '1 // 0', '1 % 0', '0 / 0', '10 ** 30 // 7', '-(10 ** 30) // 7', '10 ** 30 % -7',
    '1' + '0' * 400 + ' / 3', '1' + '0' * 400 + ' // 3', '1' + '0' * 400 + ' * 1.0', '1' + '0' * 400 + ' + 1j',
    '1' + '0' * 308 + ' / 1', '1' + '0' * 308 + ' / 10 ** 30', '3 / ' + '1' + '0' * 400,
    '179769313486231580793728971405301 * 10 ** 0',
]

FLOAT_CASES = [
    '1.5 + 2', '0.1 + 0.2', '1e308 * 10', '1e308 + 1e308', '-0.0 + 0', '0.0 * -1', '-0.0 - 0.0', '0.0 - 0.0',
    '7.5 // 2', '-7.5 // 2', '7.5 % -2', '-7.5 % 2', '-0.0 % 5', '0.0 % -5', '1.0 // 0.1', '1.0 % 0.1',
    '-1.0 // 0.1', '5.0 / 0.0', '5 / 2.0', '5.0 // 0', '5.0 % 0', '-0.0 // 1', '0.0 // -1', '1e-320 // 1e-300',
    '1e300 // 1e-300', '-123.23 % 360', '-1000.34 % 360', '1 / 1 * 1 % 1',
    '2.0 ** 0.5', '10.0 ** 22', '10.0 ** -4', '10 ** -3', '2 ** 0.5', '(-2.0) ** 3', '(-2.0) ** 2', '(-2.0) ** -3',
    '2.0 ** -1074', '2.0 ** -1076', '2.0 ** -1080', '1.5 ** -1800', '10.0 ** 400', '10.0 ** -400', '10.0 ** 308',
    '10.0 ** 309', '2.0 ** 1023', '2.0 ** 1024', '0.0 ** -1', '0.0 ** 0.0', '(-0.0) ** 3', '(-0.0) ** 2',
    '(-0.0) ** -1', '0.0 ** 0.5', '1e309 ** 0', '1e309 - 1e309', '(1e309 - 1e309) ** 0', '(1e309 - 1e309) ** 2',
    '1.0 ** (1e309 - 1e309)', '2.0 ** (1e309 - 1e309)', '1e309 ** -1', '(-1e309) ** 3', '(-1e309) ** 2',
    '(-1e309) ** -3', '(-1e309) ** 0.5', '0.5 ** 1e309', '2.0 ** -1e309', '0.5 ** -1e309', '(-1.0) ** 1e309',
    '(-1.0) ** 1e300', '(-1.0) ** 3', '1.0 ** 1e309', '(-2.0) ** 1e300', '(-0.5) ** 1e300',
    '2.0 ** 53 - 1.0', '1e16 + 4', '5000000000000000.0 + 1', '1024.0 * 1024.0', '24.0 * 3600.0',
    '1.0 / 3.0', '2.0 / 3.0', '20 + 1 / 150', '1e300 * 1e300', '-1e300 * 1e300', '(1e309 - 1e309) * 0',
    '1.1 ** 11', '0.999 ** 100000', '1.0000001 ** 1000000000', '7.0 ** 0.25', '100.0 ** 0.5', '4.0 ** 1.5',
    '1.5 + True', '2.5 * False', '1e308 + 10 ** 300', '(2 ** 53 + 1) + 0.0', '(2 ** 54 + 3) * 1.0',
    '3.5 << 1', '3.5 & 1', '~1.5', '-1.5', '+1.5', '-(-0.0)', 'not 0.0', 'not -0.0', 'not 1e-320',
]

COMPLEX_CASES = [
    '1 + 2j', '1j * 1j', '(1+2j) * (3-4j)', '(1+2j) / (3-4j)', '1 / 1j', '1j / 0', '1j / 0j', '(1+2j) ** 2',
    '(1+1j) ** -3', '0j ** -1', '0j ** 0', '1j ** 2.0', '3j ** 0j', '3j ** 0', '1j ** -100', '(1+1j) ** 100',
    '(1e200+1e200j) ** 2', '1e308j * 10', '(1e308j) ** 2', '-0j', '+1j', '~1j', '-(1+2j)',
    '1j // 2', '1j % 2', '1j << 1', '-1 - 0j', '1.0 - 0j', '-0.0 + 0j', '0j - 0.0', '-6 - 6j', '3.25 - 4j',
    '(1e309 + 0j) / (1 + 1j)', '1 / (1e309 + 1e309j)', '(1e309 + 0j) * (1e309 + 0j)', '(1e309 + 1j) * 1j',
    '(1 + 2j) / (1e309 + 0j)', '(1e309 - 1e309) * 1j', '1j / (1e309 - 1e309)', 'not 0j', 'not -0j', 'not 1j',
    '(2+3j) ** -1', '(0.5+0.5j) ** 30', '2j ** 7', '(-8+0j) ** 2', '(3+4j) / 5', '5 / (3+4j)',
    '0j ** (-1 + 0j)',
]

STR_CASES = [
    "x = 'a' + 'b'", "x = '-' * 72", "x = 3 * 'ab'", "x = 'a' * 4096", "x = 'a' * 4097", "x = 'ab' * 2048",
    "x = 'ab' * 2049", "x = '' * 10 ** 30", "x = '' * 2 ** 63", "x = '' * -1", "x = 'a' * -1", "x = 'a' * 0",
    "x = 'a' * True", "x = 'a' * 2.0", "x = 'a' * (1 << 70)", "x = 'a' * 'b'", "x = 'a' + 1", "x = -'a'",
    "x = '\\ud800' + '\\udc00'", "x = '\\udc00\\ud800' * 3", "x = '\\U0001f600' * 3", "x = '\\U0001f600' * 4096",
    "x = '\\U0001f600' * 4097", "x = 'é' * 2", "x = 'abc'[1]", "x = 'abc'[-1]", "x = 'abc'[3]", "x = 'abc'[-4]",
    "x = 'abc'[True]", "x = 'abc'[1.0]", "x = 'a\\U0001f600b'[1]", "x = 'a\\U0001f600b'[2]",
    "x = '\\ud800\\udc00'[0]", "x = '\\ud800' '\\udc00'", "x = 'abc'[2 ** 70]", "x = 'abc'[-2 ** 70]", "x = ''[0]",
    "x = 'a' + 'b' + 'c'", "x = ('a' 'b') * 2", "x = u'a' + 'b'", "x = u'abc'[0]", "x = 'abc'['a']",
    "x = 'a' % ()", "x = 'a' % 1", "x = 'a%%' % ()", "x = b'%s' % (a,)", "x = b'a' % 1",
    "x = b'a' + b'b'", "x = b'ab' * 3", "x = b'x' * 4096", "x = b'x' * 4097", "x = b'abc'[0]", "x = b'abc'[-4]",
    "x = b'abc'[-1]", "x = b'a' + 'b'", "x = b'' * 10 ** 30", "x = not b''", "x = not 'a'", "x = not ''",
]

FORMAT_CASES = [
    "'%s' % (a,)", "'%d' % (a,)", "'%-5s%%x%.3r%5a' % (a, b, c)", "'%s' % (*a,)", "'%s%s' % (a,)",
    "'%s' % (a, b)", "'%05s' % (a,)", "'%+s' % (a,)", "'% s' % (a,)", "'%#s' % (a,)", "'%1000s' % (a,)",
    "'%99s' % (a,)", "'%100s' % (a,)", "'%.s' % (a,)", "'%.99s' % (a,)", "'%.100s' % (a,)", "'%5.2s' % (a,)",
    "'%-s' % (a,)", "'%-0s' % (a,)", "'%s' % ()", "'abc' % ()", "'%%' % ()", "'%' % (a,)", "'%s' % (1,)",
    "'a%sb%rc' % (x, 1)", "'%s %s' % (a, 1 + 1)", "'%*s' % (a, b)", "'%(k)s' % (a,)", "'%s%' % (a,)",
    "'%5' % (a,)", "'%.' % (a,)", "'%x' % (a,)", "'\\ud800%s\\udc00' % (a,)", "'%s\\U0001f600%%' % (a,)",
    "'%s' % (a,) + 'b'", "'%s' % [a]", "'%s' % a", "x = '%s' % (a,)",
]

TUPLE_CASES = [
    '(1, 2)', '(1, (2, 3))', '(1, 2) + (3,)', '(1,) * 256', '(1,) * 257', '(1, 2) * 128', '(1, 2) * 129',
    '((1, 2),) * 200', '(((1, 2, 3, 4),),) * 205', '(((1, 2, 3, 4),),) * 204', '(((),),) * 256', '() * 10 ** 30',
    '() * 5', '(1,) * -1', '(1,) * 0', '(1, 2)[0]', '(1, 2)[5]', '(1, (2, 3))[1]', '()[0]', '(1, 2)[::2]',
    '(*a, 1)', 'x, y = 1, 2', '[1, 2]', '[1, 2][0]', '(1, a)', '(1, 2)[-1]', '(1, 2)[True]', '(1, 2)[1.0]',
    '(1, 2)[0] = 3', 'del (1, 2)[0]', '(1, 2) * True', '(1, 2) + [3]', 'not ()', 'not (0,)', '(None, ..., True)',
    '(1, 2) * (1, 2)', '(1, -1, -1.5, -2j, "a" "b", b"c")', '((1, 2), [3])',
]

ITER_CASES = [
    'x in [1, 2]', 'x in [a, b]', 'x not in {1, 2}', 'x in {1, a}', 'x in [1, *a]', 'x in {*a}', 'x in {1, *a}',
    'a < b in [1]', 'x in [1] < y', 'x in []', 'x in (1, 2)', 'x in [[1], 2]', 'x in {(1, 2), 3}',
    'for x in [1, 2]: pass', 'for x in {1, 2}: pass', 'for x in [a, b]: pass', 'for x in []: pass',
    'for x in [*a]: pass', 'async def f():\n    async for x in [1]: pass\n    async for x in {1}: pass',
    '[x for x in [1, 2] if x in {3, 4}]', '{x: y for x, y in [(1, 2)]}', '(x for x in {1})',
    '[x async for x in [1]]', 'x in {"a", "b", "c", "d", "e", "f"}', 'x in {1, 1.0, True}', 'x in {True, 1}',
    'x in {0.0, -0.0, 0, False}', 'x in {None, "abc", "functools"}', 'x in {(3, 8, 17), (3, 9, 17), (3, 11, 4), (3, 10, 12)}',
    'x in {b"AIFF", b"AIFC"}', 'x in {1j, 2j, 1+0j, 1, 1.0, 2.5}', 'x in {"é", "中", "\\U0001f600", "a", "ÿ", "Ā"}',
    'x in {2**61 - 1, 2**61, -1, -2, 0, 2**62, -(2**61)}', 'x in {1.5, -1.5, 0.1, 1e300, -1e-300, 2.0**-1074}',
    'x in {1e309, -1e309, 314159, -314159}', 'x in {"", b"", ()}', 'x in {(), ((),), (1,), ("a", b"a")}',
    'x in {"\\ud800", "\\udc00", "\\ud800\\udc00", "\\ud800" "\\udc00"}', 'x in {"a" * 10, "b" * 100}',
    'x in {frozenset()}', 'x not in [1, 2, 3][0:2]', 'x in (lambda: [1])()',
]

NOT_CASES = [
    'not a is b', 'not a is not b', 'not a in b', 'not a not in b', 'not a == b', 'not a != b', 'not a < b',
    'not a <= b', 'not a > b', 'not a >= b', 'not a in b in c', 'not (a is b)', 'not x in [1, 2]',
    'not not a is b', 'not (not a in b)', '-(not a is b)', 'not ...', 'not None',
]

DEBUG_CASES = [
    '__debug__', 'if __debug__: pass', 'not __debug__', '__debug__ + 1', 'x.__debug__', '__debug__.x',
    'def f(__debug__=__debug__): pass', 'assert __debug__, __debug__',
]

DOC_CASES = [
    "'doc'\nx = 1", "'a' + 'b'\nx = 1", "def f():\n    'a' 'b'\n    return 1", "def f():\n    'a' + 'b'\n",
    "class C:\n    'x' * 3\n", "x = 1\n'a' + 'b'", "('a' + 'b')", "'abc'[0]", "f'{1+1}'", "def f():\n    '%s' % (x,)\n",
    "async def f():\n    'a' + 'b'\n", "'a' + 1", "b'a' + b'b'", "1 + 1", "('a' 'b')[0]\n'c' + 'd'",
    "def f():\n    def g():\n        'x' + 'y'\n    'z' * 2\n", "if 1:\n    'a' + 'b'", "'\\ud800' + '\\udc00'",
]

ANNOTATION_CASES = [
    'def f(a: 1 + 1, *b: 2 * 3, c: -1 = 1 + 1, **d: not 1) -> 2 ** 3: pass',
    'def f(a: 1 + 1, /, b: -2, *, c: 3 * 3 = -1): pass',
    'x: 1 + 1 = 2 + 2', 'x.y: -1', 'x[1 + 1]: -1 = -2',
    'from __future__ import annotations\ndef f(a: 1 + 1, *b: -1, **c: ~1) -> 2 ** 3: pass\nx: 1 + 1 = 2 + 2',
    "'''doc'''\nfrom __future__ import annotations\nx: 1 + 1 = 2",
    'from __future__ import annotations\nlambda a=1+1: 2+2',
    'from __future__ import annotations\ntype X[T: 1 + 1 = 2 + 2] = 3 + 4',
    'from __future__ import annotations\ndef f[T: -1](a: -1 = -1) -> -1: pass',
    'from __future__ import division, annotations\nx: -1',
    'from __future__ import division\nfrom __future__ import annotations\nx: -1',
    'import os\nfrom __future__ import annotations\nx: -1',
    'from __future__ import annotations as a\nx: -1',
    'class C[T = 1 + 1, *Ts = 2 * 3, **P = (1, 2)]: pass', 'def f[T: (1, 2)](): pass',
    'type X[T: 1 + 1 = 2 + 2] = 3 + 4', 'type X = -1', 'async def f[T = -1](a: -1) -> -1: pass',
]

MATCH_CASES = [
    "match x:\n    case -1: pass\n    case 1 + 2j: pass\n    case -1.5 - 2j: pass\n    case {-1: a, 'k' 'j': b}: pass",
    "match x:\n    case [1, -2.5, *rest]: pass\n    case C(-1, a=-2) | None: pass\n    case (-1) as z if z > -1 + 1: pass",
    "match x:\n    case {**rest}: pass\n    case a.b: pass\n    case [-1, [-2, (-3 | -4)]]: z = 1 + 1",
    "match -1 + 1:\n    case _: __debug__",
]

MISC_CASES = [
    'lambda x=1+1, *, y=2*3: x + -1', "f(1 + 1, *[2 * 3], k=-1, **{'a': 1 + 1})", 'a[1 + 1] = 2 * 2',
    'del a[1 + 1], b.c[-1]', 'x += 1 + 1', 'x[1 + 1] += -1', 'with a(1 + 1) as b[2 * 2]: pass',
    'with a, b(-1): pass', 'try:\n    pass\nexcept (A, -1):\n    x = 1 + 1\nelse:\n    y = 2 * 2\nfinally:\n    z = -1',
    'try:\n    pass\nexcept* E:\n    x = 1 + 1\nexcept* (F, -1) as e:\n    pass', 'raise E(1 + 1) from F(-1)', 'raise',
    'assert 1 + 1, 2 * 3', 'while 1 + 1:\n    x = -1\nelse:\n    y = -2', 'if -1: pass\nelif 2 * 3: pass\nelse: x = -1',
    'async def f():\n    await g(-1)\n    async with a(1 + 1) as b: pass\n    yield -1\n    yield\n',
    'def g():\n    yield from [1 + 1]\n    return -1\n    return', '(y := 1 + 1)', 'x = [i for i in range(1 + 1) if -1]',
    '{-1: 2 * 3, **{}}', '{1 + 1, 2}', 'x[1:2 + 1:-1]', 'x[::]', "f'{1 + 1!r:>{2 * 3}}'", 'a if 1 + 1 else -1',
    'a and 1 + 1 or -1', 'global x', 'import a', 'from . import b', 'x.y = -1', '*a, b = 1, 2', '[a, *b] = -1, -2',
    '@dec(1 + 1)\ndef f(): pass', '@dec(-1)\nclass C(B, metaclass=M, x=1 + 1): pass', 'nonlocal_ = -1\npass\nbreak_ = 1',
    'for x in y:\n    break\nelse:\n    continue_ = -1', 'x = (-1, -2)[0]', 'x = (1, 2)[-1 + 1]', "x = {'a': -1}['a']",
    'x = [-1][0]', 'print(-1, sep=-1)', 'x = y[1 + 1, -1]', 'x = y[(-1, 2)]', 'x = f(*(-1, 2))',
    'x = 1 + 2 + 3 + 4', 'x = a + 1 + 2', 'x = 1 + 2 + a', 'x = 2 * (3 + a) * 4',
]

EVAL_CASES = ["'a' + 'b'", '1 + 1', '__debug__', 'x in [1, 2]', 'not a is b']
SINGLE_CASES = ["'a' + 'b'\n", 'x = 1 + 1\n', 'for x in [1]: pass\n']

DEEP = '1' + ' + 1' * 3000


# float ** where the exact value is at or near a point halfway between two doubles, which glibc's
# pow rounds its own way.
FLOAT_POW_HALFWAY_CASES = ['3.0 ** 34', '6.0 ** 34', '5.0 ** 210', '10.0 ** 23', '2.0 ** -1075', '1.1 ** 10',
                           '0.0018588294763013092 ** 2']


def gap_cases():
    """Expressions Taipan leaves unfolded: complex pow, which CPython computes with _Py_c_pow."""
    return ['1j ** 1.5', '1j ** 101', '(1+2j) ** 0.5', '2 ** 1j', '2.5 ** (1+1j)',
            '(-8.0) ** 0.5', '(-8) ** (1 / 3)', '(-1) ** 0.5', '1j ** (1e309 - 1e309)']


def unfolded(source):
    """The dump with every node folded except the top BinOp of the expression statement."""
    tree = ast.parse(source)
    node = tree.body[0].value
    for side in ('left', 'right'):
        sub = ast.Expression(getattr(node, side))
        setattr(node, side, optimized(sub, 'eval').body)
    return ast.dump(tree, include_attributes=True)


def pow_cases():
    cases = []

    def add(x, y):
        try:
            r = x ** y
        except (OverflowError, ZeroDivisionError):
            r = None
        if isinstance(r, complex):
            return
        cases.append([bits(x), bits(y), None if r is None else bits(r)])

    for _ in range(1000):
        x = rng.uniform(0, 10) * 10 ** rng.randint(-5, 5)
        y = rng.choice([rng.uniform(-50, 50), float(rng.randint(-400, 400)), rng.uniform(-2, 2),
                        rng.randint(-30, 30) / 2, rng.randint(-30, 30) / 4])
        add(x, y)
    for b in (2.0, 3.0, 5.0, 7.0, 10.0, 0.5, 0.1, 1.1, 1.5):
        for e in range(-340, 340, 11):
            add(b, float(e))
    for _ in range(300):
        # Uniform over bit patterns of finite positive doubles, with modest exponents.
        x = struct.unpack('>d', (rng.getrandbits(63)).to_bytes(8, 'big'))[0]
        if x != 0 and math.isfinite(x):
            add(x, rng.uniform(-1, 1) * 1000 / max(1.0, abs(math.log2(x))))
    return cases


def random_set_sources():
    alphabet = 'abcxyz_\xe9\xff\u0100\u4e2d\U0001F600'

    def rstr():
        return ''.join(rng.choice(alphabet[:rng.choice([7, 9, 11, 12])]) for _ in range(rng.randint(0, 12)))

    def item(depth=0):
        k = rng.randint(0, 9)
        if k <= 2:
            return repr(rng.randint(-10 ** 6, 10 ** 6) if rng.random() < .8 else rng.randint(-2 ** 70, 2 ** 70))
        if k <= 4:
            return repr(rstr())
        if k == 5:
            return repr(rng.uniform(-100, 100) if rng.random() < .7 else float(rng.randint(-5, 5)))
        if k == 6:
            return repr(complex(rng.randint(-3, 3), rng.choice([0.0, 1.5, -2.0])))
        if k == 7:
            return repr(rstr().encode('utf-8'))
        if k == 8 and depth < 2:
            items = [item(depth + 1) for _ in range(rng.randint(0, 3))]
            return '(' + ''.join(i + ', ' for i in items) + ')'
        return rng.choice(['None', 'True', 'False', '0', '1', '1.0'])

    sources = []
    for _ in range(150):
        n = rng.choice([1, 2, 3, 5, 8, 12, 20, 40, 100])
        sources.append('x in {' + ', '.join(item() for _ in range(n)) + '}')
    return sources


def random_expression_sources():
    """Random operators on random constants, nested up to three deep (no `**`: see gaps and pow)."""
    ints = [0, 1, 2, 3, 7, 10, 64, 100, 127, 128, 255, 2 ** 31, 2 ** 53, 2 ** 53 + 1, 2 ** 63, 2 ** 64, 10 ** 20,
            12345678901234567890123]
    floats = [0.0, 0.5, 1.5, 2.0, 0.1, 1e308, 1e-308, 5e-324, 1e16, 3.0, 10.0, 1e309, 123.456, 7.0]
    constants = [
        lambda: repr(rng.choice(ints) * rng.choice([1, -1])),
        lambda: rng.choice(['True', 'False', 'None', '...']),
        lambda: repr(rng.choice(floats) * rng.choice([1, -1])),
        lambda: rng.choice(['1j', '0j', '2.5j', '1e308j', '(1+2j)', '(-0.0-1j)', '(3-4j)']),
        lambda: repr(rng.choice(['', 'a', 'ab', 'xyz', '\xe9', '\U0001F600', '%s', '%%'])),
        lambda: repr(rng.choice([b'', b'a', b'ab', b'xyz'])),
        lambda: rng.choice(['()', '(1,)', '(1, 2)', '((1,), 2)', "('a', b'b')", '(None, 1.5)']),
        lambda: rng.choice(['x', 'y', '__debug__']),
        lambda: repr(rng.randint(-5, 300)),
        lambda: repr(rng.uniform(-3, 3)),
    ]
    operators = ['+', '-', '*', '/', '//', '%', '<<', '>>', '&', '|', '^', '@']

    def expr(depth):
        if depth == 0:
            return rng.choice(constants)()
        k = rng.randint(0, 9)
        if k <= 5:
            return '(%s %s %s)' % (expr(depth - 1), rng.choice(operators), expr(depth - 1))
        if k <= 7:
            return '(%s%s)' % (rng.choice(['-', '+', '~', 'not ']), expr(depth - 1))
        if k == 8:
            return '%s[%s]' % (expr(depth - 1), expr(depth - 1))
        return '(%s, %s)' % (expr(depth - 1), expr(depth - 1))

    sources = []
    while len(sources) < 250:
        source = 'z = ' + expr(rng.randint(1, 3))
        try:
            optimized(source)
        except (SyntaxError, ValueError):
            continue  # too large a repr, or an invalid literal
        sources.append(source)
    return sources


def main():
    groups = [INT_CASES, FLOAT_CASES, COMPLEX_CASES, STR_CASES, FORMAT_CASES, TUPLE_CASES, ITER_CASES, NOT_CASES,
              DEBUG_CASES, DOC_CASES, ANNOTATION_CASES, MATCH_CASES, MISC_CASES, [DEEP], random_set_sources(),
              random_expression_sources(), FLOAT_POW_HALFWAY_CASES]
    cases = []
    for group in groups:
        for source in group:
            levels = (0, 1, 2) if group is DEBUG_CASES else (1,) if group is not INT_CASES else (0, 1)
            for level in levels:
                tree = optimized(source, 'exec', level)
                cases.append({'source': source, 'mode': 'exec', 'optimize': level,
                              'dump': ast.dump(tree, include_attributes=True)})
    for mode, group in (('eval', EVAL_CASES), ('single', SINGLE_CASES)):
        for source in group:
            for level in (0, 1):
                tree = optimized(source, mode, level)
                cases.append({'source': source, 'mode': mode, 'optimize': level,
                              'dump': ast.dump(tree, include_attributes=True)})
    gaps = [{'source': s, 'cpython': ast.dump(optimized(s), include_attributes=True), 'unfolded': unfolded(s)}
            for s in gap_cases()]
    out = {'cases': cases, 'gaps': gaps, 'pow': pow_cases()}
    path = os.path.join(DATA, 'ast-optimizer.json')
    with open(path, 'w', encoding='ascii', newline='\n') as f:
        json.dump(out, f, ensure_ascii=True, indent=0, separators=(',', ':'))
        f.write('\n')
    print('wrote %s (%d cases, %d gaps, %d pow, %d bytes)' % (path, len(cases), len(gaps), len(out['pow']),
                                                            os.path.getsize(path)))


if __name__ == '__main__':
    main()
