// The state of the code generator's checks (CPython's `struct compiler`, Python/compile.c) and
// the primitives every part of the walk uses: the code unit being compiled and its open blocks,
// and the names that may not be bound. The walk itself is in statements.ts, expressions.ts and
// patterns.ts; index.ts runs it.
import type * as ast from '../../generated/ast';
import type { ErrorFactory, Loc } from '../compile-errors';
import { MSG } from '../compile-messages';
import type { FutureFeatures } from '../future';
import type { Scope, SymbolTable } from '../symtable';

/** The compiler's scope types (COMPILER_SCOPE_*): what kind of code object is being compiled. */
export const enum UnitKind {
  Module,
  Class,
  Function,
  AsyncFunction,
  Lambda,
  Comprehension,
  TypeParams,
}

/** fblocktype: the blocks a `break`, `continue` or `return` may have to leave. */
export const enum FBlockType {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  ExceptionGroupHandler,
  AsyncComprehensionGenerator,
  StopIteration,
}

/** CO_MAXBLOCKS: how many blocks may be open at once in one code object. */
const MAX_BLOCKS = 21;

/** The unpacking opcodes count the targets before a starred one in 8 bits, those after it in 24. */
export const MAX_TARGETS_BEFORE_STAR = 1 << 8;
export const MAX_TARGETS_AFTER_STAR = 0x7fffffff >> 8;

/** fblockinfo. */
export interface FBlock {
  readonly type: FBlockType;
  /** Where the block was opened; a `with` block's unwinding uses it. */
  readonly loc: Loc;
  /** For FinallyTry: the finally body, compiled again wherever a jump leaves the try. */
  readonly finalBody: readonly ast.stmt[] | null;
}

/** A code object being compiled (compiler_unit): its kind, its scope, its open blocks. */
export class CodeUnit {
  readonly fblocks: FBlock[] = [];
  constructor(
    readonly kind: UnitKind,
    readonly scope: Scope,
  ) {}
}

/**
 * The state of the walk over the tree as compile.c generates code for it, which raises the errors
 * it raises. Only the walk is kept: every node is visited in CPython's order, with the state the
 * checks read (the code unit, its open blocks, the future features).
 */
export class CodegenChecker {
  /** The code object being compiled (c->u). */
  unit: CodeUnit;

  constructor(
    readonly table: SymbolTable,
    readonly future: FutureFeatures,
    readonly errors: ErrorFactory,
  ) {
    this.unit = new CodeUnit(UnitKind.Module, table.top);
  }

  // ---- units and blocks ----

  /** compiler_enter_scope … compiler_exit_scope: `body` compiled as a code object of its own. */
  inUnit(kind: UnitKind, scope: Scope, body: () => void): void {
    const outer = this.unit;
    this.unit = new CodeUnit(kind, scope);
    body();
    this.unit = outer;
  }

  /** compiler_push_fblock. */
  pushBlock(loc: Loc, type: FBlockType, finalBody: readonly ast.stmt[] | null = null): void {
    if (this.unit.fblocks.length >= MAX_BLOCKS) throw this.errors.at(MSG.tooManyNestedBlocks, loc);
    this.unit.fblocks.push({ type, loc, finalBody });
  }

  popBlock(): void {
    this.unit.fblocks.pop();
  }

  /** A block around `body`. */
  inBlock(loc: Loc, type: FBlockType, body: () => void, finalBody: readonly ast.stmt[] | null = null): void {
    this.pushBlock(loc, type, finalBody);
    body();
    this.popBlock();
  }

  // ---- names ----

  /** forbidden_name: `__debug__` may be read, never bound or deleted. */
  checkName(loc: Loc, name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    if (name !== '__debug__') return;
    if (ctx === 'Store') throw this.errors.at(MSG.assignDebug, loc);
    if (ctx === 'Del') throw this.errors.at(MSG.deleteDebug, loc);
  }

  /** compiler_check_debug_args. */
  checkParameterNames(a: ast.arguments_): void {
    for (const p of a.posonlyargs) this.checkName(p, p.arg, 'Store');
    for (const p of a.args) this.checkName(p, p.arg, 'Store');
    if (a.vararg !== null) this.checkName(a.vararg, a.vararg.arg, 'Store');
    for (const p of a.kwonlyargs) this.checkName(p, p.arg, 'Store');
    if (a.kwarg !== null) this.checkName(a.kwarg, a.kwarg.arg, 'Store');
  }
}
