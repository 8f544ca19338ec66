// CPython 3.13's traceback.TracebackException, as the interpreter uses it to print an uncaught
// exception: the chain of causes and contexts (each printed once, oldest first), exception
// groups drawn in nested boxes, the "Type: message" line with suggestions, and notes.
import type { PyValue } from '../../objects/object';
import { PyList, PyRange, PyTuple } from '../../objects/boxes';
import { None } from '../../objects/singletons';
import { PyBaseException, SyntaxErrorType } from '../../objects/exceptions';
import type { PyType } from '../../objects/type';
import { str, repr } from '../../objects/ops/repr';
import { isTrue } from '../../objects/ops/truth';
import { toArray } from '../../objects/ops/iter';
import { getAttrOrUndefined } from '../../objects/ops/attributes';
import { isExceptionGroup, groupExceptions } from '../../objects/exceptions/groups';
import { formatSyntaxError, type SyntaxErrorInfo } from '../../compiler/format-syntax-error';
import type { SyntaxErrorType as SyntaxErrorKind } from '../../compiler/errors';
import { suggestionSuffix } from '../suggestions';
import { BOLD_MAGENTA, MAGENTA, RESET, extractTraceback, formatStack, limitStack, type FrameSummary } from './frame-summary';
import { LineCache } from './source';
import { indentAll, splitLines } from './text';

export interface FormatOptions {
  /** sys.tracebacklimit: keep only the last `limit` entries of each traceback (null: all). */
  readonly limit?: number | null;
  readonly maxGroupWidth?: number;
  readonly maxGroupDepth?: number;
  /** Add the ANSI colours CPython 3.13 uses when stderr is a terminal. */
  readonly colorize?: boolean;
}

interface TracebackException {
  readonly stack: FrameSummary[];
  readonly typeStr: string;
  readonly str: string;
  readonly notes: PyValue | undefined;
  readonly syntaxError: SyntaxErrorInfo | null;
  readonly suppressContext: boolean;
  cause: TracebackException | null;
  context: TracebackException | null;
  exceptions: TracebackException[] | null;
}

function safeString(value: PyValue, what: string, fn: (v: PyValue) => string = str): string {
  try {
    return fn(value);
  } catch {
    return `<${what} ${fn === str ? 'str' : 'repr'}() failed>`;
  }
}

/** The type as the last line names it: qualified name, with its module unless builtins or __main__. */
function typeString(type: PyType): string {
  const module = type.heap ? type.ns.getStr('__module__') : type.module;
  if (module === '__main__' || module === 'builtins') return type.qualname;
  return `${typeof module === 'string' ? module : '<unknown>'}.${type.qualname}`;
}

function syntaxErrorInfo(exc: PyBaseException, typeStr: string): SyntaxErrorInfo {
  const attr = (name: string): PyValue => getAttrOrUndefined(exc, name) ?? None;
  const intOrNull = (v: PyValue): number | null => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : null);
  const filename = attr('filename');
  const text = attr('text');
  const msg = attr('msg');
  return {
    type: typeStr as SyntaxErrorKind,
    msg: isTrue(msg) ? str(msg) : '',
    filename: filename === None ? null : str(filename),
    lineno: intOrNull(attr('lineno')),
    offset: intOrNull(attr('offset')),
    text: text === None ? null : str(text),
    endLineno: intOrNull(attr('end_lineno')),
    endOffset: intOrNull(attr('end_offset')),
  };
}

function notesOf(exc: PyBaseException): PyValue | undefined {
  try {
    return getAttrOrUndefined(exc, '__notes__');
  } catch (e) {
    const shown = e instanceof PyBaseException ? safeString(e, '__notes__', repr) : '<__notes__ repr() failed>';
    return new PyList([`Ignored error getting __notes__: ${shown}`]);
  }
}

