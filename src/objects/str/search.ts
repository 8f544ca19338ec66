// Substring search on strs with Python's start/end rules (slice-like clamping, counted in
// code points): find/rfind/index/rindex, count, startswith/endswith, replace.
import { adjustIndices, cpIndex, isBmpOnly, strLength, unitOffset } from './codepoints';

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whether a match at units [i, j) of s would cut an astral character in two. */
function cutsPair(s: string, i: number, j: number): boolean {
  if (i > 0 && isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1))) return true;
  return j < s.length && j > 0 && isLow(s.charCodeAt(j)) && isHigh(s.charCodeAt(j - 1));
}

function mayCut(sub: string): boolean {
  return sub.length > 0 && (isLow(sub.charCodeAt(0)) || isHigh(sub.charCodeAt(sub.length - 1)));
}

/**
 * s.indexOf(sub, from) that skips matches cutting an astral character in two (a lone
 * surrogate in sub is a code point of its own, never half of one in s).
 */
export function indexOfWhole(s: string, sub: string, from: number): number {
  const check = mayCut(sub) && !isBmpOnly(s);
  for (;;) {
    const i = s.indexOf(sub, from);
    if (i < 0 || !check || !cutsPair(s, i, i + sub.length)) return i;
    from = i + 1;
  }
}

/** s.lastIndexOf(sub, from), skipping matches that cut an astral character in two. */
export function lastIndexOfWhole(s: string, sub: string, from: number): number {
  const check = mayCut(sub) && !isBmpOnly(s);
  for (;;) {
    if (from < 0) return -1;
    const i = s.lastIndexOf(sub, from);
    if (i < 0 || !check || !cutsPair(s, i, i + sub.length)) return i;
    from = i - 1;
  }
}

/** Whether s starts (atEnd false) or ends (atEnd true) with the whole code points of affix. */
export function hasAffix(s: string, affix: string, atEnd: boolean): boolean {
  if (!(atEnd ? s.endsWith(affix) : s.startsWith(affix))) return false;
  if (!mayCut(affix)) return true;
  return atEnd ? !cutsPair(s, s.length - affix.length, s.length) : !cutsPair(s, 0, affix.length);
}

/** UTF-16 bounds of code-point range [start, end) of s, given its length in code points. */
function unitBounds(s: string, bmp: boolean, start: number, end: number): [number, number] {
  if (bmp) return [start, end];
  const a = unitOffset(s, start);
  return [a, a + unitOffset(s.slice(a), end - start)];
}

/** Lowest (or highest) code-point index of sub in s[start:end], or -1. */
export function findStr(s: string, sub: string, start: number | undefined, end: number | undefined, reverse: boolean): number {
  const bmp = isBmpOnly(s);
  const len = bmp ? s.length : strLength(s);
  const [a, b] = adjustIndices(start, end, len);
  if (a > len) return -1;
  const subLen = bmp && isBmpOnly(sub) ? sub.length : strLength(sub);
  if (b - a < subLen) return -1;
  const [ua, ub] = unitBounds(s, bmp, a, b);
  const check = !bmp && mayCut(sub);
  if (!reverse) {
    let from = ua;
    for (;;) {
      const i = s.indexOf(sub, from);
      if (i < 0 || i + sub.length > ub) return -1;
      if (!check || !cutsPair(s, i, i + sub.length)) return bmp ? i : cpIndex(s, i);
      from = i + 1;
    }
  }
  let from = ub - sub.length;
  for (;;) {
    if (from < ua) return -1;
    const i = s.lastIndexOf(sub, from);
    if (i < ua) return -1;
    if (!check || !cutsPair(s, i, i + sub.length)) return bmp ? i : cpIndex(s, i);
    from = i - 1;
  }
}

/** Non-overlapping occurrences of sub in s[start:end]. */
export function countStr(s: string, sub: string, start: number | undefined, end: number | undefined): number {
  const bmp = isBmpOnly(s);
  const len = bmp ? s.length : strLength(s);
  const [a, b] = adjustIndices(start, end, len);
  if (a > len) return 0;
  if (sub.length === 0) return b >= a ? b - a + 1 : 0;
  if (b - a < strLength(sub)) return 0;
  const [ua, ub] = unitBounds(s, bmp, a, b);
  const check = !bmp && mayCut(sub);
  let n = 0;
  let from = ua;
  for (;;) {
    const i = s.indexOf(sub, from);
    if (i < 0 || i + sub.length > ub) return n;
    if (check && cutsPair(s, i, i + sub.length)) {
      from = i + 1;
      continue;
    }
    n++;
    from = i + sub.length;
  }
}

/** startswith (atEnd false) / endswith (atEnd true) of one candidate within s[start:end]. */
export function tailMatch(s: string, sub: string, start: number | undefined, end: number | undefined, atEnd: boolean): boolean {
  const bmp = isBmpOnly(s);
  const len = bmp ? s.length : strLength(s);
  let [a, b] = adjustIndices(start, end, len);
  const subLen = strLength(sub);
  if (b - subLen < a || a > len) return false;
  if (subLen === 0) return true;
  if (atEnd) a = b - subLen;
  else b = a + subLen;
  const [ua, ub] = unitBounds(s, bmp, a, b);
  return s.slice(ua, ub) === sub;
}

/** s.replace(old, new, count) (count < 0: all). */
export function replaceStr(s: string, old: string, rep: string, count: number): string {
  if (count === 0) return s;
  if (old.length === 0) {
    // Inserted before every code point and at the end, up to count times.
    const parts = isBmpOnly(s) ? s.split('') : Array.from(s);
    let out = '';
    let n = 0;
    for (const ch of parts) {
      if (count < 0 || n < count) {
        out += rep;
        n++;
      }
      out += ch;
    }
    if (count < 0 || n < count) out += rep;
    return out;
  }
  const check = !isBmpOnly(s) && mayCut(old);
  if (count < 0 && !check) return s.split(old).join(rep);
  let out = '';
  let from = 0;
  let last = 0;
  let n = 0;
  while (count < 0 || n < count) {
    const i = s.indexOf(old, from);
    if (i < 0) break;
    if (check && cutsPair(s, i, i + old.length)) {
      from = i + 1;
      continue;
    }
    out += s.slice(last, i) + rep;
    last = from = i + old.length;
    n++;
  }
  return out + s.slice(last);
}
