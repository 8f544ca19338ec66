// Argument checks of slot wrappers (Objects/typeobject.c, wrap_binaryfunc and friends): a
// dunder like int.__add__ takes exactly its operands and no keywords, with these messages.
import type { PyValue } from './object';
import { PyType } from './type';
import { typeError } from './exceptions';
import { typeOf } from './ops/typeof';

export function wrapperArgs(name: string, args: readonly PyValue[], kwnames: readonly string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/** wrap_ternaryfunc (__pow__): one or two arguments, the second defaulting to None. */
export function ternaryArgs(name: string, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length < 1 || args.length > 2) {
    throw typeError(args.length < 1 ? ' expected at least 1 argument, got 0' : ` expected at most 2 arguments, got ${args.length}`);
  }
}

/**
 * tp_new_wrapper's checks of `T.__new__(cls, ...)`: cls must be a subtype of T whose nearest
 * built-in base makes its instances with T's __new__.
 */
export function checkNewType(owner: PyType, cls: PyValue | undefined): PyType {
  if (cls === undefined) throw typeError(`${owner.name}.__new__(): not enough arguments`);
  if (!(cls instanceof PyType)) throw typeError(`${owner.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtypeOf(owner)) throw typeError(`${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
  let base = cls;
  while (base.heap) base = base.bases.find((b) => b.isSubtypeOf(owner)) ?? owner;
  if (base !== owner) throw typeError(`${owner.name}.__new__(${cls.name}) is not safe, use ${base.name}.__new__()`);
  return cls;
}
