// Character properties and full case mappings of one code point, as CPython 3.13 has them
// (Unicode 15.1; data in unicode-data.ts, generated from CPython). Tables are decoded on
// first use.
import * as D from './unicode-data';

class Property {
  private table: Int32Array | null = null;
  constructor(private readonly deltas: readonly number[]) {}
  has(cp: number): boolean {
    let b = this.table;
    if (b === null) {
      b = new Int32Array(this.deltas.length);
      let acc = 0;
      for (let i = 0; i < b.length; i++) b[i] = acc += this.deltas[i];
      this.table = b;
    }
    // Odd count of boundaries at or below cp: inside a run that has the property.
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (b[mid] <= cp) lo = mid + 1;
      else hi = mid;
    }
    return (lo & 1) === 1;
  }
}

const ALPHA = new Property(D.ALPHA_BOUNDARIES);
const DECIMAL = new Property(D.DECIMAL_BOUNDARIES);
const DIGIT = new Property(D.DIGIT_BOUNDARIES);
const NUMERIC = new Property(D.NUMERIC_BOUNDARIES);
const SPACE = new Property(D.SPACE_BOUNDARIES);
const LOWER = new Property(D.LOWER_BOUNDARIES);
const UPPER = new Property(D.UPPER_BOUNDARIES);
const TITLE = new Property(D.TITLE_BOUNDARIES);
const CASE_IGNORABLE = new Property(D.CASE_IGNORABLE_BOUNDARIES);
const XID_START = new Property(D.XID_START_BOUNDARIES);
const XID_CONTINUE = new Property(D.XID_CONTINUE_BOUNDARIES);

export function isAlphaCp(cp: number): boolean {
  if (cp < 128) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return ALPHA.has(cp);
}
export function isDecimalCp(cp: number): boolean {
  if (cp < 128) return cp >= 0x30 && cp <= 0x39;
  return DECIMAL.has(cp);
}
export function isDigitCp(cp: number): boolean {
  if (cp < 128) return cp >= 0x30 && cp <= 0x39;
  return DIGIT.has(cp);
}
export function isNumericCp(cp: number): boolean {
  if (cp < 128) return cp >= 0x30 && cp <= 0x39;
  return NUMERIC.has(cp);
}
export function isAlnumCp(cp: number): boolean {
  return isAlphaCp(cp) || isDecimalCp(cp) || isDigitCp(cp) || isNumericCp(cp);
}
/** Py_UNICODE_ISSPACE: whitespace as str.split() and str.strip() see it. */
export function isSpaceCp(cp: number): boolean {
  if (cp < 128) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
  return SPACE.has(cp);
}
export function isLowerCp(cp: number): boolean {
  if (cp < 128) return cp >= 0x61 && cp <= 0x7a;
  return LOWER.has(cp);
}
export function isUpperCp(cp: number): boolean {
  if (cp < 128) return cp >= 0x41 && cp <= 0x5a;
  return UPPER.has(cp);
}
export function isTitleCp(cp: number): boolean {
  return cp >= 128 && TITLE.has(cp);
}
export function isCasedCp(cp: number): boolean {
  return isLowerCp(cp) || isUpperCp(cp) || isTitleCp(cp);
}
export function isCaseIgnorableCp(cp: number): boolean {
  if (cp < 128) return cp === 0x27 || cp === 0x2e || cp === 0x3a || cp === 0x5e || cp === 0x60;
  return CASE_IGNORABLE.has(cp);
}
export function isXidStartCp(cp: number): boolean {
  if (cp < 128) return isAlphaCp(cp);
  return XID_START.has(cp);
}
export function isXidContinueCp(cp: number): boolean {
  if (cp < 128) return isAlphaCp(cp) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f;
  return XID_CONTINUE.has(cp);
}

/** The value of a decimal digit (category Nd), or -1; Nd characters come in runs 0..9. */
export function decimalValue(cp: number): number {
  if (cp < 128) return cp >= 0x30 && cp <= 0x39 ? cp - 0x30 : -1;
  if (!DECIMAL.has(cp)) return -1;
  let start = cp;
  while (start > 0 && DECIMAL.has(start - 1)) start--;
  return (cp - start) % 10;
}

class CaseMap {
  private single: Map<number, number> | null = null;
  private multi: Map<number, string> | null = null;
  constructor(
    private readonly runs: readonly number[],
    private readonly multiList: readonly (readonly [number, string])[],
  ) {}
  private load(): void {
    const single = new Map<number, number>();
    const r = this.runs;
    for (let i = 0; i < r.length; i += 4) {
      const [start, count, step, delta] = [r[i], r[i + 1], r[i + 2], r[i + 3]];
      for (let k = 0; k < count; k++) single.set(start + k * step, start + k * step + delta);
    }
    this.single = single;
    this.multi = new Map(this.multiList);
  }
  /** The mapping of cp as a string. */
  map(cp: number): string {
    if (this.single === null) this.load();
    const m = this.single!.get(cp);
    if (m !== undefined) return String.fromCodePoint(m);
    const s = this.multi!.get(cp);
    if (s !== undefined) return s;
    return String.fromCodePoint(cp);
  }
}

const UPPER_MAP = new CaseMap(D.UPPER_RUNS, D.UPPER_MULTI);
const LOWER_MAP = new CaseMap(D.LOWER_RUNS, D.LOWER_MULTI);
const TITLE_MAP = new CaseMap(D.TITLE_RUNS, D.TITLE_MULTI);
const FOLD_MAP = new CaseMap(D.FOLD_RUNS, D.FOLD_MULTI);

export function upperOf(cp: number): string {
  return UPPER_MAP.map(cp);
}
export function lowerOf(cp: number): string {
  return LOWER_MAP.map(cp);
}
export function titleOf(cp: number): string {
  return TITLE_MAP.map(cp);
}
export function foldOf(cp: number): string {
  return FOLD_MAP.map(cp);
}
