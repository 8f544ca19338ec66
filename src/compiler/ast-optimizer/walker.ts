// The AST optimizer's walk (Python/ast_opt.c, the astfold_* functions of CPython 3.13): every
// node is visited children first, then folded in place. The walk keeps its own work stack rather
// than recursing, because expressions nest far deeper (`a + a + …`) than the JS stack allows;
// it counts statements, expressions and patterns as CPython's recursion guard does.
import * as ast from '../../generated/ast';
import { SplitSurrogateStr } from '../ast/constants';
import { MAX_NESTING, nestingTooDeep } from '../compile-depth';
import { foldBinOp, foldCompare, foldIter, foldSubscript, foldTuple, makeConst } from './folds';
import type { HashKey } from './siphash';
import { foldUnaryOp } from './unary';

/** What the walk needs to know (_PyASTOptimizeState). */
export interface OptimizeState {
  /** The optimization level: `__debug__` is `not optimize`. */
  readonly optimize: number;
  /** CO_FUTURE_ANNOTATIONS: annotations stay as written (PEP 563 turns them into strings). */
  readonly futureAnnotations: boolean;
  /** The str/bytes hash key, which orders folded frozensets. */
  readonly hashKey: HashKey;
  /** Receives the DeprecationWarning of folding `~` on a bool. */
  readonly warn?: (message: string) => void;
}

/** An object and a field name or list index: where a node lives, so that a fold can replace it. */
type Holder = Record<string | number, unknown>;

type Task = () => void;

/** The task of a leaf, done when it was scheduled. */
const NOTHING: Task = () => {};

/** _PyAST_GetDocString: whether the body opens with a str constant statement. */
function hasDocstring(body: readonly ast.stmt[]): boolean {
  const first = body[0];
  if (first === undefined || first._kind !== 'Expr' || first.value._kind !== 'Constant') return false;
  const v = first.value.value;
  return typeof v === 'string' || v instanceof SplitSurrogateStr;
}

export class Walker {
  /** Tasks still to run, the next one last. */
  private readonly work: Task[] = [];

  constructor(private readonly state: OptimizeState) {}

  /** astfold_mod. */
  run(tree: ast.mod): void {
    switch (tree._kind) {
      case 'Module':
        this.push(...this.body(tree.body, 0));
        break;
      case 'Interactive':
        this.push(...this.stmts(tree.body, 0));
        break;
      case 'Expression':
        this.push(this.expr(tree as unknown as Holder, 'body', 0));
        break;
      case 'FunctionType':
        break; // not folded
    }
    for (let task = this.work.pop(); task !== undefined; task = this.work.pop()) task();
  }

  /** Schedules the tasks to run in order, before anything scheduled already. */
  private push(...tasks: Task[]): void {
    for (let i = tasks.length - 1; i >= 0; i--) this.work.push(tasks[i]);
  }

  /** CPython's recursion guard: one level per statement, expression and pattern. */
  private enter(depth: number): number {
    if (depth + 1 > MAX_NESTING) throw nestingTooDeep();
    return depth + 1;
  }

  // ---- sequences ----

  /**
   * The task of visiting the expression at holder[key]. Names and constants, most of the tree,
   * are done at once instead: a constant has nothing to fold, and a name only `__debug__`.
   */
  private expr(holder: Holder, key: string | number, depth: number): Task {
    const e = holder[key] as ast.expr;
    if (e._kind === 'Constant' || e._kind === 'Name') {
      this.enter(depth);
      if (e._kind === 'Name' && e.ctx._kind === 'Load' && e.id === '__debug__') {
        // `__debug__` is a constant of the compilation: True unless optimizing.
        holder[key] = makeConst(e, !this.state.optimize);
      }
      return NOTHING;
    }
    return () => this.visitExpr(holder, key, depth);
  }

  private optExpr(holder: Holder, key: string, depth: number): Task[] {
    return holder[key] === null ? [] : [this.expr(holder, key, depth)];
  }

  /** CALL_SEQ over expressions (skipping the None of `**d` in a dict display). */
  private exprs(list: (ast.expr | null)[], depth: number): Task[] {
    const tasks: Task[] = [];
    for (let i = 0; i < list.length; i++) {
      if (list[i] === null) continue;
      const task = this.expr(list as unknown as Holder, i, depth);
      if (task !== NOTHING) tasks.push(task);
    }
    return tasks;
  }

  private stmts(list: ast.stmt[], depth: number): Task[] {
    return list.map((s) => () => this.visitStmt(s, depth));
  }

