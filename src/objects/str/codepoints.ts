// Code-point views of JS strings: a Python str counts code points, and a JS string holds an
// astral character as two UTF-16 units (DESIGN.md §2). Every helper takes the fast path when
// the string has no surrogates, where JS indices already are Python indices.
import { isBmpOnly, strLength } from '../str-length';

export { isBmpOnly, strLength };

/** The code points of s (a lone surrogate is one code point). */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** The characters of s, one string per code point. */
export function chars(s: string): string[] {
  if (isBmpOnly(s)) return s.split('');
  return Array.from(s);
}

export function fromCodePoints(cps: readonly number[], start = 0, end = cps.length): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = start; i < end; i += CHUNK) {
    out += String.fromCodePoint(...cps.slice(i, Math.min(end, i + CHUNK)));
  }
  return out;
}

/** The UTF-16 offset of code point number `index` (0 ≤ index ≤ length in code points). */
export function unitOffset(s: string, index: number): number {
  let i = 0;
  const n = s.length;
  for (let k = 0; k < index && i < n; k++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else i++;
  }
  return i;
}

/** The number of code points before UTF-16 offset `offset`. */
export function cpIndex(s: string, offset: number): number {
  return strLength(s.slice(0, offset));
}

/** s[start:end] in code points, with 0 ≤ start ≤ end ≤ len. */
export function cpSlice(s: string, start: number, end: number): string {
  if (isBmpOnly(s)) return s.slice(start, end);
  const a = unitOffset(s, start);
  const b = a + unitOffset(s.slice(a), end - start);
  return s.slice(a, b);
}

/** Clamps Python's optional start/end (already ints or undefined) to [0, len] like a slice. */
export function adjustIndices(start: number | undefined, end: number | undefined, len: number): [number, number] {
  let a = start ?? 0;
  let b = end ?? len;
  if (b > len) b = len;
  else if (b < 0) {
    b += len;
    if (b < 0) b = 0;
  }
  if (a < 0) {
    a += len;
    if (a < 0) a = 0;
  }
  return [a, b];
}

/** Whether every code point of s is ASCII. */
export function isAscii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}
