// The front end's entry point: source (text or bytes) in, an AST exactly as CPython 3.13's
// `ast.parse` builds it out, or a PySyntaxError.
import type { mod } from '../../generated/ast';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

export interface ParseOptions {
  /** `ast.parse(..., type_comments=True)`: TYPE_COMMENT tokens and TypeIgnore nodes. */
  readonly typeComments?: boolean;
  /** Receives SyntaxWarnings (for example invalid escape sequences) as CPython would emit them. */
  readonly onWarning?: (message: string, lineno: number, col: number) => void;
}

/**
 * Parses `source` as `ast.parse(source, filename, mode)` does. Bytes are decoded as CPython
 * decodes source files (BOM, PEP 263 coding declaration, UTF-8 by default).
 * Throws PySyntaxError for invalid source and PyCompileError for input too deep to parse.
 */
export function parse(source: string | Uint8Array, filename: string, mode: ParseMode, options: ParseOptions = {}): mod {
  void source;
  void filename;
  void mode;
  void options;
  throw new Error('parser not implemented yet');
}
