#!/usr/bin/env python3
# Writes src/modules/unicodedata/unicodedata-data.ts: the tables of the unicodedata module,
# taken from CPython 3.13's own unicodedata (Unicode 15.1.0) and its ucd_3_2_0 view, for every
# code point. Character names are not here: the module shares the compiler's `\N{...}` table
# (scripts/generate-unicode-names.py); only the named sequences, which `\N` rejects, are added.
#
#     /root/.pyenv/versions/3.13.0/bin/python scripts/generate-unicodedata.py
#
# The output depends only on CPython's data, so running this again must leave the file as it
# is. Encoding (decoded by src/modules/unicodedata/tables.ts; both sides must agree):
#   Numbers are unsigned varints in text, little-endian in base 32: a digit d that is the last
#   is the character 0x23 + d ('#'..'B'), one that more digits follow is 0x5D + d (']'..'|').
#   A property is a run list: (length, value index) pairs covering U+0000..U+10FFFF in order,
#     value indexes into that property's list of values.
#   DECOMPOSITIONS: per code point with a mapping, in order: code point delta from the previous
#     entry, tag index (0: canonical), count, then each code point of the mapping.
#   NUMERICS: per numeric character: code point delta, kind (0 numeric only, 1 digit too, 2
#     decimal and digit too), index into NUMERIC_VALUES ("n" or "n/d": the float is n / d).
#   Sets (quick-check failures, composition exclusions): boundary deltas, the first run outside.
#   OLD_NUMERICS (ucd_3_2_0): code point delta, decimal + 1 (0: none), numeric index + 1 (0:
#     none), for each code point where 3.2.0's decimal() or numeric() differs from 15.1.0's.
import fractions
import hashlib
import os
import sys
import unicodedata

assert sys.version_info[:2] == (3, 13), 'run with CPython 3.13'
assert unicodedata.unidata_version == '15.1.0'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'src', 'modules', 'unicodedata', 'unicodedata-data.ts')
N = 0x110000
CURRENT = unicodedata
OLD = unicodedata.ucd_3_2_0
FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')


def varint(v):
    assert v >= 0
    out = []
    while v >= 32:
        out.append(chr(0x5D + v % 32))
        v //= 32
    out.append(chr(0x23 + v))
    return ''.join(out)


def encode(values):
    return ''.join(varint(v) for v in values)


def js_text(text, width=120):
    parts = [text[i:i + width] for i in range(0, len(text), width)] or ['']
    for p in parts:
        assert '"' not in p and '\\' not in p
    return '[\n' + ''.join('  "%s",\n' % p for p in parts) + "].join('')"


def js_list(items):
    return '[' + ', '.join('"%s"' % s for s in items) + ']'


def run_list(fn):
    """Values of fn over every code point: (sorted distinct values, encoded runs)."""
    per_cp = [fn(chr(cp)) for cp in range(N)]
    values = sorted(set(per_cp), key=lambda v: (str(type(v)), v))
    index = {v: i for i, v in enumerate(values)}
    runs = []
    start = 0
    for cp in range(1, N + 1):
        if cp == N or per_cp[cp] != per_cp[start]:
            runs += [cp - start, index[per_cp[start]]]
            start = cp
    return values, encode(runs)


def boundaries(pred):
    out = []
    state = False
    prev = 0
    for cp in range(N):
        p = bool(pred(cp))
        if p != state:
            out.append(cp - prev)
            prev = cp
            state = p
    return encode(out)


def rational(x):
    """The "n" or "n/d" whose quotient, as a correctly rounded double, is x."""
    f = fractions.Fraction(x).limit_denominator(100000)
    assert f.numerator / f.denominator == x, x
    return str(f.numerator) if f.denominator == 1 else '%d/%d' % (f.numerator, f.denominator)


# ---- 15.1.0 properties ----
PROPERTIES = {
    'CATEGORY': CURRENT.category,
    'BIDIRECTIONAL': CURRENT.bidirectional,
    'COMBINING': CURRENT.combining,
    'EAST_ASIAN_WIDTH': CURRENT.east_asian_width,
    'MIRRORED': CURRENT.mirrored,
}
OLD_PROPERTIES = {
    'OLD_CATEGORY': OLD.category,
    'OLD_BIDIRECTIONAL': OLD.bidirectional,
    'OLD_COMBINING': OLD.combining,
    'OLD_EAST_ASIAN_WIDTH': OLD.east_asian_width,
    'OLD_MIRRORED': OLD.mirrored,
}

