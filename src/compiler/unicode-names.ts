// Unicode character names as `\N{...}` escapes resolve them: CPython 3.13's name lookup
// (`_getcode` in Modules/unicodedata.c) over data generated from its unicodedata module.
// The data (~210 KB) is required and decoded only when the first `\N{...}` is met.
import type * as NamesData from './unicode-names-data';

let data: typeof NamesData | null = null;
let table: Map<string, number> | null = null;

function namesData(): typeof NamesData {
  // A lazy require keeps the table out of every program that never writes `\N{...}`.
  return (data ??= require('./unicode-names-data') as typeof NamesData);
}

const HANGUL_PREFIX = 'HANGUL SYLLABLE ';
const CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-';

/**
 * The code point that `\N{name}` stands for, or -1 when CPython rejects the name.
 * Hangul syllables and CJK unified ideographs are matched case-sensitively (CPython compares
 * their prefixes with strncmp and accepts only upper-case hex digits, four or five of them);
 * every other name and every formal alias ignores ASCII case. Named sequences are rejected.
 */
export function lookupUnicodeName(name: string): number {
  if (name.startsWith(HANGUL_PREFIX)) return hangulSyllable(name);
  if (name.startsWith(CJK_PREFIX)) return cjkUnifiedIdeograph(name);
  let lower = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    // Stored names are ASCII; CPython's compare upper-cases ASCII letters only.
    if (c >= 0x80) return -1;
    if (c >= 0x61 && c <= 0x7a) lower = true;
  }
  const cp = nameTable().get(lower ? name.toUpperCase() : name);
  return cp === undefined ? -1 : cp;
}

/**
 * Every name the table matches (stored names, computed family names, aliases) to its code
 * point; Hangul syllables and CJK unified ideographs are computed instead. Built on first use.
 */
export function nameTable(): ReadonlyMap<string, number> {
  return (table ??= buildTable(namesData()));
}

/** Longest jamo of one column at `pos`, as CPython's find_syllable picks it: [index, length]. */
function findJamo(name: string, pos: number, jamo: readonly string[]): [number, number] {
  let best = -1;
  let bestLen = -1;
  for (let i = 0; i < jamo.length; i++) {
    const s = jamo[i];
    if (s.length <= bestLen) continue;
    if (name.startsWith(s, pos)) {
      best = i;
      bestLen = s.length;
    }
  }
  return [best, bestLen < 0 ? 0 : bestLen];
}

function hangulSyllable(name: string): number {
  const d = namesData();
  let pos = HANGUL_PREFIX.length;
  const [l, ll] = findJamo(name, pos, d.JAMO_L);
  pos += ll;
  const [v, vl] = findJamo(name, pos, d.JAMO_V);
  pos += vl;
  const [t, tl] = findJamo(name, pos, d.JAMO_T);
  pos += tl;
  if (l < 0 || v < 0 || t < 0 || pos !== name.length) return -1;
  return 0xac00 + (l * d.JAMO_V.length + v) * d.JAMO_T.length + t;
}

function cjkUnifiedIdeograph(name: string): number {
  const n = name.length - CJK_PREFIX.length;
  if (n !== 4 && n !== 5) return -1;
  let cp = 0;
  for (let i = CJK_PREFIX.length; i < name.length; i++) {
    const c = name.charCodeAt(i);
    let digit: number;
    if (c >= 0x30 && c <= 0x39) digit = c - 0x30;
    else if (c >= 0x41 && c <= 0x46) digit = c - 0x41 + 10;
    else return -1;
    cp = cp * 16 + digit;
  }
  for (const [first, last] of namesData().CJK_UNIFIED_RANGES) {
    if (cp >= first && cp <= last) return cp;
  }
  return -1;
}

/** Symbol values of the encoding (scripts/generate-unicode-names.py): printable ASCII minus `"` and `\`. */
function symbolValues(): Int8Array {
  const values = new Int8Array(128).fill(-1);
  let v = 0;
  for (let c = 0x20; c < 0x7f; c++) {
    if (c === 0x22 || c === 0x5c) continue;
    values[c] = v++;
  }
  return values;
}

function decodeWords(d: typeof NamesData): string[][] {
  const text = d.WORDS;
  const tiers: string[][] = [];
  let p = 0;
  for (const count of d.WORD_TIERS) {
    const tier: string[] = [];
    let prev = '';
    for (let k = 0; k < count; k++) {
      const shared = text.charCodeAt(p++) - 0x61;
      const start = p;
      // Word characters ([A-Z0-9-]) all sort below 'a', which starts the next word.
      while (p < text.length && text.charCodeAt(p) < 0x61) p++;
      prev = prev.slice(0, shared) + text.slice(start, p);
      tier.push(prev);
    }
    tiers.push(tier);
  }
  return tiers;
}

function buildTable(d: typeof NamesData): Map<string, number> {
  const map = new Map<string, number>();
  const values = symbolValues();
  const [tier1, tier2, tier3] = decodeWords(d);
  const [lead1, lead2] = d.WORD_LEADS;
  const text = d.NAMES;
  let p = 0;
  const next = (): number => values[text.charCodeAt(p++)];
  const word = (): string => {
    const v = next();
    if (v < lead1) return tier1[v];
    if (v < lead1 + lead2) return tier2[(v - lead1) * 93 + next()];
    const hi = (v - lead1 - lead2) * 93 + next();
    return tier3[hi * 93 + next()];
  };
  const headers = d.HEADERS;
  const words: string[] = [];
  let cp = -1;
  for (let n = 0; n < d.NAME_COUNT; n++) {
    const h = next();
    let drop: number, add: number, step1: number;
    if (h === 92) {
      drop = next();
      add = next();
      step1 = next();
    } else {
      drop = headers[h * 3];
      add = headers[h * 3 + 1];
      step1 = headers[h * 3 + 2];
    }
    if (step1) {
      cp += 1;
    } else {
      let delta = 0;
      let scale = 1;
      for (;;) {
        const s = next();
        if (s < 46) {
          delta += s * scale;
          break;
        }
        delta += (s - 46) * scale;
        scale *= 47;
      }
      cp += delta;
    }
    words.length -= drop;
    for (let k = 0; k < add; k++) words.push(word());
    map.set(words.join(' '), cp);
  }
  for (const [prefix, ranges] of d.NAME_FAMILIES) {
    for (const [first, last] of ranges) {
      for (let c = first; c <= last; c++) {
        map.set(`${prefix}-${c.toString(16).toUpperCase().padStart(4, '0')}`, c);
      }
    }
  }
  for (const item of d.ALIASES.split(';')) {
    const colon = item.indexOf(':');
    map.set(item.slice(colon + 1), parseInt(item.slice(0, colon), 16));
  }
  return map;
}
