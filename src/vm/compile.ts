// Compiling source at run time (the main program, imports, exec/eval/compile): the compiler's
// errors become Python exceptions, its code a runtime code object.
import type { PyValue } from '../objects/object';
import { compileSource } from '../compiler';
import type { CompiledCode } from '../compiler/code';
import { cachedModuleCode } from './stdlib-code-cache';
import { PyCompileError, PySyntaxError } from '../compiler/errors';
import { PyCode } from '../objects/code/code';
import { EXCEPTION_TYPES, newException, PyBaseException } from '../objects/exceptions';
import { None } from '../objects/singletons';
import { PyTuple } from '../objects/boxes';
import { warnSyntax } from './warnings-hook';

/** A Python SyntaxError (or IndentationError, TabError) with CPython's fields. */
export function syntaxErrorFrom(e: PySyntaxError): PyBaseException {
  const type = EXCEPTION_TYPES.get(e.type)!;
  const details: PyValue[] = [e.filename ?? None, e.lineno ?? None, e.offset ?? None, e.text ?? None, e.endLineno ?? None, e.endOffset ?? None];
  const exc = newException(type, e.msg, new PyTuple(details));
  exc.fields = {
    msg: e.msg,
    filename: e.filename ?? None,
    lineno: e.lineno ?? None,
    offset: e.offset ?? None,
    text: e.text ?? None,
    end_lineno: e.endLineno ?? None,
    end_offset: e.endOffset ?? None,
    print_file_and_line: None,
  };
  return exc;
}


export function compileToCode(
  source: string | Uint8Array,
  filename: string,
  mode: 'exec' | 'eval' | 'single',
  optimize = 0,
  futureFlags = 0,
): PyCode {
  return codeFrom(() => compileSource(source, filename, mode, { optimize, futureFlags, onWarning: (message, lineno) => warnSyntax(message, filename, lineno) }));
}

/** The code of a module imported from `filename`: from the library's code cache when it can be. */
export function compileModuleToCode(source: Uint8Array, filename: string): PyCode {
  return codeFrom(() => cachedModuleCode(filename, source, () => compileSource(source, filename, 'exec', { onWarning: (message, lineno) => warnSyntax(message, filename, lineno) })));
}

/** The runtime code object for what `compile` makes, its errors as Python exceptions. */
function codeFrom(compile: () => CompiledCode): PyCode {
  try {
    return new PyCode(compile());
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorFrom(e);
    if (e instanceof PyCompileError) throw newException(EXCEPTION_TYPES.get(e.type)!, e.msg);
    throw e;
  }
}
