// round(int, ndigits) (Objects/longobject.c, int___round___impl): a negative ndigits rounds to a
// multiple of 10**-ndigits, halfway cases to the even multiple; ndigits ≥ 0 changes nothing.
import type { PyInt, PyValue } from './object';
import { big, canonical } from './int-arith';
import { indexValue } from './ops/index-value';

export function intRound(v: PyInt, ndigits: PyValue): PyInt {
  const n = indexValue(ndigits);
  if (typeof n === 'number' ? n >= 0 : n >= 0n) return v;
  const x = big(v);
  const digits = -big(n);
  // Past the int's own size every multiple but 0 is farther than 0 itself.
  if (digits > BigInt(x.toString().length + 1)) return 0;
  const unit = 10n ** digits;
  // divmod_near: the nearest multiple of unit, ties to the even quotient.
  let q = x / unit;
  let r = x - q * unit;
  if (r < 0n) {
    q -= 1n;
    r += unit;
  }
  const twice = 2n * r;
  if (twice > unit || (twice === unit && (q & 1n) === 1n)) q += 1n;
  return canonical(q * unit);
}
