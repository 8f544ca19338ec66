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

/** The `...` literal. */
export const ELLIPSIS: { readonly ellipsis: true } = Object.freeze({ ellipsis: true });

/**
 * None is `null`; True/False are JS booleans; an int is a JS number when it is a safe
 * integer and a bigint beyond that (always canonical, as in DESIGN.md §2); a str is a JS
 * string (which may hold lone surrogates, as Python's str may).
 */
export type ConstantValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | FloatConstant
  | ComplexConstant
  | BytesConstant
  | typeof ELLIPSIS;
