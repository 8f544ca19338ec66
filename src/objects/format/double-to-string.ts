// PyOS_double_to_string (Python/pystrtod.c, format_float_short): a double written with the 'e',
// 'f', 'g' and 'r' codes that format(), f-strings and %-formatting use. The digits come from
// the double's exact decimal value rounded half to even, as David Gay's dtoa gives them in its
// modes 2 (significant digits) and 3 (digits after the point), at any precision; 'r' takes the
// shortest digits that read back as the same double (mode 0).
import { frexpExact } from '../float-bits';
import { shortestDigits } from '../float-repr';

/** Py_DTSF_* flags. */
export const DTSF_SIGN = 1; // always write a sign
export const DTSF_ADD_DOT_0 = 2; // write an integral value without exponent with '.0'
export const DTSF_ALT = 4; // the '#' form: keep the point and, for 'g', trailing zeros
export const DTSF_NO_NEG_0 = 8; // the 'z' option: no '-' on a result that rounds to zero

/** Digits (no leading zeros) and the position of the point: the value is 0.<digits> × 10^decpt. */
type Digits = [digits: string, decpt: number];

const powersOf5 = new Map<number, bigint>();

/** The exact decimal expansion of a finite ax > 0 (a double's is finite: 2^-k = 5^k / 10^k). */
function exactDigits(ax: number): Digits {
  const { mantissa, exponent } = frexpExact(ax);
  if (exponent >= 0) {
    const s = (mantissa << BigInt(exponent)).toString();
    return [s, s.length];
  }
  let p = powersOf5.get(-exponent);
  if (p === undefined) {
    p = 5n ** BigInt(-exponent);
    powersOf5.set(-exponent, p);
  }
  const s = (mantissa * p).toString();
  return [s, s.length + exponent];
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 0x30) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Exact digits rounded half to even to their first `keep` digits; '0' when nothing is left. */
function roundDigits([d, decpt]: Digits, keep: number): Digits {
  if (keep >= d.length) return [stripZeros(d), decpt];
  if (keep < 0) return ['0', 1];
  const next = d.charCodeAt(keep);
  let up: boolean;
  if (next !== 0x35) up = next > 0x35;
  else {
    up = keep > 0 && (d.charCodeAt(keep - 1) & 1) === 1;
    for (let i = keep + 1; !up && i < d.length; i++) if (d.charCodeAt(i) !== 0x30) up = true;
  }
  if (!up) return keep === 0 ? ['0', 1] : [stripZeros(d.slice(0, keep)), decpt];
  // Add one at the last kept digit: trailing 9s carry (and vanish as zeros).
  let i = keep - 1;
  while (i >= 0 && d.charCodeAt(i) === 0x39) i--;
  if (i < 0) return ['1', decpt + 1];
  return [d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1), decpt];
}

/** dtoa mode 2: `n` ≥ 1 significant digits, trailing zeros removed. */
export function significantDigits(ax: number, n: number): Digits {
  if (ax === 0) return ['0', 1];
  return roundDigits(exactDigits(ax), n);
}

/** dtoa mode 3: digits up to `p` places after the point (p may be negative), trailing zeros removed. */
export function fixedDigits(ax: number, p: number): Digits {
  if (ax === 0) return ['0', 1];
  const exact = exactDigits(ax);
  return roundDigits(exact, exact[1] + p);
}

/**
 * The value written with `p` digits after the point when JS's toFixed gets it right: toFixed
 * rounds the exact value too, but a tie away from zero, and a tie needs x·10^(p+1) to be an
 * integer, so x must have at most p + 1 binary digits after its point.
 */
function quickFixed(ax: number, p: number): string | undefined {
  if (p > 100 || ax >= 1e21) return undefined;
  if (Number.isInteger(ax)) return ax.toFixed(p);
  let y = ax;
  for (let k = 0; !Number.isInteger(y); k++) {
    if (k > p + 1) return ax.toFixed(p);
    y *= 2;
  }
  return undefined;
}

/**
 * PyOS_double_to_string(x, code, precision, flags): code is one of e E f F g G r (upper case
 * writes E, INF, NAN); 'r' ignores the precision.
 */
export function doubleToString(x: number, code: string, precision: number, flags: number): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const c = upper ? code.toLowerCase() : code;
  if (x !== x) return (flags & DTSF_SIGN ? '+' : '') + (upper ? 'NAN' : 'nan');
  let negative = x < 0 || (x === 0 && 1 / x < 0);
  const ax = negative ? -x : x;
  if (ax === Infinity) return (negative ? '-' : flags & DTSF_SIGN ? '+' : '') + (upper ? 'INF' : 'inf');
  let digits: string;
  let decpt: number;
  if (c === 'f' && (flags & DTSF_ALT) === 0 && !(negative && flags & DTSF_NO_NEG_0)) {
    const quick = quickFixed(ax, precision);
    if (quick !== undefined) return (negative ? '-' : flags & DTSF_SIGN ? '+' : '') + quick;
  }
  switch (c) {
    case 'e':
      precision++;
      [digits, decpt] = significantDigits(ax, precision);
      break;
    case 'f':
      [digits, decpt] = fixedDigits(ax, precision);
      break;
    case 'g':
      if (precision === 0) precision = 1;
      [digits, decpt] = significantDigits(ax, precision);
      break;
    default:
      [digits, decpt] = ax === 0 ? ['0', 1] : shortestDigits(ax);
      break;
  }
  if (negative && flags & DTSF_NO_NEG_0 && digits === '0') negative = false;
  const alt = (flags & DTSF_ALT) !== 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  let useExp = false;
  let vEnd = digits.length;
  switch (c) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  // The output is a slice [vStart, vEnd) of the digits padded with zeros on both sides, with
  // the point after position decpt.
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  let out = negative ? '-' : flags & DTSF_SIGN ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt) + digits;
  else if (decpt <= digits.length) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits + '0'.repeat(decpt - digits.length) + '.';
  const written = Math.max(digits.length, decpt);
  if (vEnd > written) out += '0'.repeat(vEnd - written);
  if (!alt && out.charCodeAt(out.length - 1) === 0x2e) out = out.slice(0, -1);
  if (useExp) {
    const ae = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  return out;
}
