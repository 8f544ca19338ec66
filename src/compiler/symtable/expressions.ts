// The symbol table's walk over expressions (symtable_visit_expr in Python/symtable.c): names read
// and bound, the scopes of lambdas and comprehensions, where a walrus binds, and the errors for
// yield, await and walrus where they may not stand. Kept on a work stack of its own (see ast-walk.ts).
import type * as ast from '../../generated/ast';
import { nonNull, schedule, walkExpr, type Work } from '../ast-walk';
import { MSG } from '../compile-messages';
import type { SymbolTableBuilder } from './builder';
import { BlockType, ComprehensionType, SymbolFlag } from './scope';

/** How `'yield' inside …` names each kind of comprehension. */
const COMPREHENSION_NAMES: Record<string, string> = {
  [ComprehensionType.List]: 'list comprehension',
  [ComprehensionType.Set]: 'set comprehension',
  [ComprehensionType.Dict]: 'dict comprehension',
  [ComprehensionType.Generator]: 'generator expression',
};

export function visitExprs(st: SymbolTableBuilder, exprs: readonly (ast.expr | null)[]): void {
  for (const e of exprs) if (e !== null) visitExpr(st, e);
}

/**
 * symtable_visit_expr. Expressions nest as deep as CPython allows (10000 levels of `a + a + …`),
 * deeper than the JS stack, so the walk keeps its own stack of what remains to do.
 */
export function visitExpr(st: SymbolTableBuilder, root: ast.expr): void {
  walkExpr(root, (e, work) => expandExpr(st, e, work));
}

/**
 * Does what visiting `e` does first, and schedules the rest (its children, then any last step).
 * The stack is last in, first out: children are pushed last first.
 */
function expandExpr(st: SymbolTableBuilder, e: ast.expr, work: Work[]): void {
  st.deeper();
  work.push(st.shallower);
  switch (e._kind) {
    case 'NamedExpr':
      raiseIfAnnotationBlock(st, 'named expression', e);
      if (st.cur.compIterExpr > 0) throw st.errors.at(MSG.namedExprCompIterExpr, e);
      if (st.cur.comprehension !== ComprehensionType.None && e.target._kind === 'Name') {
        extendNamedExprScope(st, e.target);
      }
      return void work.push(e.target, e.value);
    case 'BoolOp':
      return schedule(work, e.values);
    case 'BinOp':
      return void work.push(e.right, e.left);
    case 'UnaryOp':
      return void work.push(e.operand);
    case 'Lambda':
      return schedule(work, [
        ...e.args.defaults,
        ...nonNull(e.args.kw_defaults),
        () => {
          st.enterBlock('lambda', BlockType.Function, e, e);
          st.visitParameters(e.args);
        },
        e.body,
        () => st.exitBlock(),
      ]);
    case 'IfExp':
      return void work.push(e.orelse, e.body, e.test);
    case 'Dict':
      schedule(work, e.values);
      return schedule(work, nonNull(e.keys));
    case 'Set':
      return schedule(work, e.elts);
    case 'GeneratorExp':
      return scheduleComprehension(st, work, e, 'genexpr', ComprehensionType.Generator, e.elt, null);
    case 'ListComp':
      return scheduleComprehension(st, work, e, 'listcomp', ComprehensionType.List, e.elt, null);
    case 'SetComp':
      return scheduleComprehension(st, work, e, 'setcomp', ComprehensionType.Set, e.elt, null);
    case 'DictComp':
      return scheduleComprehension(st, work, e, 'dictcomp', ComprehensionType.Dict, e.key, e.value);
    case 'Yield':
    case 'YieldFrom':
      raiseIfAnnotationBlock(st, 'yield expression', e);
      return schedule(work, [
        ...nonNull([e.value]),
        () => {
          st.cur.isGenerator = true;
          if (st.cur.comprehension !== ComprehensionType.None) {
            throw st.errors.at(MSG.yieldInComprehension(COMPREHENSION_NAMES[st.cur.comprehension]), e);
          }
        },
      ]);
    case 'Await':
      raiseIfAnnotationBlock(st, 'await expression', e);
      return schedule(work, [
        e.value,
        () => {
          st.cur.isCoroutine = true;
        },
      ]);
    case 'Compare':
      schedule(work, e.comparators);
      return void work.push(e.left);
    case 'Call':
      for (let i = e.keywords.length - 1; i >= 0; i--) work.push(e.keywords[i].value);
      schedule(work, e.args);
      return void work.push(e.func);
    case 'FormattedValue':
      if (e.format_spec !== null) work.push(e.format_spec);
      return void work.push(e.value);
    case 'JoinedStr':
      return schedule(work, e.values);
    case 'Constant':
      return;
    case 'Attribute':
      return void work.push(e.value);
    case 'Subscript':
      return void work.push(e.slice, e.value);
    case 'Starred':
      return void work.push(e.value);
    case 'Slice':
      return schedule(work, nonNull([e.lower, e.upper, e.step]));
    case 'Name':
      st.addDef(e.id, e.ctx._kind === 'Load' ? SymbolFlag.Use : SymbolFlag.Local, e);
      // super() reads the implicit __class__ cell.
      if (e.ctx._kind === 'Load' && st.cur.isFunctionLike && e.id === 'super') st.addDef('__class__', SymbolFlag.Use, e);
      return;
    case 'List':
    case 'Tuple':
      return schedule(work, e.elts);
    default: {
      const unreachable: never = e;
      throw new Error(`early errors: unhandled expression ${(unreachable as ast.expr)._kind}`);
    }
  }
}

