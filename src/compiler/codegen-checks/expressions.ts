// The code generator's checks over expressions (compiler_visit_expr in Python/compile.c), in the
// order CPython generates code — a call's keywords are validated before its callee, the iterable
// of a generator expression after its body: misplaced yield, await and starred expressions, async
// comprehensions outside async functions, repeated keywords, unpacking targets, `__debug__`.
// Kept on a work stack of its own (see ast-walk.ts).
import type * as ast from '../../generated/ast';
import { nonNull, schedule, walkExpr, type Work } from '../ast-walk';
import type { Loc } from '../compile-errors';
import { MSG } from '../compile-messages';
import {
  CodeUnit,
  FBlockType,
  MAX_TARGETS_AFTER_STAR,
  MAX_TARGETS_BEFORE_STAR,
  UnitKind,
  type CodegenChecker,
} from './checker';

export function visitExprs(cg: CodegenChecker, exprs: readonly ast.expr[]): void {
  for (const e of exprs) visitExpr(cg, e);
}

/** compiler_visit_expr, with a stack of its own as in the symbol table's walk. */
export function visitExpr(cg: CodegenChecker, root: ast.expr): void {
  walkExpr(root, (e, work) => expandExpr(cg, e, work));
}

/** Does what compiling `e` checks first, and schedules the rest in CPython's order (pushed last first). */
function expandExpr(cg: CodegenChecker, e: ast.expr, work: Work[]): void {
  switch (e._kind) {
    case 'NamedExpr':
      return void work.push(e.target, e.value);
    case 'BoolOp':
      return schedule(work, e.values);
    case 'BinOp':
      return void work.push(e.right, e.left);
    case 'UnaryOp':
      return void work.push(e.operand);
    case 'Lambda':
      return scheduleLambda(cg, work, e);
    case 'IfExp':
      return void work.push(e.orelse, e.body, e.test);
    case 'Dict':
      // compiler_dict: each key, then its value.
      for (let i = e.values.length - 1; i >= 0; i--) {
        work.push(e.values[i]);
        const key = e.keys[i];
        if (key !== null) work.push(key);
      }
      return;
    case 'Set':
      return scheduleElements(work, e.elts);
    case 'GeneratorExp':
    case 'ListComp':
    case 'SetComp':
      return scheduleComprehension(cg, work, e, e.elt, null);
    case 'DictComp':
      return scheduleComprehension(cg, work, e, e.key, e.value);
    case 'Yield':
      if (!cg.unit.scope.isFunctionLike) throw cg.errors.at(MSG.yieldOutsideFunction, e);
      return schedule(work, nonNull([e.value]));
    case 'YieldFrom':
      if (!cg.unit.scope.isFunctionLike) throw cg.errors.at(MSG.yieldFromOutsideFunction, e);
      if (cg.unit.kind === UnitKind.AsyncFunction) throw cg.errors.at(MSG.yieldFromInAsync, e);
      return void work.push(e.value);
    case 'Await':
      if (!cg.unit.scope.isFunctionLike) throw cg.errors.at(MSG.awaitOutsideFunction, e);
      if (cg.unit.kind !== UnitKind.AsyncFunction && cg.unit.kind !== UnitKind.Comprehension) {
        throw cg.errors.at(MSG.awaitOutsideAsync, e);
      }
      return void work.push(e.value);
    case 'Compare':
      schedule(work, e.comparators);
      return void work.push(e.left);
    case 'Call':
      // compiler_call: the keywords are validated before anything is compiled.
      validateKeywords(cg, e.keywords);
      for (let i = e.keywords.length - 1; i >= 0; i--) work.push(e.keywords[i].value);
      scheduleElements(work, e.args);
      return void work.push(e.func);
    case 'Constant':
      return;
    case 'JoinedStr':
      return schedule(work, e.values);
    case 'FormattedValue':
      if (e.format_spec !== null) work.push(e.format_spec);
      return void work.push(e.value);
    case 'Attribute':
      if (e.ctx._kind === 'Store') work.push(() => cg.checkName(attributeLocation(e), e.attr, 'Store'));
      return void work.push(e.value);
    case 'Subscript':
      return void work.push(e.slice, e.value);
    case 'Starred':
      // Lists, tuples, sets and calls unpack their starred items themselves; any other is misplaced.
      throw cg.errors.at(e.ctx._kind === 'Store' ? MSG.starredAssignTarget : MSG.starredHere, e);
    case 'Slice':
      return schedule(work, nonNull([e.lower, e.upper, e.step]));
    case 'Name':
      return cg.checkName(e, e.id, e.ctx._kind);
    case 'List':
    case 'Tuple':
      if (e.ctx._kind === 'Store') checkAssignmentTargets(cg, e, e.elts);
      return e.ctx._kind === 'Del' ? schedule(work, e.elts) : scheduleElements(work, e.elts);
    default: {
      const unreachable: never = e;
      throw new Error(`early errors: unhandled expression ${(unreachable as ast.expr)._kind}`);
    }
  }
}

