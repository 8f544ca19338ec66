// Builtins that look at objects and namespaces: getattr, setattr, delattr, hasattr, dir, vars,
// globals, locals, callable, id, hash, len, isinstance and issubclass.
import { PyObject, type PyValue } from '../../objects/object';
import { PyList, StrSubclassValue } from '../../objects/boxes';
import { PyDict } from '../../objects/dict';
import { DictType, ListType, TupleType } from '../../objects/builtin-types';
import { BuiltinFunction, PyFunction, PyMethod, type NativeFunction } from '../../objects/function';
import { overflowError, typeError, valueError } from '../../objects/exceptions';
import { None } from '../../objects/singletons';
import { checkArgs } from '../../objects/args';
import { objectId } from '../../objects/identity';
import { typeOf } from '../../objects/ops/typeof';
import { getAttr, getAttrOrUndefined, setAttr } from '../../objects/ops/attributes';
import { call, callMethodDescriptor } from '../../objects/ops/call';
import { compareStrings } from '../../objects/ops/compare';
import { sortList } from '../../objects/sort';
import { pyHash } from '../../objects/ops/hash';
import { lengthOf } from '../../objects/ops/length';
import { indexValue } from '../../objects/ops/index-value';
import { toArray } from '../../objects/ops/iter';
import { currentGlobals, currentLocals } from './frames';
import { isInstanceOf, isSubclassOf } from './isinstance';

/** An attribute name argument as a JS string (str subclasses included). */
export function attributeName(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof StrSubclassValue) return v.value;
  throw typeError(`attribute name must be string, not '${typeOf(v).name}'`);
}

/** callable(v): the value's class can be called (tp_call). */
export function isCallable(v: PyValue): boolean {
  if (v instanceof PyFunction || v instanceof BuiltinFunction || v instanceof PyMethod) return true;
  return typeOf(v).lookup('__call__') !== undefined;
}

/** Sorts a list in place as PyList_Sort does; all-str lists (dir's usual case) directly. */
function sortNames(list: PyList): void {
  const items = list.items;
  if (items.every((x) => typeof x === 'string')) (items as string[]).sort(compareStrings);
  else sortList(list, null, false);
}

/** The keys of a locals mapping, as a list (PyMapping_Keys). */
function mappingKeys(m: PyValue): PyList {
  if (m instanceof PyDict) return new PyList(m.keyList());
  const keys = call(getAttr(m, 'keys'), []);
  if (keys instanceof PyList) return keys;
  return new PyList(toArray(keys));
}

function dir(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('dir', args, kwnames, 0, 1);
  let names: PyList;
  if (args.length === 0) {
    names = mappingKeys(currentLocals());
  } else {
    const obj = args[0];
    const m = typeOf(obj).lookup('__dir__');
    if (m === undefined) throw typeError('object does not provide __dir__');
    names = new PyList(toArray(callMethodDescriptor(m, obj, [])));
  }
  sortNames(names);
  return names;
}

/**
 * len(): as lengthOf, but a length past 2**53 (a huge range) is still an answer, as any that
 * fits CPython's Py_ssize_t is.
 */
function len(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('len', args, kwnames, 1);
  const v = args[0];
  if (!(v instanceof PyObject) || v.type === ListType || v.type === TupleType || v.type === DictType) return lengthOf(v);
  const m = typeOf(v).lookup('__len__');
  if (m === undefined) return lengthOf(v);
  const r = callMethodDescriptor(m, v, []);
  if (typeof r === 'number' && r >= 0) return r;
  if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean' && typeOf(r).lookup('__index__') === undefined) {
    throw typeError(`'${typeOf(r).name}' object cannot be interpreted as an integer`);
  }
  const n = indexValue(r);
  if (n < 0) throw valueError('__len__() should return >= 0');
  if (typeof n === 'bigint' && n >= 2n ** 63n) throw overflowError("cannot fit 'int' into an index-sized integer");
  return n;
}

function vars(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('vars', args, kwnames, 0, 1);
  if (args.length === 0) return currentLocals();
  const d = getAttrOrUndefined(args[0], '__dict__');
  if (d === undefined) throw typeError('vars() argument must have __dict__ attribute');
  return d;
}

export const INTROSPECTION_BUILTINS: Record<string, NativeFunction> = {
  callable(args, kwnames) {
    checkArgs('callable', args, kwnames, 1);
    return isCallable(args[0]);
  },
  delattr(args, kwnames) {
    checkArgs('delattr', args, kwnames, 2);
    setAttr(args[0], attributeName(args[1]), null);
    return None;
  },
  dir,
  getattr(args, kwnames) {
    checkArgs('getattr', args, kwnames, 2, 3);
    const name = attributeName(args[1]);
    if (args.length === 2) return getAttr(args[0], name);
    return getAttrOrUndefined(args[0], name) ?? args[2];
  },
  globals(args, kwnames) {
    checkArgs('globals', args, kwnames, 0);
    return currentGlobals();
  },
  hasattr(args, kwnames) {
    checkArgs('hasattr', args, kwnames, 2);
    return getAttrOrUndefined(args[0], attributeName(args[1])) !== undefined;
  },
  hash(args, kwnames) {
    checkArgs('hash', args, kwnames, 1);
    return pyHash(args[0]);
  },
  id(args, kwnames) {
    checkArgs('id', args, kwnames, 1);
    return objectId(args[0]);
  },
  isinstance(args, kwnames) {
    checkArgs('isinstance', args, kwnames, 2);
    return isInstanceOf(args[0], args[1]);
  },
  issubclass(args, kwnames) {
    checkArgs('issubclass', args, kwnames, 2);
    return isSubclassOf(args[0], args[1]);
  },
  len,
  locals(args, kwnames) {
    checkArgs('locals', args, kwnames, 0);
    return currentLocals();
  },
  setattr(args, kwnames) {
    checkArgs('setattr', args, kwnames, 3);
    const [obj, nameArg, value] = args;
    const name = attributeName(nameArg);
    const isNewInstanceKey = nameArg instanceof StrSubclassValue && obj instanceof PyObject && obj.dict?.getStr(name) === undefined;
    setAttr(obj, name, value);
    // CPython interns only exact str names: a new instance-dict key stays the str subclass object.
    if (isNewInstanceKey && (obj as PyObject).dict?.getStr(name) === value) {
      const dict = (obj as PyObject).dict!;
      dict.delete(name);
      dict.set(nameArg, value);
    }
    return None;
  },
  vars,
};
