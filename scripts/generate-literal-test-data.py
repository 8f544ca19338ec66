#!/usr/bin/env python3
# Writes the expected values of tests/literals.test.ts, tests/repr.test.ts and
# tests/ast-dump.test.ts into tests/data/, as CPython 3.13 computes them. The inputs are
# chosen here (edge cases and seeded random ones); every expected value comes from CPython.
#
#     PYTHONHASHSEED=0 /root/.pyenv/versions/3.13.0/bin/python scripts/generate-literal-test-data.py
#
# Encodings in the JSON files (JSON strings carry lone surrogates as \udXXX escapes):
#   a double: its IEEE-754 bits as 16 hex digits (exact, and -0.0 and inf survive JSON);
#   bytes: hex; an int in a literal or a tree: {"int": hex digits, with a sign if negative}.
import ast
import decimal
import json
import math
import os
import random
import struct
import sys
import unicodedata
import warnings

assert sys.version_info[:3] == (3, 13, 0), 'run with CPython 3.13.0'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, 'tests', 'data')
os.makedirs(DATA, exist_ok=True)
rng = random.Random(20241121)


def bits(x):
    return struct.pack('>d', x).hex()


def from_bits(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


def write(name, value):
    path = os.path.join(DATA, name)
    with open(path, 'w', encoding='ascii', newline='\n') as f:
        json.dump(value, f, ensure_ascii=True, indent=0, separators=(',', ':'))
        f.write('\n')
    print('wrote %s (%d bytes)' % (path, os.path.getsize(path)))


# ---------------------------------------------------------------- float and complex repr

def float_cases():
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0,
          1e-4, 1e-5, 9.999999999999999e-5, 0.00011, 1.5e-05, 1e22, 1e21, 1e23, 5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 123456789.125,
          0.5, 100.0, 1e100, 1.25e-100, 3.141592653589793, 2.718281828459045, 1e-7, 1e-6, 123e-20, 4.35, 0.07]
    for e in range(-330, 310):
        xs.append(float('1e%d' % e))
        xs.append(float('1.5e%d' % e))
        xs.append(float('9.999999999999999e%d' % e))
    for _ in range(1500):
        # Uniform over bit patterns: every exponent, subnormals, and the odd nan payload.
        xs.append(struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0])
    for _ in range(1000):
        digits = rng.randint(1, 17)
        m = rng.randrange(10 ** (digits - 1), 10 ** digits)
        xs.append(float('%de%d' % (m, rng.randint(-30, 30))))
    for _ in range(200):
        xs.append(rng.random() * 10 ** rng.randint(-6, 20))
        xs.append(float(rng.randint(-2 ** 60, 2 ** 60)))
    out = []
    for x in map(float, xs):
        if math.isnan(x):
            # JS has one NaN as far as repr goes; keep CPython's canonical one.
            x = math.nan
        out.append([bits(x), repr(x), repr(-x)])
    return out


def complex_cases():
    special = [0.0, -0.0, 1.0, -1.0, 2.5, 1e16, 1e-5, 1e300, math.inf, -math.inf, math.nan, 3.0, 0.1, 1e15, 123.0]
    pairs = [(a, b) for a in special for b in special]
    for _ in range(400):
        pairs.append((rng.choice(special + [rng.uniform(-1e3, 1e3)]), rng.uniform(-1e20, 1e20)))
    return [[bits(a), bits(b), repr(complex(a, b))] for a, b in pairs]


# ---------------------------------------------------------------- str and bytes repr

def printable_boundaries():
    b = []
    prev = True
    for cp in range(0x110000):
        p = chr(cp).isprintable()
        if p != prev:
            b.append(cp)
            prev = p
    return b


def safe_join(cps):
    # A high surrogate right before a low one would read back in JS as one astral character.
    out = []
    for cp in cps:
        if out and 0xD800 <= out[-1] < 0xDC00 and 0xDC00 <= cp < 0xE000:
            out.append(0x41)
        out.append(cp)
    return ''.join(map(chr, out))


