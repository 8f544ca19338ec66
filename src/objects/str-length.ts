// Code-point lengths of JS strings: a str's len counts code points, and an astral character
// is two UTF-16 units (DESIGN.md §2). Scanning a long string is O(n), and loops such as
// `while i < len(s): s[i]` ask about the same string again and again, so the answer for the
// last long string is kept.
const SURROGATE = /[\ud800-\udfff]/;

/** Strings shorter than this are scanned every time; longer ones go through the cache. */
const CACHE_FROM = 64;

let lastStr = '';
let lastBmp = true;
let lastLength = 0;

function scan(s: string): void {
  lastStr = s;
  lastBmp = !SURROGATE.test(s);
  lastLength = lastBmp ? s.length : countCodePoints(s);
}

/** Whether every code point is one UTF-16 unit, so JS indices are Python indices. */
export function isBmpOnly(s: string): boolean {
  if (s.length < CACHE_FROM) return !SURROGATE.test(s);
  if (s !== lastStr) scan(s);
  return lastBmp;
}

export function strLength(s: string): number {
  if (s.length < 2) return s.length;
  if (s.length < CACHE_FROM) return SURROGATE.test(s) ? countCodePoints(s) : s.length;
  if (s !== lastStr) scan(s);
  return lastLength;
}

function countCodePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
