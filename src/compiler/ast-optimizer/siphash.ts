// SipHash-1-3, the hash CPython 3.13 gives str and bytes on 64-bit builds (Python/pyhash.c,
// Py_HASH_ALGORITHM = Py_HASH_SIPHASH13): one compression round per 8-byte block, three
// finalization rounds. The optimizer needs it for the iteration order of the frozensets it folds.

const MASK64 = (1n << 64n) - 1n;

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & MASK64;
}

/** The key CPython derives from PYTHONHASHSEED (_Py_HashSecret.siphash). Seed 0 is the zero key. */
export interface HashKey {
  readonly k0: bigint;
  readonly k1: bigint;
}

export const ZERO_HASH_KEY: HashKey = Object.freeze({ k0: 0n, k1: 0n });

/** SipHash-1-3 of `data` under `key`, as an unsigned 64-bit value. */
export function siphash13(key: HashKey, data: Uint8Array): bigint {
  let v0 = key.k0 ^ 0x736f6d6570736575n;
  let v1 = key.k1 ^ 0x646f72616e646f6dn;
  let v2 = key.k0 ^ 0x6c7967656e657261n;
  let v3 = key.k1 ^ 0x7465646279746573n;
  const round = (): void => {
    v0 = (v0 + v1) & MASK64;
    v2 = (v2 + v3) & MASK64;
    v1 = rotl(v1, 13n) ^ v0;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & MASK64;
    v0 = (v0 + v3) & MASK64;
    v1 = rotl(v1, 17n) ^ v2;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  const n = data.length;
  const whole = n - (n % 8);
  for (let i = 0; i < whole; i += 8) {
    let m = 0n;
    for (let k = 7; k >= 0; k--) m = (m << 8n) | BigInt(data[i + k]);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  // The last block: the remaining bytes, little-endian, under the length in the top byte.
  let b = BigInt(n & 0xff) << 56n;
  for (let k = n - 1; k >= whole; k--) b |= BigInt(data[k]) << BigInt(8 * (k - whole));
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3) & MASK64;
}