/**
 * symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the nearest enclosing
 * function or module (PEP 572), declared there as if by nonlocal or global; it may not rebind
 * an iteration variable of a comprehension it is in, nor reach a class or an annotation scope.
 */
function extendNamedExprScope(st: SymbolTableBuilder, target: ast.Name): void {
  const name = target.id;
  for (let i = st.stack.length - 1; i >= 0; i--) {
    const ste = st.stack[i];
    if (ste.comprehension !== ComprehensionType.None) {
      // Only a name the iteration binds: `for a[i] in …` reads `i` and does not bind it.
      const flags = st.lookup(name, ste);
      if (flags & SymbolFlag.CompIter && flags & SymbolFlag.Local) throw st.errors.at(MSG.namedExprCompConflict(name), target);
      continue;
    }
    switch (ste.type) {
      case BlockType.Function:
        st.addDef(name, st.lookup(name, ste) & SymbolFlag.Global ? SymbolFlag.Global : SymbolFlag.Nonlocal, target);
        st.recordDirective(name, target);
        return st.addDefTo(ste, name, SymbolFlag.Local, target);
      case BlockType.Module:
        st.addDef(name, SymbolFlag.Global, target);
        st.recordDirective(name, target);
        return st.addDefTo(ste, name, SymbolFlag.Global, target);
      case BlockType.Class:
        throw st.errors.at(MSG.namedExprCompInClass, target);
      case BlockType.TypeParameters:
        throw st.errors.at(MSG.namedExprCompInTypeParams, target);
      case BlockType.TypeAlias:
        throw st.errors.at(MSG.namedExprCompInTypeAlias, target);
      case BlockType.TypeVariable:
        throw st.errors.at(MSG.namedExprCompInTypeVarBound, target);
      case BlockType.Annotation:
        continue;
    }
  }
  throw new Error('early errors: no scope for an assignment expression');
}

/** symtable_raise_if_annotation_block: yield, await and walrus are refused in annotation-like scopes. */
function raiseIfAnnotationBlock(st: SymbolTableBuilder, what: string, e: ast.expr): void {
  let msg: string;
  switch (st.cur.type) {
    case BlockType.Annotation:
      msg = MSG.notAllowedInAnnotation(what);
      break;
    case BlockType.TypeVariable:
      msg = MSG.notAllowedInTypeVariable(what, st.cur.scopeInfo ?? '');
      break;
    case BlockType.TypeAlias:
      msg = MSG.notAllowedInTypeAlias(what);
      break;
    case BlockType.TypeParameters:
      msg = MSG.notAllowedInTypeParams(what);
      break;
    default:
      return;
  }
  throw st.errors.at(msg, e);
}

/**
 * symtable_handle_comprehension: the outermost iterable is evaluated in the enclosing scope; the
 * rest gets a scope of its own, where the iteration targets are marked (a walrus may not rebind
 * them) and the other iterables are, like the outermost one, no place for a walrus. An async
 * list, set or dict comprehension makes its enclosing scope a coroutine.
 */
function scheduleComprehension(
  st: SymbolTableBuilder,
  work: Work[],
  e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
  scopeName: string,
  type: ComprehensionType,
  elt: ast.expr,
  value: ast.expr | null,
): void {
  const [outermost, ...rest] = e.generators;
  let steps: Work[] = [
    () => st.cur.compIterExpr++,
    outermost.iter,
    () => {
      st.cur.compIterExpr--;
      st.enterBlock(scopeName, BlockType.Function, e, e);
      st.cur.comprehension = type;
      if (outermost.is_async) st.cur.isCoroutine = true;
      st.addDef('.0', SymbolFlag.Param, e); // the outermost iterator, received as an argument
    },
    ...comprehensionTargetSteps(st, outermost.target),
    ...outermost.ifs,
  ];
  for (const g of rest) {
    steps.push(
      ...comprehensionTargetSteps(st, g.target),
      () => st.cur.compIterExpr++,
      g.iter,
      () => st.cur.compIterExpr--,
      ...g.ifs,
      () => {
        if (g.is_async) st.cur.isCoroutine = true;
      },
    );
  }
  steps.push(...nonNull([value]), elt, () => {
    const isGenerator = type === ComprehensionType.Generator;
    st.cur.isGenerator = isGenerator;
    const isAsync = st.cur.isCoroutine && !isGenerator;
    st.exitBlock();
    // Whether an async comprehension is allowed here, the code generator decides.
    if (isAsync) st.cur.isCoroutine = true;
  });
  schedule(work, [...steps]);
}

function comprehensionTargetSteps(st: SymbolTableBuilder, target: ast.expr): Work[] {
  return [() => (st.cur.compIterTarget = true), target, () => (st.cur.compIterTarget = false)];
}
