// `int()` of a str as the CLI needs it (argparse's type=int). `repr()` of a str, which argparse
// and OSError messages quote with, is the object model's strRepr.
import { isPythonSpace } from '../compiler/format-syntax-error';

const DECIMAL = /^\p{Nd}$/u;

/**
 * The value of a Unicode decimal digit. Decimal digits come in runs of ten from zero, and runs
 * that touch (the mathematical digits) are whole runs, so the offset from the start of the
 * contiguous block, modulo ten, is the value.
 */
function digitValue(ch: string): number {
  const c = ch.codePointAt(0)!;
  let start = c;
  while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (c - start) % 10;
}

/**
 * `int(s)` for a str: surrounding whitespace, an optional sign, decimal digits (any script)
 * with single underscores between them. Null where Python raises ValueError. A JS number when
 * the value is a safe integer, a bigint beyond (DESIGN.md §2).
 */
export function pyInt(s: string): number | bigint | null {
  const cps = Array.from(s);
  let start = 0;
  let end = cps.length;
  while (start < end && isPythonSpace(cps[start]!)) start++;
  while (end > start && isPythonSpace(cps[end - 1]!)) end--;
  let negative = false;
  if (start < end && (cps[start] === '+' || cps[start] === '-')) {
    negative = cps[start] === '-';
    start++;
  }
  let digits = '';
  let lastWasDigit = false;
  for (let i = start; i < end; i++) {
    const ch = cps[i]!;
    if (ch === '_' && lastWasDigit && i + 1 < end) {
      lastWasDigit = false;
      continue;
    }
    if (!DECIMAL.test(ch)) return null;
    digits += ch >= '0' && ch <= '9' ? ch : String(digitValue(ch));
    lastWasDigit = true;
  }
  if (digits === '' || !lastWasDigit) return null;
  const big = BigInt(digits) * (negative ? -1n : 1n);
  const small = Number(big);
  return Number.isSafeInteger(small) ? small : big;
}
