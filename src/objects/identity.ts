// id() and the default hash and repr address of objects: a number per object, given on first
// request and stable for its life (CPython uses the address; ours only needs to be unique).
import type { PyValue } from './object';

const ids = new WeakMap<object, number>();
let next = 0x7f3a5c001000;

export function objectId(v: PyValue): number {
  if (typeof v !== 'object') return primitiveId(v);
  let id = ids.get(v);
  if (id === undefined) {
    id = next;
    next += 48;
    ids.set(v, id);
  }
  return id;
}

/** JS primitives have no identity of their own; equal ones share an id, as CPython's cached small ints do. */
const primitiveIds = new Map<unknown, number>();
function primitiveId(v: PyValue): number {
  let id = primitiveIds.get(v);
  if (id === undefined) {
    id = next;
    next += 48;
    if (primitiveIds.size > 100000) primitiveIds.clear();
    primitiveIds.set(v, id);
  }
  return id;
}

/** "0x7f3a5c001000": how default reprs print an object's address. */
export function addressOf(v: PyValue): string {
  return '0x' + objectId(v).toString(16);
}
