// The node-level folds of Python/ast_opt.c, each applied to a node whose children are already
// folded: fold_binop, fold_tuple, fold_subscr, fold_iter and fold_compare (fold_unaryop is in
// unary.ts). Each returns the node that takes the old one's place — a Constant with the old
// node's position (make_const), a rewritten node, or the node itself when nothing folds.
import * as ast from '../../generated/ast';
import { TupleConstant, type ConstantValue } from '../ast/constants';
import { foldBinaryValues } from './binop';
import { optimizeFormat } from './format';
import { makeFrozenset } from './frozenset';
import { getItem } from './sequences';
import type { HashKey } from './siphash';
import { isStr } from './values';

type Positioned = Pick<ast.BinOp, 'lineno' | 'col_offset' | 'end_lineno' | 'end_col_offset'>;

/** make_const: a Constant (kind None) with the folded node's position. */
export function makeConst(node: Positioned, value: ConstantValue): ast.Constant {
  return new ast.Constant(value, null, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

function hasStarred(elts: readonly ast.expr[]): boolean {
  return elts.some((e) => e._kind === 'Starred');
}

/** fold_binop: `'…%s…' % (a, b)` to an f-string, or two constants to the operation's value. */
export function foldBinOp(node: ast.BinOp): ast.expr {
  const lhs = node.left;
  const rhs = node.right;
  if (lhs._kind !== 'Constant') return node;
  const lv = lhs.value;
  if (node.op._kind === 'Mod' && rhs._kind === 'Tuple' && isStr(lv) && !hasStarred(rhs.elts)) {
    return optimizeFormat(node, lv, rhs.elts);
  }
  if (rhs._kind !== 'Constant') return node;
  const value = foldBinaryValues(node.op._kind, lv, rhs.value);
  return value === undefined ? node : makeConst(node, value);
}

/** make_const_tuple: the tuple of the elements' values when all of them are constants. */
function constantTuple(elts: readonly ast.expr[]): TupleConstant | undefined {
  const items: ConstantValue[] = [];
  for (const e of elts) {
    if (e._kind !== 'Constant') return undefined;
    items.push(e.value);
  }
  return new TupleConstant(items);
}

/** fold_tuple: a loaded tuple display of constants becomes a tuple constant. */
export function foldTuple(node: ast.Tuple): ast.expr {
  if (node.ctx._kind !== 'Load') return node;
  const value = constantTuple(node.elts);
  return value === undefined ? node : makeConst(node, value);
}

/** fold_subscr: a constant indexed by a constant, when that does not raise. */
export function foldSubscript(node: ast.Subscript): ast.expr {
  const arg = node.value;
  const idx = node.slice;
  if (node.ctx._kind !== 'Load' || arg._kind !== 'Constant' || idx._kind !== 'Constant') return node;
  const value = getItem(arg.value, idx.value);
  return value === undefined ? node : makeConst(node, value);
}

/**
 * fold_iter, for what `in`, `not in` and `for` iterate over: a list display becomes a tuple
 * display (unless it has a starred item), then a tuple constant if its items are constants; a
 * set display of constants becomes a frozenset constant.
 */
export function foldIter(arg: ast.expr, hashKey: HashKey): ast.expr {
  if (arg._kind === 'List') {
    if (hasStarred(arg.elts)) return arg;
    const tuple = new ast.Tuple(arg.elts, arg.ctx, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
    const value = constantTuple(arg.elts);
    return value === undefined ? tuple : makeConst(arg, value);
  }
  if (arg._kind === 'Set') {
    const value = constantTuple(arg.elts);
    return value === undefined ? arg : makeConst(arg, makeFrozenset(value.items, hashKey));
  }
  return arg;
}

/** fold_compare: the last comparator of a chain ending in `in` or `not in` goes through fold_iter. */
export function foldCompare(node: ast.Compare, hashKey: HashKey): ast.expr {
  const i = node.ops.length - 1;
  const op = node.ops[i]._kind;
  if (op === 'In' || op === 'NotIn') node.comparators[i] = foldIter(node.comparators[i], hashKey);
  return node;
}
