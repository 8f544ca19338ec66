// The errors the front end raises. They become Python exceptions of the named type once
// the runtime exists; the CLI prints them in CPython's format (see formatSyntaxError).

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

/**
 * A SyntaxError (or its subclasses IndentationError and TabError) with the fields CPython's
 * SyntaxError carries. `offset` and `endOffset` are 1-based and count characters (code
 * points) of `text`, as CPython 3.10+ reports them; `text` is the whole offending line,
 * with its newline, or null.
 */
export class PySyntaxError extends Error {
  constructor(
    readonly type: SyntaxErrorType,
    readonly msg: string,
    readonly filename: string | null,
    readonly lineno: number | null,
    readonly offset: number | null,
    readonly text: string | null,
    readonly endLineno: number | null,
    readonly endOffset: number | null,
  ) {
    super(msg);
  }
}

/**
 * Input the parser cannot take apart without exhausting its stack (CPython raises
 * MemoryError "Parser stack overflowed - Python source too complex to parse"), or a
 * source that is not text. `type` names the Python exception.
 */
export class PyCompileError extends Error {
  constructor(
    readonly type: 'MemoryError' | 'ValueError' | 'RecursionError',
    readonly msg: string,
  ) {
    super(msg);
  }
}
