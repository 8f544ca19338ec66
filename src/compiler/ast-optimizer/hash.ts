// Python's hash() and == for the constants the optimizer puts in a frozenset, as CPython 3.13
// computes them on a 64-bit build (Python/pyhash.c, Objects/longobject.c long_hash,
// floatobject.c via _Py_HashDouble, complexobject.c, tupleobject.c, setobject.c): a frozenset's
// iteration order is the order of its hash table, and that follows from these values.
// Hashes are signed 64-bit values held in bigints. The object model has no hashing yet; its
// hash() of these types must give the same values (DESIGN.md §2: dict keys), so should share these.
import {
  BytesConstant,
  ComplexConstant,
  FloatConstant,
  FrozensetConstant,
  TupleConstant,
  type ConstantValue,
} from '../ast/constants';
import { big, isIntLike, isStr, kindOf } from './values';
import { frexpExact } from '../../objects/float-bits';
import { siphash13, type HashKey } from './siphash';
import { codePoints, strEquals } from './strings';

const MASK64 = (1n << 64n) - 1n;
/** _PyHASH_MODULUS: numeric hashes are values modulo this Mersenne prime, 2**61 - 1. */
const MODULUS = (1n << 61n) - 1n;
/** _PyHASH_INF: hash(inf). */
const HASH_INF = 314159n;
/** _PyHASH_IMAG: the multiplier of the imaginary part's hash. */
const HASH_IMAG = 1000003n;
/** hash(None), a constant since 3.12 (Objects/object.c, none_hash). */
const HASH_NONE = 0xfca86420n;

function signed64(u: bigint): bigint {
  return BigInt.asIntN(64, u);
}

/** -1 is the C API's error value, so a hash that comes out as -1 is -2. */
function notMinusOne(h: bigint): bigint {
  return h === -1n ? -2n : h;
}

/** hash(int): the value modulo 2**61 - 1, with the sign of the int. */
function hashInt(v: bigint): bigint {
  const r = (v < 0n ? -v : v) % MODULUS;
  return notMinusOne(v < 0n ? -r : r);
}

/**
 * hash(float): the hash of the exact rational value modulo 2**61 - 1 (so that hash(1.0) ==
 * hash(1)), computed as _Py_HashDouble does; 2**61 ≡ 1 reduces the power of two to one below 61.
 * A NaN hashes by its object's address in CPython, which nothing here can reproduce.
 */
function hashFloat(x: number): bigint {
  if (Number.isNaN(x)) return 0n;
  if (!Number.isFinite(x)) return x > 0 ? HASH_INF : -HASH_INF;
  if (x === 0) return 0n;
  const { mantissa, exponent } = frexpExact(Math.abs(x));
  const e = BigInt(((exponent % 61) + 61) % 61);
  let h = ((mantissa % MODULUS) << e) % MODULUS;
  if (x < 0) h = -h;
  return notMinusOne(h);
}

/** Hashes of str and bytes: SipHash-1-3 of the bytes (for a str, of its canonical storage). */
function hashBuffer(key: HashKey, data: Uint8Array): bigint {
  if (data.length === 0) return 0n;
  return notMinusOne(signed64(siphash13(key, data)));
}

/**
 * The bytes CPython hashes for a str: its code points stored in the narrowest of 1, 2 or 4
 * bytes each (PEP 393's kinds), little-endian.
 */
