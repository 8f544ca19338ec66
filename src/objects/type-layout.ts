// Whether instances of two classes share one memory layout, as `__class__` and `__bases__`
// assignment require (CPython's compatible_for_assignment). Taipan has no C structs, but the
// rule is observable: slots, an instance __dict__ and the built-in base all shape an instance.
import type { PyType } from './type';
import { typeError } from './exceptions';

/** Built-in types whose instances are not tracked by CPython's GC: they free memory differently. */
const UNTRACKED_BUILTINS = new Set(['object', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'range', 'NoneType']);

function freesLikeGcObject(t: PyType): boolean {
  return t.heap || !UNTRACKED_BUILTINS.has(t.name);
}

/** The slots every class along the MRO adds (bases first), the __dict__ and the built-in base. */
function layoutSignature(t: PyType): string {
  const slots: string[] = [];
  for (let i = t.mro.length - 1; i >= 0; i--) {
    const names = t.mro[i].slotNames;
    if (names !== null) for (const n of names) if (n !== '__dict__' && n !== '__weakref__') slots.push(n);
  }
  return `${t.solid?.name ?? t.name}|${t.hasInstanceDict}|${slots.join(',')}`;
}

/** Throws CPython's TypeError when `newType` instances cannot stand in for `oldType` ones. */
export function checkLayoutCompatible(oldType: PyType, newType: PyType, attribute: string): void {
  if (freesLikeGcObject(oldType) !== freesLikeGcObject(newType)) {
    throw typeError(`${attribute} assignment: '${newType.name}' deallocator differs from '${oldType.name}'`);
  }
  if (layoutSignature(oldType) !== layoutSignature(newType)) {
    throw typeError(`${attribute} assignment: '${newType.name}' object layout differs from '${oldType.name}'`);
  }
}
