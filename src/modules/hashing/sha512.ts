// SHA-512 (FIPS 180-4), incremental, for random's string seeds and for hashlib. Each 64-bit
// word is a pair of 32-bit halves in Int32Arrays: JS bigints would be far slower.

/** The first 64 bits of the fractional parts of the cube roots of the first 80 primes, hi/lo. */
const ROUND_CONSTANTS = new Int32Array([
  0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd, 0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
  0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019, 0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
  0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe, 0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
  0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1, 0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
  0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3, 0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
  0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483, 0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
  0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210, 0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
  0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725, 0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
  0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926, 0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
  0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8, 0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
  0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001, 0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
  0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910, 0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
  0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53, 0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
  0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb, 0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
  0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60, 0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
  0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9, 0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
  0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207, 0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
  0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6, 0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
  0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493, 0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
  0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a, 0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817,
]);

/** The initial hash value: fractional parts of the square roots of the first 8 primes, hi/lo. */
const INITIAL_STATE = [
  0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1,
  0x510e527f, 0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179,
];

const BLOCK_SIZE = 128;
export const SHA512_DIGEST_SIZE = 64;

export class Sha512 {
  readonly name = 'sha512';
  readonly blockSize = BLOCK_SIZE;
  readonly digestSize = SHA512_DIGEST_SIZE;
  private readonly state = new Int32Array(INITIAL_STATE);
  private readonly pending = new Uint8Array(BLOCK_SIZE);
  private pendingLength = 0;
  /** Total bytes hashed; a double stays exact far past any input this runtime can hold. */
  private totalLength = 0;
  private readonly schedule = new Int32Array(160);

  update(data: Uint8Array): this {
    let offset = 0;
    this.totalLength += data.length;
    if (this.pendingLength > 0) {
      const take = Math.min(BLOCK_SIZE - this.pendingLength, data.length);
      this.pending.set(data.subarray(0, take), this.pendingLength);
      this.pendingLength += take;
      offset = take;
      if (this.pendingLength < BLOCK_SIZE) return this;
      this.compress(this.pending, 0);
      this.pendingLength = 0;
    }
    for (; offset + BLOCK_SIZE <= data.length; offset += BLOCK_SIZE) this.compress(data, offset);
    this.pending.set(data.subarray(offset), 0);
    this.pendingLength = data.length - offset;
    return this;
  }

  /** The digest of everything hashed so far; the object can keep hashing afterwards. */
  digest(): Uint8Array {
    const finisher = this.copy();
    const bitLength = finisher.totalLength * 8;
    const tail = new Uint8Array((finisher.pendingLength < 112 ? 128 : 256) - finisher.pendingLength);
    tail[0] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(bitLength / 2 ** 32));
    view.setUint32(tail.length - 4, bitLength >>> 0);
    finisher.update(tail);
    const out = new Uint8Array(SHA512_DIGEST_SIZE);
    const outView = new DataView(out.buffer);
    for (let i = 0; i < 16; i++) outView.setInt32(i * 4, finisher.state[i]);
    return out;
  }

  copy(): Sha512 {
    const c = new Sha512();
    c.state.set(this.state);
    c.pending.set(this.pending);
    c.pendingLength = this.pendingLength;
    c.totalLength = this.totalLength;
    return c;
  }

  private compress(block: Uint8Array, offset: number): void {
    const w = this.schedule;
    for (let i = 0; i < 32; i++) {
      const p = offset + i * 4;
      w[i] = (block[p] << 24) | (block[p + 1] << 16) | (block[p + 2] << 8) | block[p + 3];
    }
    for (let i = 32; i < 160; i += 2) {
      // σ0 of w[t-15] and σ1 of w[t-2], on hi/lo halves.
      let xh = w[i - 30];
      let xl = w[i - 29];
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      xh = w[i - 4];
      xl = w[i - 3];
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      const lo = (s0l >>> 0) + (s1l >>> 0) + (w[i - 13] >>> 0) + (w[i - 31] >>> 0);
      w[i] = s0h + s1h + w[i - 14] + w[i - 32] + Math.floor(lo / 2 ** 32);
      w[i + 1] = lo | 0;
    }
    const s = this.state;
    let ah = s[0], al = s[1], bh = s[2], bl = s[3], ch = s[4], cl = s[5], dh = s[6], dl = s[7];
    let eh = s[8], el = s[9], fh = s[10], fl = s[11], gh = s[12], gl = s[13], hh = s[14], hl = s[15];
    for (let i = 0; i < 160; i += 2) {
      const sigma1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const sigma1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chooseh = (eh & fh) ^ (~eh & gh);
      const choosel = (el & fl) ^ (~el & gl);
      const t1l = (hl >>> 0) + (sigma1l >>> 0) + (choosel >>> 0) + (ROUND_CONSTANTS[i + 1] >>> 0) + (w[i + 1] >>> 0);
      const t1h = (hh + sigma1h + chooseh + ROUND_CONSTANTS[i] + w[i] + Math.floor(t1l / 2 ** 32)) | 0;
      const sigma0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const sigma0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const majorityh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const majorityl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2l = (sigma0l >>> 0) + (majorityl >>> 0);
      const t2h = sigma0h + majorityh + Math.floor(t2l / 2 ** 32);
      hh = gh; hl = gl;
      gh = fh; gl = fl;
      fh = eh; fl = el;
      const el2 = (dl >>> 0) + (t1l >>> 0);
      eh = (dh + t1h + Math.floor(el2 / 2 ** 32)) | 0;
      el = el2 | 0;
      dh = ch; dl = cl;
      ch = bh; cl = bl;
      bh = ah; bl = al;
      const al2 = (t1l >>> 0) + (t2l >>> 0);
      ah = (t1h + t2h + Math.floor(al2 / 2 ** 32)) | 0;
      al = al2 | 0;
    }
    const add = (k: number, hi: number, lo: number): void => {
      const l = (s[k + 1] >>> 0) + (lo >>> 0);
      s[k] = s[k] + hi + Math.floor(l / 2 ** 32);
      s[k + 1] = l;
    };
    add(0, ah, al); add(2, bh, bl); add(4, ch, cl); add(6, dh, dl);
    add(8, eh, el); add(10, fh, fl); add(12, gh, gl); add(14, hh, hl);
  }
}

export function sha512(data: Uint8Array): Uint8Array {
  return new Sha512().update(data).digest();
}
