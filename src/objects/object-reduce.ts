// object.__reduce_ex__ and object.__reduce__ (typeobject.c's reduce_newobj and
// copyreg._reduce_ex): how copy and pickle take apart an instance that says nothing of its
// own. Protocol 2 and up rebuild through copyreg.__newobj__ (or __newobj_ex__), older ones
// through copyreg._reconstructor; copyreg is Python (lib/python/copyreg.py), imported through
// the hook the VM registers.
import type { PyValue } from './object';
import { PyObject } from './object';
import { PyList, PyTuple } from './boxes';
import { DictType, ListType, ObjectType } from './builtin-types';
import { PyDict } from './dict';
import { typeError } from './exceptions';
import { getAttr, getAttrOrUndefined } from './ops/attributes';
import { call, callMethodDescriptor } from './ops/call';
import { getIter } from './ops/iter';
import { isTrue } from './ops/truth';
import { typeOf } from './ops/typeof';
import { None } from './singletons';
import type { PyType } from './type';

let importModule: (name: string) => PyValue = () => {
  throw typeError('copyreg is not available');
};

export function registerReduceImporter(f: (name: string) => PyValue): void {
  importModule = f;
}

const copyreg = (name: string): PyValue => getAttr(importModule('copyreg'), name);

/** The arguments __new__ must see again (_PyObject_GetNewArguments): from __getnewargs_ex__ or __getnewargs__. */
function newArguments(obj: PyValue): { args: PyTuple | null; kwargs: PyDict | null } {
  const type = typeOf(obj);
  const getNewArgsEx = type.lookup('__getnewargs_ex__');
  if (getNewArgsEx !== undefined) {
    const result = callMethodDescriptor(getNewArgsEx, obj, []);
    if (!(result instanceof PyTuple)) throw typeError(`__getnewargs_ex__ should return a tuple, not '${typeOf(result).name}'`);
    if (result.items.length !== 2) throw typeError(`__getnewargs_ex__ should return a tuple of length 2, not ${result.items.length}`);
    const [args, kwargs] = result.items;
    if (!(args instanceof PyTuple)) throw typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeOf(args).name}'`);
    if (!(kwargs instanceof PyDict)) throw typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeOf(kwargs).name}'`);
    return { args, kwargs };
  }
  const getNewArgs = type.lookup('__getnewargs__');
  if (getNewArgs !== undefined) {
    const args = callMethodDescriptor(getNewArgs, obj, []);
    if (!(args instanceof PyTuple)) throw typeError(`__getnewargs__ should return a tuple, not '${typeOf(args).name}'`);
    return { args, kwargs: null };
  }
  return { args: null, kwargs: null };
}

/**
 * The state to restore: the class's own __getstate__'s, or object's default. When nothing else
 * (new arguments, list or dict items) rebuilds the object, an instance of a built-in type with
 * a layout of its own cannot be rebuilt from a dict, and is refused.
 */
function stateOf(obj: PyValue, required: boolean, defaultGetState: PyValue): PyValue {
  const type = typeOf(obj);
  const getState = type.lookup('__getstate__');
  if (getState !== defaultGetState) return call(getAttr(obj, '__getstate__'), []);
  if (required && type.solid !== null && type.solid !== ObjectType) throw typeError(`cannot pickle '${type.name}' object`);
  return callMethodDescriptor(defaultGetState, obj, []);
}

function reduceNewObj(obj: PyValue, defaultGetState: PyValue): PyTuple {
  const type = typeOf(obj);
  const { args, kwargs } = newArguments(obj);
  let constructor: PyValue;
  let constructorArgs: PyTuple;
  if (kwargs === null || kwargs.size === 0) {
    constructor = copyreg('__newobj__');
    constructorArgs = new PyTuple([type, ...(args?.items ?? [])]);
  } else {
    constructor = copyreg('__newobj_ex__');
    constructorArgs = new PyTuple([type, args ?? new PyTuple([]), kwargs]);
  }
  const isList = obj instanceof PyList && type.isSubtypeOf(ListType);
  const isDict = obj instanceof PyDict && type.isSubtypeOf(DictType);
  const state = stateOf(obj, !(args !== null || isList || isDict), defaultGetState);
  const listItems = isList ? getIter(obj) : None;
  const dictItems = isDict ? getIter(call(getAttr(obj, 'items'), [])) : None;
  return new PyTuple([constructor, constructorArgs, state, listItems, dictItems]);
}

/** Protocols 0 and 1 (copyreg._reduce_ex): rebuild from the nearest built-in base, then the instance dict. */
function reduceWithReconstructor(obj: PyValue, defaultGetState: PyValue): PyTuple {
  const cls = typeOf(obj);
  let base: PyType = ObjectType;
  for (const t of cls.mro) {
    if (!t.heap) {
      base = t;
      break;
    }
  }
  let baseState: PyValue = None;
  if (base !== ObjectType) {
    // copyreg names the class by __name__ ('array'), not by tp_name ('array.array').
    if (base === cls) throw typeError(`cannot pickle '${cls.name.slice(cls.name.lastIndexOf('.') + 1)}' object`);
    baseState = call(base, [obj]);
  }
  const args = new PyTuple([cls, base, baseState]);
  let state: PyValue;
  if (cls.lookup('__getstate__') === defaultGetState) {
    const slots = getAttrOrUndefined(obj, '__slots__');
    if (slots !== undefined && isTrue(slots)) throw typeError('a class that defines __slots__ without defining __getstate__ cannot be pickled');
    state = obj instanceof PyObject && obj.dict !== null && obj.dict.size > 0 ? obj.dict : None;
  } else state = call(getAttr(obj, '__getstate__'), []);
  const reconstructor = copyreg('_reconstructor');
  return isTrue(state) ? new PyTuple([reconstructor, args, state]) : new PyTuple([reconstructor, args]);
}

/** _common_reduce: by protocol. */
export function commonReduce(obj: PyValue, protocol: number, defaultGetState: PyValue): PyTuple {
  return protocol >= 2 ? reduceNewObj(obj, defaultGetState) : reduceWithReconstructor(obj, defaultGetState);
}