function strStorage(cps: readonly number[]): Uint8Array {
  let max = 0;
  for (const cp of cps) if (cp > max) max = cp;
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(cps.length * width);
  cps.forEach((cp, i) => {
    for (let k = 0; k < width; k++) out[i * width + k] = (cp >>> (8 * k)) & 0xff;
  });
  return out;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** tuplehash: xxHash's mixing over the items' hashes. */
function hashTuple(key: HashKey, items: readonly ConstantValue[]): bigint {
  let acc = XXPRIME_5;
  for (const item of items) {
    const lane = pyHash(key, item) & MASK64;
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796n;
  return signed64(acc);
}

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & MASK64;
}

/**
 * frozenset_hash: an order-independent mix of the entries' hashes. CPython xors in every slot of
 * its table and then cancels the empty ones' effect (an odd count of them), which leaves exactly
 * the active entries.
 */
function hashFrozenset(key: HashKey, v: FrozensetConstant): bigint {
  let h = 0n;
  for (const item of v.items) h ^= shuffleBits(pyHash(key, item) & MASK64);
  h ^= ((BigInt(v.items.length) + 1n) * 1927868237n) & MASK64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & MASK64;
  if (h === MASK64) h = 590923713n;
  return signed64(h);
}

/** hash(v) for a constant, under the str/bytes hash key. */
export function pyHash(key: HashKey, v: ConstantValue): bigint {
  switch (kindOf(v)) {
    case 'NoneType':
      return HASH_NONE;
    case 'bool':
    case 'int':
      return hashInt(big(v as number | bigint | boolean));
    case 'float':
      return hashFloat((v as FloatConstant).value);
    case 'complex': {
      const c = v as ComplexConstant;
      const h = (hashFloat(c.real) + HASH_IMAG * hashFloat(c.imag)) & MASK64;
      return notMinusOne(signed64(h));
    }
    case 'str':
      return hashBuffer(key, strStorage(codePoints(v as string)));
    case 'bytes':
      return hashBuffer(key, (v as BytesConstant).bytes);
    case 'tuple':
      return hashTuple(key, (v as TupleConstant).items);
    case 'frozenset':
      return hashFrozenset(key, v as FrozensetConstant);
    case 'ellipsis':
      // By address in CPython (_Py_HashPointer), which differs from run to run.
      return 0n;
  }
}

/** A number as an exact rational for comparisons: [numerator, power of two], or null for inf/nan. */
function exactReal(v: ConstantValue): { n: bigint; e: number } | null {
  if (isIntLike(v)) return { n: big(v), e: 0 };
  const x = (v as FloatConstant).value;
  if (!Number.isFinite(x)) return null;
  if (x === 0) return { n: 0n, e: 0 };
  const { mantissa, exponent } = frexpExact(Math.abs(x));
  return { n: x < 0 ? -mantissa : mantissa, e: exponent };
}

/** Whether two real numbers (bool, int or float) are equal, exactly as Python compares them. */
function realEquals(a: ConstantValue, b: ConstantValue): boolean {
  if (a instanceof FloatConstant && b instanceof FloatConstant) return a.value === b.value;
  if (a instanceof FloatConstant || b instanceof FloatConstant) {
    const x = exactReal(a);
    const y = exactReal(b);
    if (x === null || y === null) return false;
    // n·2^e equal: align the exponents.
    const e = Math.min(x.e, y.e);
    return x.n << BigInt(x.e - e) === y.n << BigInt(y.e - e);
  }
  return big(a as number) === big(b as number);
}

const NUMERIC = new Set(['bool', 'int', 'float', 'complex']);

/** `a == b` for two constants (PyObject_RichCompare with Py_EQ). */
export function pyEquals(a: ConstantValue, b: ConstantValue): boolean {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (NUMERIC.has(ka) && NUMERIC.has(kb)) {
    if (a instanceof ComplexConstant || b instanceof ComplexConstant) {
      const [ar, ai] = a instanceof ComplexConstant ? [new FloatConstant(a.real), a.imag] : [a, 0];
      const [br, bi] = b instanceof ComplexConstant ? [new FloatConstant(b.real), b.imag] : [b, 0];
      return ai === bi && realEquals(ar, br);
    }
    return realEquals(a, b);
  }
  if (ka !== kb) return false;
  switch (ka) {
    case 'str':
      return isStr(a) && isStr(b) && strEquals(a, b);
    case 'bytes': {
      const x = (a as BytesConstant).bytes;
      const y = (b as BytesConstant).bytes;
      return x.length === y.length && x.every((byte, i) => byte === y[i]);
    }
    case 'tuple': {
      const x = (a as TupleConstant).items;
      const y = (b as TupleConstant).items;
      return x.length === y.length && x.every((item, i) => pyEquals(item, y[i]));
    }
    case 'frozenset': {
      const x = (a as FrozensetConstant).items;
      const y = (b as FrozensetConstant).items;
      return x.length === y.length && x.every((item) => y.some((other) => pyEquals(item, other)));
    }
    default:
      // None and Ellipsis are singletons.
      return true;
  }
}
