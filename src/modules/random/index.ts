// The _random module (Modules/_randommodule.c): the Random base class whose instances hold a
// Mersenne Twister. lib/python/random.py builds the distributions on top of it, as CPython does.
import type { PyValue } from '../../objects/object';
import { PyModule } from '../../objects/module';
import { BuiltinFunction } from '../../objects/function';
import { IntSubclassValue, PyBytes, PyFloat, PyTuple } from '../../objects/boxes';
import { newBuiltinType } from '../../objects/builtin-types';
import { overflowError, typeError, valueError } from '../../objects/exceptions';
import { checkArgs, noKeywords } from '../../objects/args';
import { defineMethod, defineNew } from '../../objects/native';
import { indexValue } from '../../objects/ops/index-value';
import { pyHash } from '../../objects/ops/hash';
import { typeOf } from '../../objects/ops/typeof';
import { PyObject } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { None } from '../../objects/singletons';
import { registerNativeModule } from '../registry';
import { sha512 } from '../hashing/sha512';
import { MersenneTwister, STATE_WORDS } from './mersenne-twister';
import { hostRandomBytes } from './entropy';

export const RandomType = newBuiltinType('Random', undefined, { module: '_random' });
RandomType.ns.setStr('__doc__', 'Random() -> create a random number generator with its own internal state.');

/** An instance of _random.Random or of a subclass: the generator lives in the object. */
class RandomObject extends PyObject {
  readonly generator = new MersenneTwister();
}

function generatorOf(self: PyValue, method: string): MersenneTwister {
  if (self instanceof RandomObject) return self.generator;
  throw typeError(`descriptor '${method}' for '_random.Random' objects doesn't apply to a '${typeOf(self).name}' object`);
}

function seedFromEntropy(generator: MersenneTwister): void {
  const bytes = hostRandomBytes(STATE_WORDS * 4);
  generator.seedByArray(new Uint32Array(bytes.buffer, bytes.byteOffset, STATE_WORDS));
}

/** random_seed: an int seeds by its absolute value, anything else by its hash read as unsigned. */
function seedGenerator(generator: MersenneTwister, arg: PyValue | undefined): void {
  if (arg === undefined || arg === None) {
    seedFromEntropy(generator);
    return;
  }
  let n: bigint;
  if (typeof arg === 'number' || typeof arg === 'bigint' || typeof arg === 'boolean' || arg instanceof IntSubclassValue) {
    n = BigInt(indexValue(arg));
    if (n < 0n) n = -n;
  } else {
    n = BigInt.asUintN(64, BigInt(pyHash(arg)));
  }
  generator.seedByInt(n);
}

/** PyLong_AsUnsignedLong's checks, then the low 32 bits that the state keeps. */
function stateWord(v: PyValue): number {
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && !(v instanceof IntSubclassValue)) {
    throw typeError('an integer is required');
  }
  const n = BigInt(indexValue(v));
  if (n < 0n) throw overflowError("can't convert negative value to unsigned int");
  if (n >= 1n << 64n) throw overflowError('Python int too large to convert to C unsigned long');
  return Number(n & 0xffffffffn);
}

/** PyLong_AsLong: __index__, then the range of a C long. */
function cLong(v: PyValue): bigint {
  const n = BigInt(indexValue(v));
  if (n < -(1n << 63n) || n >= 1n << 63n) throw overflowError('Python int too large to convert to C long');
  return n;
}

/** Argument Clinic's `int` converter. */
function cInt(v: PyValue): number {
  const n = indexValue(v);
  if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) throw overflowError('Python int too large to convert to C int');
  return n;
}

defineNew(RandomType, (args) => new RandomObject(args[0] as PyType));

defineMethod(RandomType, '__init__', (self, args, kwnames) => {
  // Only a class that keeps this __init__ refuses keywords (a subclass's own __init__ may take them).
  if (typeOf(self) === RandomType || typeOf(self).lookup('__init__') === RandomType.ns.get('__init__')) noKeywords('Random', kwnames);
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional > 1) throw typeError('Random() requires 0 or 1 argument');
  seedGenerator(generatorOf(self, '__init__'), positional === 1 ? args[0] : undefined);
  return None;
});

defineMethod(
  RandomType,
  'random',
  (self, args, kwnames) => {
    checkArgs('Random.random', args, kwnames, 0);
    return new PyFloat(generatorOf(self, 'random').nextDouble());
  },
  'random() -> x in the interval [0, 1).',
);

defineMethod(
  RandomType,
  'seed',
  (self, args, kwnames) => {
    noKeywords('Random.seed', kwnames);
    checkArgs('seed', args, kwnames, 0, 1);
    seedGenerator(generatorOf(self, 'seed'), args[0]);
    return None;
  },
  'seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.',
);

defineMethod(
  RandomType,
  'getstate',
  (self, args, kwnames) => {
    checkArgs('Random.getstate', args, kwnames, 0);
    const generator = generatorOf(self, 'getstate');
    return new PyTuple([...generator.state, generator.index]);
  },
  'getstate() -> tuple containing the current state.',
);

defineMethod(
  RandomType,
  'setstate',
  (self, args, kwnames) => {
    checkArgs('Random.setstate', args, kwnames, 1);
    const generator = generatorOf(self, 'setstate');
    const state = args[0];
    if (!(state instanceof PyTuple)) throw typeError('state vector must be a tuple');
    if (state.items.length !== STATE_WORDS + 1) throw valueError('state vector is the wrong size');
    const words = state.items.slice(0, STATE_WORDS).map(stateWord);
    const index = cLong(state.items[STATE_WORDS]);
    if (index < 0n || index > BigInt(STATE_WORDS)) throw valueError('invalid state');
    generator.state.set(words);
    generator.index = Number(index);
    return None;
  },
  'setstate(state) -> None.  Restores generator state.',
);

defineMethod(
  RandomType,
  'getrandbits',
  (self, args, kwnames) => {
    checkArgs('Random.getrandbits', args, kwnames, 1);
    const bits = cInt(args[0]);
    if (bits < 0) throw valueError('number of bits must be non-negative');
    return generatorOf(self, 'getrandbits').randomBits(bits);
  },
  'getrandbits(k) -> x.  Generates an int with k random bits.',
);

export function makeRandomModule(): PyModule {
  const m = new PyModule('_random');
  m.dict.setStr('__doc__', 'Module implements the Mersenne Twister random number generator.');
  m.dict.setStr('Random', RandomType);
  // Not in CPython's _random: what random.py takes from os and hashlib there, kept here so
  // that importing random imports neither.
  m.dict.setStr(
    '_urandom',
    BuiltinFunction.ofModule('_random', '_urandom', (args, kwnames) => {
      checkArgs('_urandom', args, kwnames, 1);
      const size = indexValue(args[0]);
      if (typeof size === 'bigint' || size < 0) throw valueError('negative argument not allowed');
      return new PyBytes(hostRandomBytes(size));
    }),
  );
  m.dict.setStr(
    '_sha512_digest',
    BuiltinFunction.ofModule('_random', '_sha512_digest', (args, kwnames) => {
      checkArgs('_sha512_digest', args, kwnames, 1);
      const data = args[0];
      if (!(data instanceof PyBytes)) throw typeError(`a bytes object is required, not '${typeOf(data).name}'`);
      return new PyBytes(sha512(data.bytes));
    }),
  );
  return m;
}

registerNativeModule('_random', makeRandomModule);
