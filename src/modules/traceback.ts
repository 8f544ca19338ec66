// `_taipan_traceback`: the interpreter's own traceback formatting (the one that prints uncaught
// exceptions) for lib/python/traceback.py, and source lines for lib/python/linecache.py.
import type { PyValue } from '../objects/object';
import { PyModule } from '../objects/module';
import { BuiltinFunction } from '../objects/function';
import { PyList, PyTuple } from '../objects/boxes';
import { PyBaseException, typeError } from '../objects/exceptions';
import { checkArgs } from '../objects/args';
import { indexValue } from '../objects/ops/index-value';
import { isTrue } from '../objects/ops/truth';
import { None } from '../objects/singletons';
import type { Interpreter } from '../vm/interpreter';
import { formatExceptionLines, formatExceptionOnlyLines } from '../vm/traceback/exception-format';
import { extractTraceback, formatStack, type FrameSummary } from '../vm/traceback/frame-summary';
import { toArray } from '../objects/ops/iter';
import { LineCache } from '../vm/traceback/source';
import { registerNativeModule } from './registry';

function exceptionArg(v: PyValue): PyBaseException {
  if (!(v instanceof PyBaseException)) throw typeError('an exception is required');
  return v;
}

const orNone = (n: number | null): PyValue => (n === null ? None : n);

function makeTracebackModule(interp: Interpreter): PyModule {
  const m = new PyModule('_taipan_traceback');
  const def = (name: string, min: number, max: number, fn: (args: PyValue[]) => PyValue): void =>
    m.dict.setStr(
      name,
      BuiltinFunction.ofModule('_taipan_traceback', name, (args, kwnames) => {
        checkArgs(name, args, kwnames, min, max);
        return fn(args);
      }),
    );
  /** format_exception(exc, limit, chain) → the pieces CPython's traceback.format_exception returns. */
  def('format_exception', 3, 3, ([exc, limit, chain]) => {
    const options = { limit: limit === None ? null : Number(indexValue(limit)) };
    return new PyList(formatExceptionLines(exceptionArg(exc), options, isTrue(chain)));
  });
  def('format_exception_only', 1, 1, ([exc]) => new PyList(formatExceptionOnlyLines(exceptionArg(exc))));
  /** extract_tb(tb) → (filename, lineno, end_lineno, colno, end_colno, name) per entry; columns in UTF-8 bytes. */
  def('extract_tb', 1, 1, ([tb]) => {
    return new PyList(
      extractTraceback(tb).map((fs) => new PyTuple([fs.filename, orNone(fs.lineno), orNone(fs.endLineno), orNone(fs.colno), orNone(fs.endColno), fs.name])),
    );
  });
  /** format_frames([(filename, lineno, end_lineno, colno, end_colno, name), …]) → StackSummary.format()'s strings, carets included. */
  def('format_frames', 1, 1, ([frames]) => {
    const stack: FrameSummary[] = toArray(frames).map((item) => {
      const [filename, lineno, endLineno, colno, endColno, name] = toArray(item);
      const num = (v: PyValue): number | null => (v === None ? null : Number(indexValue(v)));
      return { filename: String(filename), lineno: num(lineno), endLineno: num(endLineno), colno: num(colno), endColno: num(endColno), name: String(name) };
    });
    return new PyList(formatStack(stack, new LineCache()));
  });
  /** register_source(filename, text): tracebacks show lines of code compiled from text under that name (doctest's examples). */
  def('register_source', 2, 2, ([filename, text]) => (interp.sources.set(String(filename), String(text)), None));
  /** getline(filename, lineno) → the source line with its newline, or ''. */
  def('getline', 2, 2, ([filename, lineno]) => new LineCache().getline(String(filename), Number(indexValue(lineno))));
  return m;
}

registerNativeModule('_taipan_traceback', makeTracebackModule);
