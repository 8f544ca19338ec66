// A class's MRO (C3, or what its metaclass's mro() returns, checked as mro_check does) and the
// assignment of `__bases__`, which recomputes the MRO of the class and of its subclasses.
import type { PyValue } from './object';
import { PyType, c3Linearize } from './type';
import { ObjectType, TypeType } from './builtin-types';
import { PyTuple } from './boxes';
import { typeError } from './exceptions';
import { typeOf } from './ops/typeof';
import { toArray } from './ops/iter';
import { callMethodDescriptor } from './ops/call';
import { checkLayoutCompatible } from './type-layout';

/** The C3 linearization of `cls` over `bases`, or CPython's TypeError naming the conflict. */
export function linearize(cls: PyType, bases: readonly PyType[]): PyType[] {
  const mro = c3Linearize(cls, bases);
  if (!Array.isArray(mro)) {
    throw typeError(`Cannot create a consistent method resolution order (MRO) for bases ${mro.conflict.map((b) => b.name).join(', ')}`);
  }
  return mro;
}

/** mro_internal: C3 unless the metaclass overrides mro(), whose result must be classes fit for `cls`. */
export function computeMro(cls: PyType): PyType[] {
  const meta = typeOf(cls);
  const custom = meta.lookup('mro');
  if (meta === TypeType || custom === undefined || custom === TypeType.ns.getStr('mro')) return linearize(cls, cls.bases);
  const items = toArray(callMethodDescriptor(custom, cls, []));
  const solid = cls.solid ?? ObjectType;
  for (const item of items) {
    if (!(item instanceof PyType)) throw typeError(`mro() returned a non-class ('${typeOf(item).name}')`);
    if (!solid.isSubtypeOf(item.solid ?? item)) throw typeError(`mro() returned base with unsuitable layout ('${item.name}')`);
  }
  return items as PyType[];
}

/** The nearest class along the bases that decides the instance layout: one adding slots, or a built-in (solid_base). */
function solidBase(t: PyType): PyType {
  if (!t.heap) return t.solid ?? t;
  if (t.slotNames !== null && t.slotNames.some((n) => n !== '__dict__' && n !== '__weakref__')) return t;
  return t.bases.length === 0 ? ObjectType : solidBase(bestBase(t.bases));
}

/** The base whose instance layout a class with these bases extends (best_base). */
export function bestBase(bases: readonly PyType[]): PyType {
  let best: PyType | null = null;
  let bestSolid: PyType | null = null;
  for (const base of bases) {
    if (!base.baseType) throw typeError(`type '${base.name}' is not an acceptable base type`);
    const solid = solidBase(base);
    if (bestSolid === null || (solid !== bestSolid && solid.isSubtypeOf(bestSolid))) {
      best = base;
      bestSolid = solid;
    } else if (!bestSolid.isSubtypeOf(solid)) {
      throw typeError('multiple bases have instance lay-out conflict');
    }
  }
  return best!;
}

/** Recomputes the MRO of `cls` and every class below it; on failure all keep their old one. */
function recomputeMroTree(cls: PyType, undo: Array<[PyType, PyType[]]>): void {
  undo.push([cls, cls.mro]);
  cls.mro = computeMro(cls);
  for (const sub of cls.subclasses) recomputeMroTree(sub, undo);
}

/** type_set_bases, after the caller checked that the class is a mutable one. */
export function assignBases(cls: PyType, value: PyValue): void {
  if (!(value instanceof PyTuple)) throw typeError(`can only assign tuple to ${cls.name}.__bases__, not ${typeOf(value).name}`);
  if (value.items.length === 0) throw typeError(`can only assign non-empty tuple to ${cls.name}.__bases__, not ()`);
  const bases: PyType[] = [];
  for (const item of value.items) {
    if (!(item instanceof PyType)) throw typeError(`${cls.name}.__bases__ must be tuple of classes, not '${typeOf(item).name}'`);
    if (item.isSubtypeOf(cls)) throw typeError('a __bases__ item causes an inheritance cycle');
    bases.push(item);
  }
  checkLayoutCompatible(bestBase(cls.bases), bestBase(bases), '__bases__');
  const oldBases = cls.bases;
  cls.bases = bases;
  const undo: Array<[PyType, PyType[]]> = [];
  try {
    recomputeMroTree(cls, undo);
  } catch (e) {
    cls.bases = oldBases;
    for (const [t, mro] of undo) t.mro = mro;
    throw e;
  }
  for (const old of oldBases) old.subclasses.delete(cls);
  for (const base of bases) base.subclasses.add(cls);
  cls.modified();
}
