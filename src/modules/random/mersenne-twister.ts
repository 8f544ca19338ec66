// MT19937, the generator behind CPython's random module (Matsumoto and Nishimura's reference
// algorithm), with CPython's seeding and its ways of making floats and big ints from words.
import type { PyInt } from '../../objects/object';
import { canonical } from '../../objects/int-arith';

export const STATE_WORDS = 624;
const SHIFT_DISTANCE = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MersenneTwister {
  readonly state = new Uint32Array(STATE_WORDS);
  /** Position of the next word to temper; STATE_WORDS means the state must be regenerated. */
  index = STATE_WORDS + 1;

  private seedWord(seed: number): void {
    const mt = this.state;
    mt[0] = seed >>> 0;
    for (let i = 1; i < STATE_WORDS; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = Math.imul(1812433253, prev) + i;
    }
    this.index = STATE_WORDS;
  }

  /** The reference init_by_array: every word of `key` influences the whole state. */
  seedByArray(key: Uint32Array): void {
    const mt = this.state;
    this.seedWord(19650218);
    let i = 1;
    let j = 0;
    const keyLength = key.length;
    for (let k = Math.max(STATE_WORDS, keyLength); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= STATE_WORDS) {
        mt[0] = mt[STATE_WORDS - 1];
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = STATE_WORDS - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (mt[i] ^ Math.imul(prev, 1566083941)) - i;
      i++;
      if (i >= STATE_WORDS) {
        mt[0] = mt[STATE_WORDS - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** Seeds from a non-negative int, split into 32-bit words, least significant first. */
  seedByInt(n: bigint): void {
    const words: number[] = [];
    do {
      words.push(Number(n & 0xffffffffn));
      n >>= 32n;
    } while (n > 0n);
    this.seedByArray(Uint32Array.from(words));
  }

  private regenerate(): void {
    const mt = this.state;
    let kk = 0;
    for (; kk < STATE_WORDS - SHIFT_DISTANCE; kk++) {
      const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + SHIFT_DISTANCE] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < STATE_WORDS - 1; kk++) {
      const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + SHIFT_DISTANCE - STATE_WORDS] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = (mt[STATE_WORDS - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[STATE_WORDS - 1] = mt[SHIFT_DISTANCE - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.index = 0;
  }

  /** The next 32 random bits, as an unsigned number. */
  nextWord(): number {
    if (this.index >= STATE_WORDS) this.regenerate();
    let y = this.state[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A float in [0, 1) from 53 random bits: 27 from one word and 26 from the next. */
  nextDouble(): number {
    const a = this.nextWord() >>> 5;
    const b = this.nextWord() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  /** An int of `bits` random bits: words fill from the least significant end, and the last word drops its low bits. */
  randomBits(bits: number): PyInt {
    if (bits <= 32) return bits === 0 ? 0 : this.nextWord() >>> (32 - bits);
    if (bits <= 53) {
      const low = this.nextWord();
      const high = this.nextWord() >>> (64 - bits);
      return high * 4294967296 + low;
    }
    let result = 0n;
    let shift = 0n;
    for (let remaining = bits; remaining > 0; remaining -= 32, shift += 32n) {
      let word = this.nextWord();
      if (remaining < 32) word >>>= 32 - remaining;
      result |= BigInt(word) << shift;
    }
    return canonical(result);
  }
}
