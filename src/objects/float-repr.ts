// repr() of float and complex as CPython 3.13 writes them: the shortest digits that round-trip
// (what JS's Number#toString also produces), laid out by the 'r' format of
// PyOS_double_to_string (Python/pystrtod.c, format_float_short) and complex_repr
// (Objects/complexobject.c).

/** `repr(x)` for a float: `1.0`, `0.1`, `1e+16`, `1.5e-05`, `inf`, `-inf`, `nan`, `-0.0`. */
export function floatRepr(x: number): string {
  const ax = x < 0 ? -x : x;
  // Python and JS both write this range without an exponent, with the same digits.
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + '.0' : s;
  }
  return shortRepr(x, true);
}

/**
 * The 'r' format: shortest round-trip digits; exponent notation when the decimal exponent is
 * below -4 or at least 16. With `addDot0`, an integral value written without an exponent
 * gets `.0` (float's repr does, complex's parts do not).
 */
function shortRepr(x: number, addDot0: boolean): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) {
    const z = addDot0 ? '0.0' : '0';
    return Object.is(x, -0) ? '-' + z : z;
  }
  const sign = x < 0 ? '-' : '';
  const [digits, decpt] = shortestDigits(x < 0 ? -x : x);
  if (decpt <= -4 || decpt > 16) {
    const mantissa = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const e = decpt - 1;
    const ae = e < 0 ? -e : e;
    return sign + mantissa + (e < 0 ? 'e-' : 'e+') + (ae < 10 ? '0' + ae : String(ae));
  }
  let body: string;
  if (decpt <= 0) body = '0.' + '0'.repeat(-decpt) + digits;
  else if (decpt >= digits.length) body = digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
  else body = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  return sign + body;
}

/**
 * The shortest decimal digits of a positive finite x and where the point goes: x is
 * 0.<digits> × 10^decpt. Read off JS's own shortest formatting, which picks the same digits
 * as CPython's dtoa mode 0 (shortest, and of those the closest to x).
 */
export function shortestDigits(ax: number): [string, number] {
  const s = String(ax);
  const e = s.indexOf('e');
  if (e >= 0) {
    const mantissa = s.slice(0, e);
    const dot = mantissa.indexOf('.');
    const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
    return [digits, parseInt(s.slice(e + 1), 10) + 1];
  }
  const dot = s.indexOf('.');
  if (dot < 0) {
    let end = s.length;
    while (end > 1 && s.charCodeAt(end - 1) === 0x30) end--;
    return [s.slice(0, end), s.length];
  }
  if (s.charCodeAt(0) !== 0x30) return [s.slice(0, dot) + s.slice(dot + 1), dot];
  let z = dot + 1;
  while (s.charCodeAt(z) === 0x30) z++;
  return [s.slice(z), dot + 1 - z];
}

/** `repr(complex(real, imag))`: `3j`, `-0j`, `(1+2j)`, `(-0-1j)`, `infj`, `(nan+nanj)`. */
export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return shortRepr(imag, false) + 'j';
  const im = shortRepr(imag, false);
  const signed = im.charCodeAt(0) === 0x2d ? im : '+' + im;
  return '(' + shortRepr(real, false) + signed + 'j)';
}
