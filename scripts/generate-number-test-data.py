#!/usr/bin/env python3
# Writes tests/data/numbers.json, the expected values of tests/numbers.test.ts, as CPython 3.13
# computes them: format() of ints, floats, complexes and strs with many specs; int(), float()
# and complex() of strings; the binary operators and the conversions between int, bool, float
# and complex; hashes. The inputs are chosen here (edge cases and seeded random ones); every
# expected value comes from CPython.
#
#     /root/.pyenv/versions/3.13.0/bin/python scripts/generate-number-test-data.py
#
# A value is written as a string: 'i:<decimal>', 'T' / 'F', 'f:<IEEE-754 bits, 16 hex digits>',
# 'c:<bits>,<bits>', 's:<text>'; the operators' cases name their operands by index in
# 'operands'. A result is repr(result), or 'ErrorType: message'.
import json
import math
import os
import random
import struct
import warnings

warnings.simplefilter('ignore')
random.seed(20240613)


def bits(x):
    return struct.pack('>d', x).hex()


def enc(v):
    if v is True:
        return 'T'
    if v is False:
        return 'F'
    if isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:' + bits(v)
    if isinstance(v, complex):
        return 'c:%s,%s' % (bits(v.real), bits(v.imag))
    return 's:' + v


def outcome(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


def rand_floats(n):
    out = []
    for _ in range(n):
        kind = random.randrange(4)
        if kind == 0:
            out.append(random.random() * 10 ** random.randint(-30, 30))
        elif kind == 1:
            out.append(round(random.uniform(-1e6, 1e6), random.randint(0, 6)))
        elif kind == 2:
            out.append(struct.unpack('>d', random.getrandbits(64).to_bytes(8, 'big'))[0])
        else:
            out.append(random.randint(-10 ** 6, 10 ** 6) / 8)
    return [x for x in out if not math.isnan(x)]


FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.125, 0.375, 2.675, 1.005, 123.456, 1e-10,
          1.5e-5, 9.99999, 99999.5, 1234567.0, 1e15, 1e16, 1e17, 1.23e22, -7.2e-300, 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 0.0001,
          0.00001, 123456789.123, 9.5, 0.05, 0.95, 99.5, 1e21, 1e22, 12345.6789] + rand_floats(30)
FLOAT_SPECS = ['', 'f', '.0f', '.1f', '.3f', 'e', '.0e', '.2e', 'g', '.1g', '.3g', '.10g', '#g', '%', '.1%',
               '10.2f', '<10.2e', '+g', 'E', 'G', 'n', '.30f', '.17g', '.20e', ',', '_', ',.2f',
               '015,.3f', 'z.1f', 'z', '#', '.3', '.0', '.1', '#.0f', '#.0e', '^+12.4g', ' .5', '=+12.2e',
               '*^20,.2f', '010', '010.2%', '.120f', '.110e', '#.3g', '.16', '.17', '#.5', '012,', '_.3f',
               'z.0f', '-', '+.0%', '.50g', 'F', '#F', '.2n', '08.2f', 'x', 'd', '=10', '0=10', '10,.1e',
               'q', ',d', '_n', '3.2s', '.', ',_', '_,', ',,', 'z,', '1' * 25]
INTS = [0, 1, -1, 7, 42, -42, 255, 1000, -1000, 65535, 10 ** 6, -(10 ** 9) - 7, 2 ** 63, -(2 ** 64),
        2 ** 100, 12345678901234567890, 65, 0x10ffff, 0x110000, 9007199254740993, True, False]
INT_SPECS = ['', 'd', '5d', '<5', '^6', '05', '+', ' ', 'x', '#x', 'X', '#X', 'o', '#o', 'b', '#b', ',', '_',
             '_x', '#_b', '+08,', 'e', '.2f', '%', 'c', 'n', '#010x', '#010_x', '=+10', '0=10', '*^11,',
             'z', '.2', '+c', '#c', ',x', '_o', '0>8', '12_', 'g', 'G', '.3e', 'E', 'F', '-', '010,', '#_X',
             ',c', 's', 'z.1f', '20,.2f', 'c,', '=5s', 'n,', '_n', '\x01', 'é']