function build(exc: PyBaseException, seen: Set<PyBaseException>, options: FormatOptions): TracebackException {
  seen.add(exc);
  const typeStr = typeString(exc.type);
  let message = safeString(exc, 'exception');
  let syntaxError: SyntaxErrorInfo | null = null;
  if (exc.type.isSubtypeOf(SyntaxErrorType)) syntaxError = syntaxErrorInfo(exc, typeStr);
  else message += suggestionSuffix(exc, exc.traceback);
  return {
    stack: limitStack(extractTraceback(exc.traceback), options.limit ?? null),
    typeStr,
    str: message,
    notes: notesOf(exc),
    syntaxError,
    suppressContext: exc.suppressContext,
    cause: null,
    context: null,
    exceptions: null,
  };
}

/** TracebackException(type(exc), exc, exc.__traceback__, compact=True) with its chain, built breadth-last as CPython does. */
function buildTree(exc: PyBaseException, options: FormatOptions): TracebackException {
  const seen = new Set<PyBaseException>();
  const root = build(exc, seen, options);
  const queue: [TracebackException, PyBaseException][] = [[root, exc]];
  while (queue.length > 0) {
    const [te, e] = queue.pop()!;
    const cause = e.cause instanceof PyBaseException && !seen.has(e.cause) ? build(e.cause, seen, options) : null;
    const needContext = cause === null && !e.suppressContext;
    const context =
      needContext && e.context instanceof PyBaseException && !seen.has(e.context) ? build(e.context, seen, options) : null;
    let exceptions: TracebackException[] | null = null;
    if (isExceptionGroup(e)) exceptions = groupExceptions(e).map((sub) => build(sub, seen, options));
    te.cause = cause;
    te.context = context;
    te.exceptions = exceptions;
    if (cause !== null) queue.push([cause, e.cause as PyBaseException]);
    if (context !== null) queue.push([context, e.context as PyBaseException]);
    if (exceptions !== null) groupExceptions(e).forEach((sub, i) => queue.push([exceptions![i], sub]));
  }
  return root;
}

function isNoteSequence(v: PyValue): boolean {
  return v instanceof PyList || v instanceof PyTuple || v instanceof PyRange;
}

/** format_exception_only: the last line (or the SyntaxError display) and the notes. */
function formatExceptionOnly(te: TracebackException, colorize: boolean): string[] {
  const out: string[] = [];
  // One piece per line, as CPython's format_exception_only yields them.
  if (te.syntaxError !== null) out.push(...splitLines(formatSyntaxError(te.syntaxError, { colorize }), true));
  else if (!colorize) out.push(te.str === '' ? `${te.typeStr}\n` : `${te.typeStr}: ${te.str}\n`);
  else {
    const type = `${BOLD_MAGENTA}${te.typeStr}${RESET}`;
    out.push(te.str === '' ? `${type}\n` : `${type}: ${MAGENTA}${te.str}${RESET}\n`);
  }
  const notes = te.notes;
  if (notes !== undefined && notes !== None) {
    if (isNoteSequence(notes)) {
      let items: PyValue[] = [];
      try {
        items = toArray(notes);
      } catch {
        items = [];
      }
      for (const note of items) for (const line of safeString(note, 'note').split('\n')) out.push(`${line}\n`);
    } else {
      out.push(`${safeString(notes, '__notes__', repr)}\n`);
    }
  }
  return out;
}

const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';

class PrintContext {
  groupDepth = 0;
  needClose = false;
  constructor(
    readonly cache: LineCache,
    readonly width: number,
    readonly depth: number,
  ) {}

  indent(): string {
    return ' '.repeat(2 * this.groupDepth);
  }

  emit(out: string[], texts: string | readonly string[], margin = '|'): void {
    let prefix = this.indent();
    if (this.groupDepth > 0) prefix += `${margin} `;
    for (const t of typeof texts === 'string' ? [texts] : texts) out.push(indentAll(t, prefix));
  }
}

