// Type objects: a class's name, bases, method resolution order and namespace, the lookup of
// an attribute along the MRO (cached per type, invalidated when any class in the MRO
// changes), and the version tag that specialized instructions will guard on (DESIGN.md §4).
import { PyObject, type PyValue } from './object';
import type { PyDict } from './dict';
import { changed } from '../jit/dependencies';

/** How a type's instances are made and what its slots do: filled by each built-in type's file. */
export interface TypeSlots {
  /** Binds a descriptor found on a class: `descr.__get__(obj, type)`; obj is null for class access. */
  descrGet?: (descr: PyValue, obj: PyValue | null, type: PyType) => PyValue;
  /** A data descriptor's `__set__` (value) or `__delete__` (value null). */
  descrSet?: (descr: PyValue, obj: PyValue, value: PyValue | null) => void;
}

let nextVersion = 1;

export class PyType extends PyObject implements TypeSlots {
  name: string;
  qualname: string;
  /** `__module__` of a built-in type ('builtins' unless said); heap types keep theirs in `ns`. */
  module = 'builtins';
  bases: PyType[];
  mro: PyType[] = [];
  /** The class namespace (`__dict__`), set at creation. */
  ns!: PyDict;
  /** A class statement made it (a heap type): its attributes may be set and deleted. */
  readonly heap: boolean;
  /**
   * A class the standard library wrote in Python where CPython has a C type (`_taipan.builtin_type`):
   * its name carries its module ('datetime.date') and its attributes cannot be set.
   */
  immutable = false;
  /** Some executor of tier 2 depends on this class (see jit/dependencies.ts). */
  jitWatched = false;
  /** Subclasses may be made of it (Py_TPFLAGS_BASETYPE). */
  baseType = true;
  /** The built-in type whose instance layout instances of this type share (tp_base chain's solid base). */
  solid: PyType | null = null;
  /** Changes whenever the type or a class in its MRO changes (tp_version_tag). */
  version = nextVersion++;
  /**
   * The Python `__getitem__` BINARY_SUBSCR_GETITEM calls, with the function version it had
   * when found (CPython's _spec_cache); forgotten when the type changes.
   */
  specGetitem: PyObject | null = null;
  specGetitemVersion = 0;
  /** The Python `__init__` CALL_ALLOC_AND_ENTER_INIT enters, likewise. */
  specInit: PyObject | null = null;
  specInitVersion = 0;
  readonly subclasses = new Set<PyType>();
  /** name → attribute found along the MRO (undefined: not found), until the next change. */
  private cache = new Map<string, PyValue | undefined>();

  descrGet?: (descr: PyValue, obj: PyValue | null, type: PyType) => PyValue;
  descrSet?: (descr: PyValue, obj: PyValue, value: PyValue | null) => void;

  /**
   * Calls a descriptor of this type as a method of `self` without binding it first
   * (method_descriptor and friends); null for types without that shortcut.
   */
  callMethod: ((descr: PyValue, self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue) | null = null;

  /**
   * The docstring of a built-in type whose namespace's `__doc__` is a descriptor for its
   * instances' docs (type, property): `T.__doc__` still gives the class's own (tp_doc).
   */
  builtinDoc: string | null = null;
  /** Instances have a `__dict__`. */
  hasInstanceDict = false;
  /** Names of abstract methods not yet implemented (`__abstractmethods__`); null when none were declared. */
  abstractMethods: string[] | null = null;
  /** `__slots__` names of this class itself, when it declares them. */
  slotNames: string[] | null = null;
  /**
   * Whether instances hash and compare by identity (neither `__hash__` nor `__eq__` overridden),
   * so that a dict can key them by the object itself; null until asked after the last change.
   */
  identityKeyed: boolean | null = null;

  constructor(metatype: PyType | null, name: string, bases: PyType[], heap: boolean) {
    // Only `type` itself is made before there is a metatype to give it.
    super(metatype as PyType);
    if (metatype === null) this.type = this;
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.heap = heap;
    for (const base of bases) base.subclasses.add(this);
  }

  /** The attribute `name` found along the MRO (_PyType_Lookup), or undefined. */
  lookup(name: string): PyValue | undefined {
    const cache = this.cache;
    const hit = cache.get(name);
    if (hit !== undefined || cache.has(name)) return hit;
    let found: PyValue | undefined;
    for (const t of this.mro) {
      const v = t.ns.getStr(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    cache.set(name, found);
    return found;
  }

  /** Call after any change to this type's namespace, bases or MRO: bumps versions down the tree. */
  modified(): void {
    this.version = nextVersion++;
    if (this.jitWatched) changed(this);
    this.cache.clear();
    this.specGetitem = null;
    this.specInit = null;
    this.identityKeyed = null;
    this.onModified();
    for (const sub of this.subclasses) sub.modified();
  }

  /** Hook for slot caches that depend on the namespace (recomputed after a change). */
  onModified(): void {}

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/**
 * C3 linearization of a class's bases. When no consistent order exists, the classes left in
 * conflict (the heads of what could not be merged, as CPython's set_mro_error lists them).
 */
export function c3Linearize(type: PyType, bases: readonly PyType[]): PyType[] | { conflict: PyType[] } {
  const sequences: PyType[][] = bases.map((b) => b.mro.slice());
  sequences.push(bases.slice());
  const result: PyType[] = [type];
  for (;;) {
    const nonEmpty = sequences.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: PyType | null = null;
    for (const seq of nonEmpty) {
      const head = seq[0];
      if (!nonEmpty.some((s) => s.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      const heads: PyType[] = [];
      for (const seq of nonEmpty) if (!heads.includes(seq[0])) heads.push(seq[0]);
      return { conflict: heads };
    }
    result.push(candidate);
    for (const seq of nonEmpty) if (seq[0] === candidate) seq.shift();
  }
}
