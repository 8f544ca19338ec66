// Code-point lengths of JS strings: a str's len counts code points, and an astral
// character is two UTF-16 units (DESIGN.md §2).

const SURROGATE = /[\ud800-\udfff]/;

/** Whether every code point is one UTF-16 unit, so JS indices are Python indices. */
export function isBmpOnly(s: string): boolean {
  return !SURROGATE.test(s);
}

export function strLength(s: string): number {
  if (s.length < 2 || !SURROGATE.test(s)) return s.length;
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
