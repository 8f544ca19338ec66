// fold_unaryop (Python/ast_opt.c): `not` of a one-operator `is`/`in` comparison becomes the
// opposite comparison, and an operator on a constant becomes its value (PyNumber_Invert,
// PyObject_IsTrue, PyNumber_Positive, PyNumber_Negative), unless that raises.
import { ComplexConstant, FloatConstant, type ConstantValue } from '../ast/constants';
import * as ast from '../../generated/ast';
import { intInvert, intNegate, intPositive } from './int-arith';
import { isIntLike, isTrue, type Folded } from './values';

/** What `~` on a bool says since 3.12 (Objects/boolobject.c, bool_invert). */
export const BOOL_INVERT_DEPRECATION =
  "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. " +
  'This returns the bitwise inversion of the underlying int object and is usually not what you ' +
  "expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you " +
  'really want the bitwise inversion of the underlying int.';

/**
 * The value of `op v`, or undefined where it raises (`-'a'`, `~1.5`). `~True` folds to -2 after
 * the DeprecationWarning bool_invert emits, which `warn` receives (CPython's compile() emits it
 * through the warnings machinery; were it turned into an error, the fold would not happen).
 */
function foldUnaryValue(op: ast.unaryop['_kind'], v: ConstantValue, warn?: (message: string) => void): Folded {
  if (op === 'Not') return !isTrue(v);
  if (isIntLike(v)) {
    if (op === 'Invert') {
      if (typeof v === 'boolean') warn?.(BOOL_INVERT_DEPRECATION);
      return intInvert(v);
    }
    return op === 'USub' ? intNegate(v) : intPositive(v);
  }
  if (v instanceof FloatConstant) {
    if (op === 'Invert') return undefined;
    return op === 'USub' ? new FloatConstant(-v.value) : v;
  }
  if (v instanceof ComplexConstant) {
    if (op === 'Invert') return undefined;
    return op === 'USub' ? new ComplexConstant(-v.real, -v.imag) : v;
  }
  return undefined;
}

/** The comparison `not (a OP b)` is, for the operators with an exact opposite; null for the others. */
function invertedComparison(op: ast.cmpop): ast.cmpop | null {
  switch (op._kind) {
    case 'Is':
      return ast.IsNot;
    case 'IsNot':
      return ast.Is;
    case 'In':
      return ast.NotIn;
    case 'NotIn':
      return ast.In;
    // `not a == b` is not `a != b` for every type (__eq__ and __ne__ may disagree, and sets use
    // < and > for subsets), so CPython leaves the other operators alone.
    default:
      return null;
  }
}

/**
 * fold_unaryop on a node whose operand is already folded: the node that replaces it (a
 * Constant with the node's position, or the inverted Compare itself, with its own position), or
 * the node unchanged.
 */
export function foldUnaryOp(node: ast.UnaryOp, warn?: (message: string) => void): ast.expr {
  const arg = node.operand;
  if (arg._kind !== 'Constant') {
    if (node.op._kind === 'Not' && arg._kind === 'Compare' && arg.ops.length === 1) {
      const inverted = invertedComparison(arg.ops[0]);
      if (inverted !== null) {
        arg.ops[0] = inverted;
        return arg;
      }
    }
    return node;
  }
  const value = foldUnaryValue(node.op._kind, arg.value, warn);
  if (value === undefined) return node;
  return new ast.Constant(value, null, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}
