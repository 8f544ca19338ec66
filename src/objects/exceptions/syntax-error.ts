// SyntaxError (and IndentationError, TabError): msg and the (filename, lineno, offset, text,
// end_lineno, end_offset) details tuple, and the "msg (file.py, line 3)" str.
import type { PyValue } from '../object';
import { PyTuple } from '../boxes';
import { None } from '../singletons';
import { EXCEPTION_TYPES, PyBaseException, SyntaxErrorType, typeError } from '../exceptions';
import { defineMethods } from '../native';
import { noKeywords } from '../args';
import { str } from '../ops/repr';
import { toArray } from '../ops/iter';
import { asException, defineMember, getField, setField } from './fields';
import { tupleOf } from './base';

export const SYNTAX_ERROR_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'] as const;

defineMethods(SyntaxErrorType, {
  __init__(self, args, kwnames) {
    const exc = asException(self, SyntaxErrorType, '__init__');
    noKeywords(exc.type.name, kwnames);
    exc.args = tupleOf(args.slice());
    if (args.length >= 1) setField(exc, 'msg', args[0]);
    if (args.length === 2) {
      const info = toArray(args[1]);
      if (info.length < 4) throw typeError(`function takes at least 4 arguments (${info.length} given)`);
      if (info.length > 6) throw typeError(`function takes at most 6 arguments (${info.length} given)`);
      SYNTAX_ERROR_FIELDS.forEach((f, i) => setField(exc, f, info[i]));
      if (info.length === 5) throw typeError('end_offset must be provided when end_lineno is provided');
    }
    return None;
  },
  __str__(self) {
    const exc = asException(self, SyntaxErrorType, '__str__');
    const msg = str(getField(exc, 'msg') ?? None);
    const f = getField(exc, 'filename');
    const filename = typeof f === 'string' ? f.slice(f.lastIndexOf('/') + 1) : null;
    const l = getField(exc, 'lineno');
    const lineno = typeof l === 'number' || typeof l === 'bigint' ? String(l) : null;
    if (filename !== null && lineno !== null) return `${msg} (${filename}, line ${lineno})`;
    if (filename !== null) return `${msg} (${filename})`;
    if (lineno !== null) return `${msg} (line ${lineno})`;
    return msg;
  },
});
for (const f of ['msg', ...SYNTAX_ERROR_FIELDS, 'print_file_and_line']) defineMember(SyntaxErrorType, f);

/** What the compiler reports for a syntax error (compiler/errors.ts PySyntaxError has these fields). */
export interface SyntaxErrorDetails {
  readonly type: string;
  readonly msg: string;
  readonly filename: string | null;
  readonly lineno: number | null;
  readonly offset: number | null;
  readonly text: string | null;
  readonly endLineno: number | null;
  readonly endOffset: number | null;
}

/** The Python SyntaxError (or IndentationError, TabError) for a compile error, as the compiler raises it. */
export function newSyntaxError(d: SyntaxErrorDetails): PyBaseException {
  const type = EXCEPTION_TYPES.get(d.type) ?? SyntaxErrorType;
  const exc = new PyBaseException(type);
  const orNone = (v: string | number | null): PyValue => (v === null ? None : v);
  const info = [d.filename, d.lineno, d.offset, d.text, d.endLineno, d.endOffset].map(orNone);
  exc.args = new PyTuple([d.msg, new PyTuple(info)]);
  setField(exc, 'msg', d.msg);
  SYNTAX_ERROR_FIELDS.forEach((f, i) => setField(exc, f, info[i]));
  return exc;
}
