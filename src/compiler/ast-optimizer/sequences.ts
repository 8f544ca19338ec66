// str, bytes and tuple constants in the optimizer: concatenation, repetition under ast_opt.c's
// size limits (safe_multiply), and indexing (fold_subscr's PyObject_GetItem with an int index).
import { BytesConstant, FrozensetConstant, TupleConstant, type ConstantValue } from '../ast/constants';
import { strConcat, strItem, strLength, strRepeat } from './strings';
import { big, isIntLike, isStr, type Folded, type IntLike } from './values';

/** ast_opt.c's limits on what folding may build. */
export const LIMITS = {
  /** MAX_INT_SIZE: bits of a folded int product, power or shift. */
  intBits: 128,
  /** MAX_COLLECTION_SIZE: items of a repeated tuple. */
  collectionSize: 256,
  /** MAX_STR_SIZE: characters of a repeated str, bytes of a repeated bytes. */
  strSize: 4096,
  /** MAX_TOTAL_ITEMS: items of a repeated tuple counting nested tuples' items (check_complexity). */
  totalItems: 1024,
} as const;

/**
 * check_complexity: `limit` less the items of obj and of the tuples and frozensets nested in it,
 * stopping once that is negative (the total is then over the limit).
 */
function checkComplexity(obj: ConstantValue, limit: number): number {
  if (obj instanceof TupleConstant || obj instanceof FrozensetConstant) {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i], limit);
  }
  return limit;
}

/** a + b for two strs, two bytes or two tuples; undefined (TypeError) for anything else. */
export function concat(a: ConstantValue, b: ConstantValue): Folded {
  if (isStr(a) && isStr(b)) return strConcat(a, b);
  if (a instanceof BytesConstant && b instanceof BytesConstant) {
    const out = new Uint8Array(a.bytes.length + b.bytes.length);
    out.set(a.bytes);
    out.set(b.bytes, a.bytes.length);
    return new BytesConstant(out);
  }
  if (a instanceof TupleConstant && b instanceof TupleConstant) return new TupleConstant([...a.items, ...b.items]);
  return undefined;
}

/** PyLong_AsLong: the int as a C long, or undefined when it does not fit (OverflowError). */
function asLong(v: IntLike): number | undefined {
  const n = big(v);
  return n >= -(1n << 63n) && n < 1n << 63n ? Number(n) : undefined;
}

/**
 * seq * n (or n * seq) for a str, bytes or tuple and an int, as safe_multiply allows it: a
 * non-empty sequence only to sizes within LIMITS (a count that is negative, too large or past
 * a C long is refused); an empty one by any count a Py_ssize_t holds.
 */
export function repeat(seq: ConstantValue, count: IntLike): Folded {
  const size = isStr(seq)
    ? strLength(seq)
    : seq instanceof BytesConstant
      ? seq.bytes.length
      : seq instanceof TupleConstant || seq instanceof FrozensetConstant
        ? seq.items.length
        : undefined;
  if (size === undefined) return undefined;
  let n: number | undefined;
  if (size > 0) {
    n = asLong(count);
    const isCollection = seq instanceof TupleConstant || seq instanceof FrozensetConstant;
    const maxSize = isCollection ? LIMITS.collectionSize : LIMITS.strSize;
    if (n === undefined || n < 0 || n > Math.floor(maxSize / size)) return undefined;
    if (isCollection && n !== 0 && checkComplexity(seq, Math.floor(LIMITS.totalItems / n)) < 0) return undefined;
  } else {
    // The repeat itself converts the count to a Py_ssize_t, which raises past its range.
    n = asLong(count);
    if (n === undefined) return undefined;
  }
  // A frozenset passed the checks above, as in safe_multiply, but has no `*` (TypeError).
  if (seq instanceof FrozensetConstant) return undefined;
  if (isStr(seq)) return strRepeat(seq, n);
  if (seq instanceof BytesConstant) {
    if (n <= 0) return new BytesConstant(new Uint8Array(0));
    const out = new Uint8Array(size * n);
    for (let i = 0; i < n; i++) out.set(seq.bytes, i * size);
    return new BytesConstant(out);
  }
  const items = (seq as TupleConstant).items;
  const out: ConstantValue[] = [];
  for (let i = 0; i < n; i++) out.push(...items);
  return new TupleConstant(out);
}

/**
 * container[index] (PyObject_GetItem) for a str, bytes or tuple and an int or bool index, negative
 * indexes counting from the end; undefined for an index out of range (IndexError) and for
 * anything that is not indexable by an int (TypeError).
 */
export function getItem(container: ConstantValue, index: ConstantValue): Folded {
  if (!isIntLike(index)) return undefined;
  const size = isStr(container)
    ? strLength(container)
    : container instanceof BytesConstant
      ? container.bytes.length
      : container instanceof TupleConstant
        ? container.items.length
        : undefined;
  if (size === undefined) return undefined;
  let i = big(index);
  if (i < 0n) i += BigInt(size);
  if (i < 0n || i >= BigInt(size)) return undefined;
  const k = Number(i);
  if (isStr(container)) return strItem(container, k);
  if (container instanceof BytesConstant) return container.bytes[k];
  return (container as TupleConstant).items[k];
}
