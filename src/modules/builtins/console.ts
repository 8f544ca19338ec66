// print() and input(): text to sys.stdout (or any object with a `write` method) and a line
// from sys.stdin, falling back to the console of io-hooks.ts when no interpreter runs.
import type { PyValue } from '../../objects/object';
import { StrSubclassValue } from '../../objects/boxes';
import { EOFError, newException, PyBaseException, runtimeError, typeError, UnicodeEncodeError } from '../../objects/exceptions';
import { None } from '../../objects/singletons';
import type { NativeFunction } from '../../objects/function';
import { checkArgs } from '../../objects/args';
import { typeOf } from '../../objects/ops/typeof';
import { getAttr } from '../../objects/ops/attributes';
import { call } from '../../objects/ops/call';
import { str } from '../../objects/ops/repr';
import { isTrue } from '../../objects/ops/truth';
import { TextIOWrapperType, TextStream } from '../stdio';
import { getConsole, sysStream } from './io-hooks';
import { unpackKeywords } from './clinic';

const PRINT_SPEC = { fname: 'print', params: ['sep', 'end', 'file', 'flush'], maxpos: 0 };

/** sep= and end=: None (the default) or a str. */
function separator(v: PyValue | undefined, what: string, dflt: string): string {
  if (v === undefined || v === None) return dflt;
  if (typeof v === 'string') return v;
  if (v instanceof StrSubclassValue) return v.value;
  throw typeError(`${what} must be None or a string, not ${typeOf(v).name}`);
}

/** One of the interpreter's own streams, written without a Python-level call. */
function isPlainStream(file: PyValue): file is TextStream {
  return file instanceof TextStream && file.type === TextIOWrapperType;
}

function print(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  const [sepArg, endArg, fileArg, flushArg] = nkw === 0 ? [] : unpackKeywords(PRINT_SPEC, args.slice(nargs), kwnames);
  let file: PyValue | undefined = fileArg === None ? undefined : fileArg;
  if (file === undefined) {
    const stdout = sysStream('stdout');
    if (stdout === null) throw runtimeError('lost sys.stdout');
    if (stdout === None) return None;
    file = stdout;
  }
  const sep = separator(sepArg, 'sep', ' ');
  const end = separator(endArg, 'end', '\n');
  const flush = flushArg !== undefined && isTrue(flushArg);
  if (file === undefined || isPlainStream(file)) {
    const stream = file;
    const emit = (text: string): void => {
      if (stream === undefined) getConsole().write(text);
      else stream.write(text);
    };
    let text = '';
    const pieces: string[] = [];
    try {
      for (let i = 0; i < nargs; i++) {
        if (i > 0) text += sep;
        const piece = str(args[i]);
        pieces.push(piece);
        text += piece;
      }
    } catch (e) {
      // CPython writes piece by piece: what came before the failing argument is out already.
      emit(text);
      throw e;
    }
    try {
      emit(text + end);
    } catch (e) {
      // The stream refused the text whole (a lone surrogate): write piece by piece so that
      // the pieces before the bad one go out and the error's position is within its piece.
      if (!(e instanceof PyBaseException) || !e.type.isSubtypeOf(UnicodeEncodeError) || nargs === 0) throw e;
      for (let i = 0; i < pieces.length; i++) {
        if (i > 0) emit(sep);
        emit(pieces[i]);
      }
      emit(end);
    }
    if (stream !== undefined && flush) stream.flush();
    return None;
  }
  // Any other file: one write() call per piece, as CPython makes them.
  const target = file;
  const write = (s: string): void => {
    call(getAttr(target, 'write'), [s]);
  };
  for (let i = 0; i < nargs; i++) {
    if (i > 0) write(sep);
    write(str(args[i]));
  }
  write(end);
  if (flush) call(getAttr(target, 'flush'), []);
  return None;
}

/** A line without its line ending; null at end of input. */
function stripNewline(line: string): string {
  if (line.endsWith('\r\n')) return line.slice(0, -2);
  if (line.endsWith('\n')) return line.slice(0, -1);
  return line;
}

function input(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('input', args, kwnames, 0, 1);
  const stdin = sysStream('stdin');
  if (stdin === undefined) {
    if (args.length > 0) getConsole().write(str(args[0]));
    const line = getConsole().readLine();
    if (line === null) throw newException(EOFError, 'EOF when reading a line');
    return stripNewline(line);
  }
  if (stdin === null || stdin === None) throw runtimeError('input(): lost sys.stdin');
  const stdout = sysStream('stdout');
  if (stdout === null || stdout === undefined || stdout === None) throw runtimeError('input(): lost sys.stdout');
  const stderr = sysStream('stderr');
  if (stderr !== null && stderr !== None && stderr !== undefined) flushStream(stderr);
  if (args.length > 0) {
    const prompt = str(args[0]);
    if (isPlainStream(stdout)) stdout.write(prompt);
    else call(getAttr(stdout, 'write'), [prompt]);
  }
  flushStream(stdout);
  let line: PyValue = isPlainStream(stdin) ? stdin.readLine() : call(getAttr(stdin, 'readline'), []);
  if (line instanceof StrSubclassValue) line = line.value;
  if (typeof line !== 'string') throw typeError('object.readline() returned non-string');
  if (line === '') throw newException(EOFError, 'EOF when reading a line');
  return stripNewline(line);
}

function flushStream(f: PyValue): void {
  if (isPlainStream(f)) f.flush();
  else call(getAttr(f, 'flush'), []);
}

export const CONSOLE_BUILTINS: Record<string, NativeFunction> = { print, input };
