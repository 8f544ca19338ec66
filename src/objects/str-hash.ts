// hash(str) as CPython computes it: SipHash-1-3 over the string's storage (1, 2 or 4 bytes a
// code point, by its widest character) under the key PYTHONHASHSEED selects. Strings are
// hashed again and again as dict keys and set members, so recent results are cached.
import type { PyInt } from './object';
import { siphash13, ZERO_HASH_KEY, type HashKey } from '../compiler/ast-optimizer/siphash';
import { canonical } from './int-arith';

let key: HashKey = ZERO_HASH_KEY;
const cache = new Map<string, PyInt>();

/** Sets the key (from PYTHONHASHSEED, or random); forgets cached hashes. */
export function setStrHashKey(k: HashKey): void {
  key = k;
  cache.clear();
}

function storage(s: string): Uint8Array {
  let width = 1;
  const cps: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    cps.push(cp);
    if (cp > 0xffff) width = 4;
    else if (cp > 0xff && width < 2) width = 2;
  }
  const out = new Uint8Array(cps.length * width);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    for (let j = 0; j < width; j++) out[i * width + j] = (cp >>> (8 * j)) & 0xff;
  }
  return out;
}

export function hashStr(s: string): PyInt {
  if (s.length === 0) return 0;
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const u = siphash13(key, storage(s));
  let h = u >= 1n << 63n ? u - (1n << 64n) : u;
  if (h === -1n) h = -2n;
  const r = canonical(h);
  if (cache.size > 50000) cache.clear();
  cache.set(s, r);
  return r;
}

/** hash(bytes): SipHash-1-3 of the bytes. */
export function hashBytes(bytes: Uint8Array): PyInt {
  if (bytes.length === 0) return 0;
  const u = siphash13(key, bytes);
  let h = u >= 1n << 63n ? u - (1n << 64n) : u;
  if (h === -1n) h = -2n;
  return canonical(h);
}
