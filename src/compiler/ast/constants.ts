// The values a `Constant` node (and `MatchSingleton`) can hold, as the parser builds them.
// The compiler knows nothing of the runtime's object model, so literals that JS has no
// primitive for get small value classes here; code generation maps them to runtime objects.

/** A float literal. Boxed so that `1` and `1.0` stay distinct, as in the runtime (DESIGN.md §2). */
export class FloatConstant {
  constructor(readonly value: number) {}
}

/** An imaginary literal such as `2j`; the real part of a literal is always 0.0. */
export class ComplexConstant {
  constructor(readonly real: number, readonly imag: number) {}
}

/** A bytes literal. */
export class BytesConstant {
  constructor(readonly bytes: Uint8Array) {}
}

/**
 * A str that holds a high surrogate followed by a low surrogate as two code points, as
 * `'\ud800\udc00'` does. One JS string would read that pair as a single astral character,
 * so the text is kept as parts, split between each such pair; every other str is a plain JS
 * string. Only escapes can produce one: decoded source never holds lone surrogates.
 */
export class SplitSurrogateStr {
  constructor(readonly parts: readonly string[]) {}
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Whether appending `b` to `a` would make a surrogate pair of two separate code points. */
export function joinWouldPairSurrogates(a: string, b: string): boolean {
  return a.length > 0 && b.length > 0 && isHighSurrogate(a.charCodeAt(a.length - 1)) && isLowSurrogate(b.charCodeAt(0));
}

/** The concatenation of two strs, as a JS string unless that would pair separate surrogates. */
export function concatStr(a: string | SplitSurrogateStr, b: string | SplitSurrogateStr): string | SplitSurrogateStr {
  if (typeof a === 'string' && typeof b === 'string' && !joinWouldPairSurrogates(a, b)) return a + b;
  const parts = typeof a === 'string' ? [a] : [...a.parts];
  for (const part of typeof b === 'string' ? [b] : b.parts) {
    const last = parts[parts.length - 1];
    if (part === '') continue;
    if (last === '' || !joinWouldPairSurrogates(last, part)) parts[parts.length - 1] = last + part;
    else parts.push(part);
  }
  return parts.length === 1 ? parts[0] : new SplitSurrogateStr(parts);
}

/**
 * A tuple of constants. The parser never makes one; CPython's AST optimizer (Python/ast_opt.c)
 * folds a tuple display of constants into one, and the code generator's constants hold them.
 */
export class TupleConstant {
  constructor(readonly items: readonly ConstantValue[]) {}
}

/**
 * A frozenset of constants, which only the AST optimizer makes (from a set display of constants
 * after `in` or in a `for`). `items` are in CPython's iteration order — the order of its hash
 * table's slots, which `repr` and the code's constants show.
 */
export class FrozensetConstant {
  constructor(
    readonly items: readonly ConstantValue[],
    /**
     * The order CPython added the items in when it made this frozenset. Adding them in that
     * order rebuilds its table slot for slot; adding them in iteration order may not (a
     * collision can land elsewhere), and the slots show when a set is copied from it.
     */
    readonly inserted: readonly ConstantValue[] = items,
  ) {}
}

/** The `...` literal. */
export const ELLIPSIS: { readonly ellipsis: true } = Object.freeze({ ellipsis: true });

/**
 * None is `null`; True/False are JS booleans; an int is a JS number when it is a safe
 * integer and a bigint beyond that (always canonical, as in DESIGN.md §2); a str is a JS
 * string (which may hold lone surrogates, as Python's str may). Tuples and frozensets appear
 * only in trees the AST optimizer has folded.
 */
export type ConstantValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | SplitSurrogateStr
  | FloatConstant
  | ComplexConstant
  | BytesConstant
  | TupleConstant
  | FrozensetConstant
  | typeof ELLIPSIS;
