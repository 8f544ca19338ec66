// Fixed ('f'), exponent ('e') and general ('g') forms of a double with a precision, correctly
// rounded (half to even on the exact binary value, as CPython's dtoa does), from the exact
// decimal expansion of the double. Used by printf-style formatting.

/** Exact decimal digits of a finite x > 0: value = 0.DIGITS × 10^point. */
function exactDigits(x: number): { digits: string; point: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = biased - 1075;
  }
  let digits: string;
  let point: number;
  if (e >= 0) {
    digits = (mant << BigInt(e)).toString();
    point = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-e)).toString();
    point = digits.length + e;
  }
  const trimmed = digits.replace(/0+$/, '');
  return { digits: trimmed === '' ? '0' : trimmed, point };
}

/** The first k digits of d (padded with zeros), rounded half-even on the rest; may gain a digit. */
function roundTo(d: string, k: number): string {
  if (k >= d.length) return d + '0'.repeat(k - d.length);
  const kept = d.slice(0, k);
  const first = d.charCodeAt(k) - 48;
  let up: boolean;
  if (first > 5) up = true;
  else if (first < 5) up = false;
  else if (/[1-9]/.test(d.slice(k + 1))) up = true;
  else up = k > 0 && (kept.charCodeAt(k - 1) - 48) % 2 === 1;
  if (!up) return kept;
  if (k === 0) return '1';
  const bumped = (BigInt(kept) + 1n).toString();
  return bumped.length < k ? '0'.repeat(k - bumped.length) + bumped : bumped;
}

/** |x| in fixed notation with prec decimals. */
function fixed(ax: number, prec: number, alt: boolean): string {
  let intPart: string;
  let frac: string;
  if (ax === 0) {
    intPart = '0';
    frac = '0'.repeat(prec);
  } else {
    const { digits, point } = exactDigits(ax);
    const k = point + prec;
    if (k < 0) {
      intPart = '0';
      frac = '0'.repeat(prec);
    } else {
      const r = roundTo(digits, k);
      const intLen = r.length - prec;
      intPart = intLen > 0 ? r.slice(0, intLen) : '0';
      frac = intLen >= 0 ? r.slice(intLen) : '0'.repeat(-intLen) + r;
    }
  }
  if (prec === 0) return alt ? intPart + '.' : intPart;
  return intPart + '.' + frac;
}

/** |x| as mantissa digits (prec + 1 significant) and decimal exponent. */
function significant(ax: number, sig: number): { digits: string; exp: number } {
  if (ax === 0) return { digits: '0'.repeat(sig), exp: 0 };
  const { digits, point } = exactDigits(ax);
  let r = roundTo(digits, sig);
  let exp = point - 1;
  if (r.length > sig) {
    r = r.slice(0, sig);
    exp++;
  }
  return { digits: r, exp };
}

function expSuffix(exp: number, upper: boolean): string {
  const a = Math.abs(exp);
  return (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

function exponent(ax: number, prec: number, alt: boolean, upper: boolean): string {
  const { digits, exp } = significant(ax, prec + 1);
  let m = digits[0];
  if (prec > 0) m += '.' + digits.slice(1);
  else if (alt) m += '.';
  return m + expSuffix(exp, upper);
}

function general(ax: number, prec: number, alt: boolean, upper: boolean): string {
  const p = prec === 0 ? 1 : prec;
  const { exp } = significant(ax, p);
  let s: string;
  if (exp >= -4 && exp < p) s = fixed(ax, p - 1 - exp, alt);
  else s = exponent(ax, p - 1, alt, upper);
  if (alt) return s;
  // Drop trailing zeros of the fraction (and a bare point).
  const e = s.search(/[eE]/);
  let m = e < 0 ? s : s.slice(0, e);
  const tail = e < 0 ? '' : s.slice(e);
  if (m.includes('.')) m = m.replace(/0+$/, '').replace(/\.$/, '');
  return m + tail;
}

/**
 * x formatted without its sign by type 'e', 'E', 'f', 'F', 'g' or 'G' with a precision;
 * returns [negative, body]. inf and nan are 'inf'/'nan' (upper case for E, F, G).
 */
export function formatDouble(x: number, type: string, prec: number, alt: boolean): [boolean, string] {
  const upper = type === 'E' || type === 'F' || type === 'G';
  if (x !== x) return [false, upper ? 'NAN' : 'nan'];
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  if (ax === Infinity) return [neg, upper ? 'INF' : 'inf'];
  switch (type) {
    case 'f':
    case 'F':
      return [neg, fixed(ax, prec, alt)];
    case 'e':
    case 'E':
      return [neg, exponent(ax, prec, alt, upper)];
    default:
      return [neg, general(ax, prec, alt, upper)];
  }
}