  /**
   * astfold_body: the statements of a module, class or function. A body that had no docstring
   * must not gain one by folding (`'a' + 'b'` as the first statement): its folded str is
   * wrapped in a JoinedStr with the statement's position.
   */
  private body(list: ast.stmt[], depth: number): Task[] {
    const hadDocstring = hasDocstring(list);
    return [
      ...this.stmts(list, depth),
      () => {
        if (hadDocstring || !hasDocstring(list)) return;
        const st = list[0] as ast.Expr;
        st.value = new ast.JoinedStr([st.value], st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
      },
    ];
  }

  private annotation(holder: Holder, key: string, depth: number): Task[] {
    return this.state.futureAnnotations ? [] : this.optExpr(holder, key, depth);
  }

  // ---- expressions ----

  /** astfold_expr for the expression at holder[key], replacing it with what it folds to. */
  private visitExpr(holder: Holder, key: string | number, outer: number): void {
    const e = holder[key] as ast.expr;
    const d = this.enter(outer);
    const h = e as unknown as Holder;
    const replace = (fold: () => ast.expr): Task => () => {
      holder[key] = fold();
    };
    switch (e._kind) {
      case 'BoolOp':
        return this.push(...this.exprs(e.values, d));
      case 'BinOp':
        return this.push(this.expr(h, 'left', d), this.expr(h, 'right', d), replace(() => foldBinOp(e)));
      case 'UnaryOp':
        return this.push(this.expr(h, 'operand', d), replace(() => foldUnaryOp(e, this.state.warn)));
      case 'Lambda':
        return this.push(...this.arguments(e.args, d), this.expr(h, 'body', d));
      case 'IfExp':
        return this.push(this.expr(h, 'test', d), this.expr(h, 'body', d), this.expr(h, 'orelse', d));
      case 'Dict':
        return this.push(...this.exprs(e.keys, d), ...this.exprs(e.values, d));
      case 'Set':
        return this.push(...this.exprs(e.elts, d));
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        return this.push(this.expr(h, 'elt', d), ...this.comprehensions(e.generators, d));
      case 'DictComp':
        return this.push(this.expr(h, 'key', d), this.expr(h, 'value', d), ...this.comprehensions(e.generators, d));
      case 'Await':
      case 'YieldFrom':
        return this.push(this.expr(h, 'value', d));
      case 'Yield':
        return this.push(...this.optExpr(h, 'value', d));
      case 'Compare':
        return this.push(
          this.expr(h, 'left', d),
          ...this.exprs(e.comparators, d),
          replace(() => foldCompare(e, this.state.hashKey)),
        );
      case 'Call':
        return this.push(this.expr(h, 'func', d), ...this.exprs(e.args, d), ...this.keywords(e.keywords, d));
      case 'FormattedValue':
        return this.push(this.expr(h, 'value', d), ...this.optExpr(h, 'format_spec', d));
      case 'JoinedStr':
        return this.push(...this.exprs(e.values, d));
      case 'Attribute':
        return this.push(this.expr(h, 'value', d));
      case 'Subscript':
        return this.push(this.expr(h, 'value', d), this.expr(h, 'slice', d), replace(() => foldSubscript(e)));
      case 'Starred':
        return this.push(this.expr(h, 'value', d));
      case 'Slice':
        return this.push(...this.optExpr(h, 'lower', d), ...this.optExpr(h, 'upper', d), ...this.optExpr(h, 'step', d));
      case 'List':
        return this.push(...this.exprs(e.elts, d));
      case 'Tuple':
        return this.push(...this.exprs(e.elts, d), replace(() => foldTuple(e)));
      case 'Name':
      case 'Constant':
        return; // done by expr()
      case 'NamedExpr':
        // The target is a name, which has nothing to fold.
        return this.push(this.expr(h, 'value', d));
    }
  }

  private keywords(list: ast.keyword[], depth: number): Task[] {
    return list.map((k) => this.expr(k as unknown as Holder, 'value', depth));
  }

  /** astfold_comprehension: then fold_iter on what it iterates over. */
  private comprehensions(list: ast.comprehension[], depth: number): Task[] {
    return list.flatMap((c) => {
      const h = c as unknown as Holder;
      return [
        this.expr(h, 'target', depth),
        this.expr(h, 'iter', depth),
        ...this.exprs(c.ifs, depth),
        () => {
          c.iter = foldIter(c.iter, this.state.hashKey);
        },
      ];
    });
  }

  /** astfold_arguments and astfold_arg (an annotation only without `from __future__ import annotations`). */
  private arguments(a: ast.arguments_, depth: number): Task[] {
    const arg = (x: ast.arg | null): Task[] => (x === null ? [] : this.annotation(x as unknown as Holder, 'annotation', depth));
    return [
      ...a.posonlyargs.flatMap(arg),
      ...a.args.flatMap(arg),
      ...arg(a.vararg),
      ...a.kwonlyargs.flatMap(arg),
      ...this.exprs(a.kw_defaults, depth),
      ...arg(a.kwarg),
      ...this.exprs(a.defaults, depth),
    ];
  }

  /** astfold_type_param: bounds and defaults. */
  private typeParams(list: ast.type_param[], depth: number): Task[] {
    return list.flatMap((p) => {
      const h = p as unknown as Holder;
      return p._kind === 'TypeVar' ? [...this.optExpr(h, 'bound', depth), ...this.optExpr(h, 'default_value', depth)] : this.optExpr(h, 'default_value', depth);
    });
  }

  // ---- statements ----

  /** astfold_stmt. */
  private visitStmt(s: ast.stmt, outer: number): void {
    const d = this.enter(outer);
    const h = s as unknown as Holder;
    switch (s._kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return this.push(
          ...this.typeParams(s.type_params, d),
          ...this.arguments(s.args, d),
          ...this.body(s.body, d),
          ...this.exprs(s.decorator_list, d),
          ...this.annotation(h, 'returns', d),
        );
      case 'ClassDef':
        return this.push(
          ...this.typeParams(s.type_params, d),
          ...this.exprs(s.bases, d),
          ...this.keywords(s.keywords, d),
          ...this.body(s.body, d),
          ...this.exprs(s.decorator_list, d),
        );
      case 'Return':
        return this.push(...this.optExpr(h, 'value', d));
      case 'Delete':
        return this.push(...this.exprs(s.targets, d));
      case 'Assign':
        return this.push(...this.exprs(s.targets, d), this.expr(h, 'value', d));
      case 'TypeAlias':
        return this.push(this.expr(h, 'name', d), ...this.typeParams(s.type_params, d), this.expr(h, 'value', d));
      case 'AugAssign':
        return this.push(this.expr(h, 'target', d), this.expr(h, 'value', d));
      case 'AnnAssign':
        return this.push(this.expr(h, 'target', d), ...this.annotation(h, 'annotation', d), ...this.optExpr(h, 'value', d));
      case 'For':
        return this.push(
          this.expr(h, 'target', d),
          this.expr(h, 'iter', d),
          ...this.stmts(s.body, d),
          ...this.stmts(s.orelse, d),
          () => {
            s.iter = foldIter(s.iter, this.state.hashKey);
          },
        );
      case 'AsyncFor':
        // No fold_iter: `async for` needs an async iterable, which a display never is.
        return this.push(this.expr(h, 'target', d), this.expr(h, 'iter', d), ...this.stmts(s.body, d), ...this.stmts(s.orelse, d));
      case 'While':
      case 'If':
        return this.push(this.expr(h, 'test', d), ...this.stmts(s.body, d), ...this.stmts(s.orelse, d));
      case 'With':
      case 'AsyncWith':
        return this.push(
          ...s.items.flatMap((item) => [
            this.expr(item as unknown as Holder, 'context_expr', d),
            ...this.optExpr(item as unknown as Holder, 'optional_vars', d),
          ]),
          ...this.stmts(s.body, d),
        );
      case 'Raise':
        return this.push(...this.optExpr(h, 'exc', d), ...this.optExpr(h, 'cause', d));
      case 'Try':
      case 'TryStar':
        return this.push(
          ...this.stmts(s.body, d),
          ...s.handlers.flatMap((x) => [...this.optExpr(x as unknown as Holder, 'type', d), ...this.stmts(x.body, d)]),
          ...this.stmts(s.orelse, d),
          ...this.stmts(s.finalbody, d),
        );
      case 'Assert':
        return this.push(this.expr(h, 'test', d), ...this.optExpr(h, 'msg', d));
      case 'Expr':
        return this.push(this.expr(h, 'value', d));
      case 'Match':
        return this.push(
          this.expr(h, 'subject', d),
          ...s.cases.flatMap((c) => [
            () => this.visitPattern(c.pattern, d),
            ...this.optExpr(c as unknown as Holder, 'guard', d),
            ...this.stmts(c.body, d),
          ]),
        );
      case 'Import':
      case 'ImportFrom':
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  /** astfold_pattern: folds the values of value patterns and mapping keys (`-1`, `1+2j`). */
  private visitPattern(p: ast.pattern, outer: number): void {
    const d = this.enter(outer);
    const patterns = (list: ast.pattern[]): Task[] => list.map((q) => () => this.visitPattern(q, d));
    switch (p._kind) {
      case 'MatchValue':
        return this.push(this.expr(p as unknown as Holder, 'value', d));
      case 'MatchSingleton':
      case 'MatchStar':
        return;
      case 'MatchSequence':
      case 'MatchOr':
        return this.push(...patterns(p.patterns));
      case 'MatchMapping':
        return this.push(...this.exprs(p.keys, d), ...patterns(p.patterns));
      case 'MatchClass':
        return this.push(this.expr(p as unknown as Holder, 'cls', d), ...patterns(p.patterns), ...patterns(p.kwd_patterns));
      case 'MatchAs':
        if (p.pattern !== null) this.push(...patterns([p.pattern]));
        return;
    }
  }
}