def str_cases():
    cases = ['', 'a', "'", '"', '\'"', 'it\'s', 'say "hi"', 'both \' and "', '\\', '\\n', 'tab\there', 'line\nfeed',
             'cr\rlf\n', '\x00\x01\x1f\x7f\x80\x9f\xa0\xad\xff', 'é', 'caf\xe9', '\u2028\u2029', '\u200b\u200e\ufeff',
             '\ud800', '\udfff', 'a\ud800b', '\U0001f600', '\U000e0001', '\U0010ffff', '\U000f0000', '\ue000',
             '\u0378', '\u3000', '\u00a0', 'x' * 100, '\\\'"\n', '🐍 snake', '\t\n\r\x0b\x0c',
             '\U0002a6df\U0002a6e0', '\U0002ebf0\U0002ee5d\U0002ee5e', '\U0001fae9', '\U0001faea', '\u0c5c', '\u0cdd']
    boundaries = printable_boundaries()
    points = set()
    for b in boundaries:
        for d in (-1, 0, 1):
            if 0 <= b + d < 0x110000:
                points.add(b + d)
    for _ in range(1500):
        points.add(rng.randrange(0x110000))
    for _ in range(1000):
        points.add(rng.randrange(0x80, 0x3400))
    points = sorted(points)
    rng.shuffle(points)
    for i in range(0, len(points), 12):
        cases.append(safe_join(points[i:i + 12]))
    ascii_bits = ['a', 'Z', '0', ' ', "'", '"', '\\', '\n', '\t', '\x00', '\x7f', '~']
    for _ in range(300):
        cases.append(''.join(rng.choice(ascii_bits) for _ in range(rng.randint(1, 10))))
    return [[s, repr(s)] for s in cases]


def bytes_cases():
    cases = [b'', b'a', b"'", b'"', b'\'"', b'\\', b'\x00\x7f\x80\xff', b'\t\n\r\x0b', bytes(range(256))]
    for _ in range(300):
        cases.append(bytes(rng.choice([0x27, 0x22, 0x5c, 0x41, 0x20, 0x0a, rng.randrange(256)])
                           for _ in range(rng.randint(1, 12))))
    return [[b.hex(), repr(b)] for b in cases]


def int_cases():
    values = [0, 1, -1, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, -(2 ** 53), 2 ** 64, -(2 ** 100), 10 ** 4299,
              10 ** 4300 - 1, -(10 ** 4300 - 1), 10 ** 4300, -(10 ** 4300), 2 ** 14300, 7 ** 6000]
    for _ in range(80):
        values.append(rng.randrange(-10 ** rng.randint(1, 60), 10 ** rng.randint(1, 60)))
    out = []
    for v in values:
        try:
            r = repr(v)
            out.append(['%x' % v if v >= 0 else '-%x' % -v, r, None])
        except ValueError as e:
            out.append(['%x' % v if v >= 0 else '-%x' % -v, None, str(e)])
    return out


# ---------------------------------------------------------------- literals

