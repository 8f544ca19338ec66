// The character database behind the unicodedata module: CPython 3.13's Unicode 15.1.0 records
// and its ucd_3_2_0 view, decoded from unicodedata-data.ts (generated from CPython by
// scripts/generate-unicodedata.py) on first use. Names come from the compiler's `\N{...}`
// table, which holds the same data; only named sequences are this module's own.
import type * as UnicodeData from './unicodedata-data';
import type * as NamesData from '../../compiler/unicode-names-data';
import { lookupUnicodeName } from '../../compiler/unicode-names';
import { charName } from '../../objects/bytes/char-names';

let loaded: typeof UnicodeData | null = null;

function data(): typeof UnicodeData {
  // Required lazily: programs that never touch unicodedata do not pay for its tables.
  return (loaded ??= require('./unicodedata-data') as typeof UnicodeData);
}

/** The numbers of a varint text (see the generator): base-32 digits, last ones '#'..'B'. */
export function decodeVarints(text: string): number[] {
  const out: number[] = [];
  let value = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x5d) {
      value += (c - 0x5d) * scale;
      scale *= 32;
    } else {
      out.push(value + (c - 0x23) * scale);
      value = 0;
      scale = 1;
    }
  }
  return out;
}

/** Index of the last element of `starts` (ascending, starts[0] = 0) that is at most cp. */
function lastAtMost(starts: Int32Array, cp: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** A property given for every code point as runs of equal values. */
class RunTable<T> {
  private starts: Int32Array | null = null;
  private runValues: T[] = [];

  constructor(
    private readonly values: () => readonly T[],
    private readonly runs: () => string,
  ) {}

  get(cp: number): T {
    if (this.starts === null) this.decode();
    return this.runValues[lastAtMost(this.starts!, cp)];
  }

  private decode(): void {
    const values = this.values();
    const numbers = decodeVarints(this.runs());
    const starts = new Int32Array(numbers.length / 2);
    let cp = 0;
    for (let k = 0; k < starts.length; k++) {
      starts[k] = cp;
      cp += numbers[2 * k];
      this.runValues.push(values[numbers[2 * k + 1]]);
    }
    this.starts = starts;
  }
}

/** A set of code points given as boundary deltas (the first run is outside the set). */
class CodePointSet {
  private bounds: Int32Array | null = null;

  constructor(private readonly text: () => string) {}

  has(cp: number): boolean {
    if (this.bounds === null) {
      const deltas = decodeVarints(this.text());
      const bounds = new Int32Array(deltas.length);
      let acc = 0;
      for (let k = 0; k < deltas.length; k++) bounds[k] = acc += deltas[k];
      this.bounds = bounds;
    }
    // An even index of the last boundary at or below cp starts a run inside the set.
    return (lastAtMost(this.bounds, cp) & 1) === 0;
  }
}

/** A decomposition mapping: its tag (index into DECOMPOSITION_TAGS, 0 when canonical) and code points. */
export interface Mapping {
  readonly tag: number;
  readonly cps: readonly number[];
}

let mappings: Map<number, Mapping> | null = null;

function decompositions(): Map<number, Mapping> {
  if (mappings !== null) return mappings;
  const numbers = decodeVarints(data().DECOMPOSITIONS);
  const out = new Map<number, Mapping>();
  let cp = 0;
  for (let k = 0; k < numbers.length; ) {
    cp += numbers[k++];
    const tag = numbers[k++];
    const count = numbers[k++];
    out.set(cp, { tag, cps: numbers.slice(k, k + count) });
    k += count;
  }
  return (mappings = out);
}

function numericValue(text: string): number {
  const slash = text.indexOf('/');
  return slash < 0 ? Number(text) : Number(text.slice(0, slash)) / Number(text.slice(slash + 1));
}

/** A character's numeric properties: kind 0 numeric only, 1 also a digit, 2 also a decimal. */
interface Numeric {
  readonly kind: number;
  readonly value: number;
}

let numerics: Map<number, Numeric> | null = null;

function numericTable(): Map<number, Numeric> {
  if (numerics !== null) return numerics;
  const d = data();
  const numbers = decodeVarints(d.NUMERICS);
  const out = new Map<number, Numeric>();
  let cp = 0;
  for (let k = 0; k < numbers.length; k += 3) {
    cp += numbers[k];
    out.set(cp, { kind: numbers[k + 1], value: numericValue(d.NUMERIC_VALUES[numbers[k + 2]]) });
  }
  return (numerics = out);
}

/** ucd_3_2_0's decimal (-1: none) and numeric (null: none) where they differ from 15.1.0's. */
let oldNumerics: Map<number, readonly [number, number | null]> | null = null;

function oldNumericTable(): Map<number, readonly [number, number | null]> {
  if (oldNumerics !== null) return oldNumerics;
  const d = data();
  const numbers = decodeVarints(d.OLD_NUMERICS);
  const out = new Map<number, readonly [number, number | null]>();
  let cp = 0;
  for (let k = 0; k < numbers.length; k += 3) {
    cp += numbers[k];
    const value = numbers[k + 2];
    out.set(cp, [numbers[k + 1] - 1, value === 0 ? null : numericValue(d.NUMERIC_VALUES[value - 1])]);
  }
  return (oldNumerics = out);
}

let namedSequences: Map<string, string> | null = null;

function namedSequenceTable(): Map<string, string> {
  if (namedSequences !== null) return namedSequences;
  const out = new Map<string, string>();
  for (const item of data().NAMED_SEQUENCES.split(';')) {
    const colon = item.indexOf(':');
    const cps = item
      .slice(colon + 1)
      .split(' ')
      .map((h) => parseInt(h, 16));
    out.set(item.slice(0, colon), String.fromCodePoint(...cps));
  }
  return (namedSequences = out);
}

let aliases: Set<string> | null = null;

/** The formal name aliases (which ucd_3_2_0's lookup refuses). */
function aliasNames(): Set<string> {
  if (aliases !== null) return aliases;
  const names = require('../../compiler/unicode-names-data') as typeof NamesData;
  aliases = new Set(names.ALIASES.split(';').map((item) => item.slice(item.indexOf(':') + 1)));
  return aliases;
}

const CATEGORY = new RunTable(() => data().CATEGORY_VALUES, () => data().CATEGORY_RUNS);
const BIDIRECTIONAL = new RunTable(() => data().BIDIRECTIONAL_VALUES, () => data().BIDIRECTIONAL_RUNS);
const COMBINING = new RunTable(() => data().COMBINING_VALUES, () => data().COMBINING_RUNS);
const EAST_ASIAN_WIDTH = new RunTable(() => data().EAST_ASIAN_WIDTH_VALUES, () => data().EAST_ASIAN_WIDTH_RUNS);
const MIRRORED = new RunTable(() => data().MIRRORED_VALUES, () => data().MIRRORED_RUNS);
const OLD_CATEGORY = new RunTable(() => data().OLD_CATEGORY_VALUES, () => data().OLD_CATEGORY_RUNS);
const OLD_BIDIRECTIONAL = new RunTable(() => data().OLD_BIDIRECTIONAL_VALUES, () => data().OLD_BIDIRECTIONAL_RUNS);
const OLD_COMBINING = new RunTable(() => data().OLD_COMBINING_VALUES, () => data().OLD_COMBINING_RUNS);
const OLD_EAST_ASIAN_WIDTH = new RunTable(() => data().OLD_EAST_ASIAN_WIDTH_VALUES, () => data().OLD_EAST_ASIAN_WIDTH_RUNS);
const OLD_MIRRORED = new RunTable(() => data().OLD_MIRRORED_VALUES, () => data().OLD_MIRRORED_RUNS);

/** Characters the normalization quick check does not pass, per form (CPython's is_normalized_quickcheck). */
export const QUICK_CHECK_FAILS: Readonly<Record<NormalForm, CodePointSet>> = {
  NFC: new CodePointSet(() => data().NFC_QUICK_CHECK_FAILS),
  NFD: new CodePointSet(() => data().NFD_QUICK_CHECK_FAILS),
  NFKC: new CodePointSet(() => data().NFKC_QUICK_CHECK_FAILS),
  NFKD: new CodePointSet(() => data().NFKD_QUICK_CHECK_FAILS),
};

const COMPOSITION_EXCLUSIONS = new CodePointSet(() => data().COMPOSITION_EXCLUSIONS);

export type NormalForm = 'NFC' | 'NFD' | 'NFKC' | 'NFKD';

/** The canonical combining class of 15.1.0, which normalization uses in every version. */
export function combiningClass(cp: number): number {
  return cp < 0x300 ? 0 : COMBINING.get(cp);
}

let compositions: Map<number, number> | null = null;
let compositionFirsts: Set<number> | null = null;

/** The primary composite of first + second, or undefined. */
export function composePair(first: number, second: number): number | undefined {
  if (compositions === null) buildCompositions();
  return compositions!.get(first * 0x110000 + second);
}

/** Whether cp starts some composition pair. */
export function isCompositionFirst(cp: number): boolean {
  if (compositionFirsts === null) buildCompositions();
  return compositionFirsts!.has(cp);
}

function buildCompositions(): void {
  compositions = new Map();
  compositionFirsts = new Set();
  for (const [cp, m] of decompositions()) {
    if (m.tag !== 0 || m.cps.length !== 2 || COMPOSITION_EXCLUSIONS.has(cp)) continue;
    compositions.set(m.cps[0] * 0x110000 + m.cps[1], cp);
    compositionFirsts.add(m.cps[0]);
  }
}

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

/** One version of the database, as the module (15.1.0) or ucd_3_2_0 answers. */
export interface Database {
  readonly version: string;
  /** False for ucd_3_2_0, where CPython never trusts the quick check. */
  readonly quickCheck: boolean;
  name(cp: number): string | null;
  /** The character (or named sequence) a name stands for, or null. */
  lookup(name: string): string | null;
  category(cp: number): string;
  bidirectional(cp: number): string;
  combining(cp: number): number;
  eastAsianWidth(cp: number): string;
  mirrored(cp: number): number;
  /** The decomposition mapping that normalization applies, or undefined. */
  mapping(cp: number): Mapping | undefined;
  /** A replacement normalization decomposes instead of cp (ucd_3_2_0's corrections), or -1. */
  correction(cp: number): number;
  decimal(cp: number): number;
  digit(cp: number): number;
  numeric(cp: number): number | null;
}

/** The text of decomposition(): "<tag> XXXX XXXX" or "". */
export function decompositionText(db: Database, cp: number): string {
  const m = db.mapping(cp);
  if (m === undefined) return '';
  const parts = m.cps.map(hex4);
  if (m.tag !== 0) parts.unshift(data().DECOMPOSITION_TAGS[m.tag]);
  return parts.join(' ');
}

function numericOf(cp: number): Numeric | undefined {
  return numericTable().get(cp);
}

export const CURRENT: Database = {
  version: '15.1.0',
  quickCheck: true,
  name: charName,
  lookup(name) {
    const cp = lookupUnicodeName(name);
    if (cp >= 0) return String.fromCodePoint(cp);
    return namedSequenceTable().get(upperAscii(name)) ?? null;
  },
  category: (cp) => CATEGORY.get(cp),
  bidirectional: (cp) => BIDIRECTIONAL.get(cp),
  combining: combiningClass,
  eastAsianWidth: (cp) => EAST_ASIAN_WIDTH.get(cp),
  mirrored: (cp) => MIRRORED.get(cp),
  mapping: (cp) => decompositions().get(cp),
  correction: () => -1,
  decimal: (cp) => {
    const n = numericOf(cp);
    return n !== undefined && n.kind === 2 ? n.value : -1;
  },
  digit: (cp) => {
    const n = numericOf(cp);
    return n !== undefined && n.kind >= 1 ? n.value : -1;
  },
  numeric: (cp) => numericOf(cp)?.value ?? null,
};

/** Unassigned in Unicode 3.2.0: CPython's "category_changed == 0". */
function oldUnassigned(cp: number): boolean {
  return OLD_CATEGORY.get(cp) === 'Cn';
}

let oldCorrections: Map<number, number> | null = null;

const HANGUL_PREFIX = 'HANGUL SYLLABLE ';
const CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-';

export const OLD: Database = {
  version: '3.2.0',
  quickCheck: false,
  name: (cp) => (oldUnassigned(cp) ? null : charName(cp)),
  lookup(name) {
    // Aliases and named sequences did not exist yet; names are not checked against 3.2.0's
    // characters (CPython's lookup finds U+0221, which 3.2.0's name() does not know).
    const cp = lookupUnicodeName(name);
    if (cp < 0) return null;
    if (!name.startsWith(HANGUL_PREFIX) && !name.startsWith(CJK_PREFIX) && aliasNames().has(upperAscii(name))) return null;
    return String.fromCodePoint(cp);
  },
  category: (cp) => OLD_CATEGORY.get(cp),
  bidirectional: (cp) => OLD_BIDIRECTIONAL.get(cp),
  combining: (cp) => OLD_COMBINING.get(cp),
  eastAsianWidth: (cp) => OLD_EAST_ASIAN_WIDTH.get(cp),
  mirrored: (cp) => OLD_MIRRORED.get(cp),
  mapping: (cp) => {
    const m = decompositions().get(cp);
    return m === undefined || oldUnassigned(cp) ? undefined : m;
  },
  correction(cp) {
    oldCorrections ??= new Map(data().OLD_NORMALIZATION_CORRECTIONS);
    return oldCorrections.get(cp) ?? -1;
  },
  decimal: (cp) => {
    const old = oldNumericTable().get(cp);
    return old !== undefined ? old[0] : CURRENT.decimal(cp);
  },
  digit: (cp) => CURRENT.digit(cp),
  numeric: (cp) => {
    const old = oldNumericTable().get(cp);
    return old !== undefined ? old[1] : CURRENT.numeric(cp);
  },
};

function upperAscii(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}
