// `_hashlib`: message digests for lib/python/hashlib.py on the host's crypto (Node's
// createHash): md5, sha1, the sha2 and sha3 families, blake2b/blake2s (fixed sizes) and shake.
import * as crypto from 'node:crypto';
import type { PyValue } from '../objects/object';
import { PyObject } from '../objects/object';
import { PyModule } from '../objects/module';
import { BuiltinFunction } from '../objects/function';
import { PyByteArray, PyBytes, StrSubclassValue } from '../objects/boxes';
import { newBuiltinType } from '../objects/builtin-types';
import { typeError, valueError } from '../objects/exceptions';
import { checkArgs } from '../objects/args';
import { defineGetSet, defineMethods } from '../objects/native';
import { indexValue } from '../objects/ops/index-value';
import { None } from '../objects/singletons';
import type { Interpreter } from '../vm/interpreter';
import { registerNativeModule } from './registry';

/** Python's algorithm names, with Node's name, digest size and block size. */
const ALGORITHMS: Record<string, [string, number, number]> = {
  md5: ['md5', 16, 64],
  sha1: ['sha1', 20, 64],
  sha224: ['sha224', 28, 64],
  sha256: ['sha256', 32, 64],
  sha384: ['sha384', 48, 128],
  sha512: ['sha512', 64, 128],
  sha3_224: ['sha3-224', 28, 144],
  sha3_256: ['sha3-256', 32, 136],
  sha3_384: ['sha3-384', 48, 104],
  sha3_512: ['sha3-512', 64, 72],
  blake2b: ['blake2b512', 64, 128],
  blake2s: ['blake2s256', 32, 64],
  shake_128: ['shake128', 0, 168],
  shake_256: ['shake256', 0, 136],
};

const HashType = newBuiltinType('HASH', undefined, { baseType: false, module: '_hashlib' });

class HashObject extends PyObject {
  constructor(
    readonly pyName: string,
    readonly hash: crypto.Hash,
  ) {
    super(HashType);
  }
}

function dataArg(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes.subarray(0, v.length);
  if (typeof v === 'string' || v instanceof StrSubclassValue) throw typeError('Strings must be encoded before hashing');
  throw typeError(`object supporting the buffer API required`);
}

function self(v: PyValue): HashObject {
  if (!(v instanceof HashObject)) throw typeError('a hash object is required');
  return v;
}

function digestOf(h: HashObject, length: PyValue | undefined): Buffer {
  const info = ALGORITHMS[h.pyName];
  if (info[1] === 0) {
    if (length === undefined) throw typeError(`digest() missing required argument 'length' (pos 1)`);
    const n = Number(indexValue(length));
    if (n < 0) throw valueError('negative digest length');
    return h.hash.copy({ outputLength: n }).digest();
  }
  return h.hash.copy().digest();
}

defineMethods(HashType, {
  update: (s, args) => {
    checkArgs('update', args, null, 1);
    self(s).hash.update(dataArg(args[0]));
    return None;
  },
  digest: (s, args) => new PyBytes(new Uint8Array(digestOf(self(s), args[0]))),
  hexdigest: (s, args) => digestOf(self(s), args[0]).toString('hex'),
  copy: (s) => new HashObject(self(s).pyName, self(s).hash.copy()),
  __repr__: (s) => `<${self(s).pyName} _hashlib.HASH object>`,
});
defineGetSet(HashType, 'name', (s) => self(s).pyName);
defineGetSet(HashType, 'digest_size', (s) => ALGORITHMS[self(s).pyName][1]);
defineGetSet(HashType, 'block_size', (s) => ALGORITHMS[self(s).pyName][2]);

function makeHashlibModule(_interp: Interpreter): PyModule {
  const m = new PyModule('_hashlib');
  /** new(name, data) → a hash object of a supported algorithm. */
  m.dict.setStr(
    'new',
    BuiltinFunction.ofModule('_hashlib', 'new', (args, kwnames) => {
      checkArgs('new', args, kwnames, 1, 2);
      const name = String(args[0]).toLowerCase();
      const info = ALGORITHMS[name];
      if (info === undefined) throw valueError(`unsupported hash type ${String(args[0])}`);
      const h = new HashObject(name, crypto.createHash(info[0]));
      if (args.length > 1 && args[1] !== None) h.hash.update(dataArg(args[1]));
      return h;
    }),
  );
  m.dict.setStr(
    'pbkdf2_hmac',
    BuiltinFunction.ofModule('_hashlib', 'pbkdf2_hmac', (args, kwnames) => {
      checkArgs('pbkdf2_hmac', args, kwnames, 5);
      const name = String(args[0]).toLowerCase();
      const info = ALGORITHMS[name];
      if (info === undefined) throw valueError(`unsupported hash type ${String(args[0])}`);
      const length = Number(indexValue(args[4]));
      const out = crypto.pbkdf2Sync(dataArg(args[1]), dataArg(args[2]), Number(indexValue(args[3])), length, info[0]);
      return new PyBytes(new Uint8Array(out));
    }),
  );
  m.dict.setStr('names', BuiltinFunction.ofModule('_hashlib', 'names', () => Object.keys(ALGORITHMS).join(' ')));
  return m;
}

registerNativeModule('_hashlib', makeHashlibModule);
