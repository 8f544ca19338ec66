#!/usr/bin/env python3
# Writes src/compiler/unicode-names-data.ts: the character names that `\N{...}` accepts, taken
# from CPython 3.13's unicodedata module (Unicode 15.1.0). Run once with CPython 3.13:
#
#     /root/.pyenv/versions/3.13.0/bin/python scripts/generate-unicode-names.py
#
# What CPython accepts in `\N{...}` (Objects/unicodeobject.c, Modules/unicodedata.c):
#   - "HANGUL SYLLABLE ..." and "CJK UNIFIED IDEOGRAPH-XXXX": computed, matched case-sensitively;
#     not stored here beyond the jamo tables and the ideograph ranges.
#   - every other character name, and every formal name alias, matched ignoring ASCII case.
#   - not named sequences (\N rejects them, although unicodedata.lookup accepts them).
# Names of the form "PREFIX-<code point in hex>" that come in large families (CJK COMPATIBILITY
# IDEOGRAPH, KHITAN SMALL SCRIPT CHARACTER, NUSHU CHARACTER) are stored as code point ranges.
#
# Encoding (decoded by src/compiler/unicode-names.ts; both sides must agree):
#   Symbols are the printable ASCII characters other than '"' and '\', valued 0..92 in order.
#   WORDS: the distinct words (space-separated parts) of the stored names in three tiers (by
#     frequency), each tier sorted and front-coded: one char 'a'+k (k characters shared with the
#     previous word of the tier) then the word's remaining characters.
#   A word is referenced by its index within its tier: 1 symbol (tier 1: symbols below
#     WORD_LEADS[0]), 2 (tier 2: the next WORD_LEADS[1] lead symbols, then the low digit) or
#     3 (tier 3: the remaining lead symbols, then two digits), digits in base 93.
#   NAMES: one entry per stored name, in code point order: a header symbol indexing
#     HEADERS (drop, add, step1): drop the last `drop` words of the previous name, append `add`
#     word references; the code point is the previous one plus 1 when step1, else plus a
#     varint that follows the header. Header symbol 92 escapes: drop, add, step1 follow as
#     symbols. A varint is little-endian: a symbol s >= 46 is a digit s - 46 in base 47 and more
#     follow; a symbol below 46 is the last digit.
import collections
import hashlib
import os
import re
import sys
import unicodedata

assert sys.version_info[:2] == (3, 13), 'run with CPython 3.13'
assert unicodedata.unidata_version == '15.1.0'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'src', 'compiler', 'unicode-names-data.ts')

NSYM = 93
ESCAPE = 92
VARINT_BASE = 46


def sym(v):
    assert 0 <= v < NSYM
    c = 0x20 + v
    if c >= 0x22:
        c += 1
    if c >= 0x5C:
        c += 1
    return chr(c)


# The jamo short names of Hangul syllables (Unicode chapter 3.12), checked against every
# syllable's name below.
JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H']
JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI',
          'YU', 'EU', 'YI', 'I']
JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS',
          'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H']
for s in range(11172):
    l, rest = divmod(s, 21 * 28)
    v, t = divmod(rest, 28)
    assert unicodedata.name(chr(0xAC00 + s)) == 'HANGUL SYLLABLE ' + JAMO_L[l] + JAMO_V[v] + JAMO_T[t]

FAMILY_RE = re.compile(r'^(.*)-([0-9A-F]{4,6})$')

stored = []          # (cp, name), code point order
cjk_unified = []     # code points named CJK UNIFIED IDEOGRAPH-XXXX
families = collections.defaultdict(list)
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None:
        continue
    if name.startswith('HANGUL SYLLABLE '):
        assert 0xAC00 <= cp <= 0xD7A3
        continue
    if name.startswith('CJK UNIFIED IDEOGRAPH-'):
        assert name == 'CJK UNIFIED IDEOGRAPH-%04X' % cp
        cjk_unified.append(cp)
        continue
    m = FAMILY_RE.match(name)
    if m and m.group(2) == '%04X' % cp:
        families[m.group(1)].append(cp)
    stored.append((cp, name))

