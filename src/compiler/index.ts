// The compiler's public face: `compileSource`, CPython's `compile()` (source in, code object
// out), and `checkSource`, the check that compile() makes before it produces code, which the CLI
// and the syntax-error corpus use.
import { optimizeAst } from './ast-optimizer';
import { CodeFlag, type CompiledCode } from './code';
import { Compiler } from './codegen/compiler';
import { compileMod } from './codegen/module';
import { nestingTooDeep } from './compile-depth';
import { ErrorFactory, sourceTextForErrors } from './compile-errors';
import { checkEarlyErrors } from './early-errors';
import { checkFuture } from './future';
import { internedStrings } from './interned';
import { parse, type ParseMode } from './parser';
import { buildSymbolTable } from './symtable';

export type { ParseMode } from './parser';

export interface CheckOptions {
  /** Receives the SyntaxWarnings compile() would emit, in order. */
  readonly onWarning?: (message: string, lineno: number, col: number) => void;
}

/**
 * Throws exactly what CPython 3.13's `compile(source, filename, mode)` raises for invalid
 * source — a PySyntaxError (SyntaxError, IndentationError or TabError), or a PyCompileError —
 * and returns normally when compile() would succeed.
 *
 * Some of those errors come from the parser, others only from CPython's future-import check,
 * symbol table and code generator ("'return' outside function", "nonlocal declaration not
 * allowed at module level", "'break' outside loop", …): checkEarlyErrors makes those after the
 * parse, so that callers never have to know which stage found the error.
 *
 * Like compile() without flags, it parses without type comments and compiles as without -O
 * (assert statements are checked). It reports the parser's warnings only: those the code
 * generator emits (such as `"is" with 'int' literal`) come from compileSource.
 */
export function checkSource(
  source: string | Uint8Array,
  filename: string,
  mode: Exclude<ParseMode, 'func_type'>,
  options: CheckOptions = {},
): void {
  const tree = parse(source, filename, mode, options.onWarning !== undefined ? { onWarning: options.onWarning } : {});
  checkEarlyErrors(tree, filename, sourceTextForErrors(source));
}

export interface CompileOptions extends CheckOptions {
  /** compile()'s `optimize`: 0 keeps asserts and docstrings, 1 drops asserts, 2 docstrings too. */
  readonly optimize?: number;
  /**
   * The future features the code starts with besides its own `from __future__` imports: those
   * compile() is given in `flags` or inherits from the code that calls it. Only
   * CO_FUTURE_ANNOTATIONS changes what the compiler does.
   */
  readonly futureFlags?: number;
}

/**
 * CPython 3.13's `compile(source, filename, mode)`: the code object, or what compile() raises
 * for invalid source. The stages run in CPython's order: parse, the checks (future imports,
 * symbol table, code generator), the AST optimizer, the symbol table of the optimized tree, code
 * generation, the flow-graph optimizations and assembly.
 */
export function compileSource(
  source: string | Uint8Array,
  filename: string,
  mode: Exclude<ParseMode, 'func_type'>,
  options: CompileOptions = {},
): CompiledCode {
  const optimize = options.optimize ?? 0;
  const tree = parse(source, filename, mode, options.onWarning !== undefined ? { onWarning: options.onWarning } : {});
  const sourceText = sourceTextForErrors(source);
  checkEarlyErrors(tree, filename, sourceText);
  const errors = new ErrorFactory(filename, sourceText);
  const future = checkFuture(tree, errors);
  if ((options.futureFlags ?? 0) & CodeFlag.CO_FUTURE_ANNOTATIONS) future.annotations = true;
  optimizeAst(tree, optimize, { futureAnnotations: future.annotations });
  const st = buildSymbolTable(tree, future, errors);
  let interned: Set<string> | undefined;
  const c = new Compiler(filename, st, future, optimize, () => (interned ??= internedStrings(tree)), options.onWarning);
  try {
    return compileMod(c, tree);
  } catch (error) {
    // The code generator recurses as the tree nests. The chains that nest thousands deep in
    // practice (`a.b.c…`, `f()()…`, `elif` and `a if b else …` chains, operator chains) are
    // compiled as loops; for any other tree nested deeper than the JS stack allows, this is the
    // RecursionError CPython raises past its own limit, rather than an internal error.
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw nestingTooDeep();
    throw error;
  }
}
