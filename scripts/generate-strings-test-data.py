#!/usr/bin/env python3
# Writes tests/data/strings.json: what CPython 3.13 answers for str case mappings and
# predicates (every code point whose mapping is not itself, plus a spread of others), for
# whole strings where context matters (final sigma, title after apostrophes), for
# printf-style float formatting, and for the codecs. Read by tests/strings.test.ts.
#
#     /root/.pyenv/versions/3.13.0/bin/python scripts/generate-strings-test-data.py
import json
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 13), 'run with CPython 3.13'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'data', 'strings.json')

PREDICATES = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'isupper',
              'islower', 'istitle', 'isidentifier', 'isprintable']

rng = random.Random(3013)
cps = set()
for cp in range(0x110000):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    if c.upper() != c or c.lower() != c or c.title() != c or c.casefold() != c:
        cps.add(cp)
    elif c.isnumeric() or c.isspace() or (cp < 0x3000 and c.isalpha()):
        if rng.random() < 0.2:
            cps.add(cp)
for _ in range(3000):
    cp = rng.randrange(0x110000)
    if not 0xD800 <= cp <= 0xDFFF:
        cps.add(cp)

chars = []
for cp in sorted(cps):
    c = chr(cp)
    bits = sum(1 << i for i, p in enumerate(PREDICATES) if getattr(c, p)())
    chars.append([cp, c.upper(), c.lower(), c.title(), c.casefold(), bits])

STRINGS = [
    'ΣΑΣ ΑΣ', 'ὈΔΥΣΣΕΎΣ', 'Σ', 'aΣ', 'aΣb', 'aΣ.', "a'Σ", 'AΣ\u0301', 'ΣA', '.Σ', 'σς',
    "they're bill's friends", 'hello world', 'HELLO wORLD', 'ǆemal ǅ', 'ﬁsh ﬂy', 'ß straße',
    'İstanbul', 'ı', 'ŉ', 'ǰ', 'ΐ', '123abc', 'a1b2 c3', 'x_y-z', '  lead', 'ᾳ ᾼ', 'Ⓐⓑ', '𐐀𐐨',
    '', 'ABC def', 'ǅ', 'Ǆ', 'ǆ', 'ﬀ', 'Ab Cd', 'AB', 'aB', 'A1 B2', 'ǅa', 'a\u0345',
]
strings = []
for s in STRINGS:
    bits = sum(1 << i for i, p in enumerate(PREDICATES) if getattr(s, p)())
    strings.append([s, s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), s.capitalize(), bits])

floats = []
values = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 1e-7, 123456.789, 1e22, 1e300, 5e-324, 2.675, 0.1, 1 / 3,
          9.999999, 99.5, 0.0001, 0.00001, 1e16, 123456789.0, float('inf'), float('-inf'), float('nan')]
for _ in range(80):
    values.append(rng.uniform(-1e6, 1e6) * 10 ** rng.randint(-12, 12))
for x in values:
    for spec in ['%e', '%.0e', '%#.0e', '%.3E', '%f', '%.0f', '%#.0f', '%.10f', '%g', '%.1g', '%#g', '%.12G', '%+.2f', '% .3g', '%012.4f', '%-12.3e|']:
        floats.append([struct.pack('>d', x).hex(), spec, spec % x])

codecs = []
texts = ['', 'abc', 'é', 'aé€😀', '\x00\x7f\x80\xff', '日本語テキスト', 'x' * 5 + '\U0010ffff']
for t in texts:
    for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'latin-1', 'ascii', 'cp1252']:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
            try:
                out = ['ok', t.encode(enc, errors).hex()]
            except UnicodeEncodeError as e:
                out = ['error', str(e)]
            codecs.append(['encode', t, enc, errors, out])
blobs = [b'', b'abc', b'\xff', b'a\xc3', b'a\xc3(', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'\xe2\x82x\xff',
         b'\xf0\x9f\x98\x80', b'\xf0\x9f\x98', b'\xc0\x80', b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00b',
         b'\x00\xd8a\x00', b'\x00\xdc', b'\x80\x81\x9d', b'\xef\xbb\xbfx']
for b in blobs:
    for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-32', 'latin-1', 'ascii', 'cp1252']:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
            try:
                out = ['ok', [ord(ch) for ch in b.decode(enc, errors)]]
            except UnicodeDecodeError as e:
                out = ['error', str(e)]
            codecs.append(['decode', b.hex(), enc, errors, out])

with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
    json.dump({'predicates': PREDICATES, 'chars': chars, 'strings': strings, 'floats': floats, 'codecs': codecs},
              f, ensure_ascii=True, separators=(',', ':'))
    f.write('\n')

print('wrote %s (%d bytes)' % (OUT, os.path.getsize(OUT)))