# Only large families are worth computing; the others stay ordinary stored names.
families = {p: cps for p, cps in families.items() if len(cps) >= 64}
family_cps = {cp for cps in families.values() for cp in cps}
stored = [(cp, n) for cp, n in stored if cp not in family_cps]


def ranges(cps):
    out = []
    for cp in cps:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


# Formal name aliases live in CPython's database at private-use code points from U+F0000,
# followed by the named sequences; the namereplace error handler names them.
aliases = []
for pua in range(0xF0000, 0xF1000):
    text = chr(pua).encode('ascii', 'namereplace')
    if not text.startswith(b'\\N{'):
        continue
    alias = text[3:-1].decode('ascii')
    value = unicodedata.lookup(alias)
    if len(value) == 1:
        aliases.append((ord(value), alias))
assert len(aliases) > 400
for cp, alias in aliases:
    # \N accepts aliases exactly as unicodedata.lookup does.
    assert eval("'\\N{%s}'" % alias) == chr(cp), alias

# ---- words ----
word_count = collections.Counter(w for _, n in stored for w in n.split(' '))
by_freq = [w for w, _ in sorted(word_count.items(), key=lambda item: (-item[1], item[0]))]
T1 = 60
T2_LEADS = 30
T3_LEADS = NSYM - T1 - T2_LEADS
tier_sizes = [T1, T2_LEADS * NSYM]
tiers = [sorted(by_freq[:T1]), sorted(by_freq[T1:T1 + tier_sizes[1]]), sorted(by_freq[T1 + tier_sizes[1]:])]
assert len(tiers[2]) <= T3_LEADS * NSYM * NSYM
word_index = {w: (t, i) for t, tier in enumerate(tiers) for i, w in enumerate(tier)}


def front_code(words):
    out = []
    prev = ''
    for w in words:
        assert re.fullmatch(r'[A-Z0-9-]+', w), w
        k = 0
        while k < len(w) and k < len(prev) and k < 29 and w[k] == prev[k]:
            k += 1
        out.append(chr(0x61 + k) + w[k:])
        prev = w
    return ''.join(out)


