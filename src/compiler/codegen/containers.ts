// Code generation for displays — lists, tuples, sets, dicts — and for unpacking assignments to
// list and tuple targets (starunpack_helper, compiler_dict and friends in Python/compile.c).
import type * as ast from '../../generated/ast';
import { Intrinsic1, Opcode } from '../../generated/opcodes';
import { TupleConstant, type ConstantValue } from '../ast/constants';
import { makeFrozenset } from '../ast-optimizer/frozenset';
import { ZERO_HASH_KEY } from '../ast-optimizer';
import { locOf, type Location } from '../instruction-sequence';
import type { Compiler } from './compiler';
import { STACK_USE_GUIDELINE, visitExpr, visitExprs } from './expressions';

function allConstants(elts: readonly ast.expr[]): elts is ast.Constant[] {
  return elts.every((e) => e._kind === 'Constant');
}

/**
 * starunpack_helper: builds a list, set or tuple of `elts` above `pushed` values already on the
 * stack. Three or more constants are loaded as one constant; a starred item, or more items than
 * the stack should hold, builds the container piece by piece.
 */
export function starunpackHelper(
  c: Compiler,
  loc: Location,
  elts: readonly ast.expr[],
  pushed: number,
  build: Opcode,
  add: Opcode,
  extend: Opcode,
  tuple: boolean,
): void {
  const n = elts.length;
  if (n > 2 && allConstants(elts)) {
    const items: ConstantValue[] = elts.map((e) => e.value);
    if (tuple && pushed === 0) {
      c.addLoadConst(loc, new TupleConstant(items));
    } else {
      const folded = add === Opcode.SET_ADD ? makeFrozenset(items, ZERO_HASH_KEY) : new TupleConstant(items);
      c.addopI(loc, build, pushed);
      c.addLoadConst(loc, folded);
      c.addopI(loc, extend, 1);
      if (tuple) c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e._kind === 'Starred');
  if (!seenStar && !big) {
    visitExprs(c, elts);
    c.addopI(loc, tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let sequenceBuilt = false;
  if (big) {
    c.addopI(loc, build, pushed);
    sequenceBuilt = true;
  }
  elts.forEach((elt, i) => {
    if (elt._kind === 'Starred') {
      if (!sequenceBuilt) {
        c.addopI(loc, build, i + pushed);
        sequenceBuilt = true;
      }
      visitExpr(c, elt.value);
      c.addopI(loc, extend, 1);
    } else {
      visitExpr(c, elt);
      if (sequenceBuilt) c.addopI(loc, add, 1);
    }
  });
  if (tuple) c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_LIST_TO_TUPLE);
}

/** unpack_helper: UNPACK_SEQUENCE, or UNPACK_EX around the starred target (`starred[i]`). */
export function unpackHelper(c: Compiler, loc: Location, starred: readonly boolean[]): void {
  const n = starred.length;
  for (let i = 0; i < n; i++) {
    if (starred[i]) {
      c.addopI(loc, Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
      return;
    }
  }
  c.addopI(loc, Opcode.UNPACK_SEQUENCE, n);
}

/** assignment_helper: unpacks the value on the stack into the targets `elts`. */
function assignmentHelper(c: Compiler, loc: Location, elts: readonly ast.expr[]): void {
  unpackHelper(c, loc, elts.map((e) => e._kind === 'Starred'));
  for (const elt of elts) visitExpr(c, elt._kind === 'Starred' ? elt.value : elt);
}

export function visitList(c: Compiler, e: ast.List): void {
  const loc = locOf(e);
  switch (e.ctx._kind) {
    case 'Store':
      return assignmentHelper(c, loc, e.elts);
    case 'Load':
      return starunpackHelper(c, loc, e.elts, 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, false);
    case 'Del':
      return visitExprs(c, e.elts);
  }
}

export function visitTuple(c: Compiler, e: ast.Tuple): void {
  const loc = locOf(e);
  switch (e.ctx._kind) {
    case 'Store':
      return assignmentHelper(c, loc, e.elts);
    case 'Load':
      return starunpackHelper(c, loc, e.elts, 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
    case 'Del':
      return visitExprs(c, e.elts);
  }
}

export function visitSet(c: Compiler, e: ast.Set): void {
  starunpackHelper(c, locOf(e), e.elts, 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);
}

/** compiler_subdict: keys and values [begin, end) into one dict. */
function subdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  const loc = locOf(e);
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && allConstants(e.keys.slice(begin, end) as ast.expr[])) {
    // Constant keys: BUILD_CONST_KEY_MAP with the keys as one tuple.
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    const keys = (e.keys.slice(begin, end) as ast.Constant[]).map((k) => k.value);
    c.addLoadConst(loc, new TupleConstant(keys));
    c.addopI(loc, Opcode.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopI(loc, Opcode.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]);
    if (big) c.addopI(loc, Opcode.MAP_ADD, 1);
  }
  if (!big) c.addopI(loc, Opcode.BUILD_MAP, n);
}

/** compiler_dict: runs of key/value pairs become dicts, `**` items DICT_UPDATE into one. */
export function visitDict(c: Compiler, e: ast.Dict): void {
  const loc = locOf(e);
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    const isUnpacking = e.keys[i] === null;
    if (isUnpacking) {
      if (elements > 0) {
        subdict(c, e, i - elements, i);
        if (haveDict) c.addopI(loc, Opcode.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addopI(loc, Opcode.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]);
      c.addopI(loc, Opcode.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subdict(c, e, i - elements, i + 1);
      if (haveDict) c.addopI(loc, Opcode.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements > 0) {
    subdict(c, e, n - elements, n);
    if (haveDict) c.addopI(loc, Opcode.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.addopI(loc, Opcode.BUILD_MAP, 0);
}