/** A stack's entries, after the SyntaxWarnings their formatting produced (written as they are, unindented). */
function emitStack(stack: FrameSummary[], ctx: PrintContext, out: string[], colorize: boolean): void {
  const warnings: string[] = [];
  const texts = formatStack(stack, ctx.cache, colorize, (w) => warnings.push(w));
  out.push(...warnings);
  ctx.emit(out, texts);
}

function format(te: TracebackException, ctx: PrintContext, out: string[], colorize: boolean): void {
  const chain: [string | null, TracebackException][] = [];
  for (let e: TracebackException | null = te; e !== null; ) {
    let msg: string | null = null;
    let next: TracebackException | null = null;
    if (e.cause !== null) {
      msg = CAUSE_MESSAGE;
      next = e.cause;
    } else if (e.context !== null && !e.suppressContext) {
      msg = CONTEXT_MESSAGE;
      next = e.context;
    }
    chain.push([msg, e]);
    e = next;
  }
  for (let k = chain.length - 1; k >= 0; k--) {
    const [msg, exc] = chain[k];
    if (msg !== null) ctx.emit(out, msg);
    if (exc.exceptions === null) {
      if (exc.stack.length > 0) {
        ctx.emit(out, 'Traceback (most recent call last):\n');
        emitStack(exc.stack, ctx, out, colorize);
      }
      ctx.emit(out, formatExceptionOnly(exc, colorize));
    } else if (ctx.groupDepth > ctx.depth) {
      ctx.emit(out, `... (max_group_depth is ${ctx.depth})\n`);
    } else {
      formatGroup(exc, ctx, out, colorize);
    }
  }
}

function formatGroup(exc: TracebackException, ctx: PrintContext, out: string[], colorize: boolean): void {
  const width = ctx.width;
  const topLevel = ctx.groupDepth === 0;
  if (topLevel) ctx.groupDepth++;
  if (exc.stack.length > 0) {
    ctx.emit(out, 'Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|');
    emitStack(exc.stack, ctx, out, colorize);
  }
  ctx.emit(out, formatExceptionOnly(exc, colorize));
  const subs = exc.exceptions!;
  const n = subs.length <= width ? subs.length : width + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const lastExc = i === n - 1;
    if (lastExc) ctx.needClose = true;
    const truncated = i >= width;
    const title = truncated ? '...' : `${i + 1}`;
    out.push(`${ctx.indent()}${i === 0 ? '+-' : '  '}+---------------- ${title} ----------------\n`);
    ctx.groupDepth++;
    // As in CPython, the sub-exceptions are formatted without colour.
    if (!truncated) format(subs[i], ctx, out, false);
    else {
      const remaining = subs.length - width;
      ctx.emit(out, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (lastExc && ctx.needClose) {
      out.push(`${ctx.indent()}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.groupDepth--;
  }
  if (topLevel) ctx.groupDepth = 0;
}

/** What CPython 3.13 writes to stderr for an uncaught `exc` (traceback.print_exception, no colour). */
export function formatExceptionText(exc: PyBaseException, options: FormatOptions = {}): string {
  return formatExceptionLines(exc, options, true).join('');
}

/** traceback.format_exception: the text in pieces (a header, one per frame, the exception lines); without `chain`, no cause or context. */
export function formatExceptionLines(exc: PyBaseException, options: FormatOptions = {}, chain = true): string[] {
  const te = chain ? buildTree(exc, options) : build(exc, new Set(), options);
  const cache = new LineCache();
  const out: string[] = [];
  const ctx = new PrintContext(cache, options.maxGroupWidth ?? 15, options.maxGroupDepth ?? 10);
  format(te, ctx, out, options.colorize === true);
  return out;
}

/** traceback.format_exception_only: the exception's last line (or SyntaxError display) and its notes. */
export function formatExceptionOnlyLines(exc: PyBaseException): string[] {
  return formatExceptionOnly(build(exc, new Set(), {}), false);
}