COMPLEXES = [1 + 2j, -0.0 + 2j, 0j, complex(-0.0, -0.0), 1.5 - 2.25j, 1e20 + 1j, complex(math.inf, math.nan),
             3j, -3j, 0.1 + 0.2j]
COMPLEX_SPECS = ['', '.2', '.2f', '+.1f', ' g', ',', '10', '<20', '^20.3e', '05', '0<5', '=10', 'z.1f',
                 'e', 'G', 'n', '#', '#.0f', 'x', 'd', '*>30.2f', '%']
STRS = ['', 'a', 'abc', 'héllo', '日本語', '\U0001F600x']
STR_SPECS = ['', 's', '5', '<5', '>5', '^6', '*^7', '.2', '10.1', '=5', '+', ' ', '#', 'z', '05', '0>5', ',',
             '_', 'x', '.0', '^^3', 'é<4', '.3s', 'c', '-']


def format_cases():
    cases = []
    for values, specs in ((FLOATS, FLOAT_SPECS), (INTS, INT_SPECS), (COMPLEXES, COMPLEX_SPECS), (STRS, STR_SPECS)):
        for v in values:
            for s in specs:
                cases.append([enc(v), s, outcome(lambda: format(v, s))])
    return cases


INT_TEXTS = ['0', '-0', ' 12 ', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101', '017', '00', '0_0',
             '+5', '- 5', '١٢٣', '１２', '12\u00a0', '\u200012', '1e3', '', ' ', 'z', 'Z', '0x', '0b2', '9' * 20,
             '-' + '7' * 30, 'inf', '1.5', '\x1c1', '1\x00', '0x_f', '0x__f', '0_7', '12é', 'x' * 300,
             '1' * 4300, '1' * 4301, 'f' * 5000]
FLOAT_TEXTS = ['1', '1.5', ' -1.5e3 ', '1_000.000_1', '1e-400', '1e400', '-1e400', 'inf', '-Infinity', 'NaN',
               '+nan', 'infinit', '.5', '5.', '.', 'e1', '1e', '1e+', '0x10', '1_e1', '١.٥', '12\u20281',
               '0.1e1_0', '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324',
               '1.7976931348623158e308', '1.7976931348623159e308', '9007199254740993', '0.30000000000000004',
               '123456789012345678901234567890', '1\x1c', '\x851', '1__0', '-_1', '']
COMPLEX_TEXTS = ['1', '1j', '1+2j', '(1+2j)', ' ( 1-2j ) ', '1+j', '-j', 'j', '+j', '1e3j', 'inf+nanj',
                 '1 + 2j', '1+2', '(1+2j', '1+2jj', '1_0j', '3.5-.5J', 'nan', '', '()', '-1.5e-3-2.5e+3j',
                 '1__2', '_1j', '-nan-infj']


def parse_cases():
    cases = []
    for s in INT_TEXTS:
        for base in (0, 2, 8, 10, 16, 36):
            cases.append(['int', s, base, outcome(lambda: int(s, base))])
    for s in FLOAT_TEXTS:
        cases.append(['float', s, 0, outcome(lambda: float(s))])
    for s in COMPLEX_TEXTS:
        cases.append(['complex', s, 0, outcome(lambda: complex(s))])
    return cases


OPERANDS = [0, 1, -1, 2, -3, 7, 2 ** 31, 2 ** 53 + 1, -2 ** 64 + 3, 10 ** 30, True, False, 0.0, -0.0, 1.5, -2.5,
            0.1, 1e300, -1e-300, math.inf, -math.inf, math.nan, 3.7, 1j, 1 + 2j, complex(0, -0.0), 2 ** 1024]
OPERATORS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '==', '!=', '<', '<=', '>', '>=']


def exact_pow(a, b):
    """Whether a ** b is one of the cases CPython computes exactly (not by libm's pow or cos/sin)."""
    if isinstance(a, complex) or isinstance(b, complex):
        try:
            c = complex(b)
        except OverflowError:
            return True
        return c.imag == 0 and c.real == math.floor(c.real) and abs(c.real) <= 100 if math.isfinite(c.real) else False
    return True


