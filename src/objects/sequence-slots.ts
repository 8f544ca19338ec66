// Which built-in methods are sequence slots (sq_concat, sq_repeat and their in-place forms)
// rather than number methods: the binary operators try them only after both operands' number
// methods (see registerSequenceSlots in ops/number.ts). No imports: list.ts and tuple.ts mark
// their methods while the modules around them are still loading.
import type { PyValue } from './object';
import type { PyType } from './type';

const sequenceSlotMethods = new Set<PyValue>();

/** Marks `type`'s own methods `names` as its sequence slots. */
export function markSequenceSlots(type: PyType, names: readonly string[]): void {
  for (const name of names) sequenceSlotMethods.add(type.ns.getStr(name)!);
}

export function isSequenceSlot(method: PyValue): boolean {
  return sequenceSlotMethods.has(method);
}
