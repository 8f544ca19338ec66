// The compiler's public face. For now: `checkSource`, the check that CPython's `compile()`
// makes before it produces code, which the CLI and the syntax-error corpus use.
import { sourceTextForErrors } from './compile-errors';
import { checkEarlyErrors } from './early-errors';
import { parse, type ParseMode } from './parser';

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
 * (assert statements are checked). The warnings that only the compiler emits (such as `"is"
 * with 'int' literal`) are not reported yet.
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