# ---- decompositions ----
TAGS = ['']
decomp_items = []
prev = 0
for cp in range(N):
    d = CURRENT.decomposition(chr(cp))
    if not d:
        continue
    parts = d.split(' ')
    tag = ''
    if parts[0].startswith('<'):
        tag = parts.pop(0)
    if tag not in TAGS:
        TAGS.append(tag)
    cps = [int(p, 16) for p in parts]
    assert ' '.join(([tag] if tag else []) + ['%04X' % c for c in cps]) == d
    decomp_items += [cp - prev, TAGS.index(tag), len(cps)] + cps
    prev = cp

# ---- numeric values ----
numeric_values = []
numeric_items = []
prev = 0
for cp in range(N):
    c = chr(cp)
    num = CURRENT.numeric(c, None)
    dig = CURRENT.digit(c, None)
    dec = CURRENT.decimal(c, None)
    if num is None:
        assert dig is None and dec is None
        continue
    kind = 0
    if dig is not None:
        assert dig == num
        kind = 1
    if dec is not None:
        assert dec == dig
        kind = 2
    r = rational(num)
    if r not in numeric_values:
        numeric_values.append(r)
    numeric_items += [cp - prev, kind, numeric_values.index(r)]
    prev = cp


# ---- normalization ----
class Sub(str):
    pass


def quick_check_fails(form):
    # CPython's normalize() returns its argument itself when the quick check says "yes" for
    # every character; a str subclass shows whether it did.
    return lambda cp: type(CURRENT.normalize(form, Sub(chr(cp)))) is not Sub


def canonical_pair(cp):
    d = CURRENT.decomposition(chr(cp))
    return d and not d.startswith('<') and len(d.split(' ')) == 2


def excluded(cp):
    return canonical_pair(cp) and CURRENT.normalize('NFC', chr(cp)) != chr(cp)


# ---- ucd_3_2_0 ----
def old_unassigned(cp):
    return OLD.category(chr(cp)) == 'Cn'


old_numeric_items = []
prev = 0
for cp in range(N):
    c = chr(cp)
    assert OLD.digit(c, None) == CURRENT.digit(c, None)
    if old_unassigned(cp):
        assert OLD.name(c, None) is None and OLD.decomposition(c) == ''
    else:
        assert OLD.name(c, None) == CURRENT.name(c, None) and OLD.decomposition(c) == CURRENT.decomposition(c)
    dec = OLD.decimal(c, None)
    num = OLD.numeric(c, None)
    if dec == CURRENT.decimal(c, None) and num == CURRENT.numeric(c, None):
        continue
    code = 0
    if num is not None:
        r = rational(num)
        if r not in numeric_values:
            numeric_values.append(r)
        code = numeric_values.index(r) + 1
    old_numeric_items += [cp - prev, 0 if dec is None else dec + 1, code]
    prev = cp

# Normalization corrections: characters whose 3.2.0 decomposition was later fixed.
corrections = []
for cp in range(N):
    c = chr(cp)
    if 0xD800 <= cp <= 0xDFFF or old_unassigned(cp):
        continue
    old = OLD.normalize('NFD', c)
    if old != CURRENT.normalize('NFD', c):
        assert len(old) == 1 and OLD.normalize('NFKD', c) == old
        corrections.append((cp, ord(old)))

# ---- named sequences ----
# CPython keeps formal aliases and named sequences at private-use code points from U+F0000;
# the namereplace error handler names them all.
named_sequences = []
for pua in range(0xF0000, 0xF1000):
    text = chr(pua).encode('ascii', 'namereplace')
    if not text.startswith(b'\\N{'):
        continue
    name = text[3:-1].decode('ascii')
    value = CURRENT.lookup(name)
    if len(value) > 1:
        named_sequences.append((name, value))
assert len(named_sequences) > 400


# ---- digest of everything the tables answer, recomputed by tests/unicodedata.test.ts ----
def hexes(s):
    return ' '.join('%X' % ord(ch) for ch in s)


