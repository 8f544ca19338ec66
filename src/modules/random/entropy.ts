// The host's entropy source (os.urandom's, seed(None)'s): Web Crypto, which Node and browsers share.

/** getRandomValues fills at most 65536 bytes a call. */
const MAX_CHUNK = 65536;

export function hostRandomBytes(size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += MAX_CHUNK) {
    globalThis.crypto.getRandomValues(out.subarray(offset, Math.min(size, offset + MAX_CHUNK)));
  }
  return out;
}
