// How a dict finds its keys. Keys whose equality is decided by their value alone — str, int,
// bool, float (and their subclasses that keep str/int/float's __eq__ and __hash__) — and
// objects that compare by identity map to a JS Map key; others go through their hash.
import { PyObject, type PyValue } from './object';
import { IntSubclassValue, PyComplex, PyFloat, PyTuple, StrSubclassValue } from './boxes';
import { FloatType, ObjectType } from './builtin-types';
import type { PyType } from './type';

// dict.ts, and so this file, load while builtin-types.ts is still making the type objects, so
// the operations (which make exceptions, hence types, as they load) are bound on first use.
let ops: { pyHash: typeof import('./ops/hash').pyHash; pyEq: typeof import('./ops/compare').pyEq } | null = null;
function keyOps(): NonNullable<typeof ops> {
  if (ops === null) {
    ops = { pyHash: (require('./ops/hash') as typeof import('./ops/hash')).pyHash, pyEq: (require('./ops/compare') as typeof import('./ops/compare')).pyEq };
  }
  return ops;
}

export const NOT_SIMPLE: unique symbol = Symbol('not simple');

function floatKey(x: number, obj: PyValue): unknown {
  if (Number.isInteger(x)) return Number.isSafeInteger(x) ? (x === 0 ? 0 : x) : BigInt(x);
  return x === x ? x : obj; // NaN: by identity
}

function identityKeyed(t: PyType): boolean {
  let known = t.identityKeyed;
  if (known === null) {
    const objectNs = ObjectType.ns;
    known = t.lookup('__hash__') === objectNs.getStr('__hash__') && t.lookup('__eq__') === objectNs.getStr('__eq__');
    t.identityKeyed = known;
  }
  return known;
}

/** Keeps the base type's equality: a subclass that overrides neither __eq__ nor __hash__. */
function keepsBaseEquality(t: PyType): boolean {
  const base = t.solid!;
  return t.lookup('__hash__') === base.ns.getStr('__hash__') && t.lookup('__eq__') === base.ns.getStr('__eq__');
}

export function simpleKey(k: PyValue): unknown {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
  }
  const t = k.type;
  if (k instanceof PyFloat) {
    if (t === FloatType || keepsBaseEquality(t)) return floatKey(k.value, k);
    return NOT_SIMPLE;
  }
  if (k instanceof PyTuple) return NOT_SIMPLE;
  // A complex with no imaginary part equals the real number it holds.
  if (k instanceof PyComplex) return k.imag === 0 && keepsBaseEquality(t) ? floatKey(k.real, k) : NOT_SIMPLE;
  if (k instanceof StrSubclassValue || k instanceof IntSubclassValue) return keepsBaseEquality(t) ? k.value : NOT_SIMPLE;
  if (identityKeyed(t)) return k;
  return NOT_SIMPLE;
}

/** A hash that agrees with equality, for keys that are not simple (only dicts see it). */
export function dictHash(k: PyValue): number {
  if (k instanceof PyTuple && (k.type.solid === k.type || keepsBaseEquality(k.type))) {
    let h = 0x345678;
    for (const item of k.items) h = (Math.imul(h ^ itemHash(item), 1000003) + 82520) | 0;
    return h;
  }
  const h = keyOps().pyHash(k);
  return typeof h === 'number' ? h : Number(BigInt.asIntN(52, h));
}

function itemHash(v: PyValue): number {
  if (typeof v === 'string') {
    let h = 0x811c9dc5;
    for (let i = 0; i < v.length; i++) h = Math.imul(h ^ v.charCodeAt(i), 16777619);
    return h;
  }
  const s = simpleKey(v);
  if (typeof s === 'number') return Number.isInteger(s) ? s | 0 : (s * 1000003) | 0;
  if (v instanceof PyObject && s === v) return dictHashIdentity(v);
  return dictHash(v);
}

const identityHashes = new WeakMap<object, number>();
let nextIdentityHash = 1;
function dictHashIdentity(v: object): number {
  let h = identityHashes.get(v);
  if (h === undefined) identityHashes.set(v, (h = nextIdentityHash++));
  return h;
}

export function keysEqual(a: PyValue, b: PyValue): boolean {
  return keyOps().pyEq(a, b);
}