/** unpack_helper: an assignment unpacks into at most one starred target, with at most 255 before it. */
function checkAssignmentTargets(cg: CodegenChecker, loc: Loc, elts: readonly ast.expr[]): void {
  let seenStar = false;
  for (let i = 0; i < elts.length; i++) {
    if (elts[i]._kind !== 'Starred') continue;
    if (seenStar) throw cg.errors.at(MSG.multipleStarredAssign, loc);
    if (i >= MAX_TARGETS_BEFORE_STAR || elts.length - i - 1 >= MAX_TARGETS_AFTER_STAR) {
      throw cg.errors.at(MSG.tooManyStarUnpack, loc);
    }
    seenStar = true;
  }
}

/** compiler_call_helper, for a class's bases and keywords. */
export function visitCallArguments(
  cg: CodegenChecker,
  args: readonly ast.expr[],
  keywords: readonly ast.keyword[],
): void {
  validateKeywords(cg, keywords);
  visitExprs(cg, callArguments(args, keywords));
}

/** validate_keywords: no keyword named `__debug__`, none given twice. */
function validateKeywords(cg: CodegenChecker, keywords: readonly ast.keyword[]): void {
  keywords.forEach((key, i) => {
    if (key.arg === null) return;
    cg.checkName(key, key.arg, 'Store');
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j];
      if (other.arg === key.arg) throw cg.errors.at(MSG.keywordRepeated(key.arg), other);
    }
  });
}

/** compiler_lambda: parameter names, defaults, then the body in a code unit of its own. */
function scheduleLambda(cg: CodegenChecker, work: Work[], e: ast.Lambda): void {
  cg.checkParameterNames(e.args);
  const outer = cg.unit;
  schedule(work, [
    ...e.args.defaults,
    ...nonNull(e.args.kw_defaults),
    () => (cg.unit = new CodeUnit(UnitKind.Lambda, cg.table.lookup(e))),
    e.body,
    () => (cg.unit = outer),
  ]);
}

/**
 * compiler_comprehension: an inlined comprehension (PEP 709) evaluates its outermost iterable
 * first and compiles in the enclosing code unit; another compiles its body in a unit of its own
 * and evaluates the iterable afterwards. Either way, before the body: an asynchronous list, set
 * or dict comprehension needs an async def around it (or another comprehension).
 */
function scheduleComprehension(
  cg: CodegenChecker,
  work: Work[],
  e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
  elt: ast.expr,
  value: ast.expr | null,
): void {
  const scope = cg.table.lookup(e);
  const outer = cg.unit;
  const checkAsync = (): void => {
    const allowed = outer.kind === UnitKind.AsyncFunction || outer.kind === UnitKind.Comprehension;
    if (scope.isCoroutine && e._kind !== 'GeneratorExp' && !allowed) {
      throw cg.errors.at(MSG.asyncComprehensionOutsideAsync, e);
    }
  };
  const body = generatorSteps(cg, e, 0, elt, value);
  const iter = e.generators[0].iter;
  if (scope.compInlined) {
    schedule(work, [iter, checkAsync, ...body]);
  } else {
    const enter = (): void => {
      cg.unit = new CodeUnit(UnitKind.Comprehension, scope);
      checkAsync();
    };
    schedule(work, [enter, ...body, () => (cg.unit = outer), iter]);
  }
}

/**
 * compiler_comprehension_generator: each `for` clause — its iterable (the outermost one is
 * compiled apart), target and conditions — encloses the next; the element goes innermost. An
 * async clause opens a block.
 */
function generatorSteps(
  cg: CodegenChecker,
  e: Loc & { generators: ast.comprehension[] },
  index: number,
  elt: ast.expr,
  value: ast.expr | null,
): Work[] {
  const gen = e.generators[index];
  const inner = index + 1 < e.generators.length ? generatorSteps(cg, e, index + 1, elt, value) : [elt, ...nonNull([value])];
  const clause: Work[] = [gen.target, ...gen.ifs, ...inner];
  const steps = gen.is_async
    ? [() => cg.pushBlock(e, FBlockType.AsyncComprehensionGenerator), ...clause, () => cg.popBlock()]
    : clause;
  return index > 0 ? [gen.iter, ...steps] : steps;
}

/** starunpack_helper: the items of a display or a call's positional arguments, `*x` compiled as `x`. */
function unpackedElements(elts: readonly ast.expr[]): ast.expr[] {
  return elts.map((elt) => (elt._kind === 'Starred' ? elt.value : elt));
}

/** Schedules unpackedElements(elts) without building it. */
function scheduleElements(work: Work[], elts: readonly ast.expr[]): void {
  for (let i = elts.length - 1; i >= 0; i--) {
    const elt = elts[i];
    work.push(elt._kind === 'Starred' ? elt.value : elt);
  }
}

/** compiler_call_helper: the positional arguments, then the keyword values (`**` ones among them). */
function callArguments(args: readonly ast.expr[], keywords: readonly ast.keyword[]): ast.expr[] {
  return [...unpackedElements(args), ...keywords.map((k) => k.value)];
}

/**
 * update_start_location_to_match_attr: an attribute on a later line than its object's start is
 * located from the start of the attribute name.
 */
function attributeLocation(e: ast.Attribute): Loc {
  if (e.lineno === e.end_lineno) return e;
  const len = [...e.attr].length;
  // CPython subtracts the name's length in characters from a byte column, and drops the
  // columns of impossible trees.
  if (len > e.end_col_offset) return { lineno: e.end_lineno, col_offset: -1, end_lineno: e.end_lineno, end_col_offset: -1 };
  return { lineno: e.end_lineno, col_offset: e.end_col_offset - len, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}
