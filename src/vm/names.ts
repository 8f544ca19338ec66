// Variables by name: LOAD_NAME and friends in module and class bodies, globals and builtins,
// cells and free variables, and the NameError/UnboundLocalError messages.
import type { PyValue } from '../objects/object';
import { PyDict } from '../objects/dict';
import { PyCell } from '../objects/function';
import { nameError, UnboundLocalError, NameError, systemError, keyError, PyBaseException, KeyError } from '../objects/exceptions';
import { getItem, setItem, delItem } from '../objects/ops/subscript';
import { None } from '../objects/singletons';
import type { Frame } from './frame';

export function unboundLocal(frame: Frame, index: number): PyBaseException {
  const name = frame.code.localsplusnames[index];
  return nameError(name, UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function unboundDeref(frame: Frame, index: number): PyBaseException {
  const name = frame.code.localsplusnames[index];
  const kind = frame.code.localspluskinds[index];
  if (kind & 0x80) {
    return nameError(name, NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  return unboundLocal(frame, index);
}

export function newCell(v: PyValue | null): PyCell {
  return new PyCell(v);
}

export function copyFreeVars(frame: Frame, n: number): void {
  const closure = frame.func!.closure!;
  const offset = frame.code.nlocalsplus - n;
  for (let i = 0; i < n; i++) frame.stack[offset + i] = closure[i];
}

/** A lookup in a mapping that may not be a dict (class namespaces from __prepare__, exec locals). */
function mappingGet(mapping: PyValue, name: string): PyValue | undefined {
  if (mapping instanceof PyDict && mapping.type.solid === mapping.type) return mapping.getStr(name);
  try {
    return getItem(mapping, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(KeyError)) return undefined;
    throw e;
  }
}

export function loadGlobal(frame: Frame, name: string): PyValue {
  const v = frame.globals.getStr(name) ?? frame.builtins.getStr(name);
  if (v === undefined) throw nameError(name);
  return v;
}

export function storeGlobal(frame: Frame, name: string, v: PyValue): void {
  frame.globals.setStr(name, v);
}

export function deleteGlobal(frame: Frame, name: string): void {
  if (frame.globals.delete(name) === undefined) throw nameError(name);
}

export function loadName(frame: Frame, name: string): PyValue {
  const locals = frame.locals;
  if (locals === null) throw systemError(`no locals when loading '${name}'`);
  const v = mappingGet(locals, name) ?? frame.globals.getStr(name) ?? frame.builtins.getStr(name);
  if (v === undefined) throw nameError(name);
  return v;
}

export function storeName(frame: Frame, name: string, v: PyValue): void {
  const locals = frame.locals;
  if (locals === null) throw systemError(`no locals found when storing '${name}'`);
  if (locals instanceof PyDict && locals.type.solid === locals.type) locals.setStr(name, v);
  else setItem(locals, name, v);
}

export function deleteName(frame: Frame, name: string): void {
  const locals = frame.locals;
  if (locals === null) throw systemError(`no locals when deleting '${name}'`);
  try {
    if (locals instanceof PyDict && locals.type.solid === locals.type) {
      if (locals.delete(name) === undefined) throw keyError(name);
    } else delItem(locals, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(KeyError)) throw nameError(name);
    throw e;
  }
}

export function loadLocals(frame: Frame): PyValue {
  if (frame.locals === null) throw systemError('no locals found');
  return frame.locals;
}

export function loadFromDictOrGlobals(frame: Frame, mapping: PyValue, name: string): PyValue {
  const v = mappingGet(mapping, name) ?? frame.globals.getStr(name) ?? frame.builtins.getStr(name);
  if (v === undefined) throw nameError(name);
  return v;
}

export function loadFromDictOrDeref(frame: Frame, mapping: PyValue, index: number): PyValue {
  const name = frame.code.localsplusnames[index];
  const v = mappingGet(mapping, name);
  if (v !== undefined) return v;
  const cell = frame.stack[index] as PyCell;
  if (cell.value === null) throw unboundDeref(frame, index);
  return cell.value;
}

export function setupAnnotations(frame: Frame): void {
  const locals = frame.locals!;
  if (mappingGet(locals, '__annotations__') === undefined) storeName(frame, '__annotations__', new PyDict());
}

export { None };
