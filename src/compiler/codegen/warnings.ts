// The SyntaxWarnings CPython's code generator emits (compiler_warn and the check_* helpers in
// Python/compile.c) for code that is valid but almost certainly a mistake: `x is 1`, a literal
// called or subscripted (`[(1, 2) (3, 4)]`, a missing comma), a literal indexed by the wrong
// type, `assert (x, "message")`. They are emitted as the code is generated, so code compiled
// twice (a `finally` body, a `while` test) warns twice.
import type * as ast from '../../generated/ast';
import {
  BytesConstant,
  ComplexConstant,
  type ConstantValue,
  ELLIPSIS,
  FloatConstant,
  FrozensetConstant,
  SplitSurrogateStr,
  TupleConstant,
} from '../ast/constants';
import { locOf } from '../instruction-sequence';
import { type Compiler } from './compiler';

/** The name of a constant's Python type. */
function constantTypeName(v: ConstantValue): string {
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'number':
    case 'bigint':
      return 'int';
    case 'string':
      return 'str';
  }
  if (v === null) return 'NoneType';
  if (v === ELLIPSIS) return 'ellipsis';
  if (v instanceof SplitSurrogateStr) return 'str';
  if (v instanceof FloatConstant) return 'float';
  if (v instanceof ComplexConstant) return 'complex';
  if (v instanceof BytesConstant) return 'bytes';
  if (v instanceof TupleConstant) return 'tuple';
  if (v instanceof FrozensetConstant) return 'frozenset';
  throw new TypeError('compiler: not a constant');
}

/** infer_type: the name of the type an expression evaluates to, when its form tells. */
function inferType(e: ast.expr): string | null {
  switch (e._kind) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str';
    case 'Constant':
      return constantTypeName(e.value);
    default:
      return null;
  }
}

/** check_is_arg: whether `is` with this operand is fine (not a literal, or a singleton). */
function isFineIsOperand(e: ast.expr): boolean {
  if (e._kind !== 'Constant') return true;
  const v = e.value;
  return v === null || v === true || v === false || v === ELLIPSIS;
}

/** check_compare: `is` / `is not` with a literal (only the first such operator warns). */
export function checkCompare(c: Compiler, e: ast.Compare): void {
  let leftFine = isFineIsOperand(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]._kind;
    const rightFine = isFineIsOperand(e.comparators[i]);
    if ((op === 'Is' || op === 'IsNot') && !(leftFine && rightFine)) {
      const literal = leftFine ? e.comparators[i] : i === 0 ? e.left : e.comparators[i - 1];
      const type = inferType(literal)!;
      c.warn(
        locOf(e),
        op === 'Is' ? `"is" with '${type}' literal. Did you mean "=="?` : `"is not" with '${type}' literal. Did you mean "!="?`,
      );
      return;
    }
    leftFine = rightFine;
  }
}

/** check_caller: a literal or display called. */
export function checkCaller(c: Compiler, func: ast.expr): void {
  switch (func._kind) {
    case 'Constant':
    case 'Tuple':
    case 'List':
    case 'ListComp':
    case 'Dict':
    case 'DictComp':
    case 'Set':
    case 'SetComp':
    case 'GeneratorExp':
    case 'JoinedStr':
    case 'FormattedValue':
      c.warn(locOf(func), `'${inferType(func)}' object is not callable; perhaps you missed a comma?`);
  }
}

/** check_subscripter and check_index: a subscript read (not stored or deleted) of a literal. */
export function checkSubscript(c: Compiler, e: ast.Subscript): void {
  checkSubscripter(c, e.value);
  checkIndex(c, e.value, e.slice);
}

function checkSubscripter(c: Compiler, value: ast.expr): void {
  switch (value._kind) {
    case 'Constant': {
      const type = constantTypeName(value.value);
      if (!['NoneType', 'ellipsis', 'int', 'bool', 'float', 'complex', 'frozenset'].includes(type)) return;
      break;
    }
    case 'Set':
    case 'SetComp':
    case 'GeneratorExp':
    case 'Lambda':
      break;
    default:
      return;
  }
  c.warn(locOf(value), `'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`);
}

function checkIndex(c: Compiler, value: ast.expr, index: ast.expr): void {
  const indexType = inferType(index);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return;
  switch (value._kind) {
    case 'Constant': {
      const v = value.value;
      if (!(typeof v === 'string' || v instanceof SplitSurrogateStr || v instanceof BytesConstant || v instanceof TupleConstant)) return;
      break;
    }
    case 'Tuple':
    case 'List':
    case 'ListComp':
    case 'JoinedStr':
    case 'FormattedValue':
      break;
    default:
      return;
  }
  c.warn(locOf(value), `${inferType(value)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}

/** compiler_assert's warning: a non-empty tuple is always true (even under -O). */
export function checkAssert(c: Compiler, s: ast.Assert): void {
  const test = s.test;
  if ((test._kind === 'Tuple' && test.elts.length > 0) || (test._kind === 'Constant' && test.value instanceof TupleConstant && test.value.items.length > 0)) {
    c.warn(locOf(s), 'assertion is always true, perhaps remove parentheses?');
  }
}
