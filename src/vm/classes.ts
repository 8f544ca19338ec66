// Class statements and super(): __build_class__ runs the class body in a namespace the
// metaclass prepares, then calls the metaclass; super() and LOAD_SUPER_ATTR look past the
// class in the MRO of the instance's type.
import { PyObject, type PyValue } from '../objects/object';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyTuple } from '../objects/boxes';
import { BuiltinFunction, PyCell, PyFunction } from '../objects/function';
import { SuperType, TypeType } from '../objects/builtin-types';
import { None } from '../objects/singletons';
import { runtimeError, typeError, PyBaseException } from '../objects/exceptions';
import { call } from '../objects/ops/call';
import { getAttr, getAttrOrUndefined, genericGetAttr, noAttribute } from '../objects/ops/attributes';
import { typeOf } from '../objects/ops/typeof';
import { repr } from '../objects/ops/repr';
import { calculateMetaclass, superLookup } from '../objects/type-type';
import { defineGetSet, defineMethods, defineNew } from '../objects/native';
import { Frame } from './frame';
import { threadState } from './thread-state';
import { enterRecursion, runFrame } from './calls';

/** builtins.__build_class__(func, name, *bases, metaclass=None, **kwds) */
export const buildClass = BuiltinFunction.ofModule('builtins', '__build_class__',
  (args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (npos < 2) throw typeError('__build_class__: not enough arguments');
    const func = args[0];
    const name = args[1];
    if (!(func instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
    if (typeof name !== 'string') throw typeError('__build_class__: name is not a string');
    const origBases = args.slice(2, npos);
    const bases = resolveMroEntries(origBases);
    let meta: PyValue | null = null;
    const kwNames: string[] = [];
    const kwValues: PyValue[] = [];
    for (let i = 0; i < nkw; i++) {
      if (kwnames![i] === 'metaclass') meta = args[npos + i];
      else {
        kwNames.push(kwnames![i]);
        kwValues.push(args[npos + i]);
      }
    }
    if (meta === null) meta = bases.length === 0 ? TypeType : typeOf(bases[0]);
    if (meta instanceof PyType) meta = calculateMetaclass(meta, bases);
    const prepare = getAttrOrUndefined(meta, '__prepare__');
    const ns = prepare === undefined ? new PyDict() : call(prepare, [name, new PyTuple(bases), ...kwValues], kwNames.length ? kwNames : null);
    if (!(ns instanceof PyDict) && typeOf(ns).lookup('__getitem__') === undefined) {
      throw typeError(`${meta instanceof PyType ? meta.name : '<metaclass>'}.__prepare__() must return a mapping, not ${typeOf(ns).name}`);
    }
    const ts = threadState;
    const frame = new Frame(func.code, func.globals, func.builtins, ns, func);
    enterRecursion(ts);
    frame.previous = ts.frame;
    const cell = runFrame(ts, frame);
    if (bases !== origBases && origBases.some((b, i) => b !== bases[i])) {
      if (ns instanceof PyDict) ns.setStr('__orig_bases__', new PyTuple(origBases));
    }
    const cls = call(meta, [name, new PyTuple(bases), ns, ...kwValues], kwNames.length ? kwNames : null);
    if (cell instanceof PyCell && cls instanceof PyType && cell.value !== cls) {
      if (cell.value === null) throw runtimeError(`__class__ not set defining '${name}' as ${repr(cls)}. Was __classcell__ propagated to type.__new__?`);
      throw typeError(`__class__ set to ${repr(cell.value)} defining '${name}' as ${repr(cls)}`);
    }
    return cls;
  },
);

/** PEP 560: a base that is not a class may stand for others through __mro_entries__. */
function resolveMroEntries(bases: PyValue[]): PyValue[] {
  if (bases.every((b) => b instanceof PyType)) return bases;
  const out: PyValue[] = [];
  for (const b of bases) {
    if (b instanceof PyType) {
      out.push(b);
      continue;
    }
    const m = getAttrOrUndefined(b, '__mro_entries__');
    if (m === undefined) {
      out.push(b);
      continue;
    }
    const entries = call(m, [new PyTuple(bases)]);
    if (!(entries instanceof PyTuple)) throw typeError('__mro_entries__ must return a tuple');
    out.push(...entries.items);
  }
  return out;
}

// ---- super

export class PySuper extends PyObject {
  constructor(
    public thisType: PyType | null,
    public obj: PyValue | null,
    public objType: PyType | null,
  ) {
    super(SuperType);
  }
}

/** supercheck: the type whose MRO super() walks, given super(type, obj). */
function superCheck(type: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(type)) return obj;
  const t = typeOf(obj);
  if (t.isSubtypeOf(type)) return t;
  const cls = getAttrOrUndefined(obj, '__class__');
  if (cls instanceof PyType && cls !== t && cls.isSubtypeOf(type)) return cls;
  const what = obj instanceof PyType ? `type ${obj.name}` : `instance of ${t.name}`;
  throw typeError(`super(type, obj): obj (${what}) is not an instance or subtype of type (${type.name}).`);
}


/** super() with no arguments: the __class__ cell and the first argument of the running function. */
function zeroArgSuper(): [PyType, PyValue] {
  const frame = threadState.frame;
  if (frame === null) throw runtimeError('super(): no current frame');
  const code = frame.code;
  if (code.argcount === 0 && (code.flags & 0x4) === 0) throw runtimeError('super(): no arguments');
  let first = frame.stack[0];
  if (first instanceof PyCell && (code.localspluskinds[0] & 0x40) !== 0) first = first.value;
  if (first === null) throw runtimeError('super(): arg[0] deleted');
  const i = code.localsplusnames.indexOf('__class__');
  if (i < 0 || (code.localspluskinds[i] & 0x80) === 0) throw runtimeError('super(): __class__ cell not found');
  const cell = frame.stack[i] as PyCell;
  if (cell.value === null) throw runtimeError('super(): empty __class__ cell');
  if (!(cell.value instanceof PyType)) throw runtimeError(`super(): __class__ is not a type (${typeOf(cell.value).name})`);
  return [cell.value, first];
}

defineNew(SuperType, () => new PySuper(null, null, null));
defineMethods(SuperType, {
  __init__(self, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) throw typeError('super() takes no keyword arguments');
    if (args.length > 2) throw typeError(`super() expected at most 2 arguments, got ${args.length}`);
    const s = self as PySuper;
    let type: PyValue;
    let obj: PyValue | null;
    if (args.length === 0) [type, obj] = zeroArgSuper();
    else {
      type = args[0];
      obj = args.length > 1 ? args[1] : null;
      if (obj === None) obj = null;
    }
    if (!(type instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeOf(type).name}`);
    s.thisType = type;
    s.obj = obj;
    s.objType = obj === null ? null : superCheck(type, obj);
    return None;
  },
  __getattribute__(self, args) {
    const s = self as PySuper;
    const name = args[0] as string;
    if (s.objType !== null && name !== '__class__') {
      const v = superLookup(s.thisType!, s.obj!, s.objType, name);
      if (v !== undefined) return v;
    }
    const v = genericGetAttr(self, name);
    if (v === undefined) throw noAttribute(self, name);
    return v;
  },
  __repr__(self) {
    const s = self as PySuper;
    const t = s.thisType === null ? 'NULL' : s.thisType.name;
    if (s.objType !== null) return `<super: <class '${t}'>, <${s.objType.name} object>>`;
    return `<super: <class '${t}'>, NULL>`;
  },
  __get__(self, args) {
    const s = self as PySuper;
    const obj = args[0];
    if (obj === None || s.obj !== null) return self;
    return new PySuper(s.thisType, obj, superCheck(s.thisType!, obj));
  },
});
defineGetSet(SuperType, '__thisclass__', (self) => (self as PySuper).thisType ?? None);
defineGetSet(SuperType, '__self__', (self) => (self as PySuper).obj ?? None);
defineGetSet(SuperType, '__self_class__', (self) => (self as PySuper).objType ?? None);

/** LOAD_SUPER_ATTR: `super().name` (bit 1 of the oparg: super had its two arguments). */
export function loadSuperAttr(globalSuper: PyValue, cls: PyValue, self: PyValue, name: string, oparg: number): PyValue {
  if (globalSuper === SuperType && cls instanceof PyType) {
    const objType = superCheck(cls, self);
    const v = superLookup(cls, self, objType, name);
    if (v !== undefined) return v;
    throw noAttributeOfSuper(name);
  }
  const sup = call(globalSuper, oparg & 2 ? [cls, self] : []);
  return getAttr(sup, name);
}

function noAttributeOfSuper(name: string): PyBaseException {
  return noAttribute(new PySuper(null, null, null), name);
}

