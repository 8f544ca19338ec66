// PYTHONHASHSEED: 0 turns str/bytes hash randomization off (the zero SipHash key); another
// number seeds CPython's linear congruential generator (Python/bootstrap_hash.c, lcg_urandom)
// for the key's 16 bytes; unset or 'random' draws a random key.
import { randomBytes } from 'node:crypto';
import type { HashKey } from '../compiler/ast-optimizer/siphash';

function keyFromBytes(b: Uint8Array): HashKey {
  let k0 = 0n;
  let k1 = 0n;
  for (let i = 7; i >= 0; i--) {
    k0 = (k0 << 8n) | BigInt(b[i]);
    k1 = (k1 << 8n) | BigInt(b[8 + i]);
  }
  return { k0, k1 };
}

export function hashKeyForSeed(seed: string | undefined): HashKey {
  if (seed === undefined || seed === 'random' || seed === '') return keyFromBytes(randomBytes(16));
  const n = Number(seed);
  if (n === 0) return { k0: 0n, k1: 0n };
  const bytes = new Uint8Array(16);
  let x = n >>> 0;
  for (let i = 0; i < 16; i++) {
    x = (Math.imul(x, 214013) + 2531011) >>> 0;
    bytes[i] = (x >>> 16) & 0xff;
  }
  return keyFromBytes(bytes);
}