def describe(db, cp):
    c = chr(cp)
    fields = [db.name(c, ''), db.category(c), db.bidirectional(c), str(db.combining(c)), db.east_asian_width(c),
              str(db.mirrored(c)), db.decomposition(c), str(db.decimal(c, '')), str(db.digit(c, '')),
              repr(db.numeric(c, ''))]
    if not 0xD800 <= cp <= 0xDFFF:
        fields += [hexes(db.normalize(form, c)) for form in FORMS]
    return '%X;%s\n' % (cp, ';'.join(fields))


digest = hashlib.sha256()
for db in (CURRENT, OLD):
    for cp in range(N):
        digest.update(describe(db, cp).encode('utf-8'))
digest.update(''.join('%s;%s\n' % (n, hexes(v)) for n, v in named_sequences).encode('ascii'))

parts = []
parts.append('// Generated by scripts/generate-unicodedata.py from CPython %s\'s unicodedata (Unicode %s) — do not edit.\n'
             % (sys.version.split()[0], CURRENT.unidata_version))
parts.append('// Compressed as the generator describes; src/modules/unicodedata/tables.ts decodes it on first use.\n\n')
parts.append('export const UNIDATA_VERSION = %r;\n' % CURRENT.unidata_version)
parts.append('export const OLD_UNIDATA_VERSION = %r;\n\n' % OLD.unidata_version)
parts.append('/** Per property: the values, then the runs of value indexes over every code point. */\n')
for name, fn in list(PROPERTIES.items()) + list(OLD_PROPERTIES.items()):
    values, runs = run_list(fn)
    if isinstance(values[0], int):
        parts.append('export const %s_VALUES: readonly number[] = [%s];\n' % (name, ', '.join(map(str, values))))
    else:
        parts.append('export const %s_VALUES: readonly string[] = %s;\n' % (name, js_list(values)))
    parts.append('export const %s_RUNS = %s;\n\n' % (name, js_text(runs)))
parts.append('/** Decomposition tags by index; index 0 is a canonical mapping. */\n')
parts.append('export const DECOMPOSITION_TAGS: readonly string[] = %s;\n' % js_list(TAGS))
parts.append('export const DECOMPOSITIONS = %s;\n\n' % js_text(encode(decomp_items)))
parts.append('/** Numeric values as "n" or "n/d", shared by NUMERICS and OLD_NUMERICS. */\n')
parts.append('export const NUMERIC_VALUES: readonly string[] = %s;\n' % js_list(numeric_values))
parts.append('export const NUMERICS = %s;\n\n' % js_text(encode(numeric_items)))
parts.append('/** Characters whose normalization quick check (in CPython) is not "yes", per form. */\n')
for form in FORMS:
    parts.append('export const %s_QUICK_CHECK_FAILS = %s;\n' % (form, js_text(boundaries(quick_check_fails(form)))))
parts.append('\n/** Canonical two-character decompositions that composition never produces. */\n')
parts.append('export const COMPOSITION_EXCLUSIONS = %s;\n\n' % js_text(boundaries(excluded)))
parts.append('/** ucd_3_2_0: decimal() and numeric() where they differ from 15.1.0. */\n')
parts.append('export const OLD_NUMERICS = %s;\n' % js_text(encode(old_numeric_items)))
parts.append('/** ucd_3_2_0: [code point, replacement] applied before decomposing (normalization corrections). */\n')
parts.append('export const OLD_NORMALIZATION_CORRECTIONS: readonly (readonly [number, number])[] = [%s];\n\n'
             % ', '.join('[0x%X, 0x%X]' % c for c in corrections))
parts.append('/** Named sequences: "NAME:XXXX XXXX ..." items (code points in hex), separated by ";". */\n')
parts.append('export const NAMED_SEQUENCES = %s;\n\n' % js_text(';'.join('%s:%s' % (n, hexes(v)) for n, v in named_sequences)))
parts.append('/** SHA-256 of every property of every code point in both versions (see the generator). */\n')
parts.append('export const TABLE_DIGEST = %r;\n' % digest.hexdigest())

with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
    f.write(''.join(parts))

print('wrote %s (%d bytes)' % (OUT, os.path.getsize(OUT)))
