// isinstance() and issubclass() (PyObject_IsInstance / PyObject_IsSubclass): tuples (nested
// too) and unions of classes, the metaclass's __instancecheck__ / __subclasscheck__ hooks, the
// `__class__` an instance claims, and "abstract" classes that only have `__bases__`.
import { PyObject, type PyValue } from '../../objects/object';
import { PyTuple } from '../../objects/boxes';
import { PyType } from '../../objects/type';
import { ObjectType, TypeType } from '../../objects/builtin-types';
import { typeError } from '../../objects/exceptions';
import { typeOf } from '../../objects/ops/typeof';
import { getAttrOrUndefined, OBJECT_GETATTRIBUTE, TYPE_GETATTRIBUTE } from '../../objects/ops/attributes';
import { callMethodDescriptor } from '../../objects/ops/call';
import { isTrue } from '../../objects/ops/truth';
import { toArray } from '../../objects/ops/iter';

/** The members of a `types.UnionType` (`int | str`), or null for any other value. */
let unionArgs: (v: PyValue) => readonly PyValue[] | null = (v) => {
  if (!(v instanceof PyObject)) return null;
  const t = v.type;
  if (t.name !== 'UnionType' || t.module !== 'types') return null;
  const args = getAttrOrUndefined(v, '__args__');
  return args instanceof PyTuple ? args.items : args === undefined ? null : toArray(args);
};

/** For the module that implements `X | Y` of types, if it prefers to answer directly. */
export function registerUnionArgs(f: typeof unionArgs): void {
  unionArgs = f;
}

const ISINSTANCE_ARG2 = 'isinstance() arg 2 must be a type, a tuple of types, or a union';
const ISSUBCLASS_ARG1 = 'issubclass() arg 1 must be a class';
const ISSUBCLASS_ARG2 = 'issubclass() arg 2 must be a class, a tuple of classes, or a union';

/** `cls.__bases__` when it is a tuple, else null (abstract_get_bases). */
function abstractBases(cls: PyValue): readonly PyValue[] | null {
  if (cls instanceof PyType && typeOf(cls).lookup('__getattribute__') === TYPE_GETATTRIBUTE) return cls.bases;
  const bases = getAttrOrUndefined(cls, '__bases__');
  return bases instanceof PyTuple ? bases.items : null;
}

function checkClass(cls: PyValue, message: string): void {
  if (abstractBases(cls) === null) throw typeError(message);
}

/** Whether `derived` reaches `cls` through `__bases__` (identity, depth first). */
function abstractIsSubclass(derived: PyValue, cls: PyValue): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractBases(derived);
    if (bases === null || bases.length === 0) return false;
    if (bases.length === 1) {
      derived = bases[0];
      continue;
    }
    for (const b of bases) if (abstractIsSubclass(b, cls)) return true;
    return false;
  }
}

/** `inst.__class__`, skipping the lookup when it can only be the instance's own type. */
function claimedClass(inst: PyValue): PyValue | undefined {
  const t = typeOf(inst);
  if (t.lookup('__class__') === ObjectType.ns.getStr('__class__')) {
    const ga = t.lookup('__getattribute__');
    if (ga === OBJECT_GETATTRIBUTE || ga === TYPE_GETATTRIBUTE) return t;
  }
  return getAttrOrUndefined(inst, '__class__');
}

/** type.__instancecheck__ (object_isinstance): the real check, without hooks. */
export function realIsInstance(inst: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    const t = typeOf(inst);
    if (t.isSubtypeOf(cls)) return true;
    const icls = claimedClass(inst);
    return icls !== undefined && icls !== t && icls instanceof PyType && icls.isSubtypeOf(cls);
  }
  checkClass(cls, ISINSTANCE_ARG2);
  const icls = getAttrOrUndefined(inst, '__class__');
  return icls !== undefined && abstractIsSubclass(icls, cls);
}

/** type.__subclasscheck__ (recursive_issubclass): the real check, without hooks. */
export function realIsSubclass(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && derived instanceof PyType) return derived.isSubtypeOf(cls);
  checkClass(derived, ISSUBCLASS_ARG1);
  if (unionArgs(cls) === null) checkClass(cls, ISSUBCLASS_ARG2);
  return abstractIsSubclass(derived, cls);
}

/** isinstance(inst, cls). */
export function isInstanceOf(inst: PyValue, cls: PyValue): boolean {
  const t = typeOf(inst);
  if (t === cls) return true;
  if (cls instanceof PyType && cls.type === TypeType) return realIsInstance(inst, cls);
  const members = cls instanceof PyTuple ? cls.items : unionArgs(cls);
  if (members !== null) {
    for (const item of members) if (isInstanceOf(inst, item)) return true;
    return false;
  }
  const checker = typeOf(cls).lookup('__instancecheck__');
  if (checker !== undefined && checker !== TypeType.ns.getStr('__instancecheck__')) return isTrue(callMethodDescriptor(checker, cls, [inst]));
  return realIsInstance(inst, cls);
}

/** issubclass(derived, cls). */
export function isSubclassOf(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && cls.type === TypeType) {
    if (derived === cls) return true;
    return realIsSubclass(derived, cls);
  }
  const members = cls instanceof PyTuple ? cls.items : unionArgs(cls);
  if (members !== null) {
    for (const item of members) if (isSubclassOf(derived, item)) return true;
    return false;
  }
  const checker = typeOf(cls).lookup('__subclasscheck__');
  if (checker !== undefined && checker !== TypeType.ns.getStr('__subclasscheck__')) return isTrue(callMethodDescriptor(checker, cls, [derived]));
  return realIsSubclass(derived, cls);
}