def word_ref(w):
    tier, i = word_index[w]
    if tier == 0:
        return sym(i)
    if tier == 1:
        return sym(T1 + i // NSYM) + sym(i % NSYM)
    return sym(T1 + T2_LEADS + i // (NSYM * NSYM)) + sym(i // NSYM % NSYM) + sym(i % NSYM)


def varint(v):
    assert v >= 0
    out = []
    while v >= VARINT_BASE:
        out.append(sym(VARINT_BASE + v % (NSYM - VARINT_BASE)))
        v //= NSYM - VARINT_BASE
    out.append(sym(v))
    return ''.join(out)


# ---- entries ----
steps = []
prev_words = []
prev_cp = -1
for cp, name in stored:
    words = name.split(' ')
    shared = 0
    while shared < len(words) and shared < len(prev_words) and words[shared] == prev_words[shared]:
        shared += 1
    steps.append((len(prev_words) - shared, len(words) - shared, cp - prev_cp, words[shared:]))
    prev_words = words
    prev_cp = cp

header_use = collections.Counter((drop, add, int(delta == 1)) for drop, add, delta, _ in steps)
headers = [h for h, _ in sorted(header_use.items(), key=lambda item: (-item[1], item[0]))][:ESCAPE]
header_index = {h: i for i, h in enumerate(headers)}

encoded = []
for drop, add, delta, new_words in steps:
    key = (drop, add, int(delta == 1))
    if key in header_index:
        encoded.append(sym(header_index[key]))
    else:
        encoded.append(sym(ESCAPE) + sym(drop) + sym(add) + sym(int(delta == 1)))
    if delta != 1:
        encoded.append(varint(delta))
    encoded.extend(word_ref(w) for w in new_words)
names_text = ''.join(encoded)

# What the test recomputes from the decoded table: every name looked up through the table
# (stored names, family names, aliases), sorted.
all_entries = sorted([(cp, n) for cp, n in stored]
                     + [(cp, '%s-%04X' % (p, cp)) for p, cps in families.items() for cp in cps]
                     + aliases)
digest = hashlib.sha256(''.join('%x;%s\n' % e for e in all_entries).encode('ascii')).hexdigest()


def js_string_lines(text, width=120):
    parts = [text[i:i + width] for i in range(0, len(text), width)] or ['']
    for p in parts:
        assert '"' not in p and '\\' not in p
    return '[\n' + ''.join('  "%s",\n' % p for p in parts) + "].join('')"


with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
    f.write('// Generated by scripts/generate-unicode-names.py from CPython %s\'s unicodedata (Unicode %s) — do not edit.\n'
            % (sys.version.split()[0], unicodedata.unidata_version))
    f.write('// The names `\\N{...}` accepts, compressed; src/compiler/unicode-names.ts decodes them on first use.\n\n')
    f.write('export const UNIDATA_VERSION = %r;\n\n' % unicodedata.unidata_version)
    f.write('/** Jamo short names of Hangul syllables, by L, V and T index. */\n')
    f.write('export const JAMO_L: readonly string[] = %s;\n' % repr(JAMO_L).replace("'", '"'))
    f.write('export const JAMO_V: readonly string[] = %s;\n' % repr(JAMO_V).replace("'", '"'))
    f.write('export const JAMO_T: readonly string[] = %s;\n\n' % repr(JAMO_T).replace("'", '"'))
    f.write('/** Inclusive [first, last] ranges of the code points named CJK UNIFIED IDEOGRAPH-XXXX. */\n')
    f.write('export const CJK_UNIFIED_RANGES: readonly (readonly [number, number])[] = [%s];\n\n'
            % ', '.join('[0x%X, 0x%X]' % tuple(r) for r in ranges(cjk_unified)))
    f.write('/** Names "PREFIX-XXXX" (XXXX: the code point, at least 4 upper-case hex digits), by prefix. */\n')
    f.write('export const NAME_FAMILIES: readonly (readonly [string, readonly (readonly [number, number])[]])[] = [\n')
    for p, cps in families.items():
        f.write('  [%s, [%s]],\n' % ('"%s"' % p, ', '.join('[0x%X, 0x%X]' % tuple(r) for r in ranges(cps))))
    f.write('];\n\n')
    f.write('/** Formal name aliases: "XXXX:ALIAS" items (code point in hex), separated by ";". */\n')
    f.write('export const ALIASES = %s;\n\n' % js_string_lines(';'.join('%X:%s' % a for a in aliases)))
    f.write('/** Words per tier, then the lead symbols of tier-1 and tier-2 references (see the generator). */\n')
    f.write('export const WORD_TIERS: readonly number[] = [%d, %d, %d];\n' % tuple(len(t) for t in tiers))
    f.write('export const WORD_LEADS: readonly number[] = [%d, %d];\n' % (T1, T2_LEADS))
    f.write('export const WORDS = %s;\n\n' % js_string_lines(''.join(front_code(t) for t in tiers)))
    f.write('/** Entry headers: [drop, add, step1] triples, flattened. */\n')
    f.write('export const HEADERS: readonly number[] = [%s];\n' % ', '.join('%d, %d, %d' % h for h in headers))
    f.write('export const NAME_COUNT = %d;\n' % len(stored))
    f.write('export const NAMES = %s;\n\n' % js_string_lines(names_text))
    f.write('/** SHA-256 of "cp-in-hex;NAME\\n" for every table-matched name and alias, sorted; checked by tests. */\n')
    f.write('export const TABLE_DIGEST = %r;\n' % digest)
    f.write('export const TABLE_SIZE = %d;\n' % len(all_entries))

print('wrote %s (%d bytes): %d stored names, %d family names, %d aliases, %d words'
      % (OUT, os.path.getsize(OUT), len(stored), len(family_cps), len(aliases), len(by_freq)))
