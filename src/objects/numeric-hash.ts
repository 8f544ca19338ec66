// CPython's numeric hash (Python/pyhash.c, Objects/longobject.c): a number's value modulo the
// Mersenne prime 2^61 - 1 with its sign, so that equal ints, floats and complexes hash alike.
// -1 is reserved for errors and becomes -2.
import type { PyInt } from './object';
import { canonical } from './int-arith';

export const HASH_MODULUS = (1n << 61n) - 1n;
const HASH_MODULUS_NUMBER = 2 ** 61 - 1;
export const HASH_INF = 314159;
export const HASH_IMAG = 1000003;

export function hashInt(v: PyInt): PyInt {
  if (typeof v === 'number' && v > -HASH_MODULUS_NUMBER && v < HASH_MODULUS_NUMBER) return v === -1 ? -2 : v;
  const x = typeof v === 'bigint' ? v : BigInt(v);
  const m = (x < 0n ? -x : x) % HASH_MODULUS;
  const h = x < 0n ? -m : m;
  return h === -1n ? -2 : canonical(h);
}

/** hash(float): an integral value hashes as the int; others by their exact rational value. */
export function hashFloat(x: number): PyInt {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return 0; // CPython hashes NaN by identity; callers that can, do.
    return x > 0 ? HASH_INF : -HASH_INF;
  }
  if (Number.isInteger(x)) return hashInt(Number.isSafeInteger(x) ? x : BigInt(x));
  // x = m * 2^e with m an odd integer: hash is m * 2^e mod P, where 2^e mod P is a rotation.
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  let h = BigInt(m) % HASH_MODULUS;
  // Multiply by 2^e mod P: 2^-1 mod P is 2^60 (since 2^61 ≡ 1).
  const shift = BigInt(((e % 61) + 61) % 61);
  h = ((h << shift) | (h >> (61n - shift))) & HASH_MODULUS;
  h %= HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2 : canonical(h);
}