def operator_cases():
    cases = []
    for op in OPERATORS:
        for ia, a in enumerate(OPERANDS):
            for ib, b in enumerate(OPERANDS):
                if op == '**' and isinstance(a, int) and isinstance(b, int) and abs(a) > 1 and abs(b) * a.bit_length() > 1100:
                    continue
                if op == '**' and not exact_pow(a, b):
                    continue
                if op == '<<' and isinstance(b, int) and b > 100:
                    continue
                cases.append([op, ia, ib, outcome(lambda: eval('a %s b' % op, {}, {'a': a, 'b': b}))])
    return cases


FUNCTIONS = {
    'abs': abs, 'neg': lambda x: -x, 'pos': lambda x: +x, 'invert': lambda x: ~x, 'bool': bool, 'int': int,
    'float': float, 'complex': complex, 'round': round, 'round2': lambda x: round(x, 2),
    'round-1': lambda x: round(x, -1), 'divmod3': lambda x: divmod(x, 3), 'divmod-2.5': lambda x: divmod(x, -2.5),
    'pow3mod7': lambda x: pow(x, 3, 7), 'powneg1mod7': lambda x: pow(x, -1, 7), 'repr': repr, 'str': str,
    'trunc': lambda x: x.__trunc__(), 'floor': lambda x: x.__floor__(), 'ceil': lambda x: x.__ceil__(),
    'as_integer_ratio': lambda x: x.as_integer_ratio(), 'is_integer': lambda x: x.is_integer(),
    'hex': lambda x: x.hex(), 'bit_length': lambda x: x.bit_length(), 'bit_count': lambda x: x.bit_count(),
    'real': lambda x: x.real, 'imag': lambda x: x.imag, 'conjugate': lambda x: x.conjugate(),
    'to_bytes4': lambda x: x.to_bytes(4, 'little', signed=True), 'hash': hash,
    'getnewargs': lambda x: x.__getnewargs__(),
}
UNARY_OPERANDS = [v for v in OPERANDS if not (isinstance(v, float) and math.isnan(v))] + [
    -2 ** 31, 2 ** 53, -2 ** 53 - 1, 2 ** 64, -10 ** 30, 2.0 ** 53, 1e16, -0.5 - 0.25j, 2.675, 0.5, -0.5, 1e-320, 123.456, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), -2 ** 63, 1e100 + 1e100j, -1 + 0j]


def function_cases():
    cases = []
    for name, f in FUNCTIONS.items():
        for a in UNARY_OPERANDS:
            cases.append([name, enc(a), outcome(lambda: f(a))])
    return cases


def libm_cases():
    cases = []
    for _ in range(400):
        x = random.uniform(-20, 20)
        y = random.uniform(-20, 20)
        cases.append(['exp', bits(x), '', bits(math.exp(x))])
        cases.append(['log', bits(abs(x)), '', bits(math.log(abs(x)))])
        cases.append(['sin', bits(x), '', bits(math.sin(x))])
        cases.append(['cos', bits(x), '', bits(math.cos(x))])
        cases.append(['atan2', bits(y), bits(x), bits(math.atan2(y, x))])
        cases.append(['hypot', bits(y), bits(x), bits(math.hypot(y, x))])
    for x in (1e300, 1e-300, 5e-324, 1e22, 2.0 ** 1000, 709.7, -745.0, 0.5):
        cases.append(['sin', bits(x), '', bits(math.sin(x))])
        cases.append(['cos', bits(x), '', bits(math.cos(x))])
        cases.append(['log', bits(abs(x)), '', bits(math.log(abs(x)))])
        cases.append(['atan2', bits(x), bits(1.0), bits(math.atan2(x, 1.0))])
        try:
            cases.append(['exp', bits(x), '', bits(math.exp(x))])
        except OverflowError:
            pass
    return cases


def main():
    data = {
        'format': format_cases(),
        'parse': parse_cases(),
        'operands': [enc(v) for v in OPERANDS],
        'operators': operator_cases(),
        'functions': function_cases(),
        'libm': libm_cases(),
    }
    path = os.path.join(os.path.dirname(__file__), '..', 'tests', 'data', 'numbers.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')
    print(path, {k: len(v) for k, v in data.items()})


main()
