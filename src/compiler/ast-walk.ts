// What the symbol table's walk and the code generator's checks share to walk the AST: a work
// stack for expressions, which nest deeper (10000 levels of `a + a + …`) than the JS stack
// allows recursion, and elif chains, walked as loops for the same reason.
import type * as ast from '../generated/ast';

/** What remains of an expression walk: an expression to visit, or a step to take in between. */
export type Work = ast.expr | (() => void);

/**
 * Walks the expression `root` on a work stack: `expand` does what visiting an expression does
 * first and pushes the rest (its children, steps in between); steps run as they come off.
 */
export function walkExpr(root: ast.expr, expand: (e: ast.expr, work: Work[]) => void): void {
  const work: Work[] = [root];
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    if (typeof item === 'function') item();
    else expand(item, work);
  }
}

/** Pushes `items` on the work stack so that they are done in order, before what is there already. */
export function schedule(work: Work[], items: readonly Work[]): void {
  for (let i = items.length - 1; i >= 0; i--) work.push(items[i]);
}

export function nonNull<T>(items: readonly (T | null)[]): T[] {
  return items.filter((x): x is T => x !== null);
}

/** The If an `elif` makes of an If's else clause, or null. */
export function elifOf(s: ast.If): ast.If | null {
  const only = s.orelse.length === 1 ? s.orelse[0] : null;
  return only !== null && only._kind === 'If' ? only : null;
}
