// CPython 3.13's AST optimizer (Python/ast_opt.c), which the code generator runs before it emits
// bytecode: what it folds decides a code object's constants and its `dis` output. It folds
//   - operators on constants (`2**32`, `-1`, `'-' * 72`, `1 + 2j`, `not 0`, `(1, 2) + (3,)`),
//     within ast_opt.c's limits on the size of the results, and never where the operation raises;
//   - `'…%s…' % (a, b)` into an f-string (%s, %r and %a units only);
//   - tuple displays of constants into tuple constants, and constants indexed by constants;
//   - `x in [a, b]` / `for x in [a, b]` lists into tuples, and sets of constants into frozensets;
//   - `not a is b` / `not a in b` into `a is not b` / `a not in b`;
//   - `__debug__` into True (optimize level 0) or False (levels 1 and 2).
// Comparisons, boolean operators and conditional expressions are not folded in 3.13; level 2
// strips docstrings only in the code generator. `ast.parse(src, optimize=N)` shows the result,
// and `npm run check:stdlib -- --optimize N` compares this with it over the standard library.
//
// Known gaps, folds CPython makes whose results cannot be reproduced exactly, left undone:
//   - complex ** by anything but a small integer (and a negative float to a fractional power),
//     which CPython computes with the C library's hypot, pow, atan2, exp, log, cos and sin
//     (complex-arith.ts).
// And one order CPython does not fix either: a frozenset holding Ellipsis or a NaN, which hash by
// address there (hash.ts).
import type * as ast from '../../generated/ast';
import { SplitSurrogateStr } from '../ast/constants';
import { ZERO_HASH_KEY, type HashKey } from './siphash';
import { Walker } from './walker';

export { BOOL_INVERT_DEPRECATION } from './unary';
export { ZERO_HASH_KEY, type HashKey } from './siphash';

export interface OptimizeOptions {
  /**
   * Whether `from __future__ import annotations` is in force, which leaves annotations unfolded.
   * By default it is read from the tree's leading future imports, as compile() reads them
   * (compile()'s own flags can also set it; pass true then).
   */
  readonly futureAnnotations?: boolean;
  /**
   * The str/bytes hash key (PYTHONHASHSEED), which decides the iteration order of folded
   * frozensets. The default, the zero key, is what CPython uses under PYTHONHASHSEED=0.
   */
  readonly hashKey?: HashKey;
  /** Receives each warning folding emits (the DeprecationWarning of `~` on a bool). */
  readonly onWarning?: (message: string) => void;
}

/**
 * future_parse's reading of the leading `from __future__ import …` statements (after a
 * docstring): whether one of them imports `annotations`. Invalid features are the compiler's
 * errors to report (future.ts); they do not matter here.
 */
function leadingFutureAnnotations(tree: ast.mod): boolean {
  if (tree._kind !== 'Module' && tree._kind !== 'Interactive') return false;
  const body = tree.body;
  let i = 0;
  const first = body[0];
  if (first !== undefined && first._kind === 'Expr' && first.value._kind === 'Constant') {
    const v = first.value.value;
    if (typeof v === 'string' || v instanceof SplitSurrogateStr) i = 1;
  }
  for (; i < body.length; i++) {
    const s = body[i];
    if (s._kind !== 'ImportFrom' || (s.level ?? 0) !== 0 || s.module !== '__future__') return false;
    if (s.names.some((alias) => alias.name === 'annotations')) return true;
  }
  return false;
}

/**
 * Optimizes the tree in place at `optimizeLevel` (0, 1 or 2, as compile()'s `optimize`) and
 * returns it. Throws a RecursionError (PyCompileError) for a tree nested deeper than CPython's
 * recursion guard allows.
 */
export function optimizeAst(tree: ast.mod, optimizeLevel: number, options: OptimizeOptions = {}): ast.mod {
  new Walker({
    optimize: optimizeLevel,
    futureAnnotations: options.futureAnnotations ?? leadingFutureAnnotations(tree),
    hashKey: options.hashKey ?? ZERO_HASH_KEY,
    warn: options.onWarning,
  }).run(tree);
  return tree;
}
