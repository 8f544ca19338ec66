// How deeply CPython recurses over a tree, for the commands that must fail where CPython's
// recursion limits make it fail: building the `ast` module's objects from the parser's tree
// (Python/Python-ast.c, one level per node) and `ast.dump`'s `_format` (Lib/ast.py, one
// Python frame per node, list and leaf value it writes). Both are measured without recursion,
// so that a tree too deep for CPython cannot exhaust the JS stack either.
import { NODE_INFO, type AstNode } from '../../generated/ast';

function isNode(v: unknown): v is AstNode {
  return typeof v === 'object' && v !== null && typeof (v as { _kind?: unknown })._kind === 'string';
}

/** Whether a field is one `ast.dump` writes (its None and [] rules, as in dump.ts). */
function written(node: AstNode, value: unknown, optional: boolean): boolean {
  if (value === undefined || (value === null && optional)) return false;
  if (node._kind === 'Constant' || node._kind === 'MatchSingleton') return true;
  return !(value === null || (Array.isArray(value) && value.length === 0));
}

/**
 * The deepest chain of nested nodes with fields (operators and contexts, shared singletons,
 * do not count), as CPython's ast2obj counts its recursion.
 */
export function astNodeDepth(root: AstNode): number {
  let deepest = 0;
  const values: unknown[] = [root];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    if (Array.isArray(value)) {
      for (const item of value) {
        values.push(item);
        depths.push(depth);
      }
    } else if (isNode(value)) {
      const fields = NODE_INFO[value._kind].fields;
      if (fields.length === 0) continue;
      if (depth > deepest) deepest = depth;
      for (const name of fields) {
        values.push((value as unknown as Record<string, unknown>)[name]);
        depths.push(depth + 1);
      }
    }
  }
  return deepest;
}

/** The most `_format` calls `ast.dump` has on its stack at once while writing `root`. */
export function dumpRecursionDepth(root: AstNode): number {
  let deepest = 0;
  const values: unknown[] = [root];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    if (depth > deepest) deepest = depth;
    if (Array.isArray(value)) {
      for (const item of value) {
        values.push(item);
        depths.push(depth + 1);
      }
    } else if (isNode(value)) {
      const info = NODE_INFO[value._kind];
      for (let k = 0; k < info.fields.length; k++) {
        const field = (value as unknown as Record<string, unknown>)[info.fields[k]];
        if (!written(value, field, info.optional[k])) continue;
        values.push(field);
        depths.push(depth + 1);
      }
    }
  }
  return deepest;
}