def evaluate(src):
    """CPython's value for one literal token, its SyntaxWarnings, or its SyntaxError."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            tree = ast.parse(src, mode='eval')
        except SyntaxError as e:
            return {'error': e.msg}
    node = tree.body
    return {'value': node, 'warnings': [str(w.message) for w in caught if w.category is SyntaxWarning]}


def encode_value(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int):
        return {'int': '-%x' % -v if v < 0 else '%x' % v}
    if isinstance(v, float):
        return {'float': bits(v)}
    if isinstance(v, complex):
        return {'complex': [bits(v.real), bits(v.imag)]}
    if isinstance(v, bytes):
        return {'bytes': v.hex()}
    if isinstance(v, str):
        return v
    if v is Ellipsis:
        return {'ellipsis': True}
    raise TypeError(type(v))


def number_cases():
    texts = ['0', '00', '0_0', '000_000', '1', '7', '123', '1_000_000', '9007199254740991', '9007199254740992',
             '9007199254740993', '18446744073709551616', '0x0', '0xff', '0XFF', '0x_ff', '0xdead_beef',
             '0x1fffffffffffff', '0x20000000000000', '0x20000000000001', '0xffffffffffffffffffff', '0o0', '0o17',
             '0O777', '0o_7', '0o377777777777777777', '0o400000000000000000', '0b0', '0b1', '0B1010', '0b_1_0',
             '0b' + '1' * 53, '0b1' + '0' * 53, '0b' + '1' * 80, '1.5', '1.', '.5', '0.0', '00.5', '09.5', '1e5',
             '1E5', '1e+5', '1e-5', '1_000.5e-3', '1e999', '1e-999', '1e308', '1.7976931348623157e308',
             '1.7976931348623158e308', '1.7976931348623159e308', '2.2250738585072011e-308', '4.9e-324', '2e-324',
             '2.4703282292062328e-324', '2.4703282292062327e-324', '9007199254740993.0', '9007199254740995.0',
             '0.1', '0.30000000000000004', '3.14159265358979323846264338327950288', '1_2.3_4e1_0', '0e0', '0e5',
             '0.0e-0', '3j', '3J', '0j', '1.5j', '1e5J', '1e999j', '.5j', '1_0j', '00j', '09j', '123456789012345678901234567890j',
             '1' + '0' * 4299, '1' + '0' * 4300, '9' * 4300, '1_' * 4300 + '1', '0' * 5000, '0x' + 'f' * 5000,
             '1' * 4301 + '.0', '1' * 4301 + 'j']
    for _ in range(300):
        digits = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 30)))
        texts.append(str(int(digits)))
    for _ in range(200):
        base, prefix, alphabet = rng.choice([(16, '0x', '0123456789abcdefABCDEF'), (8, '0o', '01234567'),
                                             (2, '0b', '01')])
        texts.append(prefix + ''.join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))))
    for _ in range(1000):
        mant = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 25)))
        point = rng.randint(0, len(mant))
        text = mant[:point] + '.' + mant[point:]
        if rng.random() < 0.6:
            text += rng.choice('eE') + rng.choice(['', '+', '-']) + str(rng.randint(0, 330))
        if rng.random() < 0.1:
            text += 'j'
        texts.append(text)
    # Halfway cases between adjacent doubles, where a sloppy conversion rounds the wrong way.
    for _ in range(120):
        x = struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
        if not math.isfinite(x) or x == 0:
            continue
        x = abs(x)
        y = math.nextafter(x, math.inf)
        if not math.isfinite(y):
            continue
        with decimal.localcontext(prec=2000):
            mid = (decimal.Decimal(x) + decimal.Decimal(y)) / 2
            texts.append(format(mid, 'e').replace('+', ''))
    out = []
    for t in texts:
        r = evaluate(t)
        if 'error' in r:
            # The tokenizer's errors (invalid literals) are not this test's business.
            assert r['error'].startswith('Exceeds the limit'), (t, r['error'])
            out.append([t, {'error': r['error']}])
        else:
            assert isinstance(r['value'], ast.Constant) and not r['warnings'], t
            out.append([t, encode_value(r['value'].value)])
    return out


NAMES_OK = ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A', 'SNAKE', 'GREEK SMALL LETTER ALPHA',
            'BYZANTINE MUSICAL SYMBOL FHTORA SKLIRON CHROMA VASIS', 'LATIN CAPITAL LETTER GHA', 'NULL', 'nul', 'BOM',
            'ZWJ', 'VS256', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-2EBF0',
            'CJK UNIFIED IDEOGRAPH-323AF', 'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-2fa1d',
            'KHITAN SMALL SCRIPT CHARACTER-18B00', 'nushu character-1b170', 'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE A',
            'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE SSYEOLB', 'TANGUT COMPONENT-001',
            'EGYPTIAN HIEROGLYPH A001', 'SPACE', 'DIGIT ONE', 'PILE OF POO', 'FACE WITH TEARS OF JOY',
            'ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM', 'REPLACEMENT CHARACTER', 'LINE FEED', 'END OF LINE',
            'ALERT', 'BEL', 'BELL', 'HIGH OCTET PRESET', 'PRIVATE USE-1', 'SINGLE-SHIFT-2', 'TIBETAN MARK BKA- SHOG GI MGO RGYAN',
            'TIBETAN LETTER -A', 'HANGUL JUNGSEONG O-E', 'HANGUL JUNGSEONG OE', 'MICR ON US SYMBOL', 'YI SYLLABLE ITERATION MARK']
NAMES_BAD = ['', 'foo', 'LATIN SMALL LETTER A ', ' LATIN SMALL LETTER A', 'LATIN  SMALL LETTER A', 'LATIN_SMALL_LETTER_A',
             'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-4DC0',
             'CJK UNIFIED IDEOGRAPH-004E00', 'CJK UNIFIED IDEOGRAPH-E00', 'CJK UNIFIED IDEOGRAPH-2EE5E',
             'CJK COMPATIBILITY IDEOGRAPH-0F900', 'CJK COMPATIBILITY IDEOGRAPH-FA6E', 'hangul syllable ga',
             'HANGUL SYLLABLE ga', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE GAGG G', 'HANGUL SYLLABLE X', 'TANGUT IDEOGRAPH-17000',
             'KEYCAP NUMBER SIGN', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'TAMIL SYLLABLE RI', 'é',
             'LATIN SMALL LETTER \u0130', 'LATIN SMALL LETTER \u017f', 'LATIN SMALL LETTER ß', 'KHITAN SMALL SCRIPT CHARACTER-18CD6',
             'NUSHU CHARACTER-1B2FC', 'CJK COMPATIBILITY IDEOGRAPH-F900 ', 'A' * 300]


def name_cases():
    """Names for the \\N test: a sample of every kind, with their code points or -1."""
    names = list(NAMES_OK) + list(NAMES_BAD)
    stored = []
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n is not None:
            stored.append(n)
    names += rng.sample(stored, 1200)
    names += [n.lower() for n in rng.sample(stored, 200)]
    names += [n.title() for n in rng.sample(stored, 200)]
    for pua in range(0xF0000, 0xF0400):
        text = chr(pua).encode('ascii', 'namereplace')
        if text.startswith(b'\\N{'):
            names.append(text[3:-1].decode('ascii'))  # aliases and named sequences
    for _ in range(150):
        s = rng.randrange(11172)
        l, rest = divmod(s, 21 * 28)
        names.append(unicodedata.name(chr(0xAC00 + s))[:-1] + rng.choice('GAEOUIYNSHJ'))
    out = []
    for n in names:
        src = "'\\N{%s}'" % n
        r = evaluate(src)
        if 'error' in r:
            out.append([n, -1])
        else:
            v = r['value'].value
            assert len(v) == 1
            out.append([n, ord(v)])
    return out


FRAGMENTS = ['a', 'Z', ' ', '0', '7', '8', '{', '}', 'é', '€', '😀', '\\\\', "\\'", '\\"', '\\n', '\\t', '\\r',
             '\\b', '\\f', '\\v', '\\a', '\\0', '\\7', '\\12', '\\101', '\\377', '\\400', '\\777', '\\1234', '\\8', '\\9',
             '\\x41', '\\xff', '\\xFf', '\\x4', '\\xg0', '\\x', '\\u00e9', '\\u20AC', '\\ud800', '\\u12', '\\uzzzz',
             '\\U0001F600', '\\U0010ffff', '\\U00110000', '\\UFFFFFFFF', '\\U1234', '\\N{DIGIT ONE}', '\\N{digit one}',
             '\\N{NO SUCH NAME}', '\\N{}', '\\N', '\\Nx', '\\N{é}', '\\d', '\\w', '\\ ', '\\é', '\\😀', '\\{', '\\}',
             '\\\n', '\n', '\\N{LATIN CAPITAL LETTER GHA}', '\\N{BOM}']


def body_from(frags):
    return ''.join(frags)


def string_cases():
    bodies = [f for f in FRAGMENTS]
    bodies += ['a\\d\\e', '\\777\\d', '\\d\\777', 'é\\x', 'é😀\\x4', '\\\\é\\x', 'ab\\xZZ', '\\N{é}', '\\N{\\é}',
               '\\N{a\\}b}', '\\x\\é', 'é\\N{LATIN SMALL LETTER A', '\\d\\x', '\\é\\d', 'x\\N{', '\\N{LATIN SMALL LETTER A }']
    fixed = len(bodies)
    for _ in range(700):
        bodies.append(body_from(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 6))))
    out = []
    for i, body in enumerate(bodies):
        for prefix in ('', 'b', 'r', 'rb', 'u') if i < fixed + 100 else ('', 'b'):
            quote = "'''" if '\n' in body else "'"
            if body.endswith("'") and quote == "'''":
                continue
            src = prefix + quote + body + quote
            try:
                r = evaluate(src)
            except Exception as e:  # a body that ends the token early, and the like
                continue
            if 'error' not in r and not isinstance(r['value'], ast.Constant):
                continue
            if 'error' in r:
                entry = {'error': r['error']}
            else:
                entry = {'value': encode_value(r['value'].value), 'warnings': r['warnings']}
                if r['value'].kind is not None:
                    entry['kind'] = r['value'].kind
                v = r['value'].value
                if isinstance(v, str) and any(0xD800 <= ord(a) < 0xDC00 and 0xDC00 <= ord(b) < 0xE000
                                              for a, b in zip(v, v[1:])):
                    continue  # two surrogates in a row are one character in JS
            out.append([src, entry])
    return out


def fstring_cases():
    """f-string literal parts: the body as our tokenizer hands it over (doubled braces single)."""
    frags = [f for f in FRAGMENTS if f not in ('{', '}', '\\{', '\\}')] + ['{{', '}}', '\\{{', '\\}}']
    bodies = [f for f in frags]
    for _ in range(600):
        bodies.append(''.join(rng.choice(frags) for _ in range(rng.randint(1, 5))))
    out = []
    for body in bodies:
        for prefix in ('f', 'rf'):
            quote = "'''" if '\n' in body else "'"
            src = prefix + quote + body + quote
            try:
                r = evaluate(src)
            except Exception:
                continue
            # CPython's tokenizer ends an FSTRING_MIDDLE after each doubled brace and after each
            # \N{...}; each part is decoded alone, so positions in messages and warnings are per
            # part. The decoder sees one part at a time: cases with several parts keep only what
            # does not depend on where the tokenizer splits.
            parts = body.count('{{') + body.count('}}') + body.count('\\N{')
            if 'error' in r:
                # In a raw f-string, \N{...} is a replacement field, and may not parse.
                if r['error'].startswith('(unicode error)') and not parts:
                    out.append([prefix, body.replace('{{', '{').replace('}}', '}'), {'error': r['error']}])
                continue
            node = r['value']
            assert isinstance(node, ast.JoinedStr)
            if not node.values:
                value = ''
            elif len(node.values) == 1 and isinstance(node.values[0], ast.Constant):
                value = node.values[0].value
            else:
                continue  # in a raw f-string, \N{...} is a replacement field
            ws = [w for w in r['warnings'] if w not in ("invalid escape sequence '\\{'", "invalid escape sequence '\\}'")]
            if parts and ws:
                continue
            if any(0xD800 <= ord(a) < 0xDC00 and 0xDC00 <= ord(b) < 0xE000 for a, b in zip(value, value[1:])):
                continue
            out.append([prefix, body.replace('{{', '{').replace('}}', '}'), {'value': value, 'warnings': ws}])
    return out


# ---------------------------------------------------------------- ast.dump

DUMP_SOURCES = [
    'x',
    'x = 1',
    "print('hello, world')",
    'a.b[c] = d, *e',
    'del x, y[0]',
    'x += 1\ny @= 2\nz **= 3',
    'x: int = 5\ny: "str"',
    'def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    """doc"""\n    return a',
    'async def g():\n    await x\n    async for i in y:\n        pass\n    async with a as b, c:\n        yield\n    yield from z',
    '@dec\nclass C(B, metaclass=M):\n    x = 1\n    def m(self): ...',
    'class D[T: int, *Ts, **P]: pass',
    'type Alias[T = int] = list[T]',
    'def h[T](x: T) -> T: return x',
    'for i in range(10):\n    if i % 2:\n        continue\n    elif i > 5:\n        break\nelse:\n    pass',
    'while True:\n    x -= 1\nelse:\n    y = 2',
    'try:\n    pass\nexcept ValueError as e:\n    raise RuntimeError() from e\nexcept (A, B):\n    pass\nelse:\n    x\nfinally:\n    y',
    'try:\n    pass\nexcept* TypeError:\n    pass',
    'with open(f) as g, h:\n    pass',
    'import os, sys as system\nfrom . import x\nfrom ..a.b import (c as d, e)\nfrom m import *',
    'global a, b\nnonlocal c',
    'assert x, "msg"\nassert y',
    'lambda: 0\nlambda x, *y, z=1, **k: x',
    'x if y else z',
    'a and b or not c',
    '-x + ~y - +z * w / v // u % t ** s @ r << q >> p & o | n ^ m',
    'a < b <= c > d >= e == f != g is h is not i in j not in k',
    '{1: 2, **d, 3: 4}\n{1, 2}\n[1, *a]\n()\n(1,)\n{}',
    '[x for x in y if x if z]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x async for x in y)',
    'f(a, *b, c=1, **d)',
    'x[1:2, ::3, a:]\nx[...]',
    '(y := 10)',
    "f'{x!r:>{width}} {y=} {{z}}'",
    "f'a' 'b' f'{c}'",
    "u'unicode'\nb'bytes'\nrb'\\\\raw'\n'''triple\nquoted'''",
    "'it\\'s'\n'\"'\n'\\'\"'\n'\\x00\\n\\t\\x7f\\u2028\\U0001F600é'",
    '1.0\n1e16\n1.5e-5\n1e999\n0.1\n3j\n1.5j\n1e999j\n0j',
    '1\n-1\n0xffffffffffffffffffffffff\n9007199254740993\nTrue\nFalse\nNone\n...',
    'match x:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {"k": v, **kw}:\n        pass\n'
    '    case Point(x=0, y=_) if y:\n        pass\n    case None:\n        pass\n    case str() as s:\n        pass\n'
    '    case -1 + 2j:\n        pass\n    case [*_]:\n        pass\n    case True:\n        pass\n    case _:\n        pass',
    'pass\nbreak\ncontinue',
    'x = yield',
    'raise\nraise E',
    'return',
    'a = b = c',
    'x = 1  # type: int',
    'print(*a, **b)\nf()\nf(x for x in y)',
    'x.y.z()',
    "'''\\\nline continuation'''",
    'if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass',
    'def f(*, a): pass\ndef g(a=1, /): pass\ndef k(**kw): pass',
    'class E: pass',
    '[]\n[[]]\n[[], []]',
    '(a, b), [c, d] = 1, 2',
    'not not x',
    'a[b][c](d)(e)',
    "x = 'ünïcödé' + \"中文\"",
    'def f(a, b=1.5, *, c): return -a',
]


def dump_variants(tree, all_variants=True):
    dumps = {
        'default': ast.dump(tree),
        'indent3_attrs': ast.dump(tree, indent=3, include_attributes=True),
        'unannotated': ast.dump(tree, annotate_fields=False),
        'show_empty': ast.dump(tree, show_empty=True, indent=1),
    }
    if all_variants:
        dumps['indent0'] = ast.dump(tree, indent=0)
        dumps['indent_tab'] = ast.dump(tree, indent='\t')
        dumps['attrs'] = ast.dump(tree, include_attributes=True)
        dumps['unannotated_attrs'] = ast.dump(tree, annotate_fields=False, include_attributes=True, indent=2)
    return dumps


def encode_tree(node):
    """A CPython AST as JSON: nodes as {"_": kind, field: ..., attribute: ...}."""
    if isinstance(node, ast.AST):
        out = {'_': type(node).__name__}
        for name in node._fields:
            out[name] = encode_tree(getattr(node, name, None))
        for name in node._attributes:
            if hasattr(node, name):  # a missing attribute is skipped by dump, unlike None
                out[name] = getattr(node, name)
        return out
    if isinstance(node, list):
        return [encode_tree(x) for x in node]
    if isinstance(node, str) or node is None or isinstance(node, bool):
        return node
    if isinstance(node, int):
        return node if abs(node) <= 2 ** 53 - 1 else encode_value(node)
    return encode_value(node)


def dump_cases():
    out = []
    for i, src in enumerate(DUMP_SOURCES):
        tree = ast.parse(src, type_comments=True)
        out.append({'source': src, 'tree': encode_tree(tree), 'dumps': dump_variants(tree, i % 4 == 0)})
    # Trees the parser never makes: values ast.dump must still write as CPython does.
    extra = [
        ast.Expression(body=ast.Constant(value=None)),
        ast.Expression(body=ast.Constant(value=-0.0)),
        ast.Expression(body=ast.Constant(value=complex(-0.0, -1.0))),
        ast.Expression(body=ast.Constant(value=complex(1.5, math.inf))),
        ast.Expression(body=ast.Constant(value=math.nan)),
        ast.Expression(body=ast.Constant(value='\ud800x')),
        ast.Expression(body=ast.Constant(value=b"'\"\x00\xff")),
        ast.Interactive(body=[ast.Pass(lineno=1, col_offset=0, end_lineno=None, end_col_offset=None)]),
        ast.FunctionType(argtypes=[], returns=ast.Name(id='int', ctx=ast.Load(), lineno=1, col_offset=0,
                                                        end_lineno=1, end_col_offset=3)),
        ast.Module(body=[], type_ignores=[ast.TypeIgnore(lineno=3, tag='[attr]')]),
    ]
    for tree in extra:
        out.append({'source': None, 'tree': encode_tree(tree), 'dumps': dump_variants(tree)})
    big = ast.Expression(body=ast.Constant(value=10 ** 5000))
    try:
        ast.dump(big)
        raise AssertionError('expected the digit limit')
    except ValueError as e:
        out.append({'source': None, 'tree': encode_tree(big), 'error': str(e)})
    return out


write('float-repr.json', {'floats': float_cases(), 'complexes': complex_cases()})
write('str-repr.json', {'strs': str_cases(), 'bytes': bytes_cases(), 'ints': int_cases()})
write('literals.json', {'numbers': number_cases(), 'names': name_cases(), 'strings': string_cases(),
                        'fstrings': fstring_cases()})
write('ast-dump.json', dump_cases())
