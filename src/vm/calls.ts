// Calls into Python code: binding arguments to a new frame's parameters (CPython's
// initialize_locals, with its TypeError messages), pushing and leaving frames, and running a
// Python function from native code (re-entry) in a nested loop.
import { PyObject, type PyValue } from '../objects/object';
import type { PyType } from '../objects/type';
import { ObjectType } from '../objects/builtin-types';
import { PyFunction } from '../objects/function';
import { PyDict } from '../objects/dict';
import { PyTuple, EMPTY_TUPLE } from '../objects/boxes';
import { newException, RecursionError, typeError } from '../objects/exceptions';
import { CodeFlag } from '../compiler/code';
import { call, registerPythonCaller } from '../objects/ops/call';
import { toArray } from '../objects/ops/iter';
import { typeOf } from '../objects/ops/typeof';
import { functionDescription } from './building';
import { Frame } from './frame';
import { threadState, type ThreadState } from './thread-state';
import { evalTier1, evalTier1WithStats } from '../generated/tier1-loop';
import { unexpectedKeyword } from '../objects/args';

export function recursionError(): ReturnType<typeof newException> {
  return newException(RecursionError, 'maximum recursion depth exceeded');
}

/** Counts a frame or native re-entry against the recursion limit. */
export function enterRecursion(ts: ThreadState): void {
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw recursionError();
  }
}

function listNames(names: string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length === 1) return quoted[0];
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
}

function missing(func: PyFunction, kind: 'positional' | 'keyword-only', names: string[]): never {
  const n = names.length;
  throw typeError(`${func.qualname}() missing ${n} required ${kind} argument${n === 1 ? '' : 's'}: ${listNames(names)}`);
}

function tooManyPositional(func: PyFunction, given: number, kwonlyGiven: number): never {
  const code = func.code;
  const argcount = code.argcount;
  const defaults = func.defaults === null ? 0 : func.defaults.items.length;
  const takes =
    defaults > 0 && defaults <= argcount
      ? `from ${argcount - defaults} to ${argcount} positional arguments`
      : `${argcount} positional argument${argcount === 1 ? '' : 's'}`;
  const kwPart =
    kwonlyGiven > 0 ? ` positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'})` : '';
  const were = kwonlyGiven > 0 ? `${given}${kwPart} were given` : `${given} ${given === 1 ? 'was' : 'were'} given`;
  throw typeError(`${func.qualname}() takes ${takes} but ${were}`);
}

/**
 * A frame for calling `func` with `n` arguments found in `source` from `start` (the last
 * `kwnames.length` of them keyword values), its parameters bound; linked above ts.frame.
 */
export function framePyCall(
  ts: ThreadState,
  func: PyFunction,
  source: readonly (PyValue | null)[],
  start: number,
  n: number,
  kwnames: readonly PyValue[] | null,
): Frame {
  const code = func.code;
  const frame = new Frame(code, func.globals, func.builtins, null, func);
  const locals = frame.stack;
  const argcount = code.argcount;
  const flags = code.flags;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = n - nkw;
  if (nkw === 0 && npos === argcount && (flags & (CodeFlag.CO_VARARGS | CodeFlag.CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0) {
    for (let i = 0; i < npos; i++) locals[i] = source[start + i];
  } else {
    bindGeneral(func, frame, source, start, npos, kwnames);
  }
  enterRecursion(ts);
  frame.previous = ts.frame;
  return frame;
}

function bindGeneral(
  func: PyFunction,
  frame: Frame,
  source: readonly (PyValue | null)[],
  start: number,
  npos: number,
  kwnames: readonly PyValue[] | null,
): void {
  const code = func.code;
  const locals = frame.stack;
  const names = code.localsplusnames;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const total = argcount + kwonly;
  const hasVarargs = (code.flags & CodeFlag.CO_VARARGS) !== 0;
  const hasVarkw = (code.flags & CodeFlag.CO_VARKEYWORDS) !== 0;
  let kwdict: PyDict | null = null;
  if (hasVarkw) {
    kwdict = new PyDict();
    locals[total + (hasVarargs ? 1 : 0)] = kwdict;
  }
  const positional = Math.min(npos, argcount);
  for (let i = 0; i < positional; i++) locals[i] = source[start + i];
  if (hasVarargs) {
    locals[total] = npos > argcount ? new PyTuple(source.slice(start + argcount, start + npos) as PyValue[]) : EMPTY_TUPLE;
  }
  const posonlyPassedAsKeyword: string[] = [];
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      const name = kwnames[k];
      const value = source[start + npos + k] as PyValue;
      if (typeof name !== 'string') throw typeError(`${func.qualname}() keywords must be strings`);
      let index = -1;
      for (let i = code.posonlyargcount; i < total; i++) {
        if (names[i] === name) {
          index = i;
          break;
        }
      }
      if (index >= 0) {
        if (locals[index] !== null) throw typeError(`${func.qualname}() got multiple values for argument '${name}'`);
        locals[index] = value;
        continue;
      }
      if (kwdict !== null) {
        kwdict.setStr(name, value);
        continue;
      }
      if (names.slice(0, code.posonlyargcount).includes(name)) {
        posonlyPassedAsKeyword.push(name);
        continue;
      }
      throw unexpectedKeyword(func.qualname, name, names.slice(code.posonlyargcount, total));
    }
  }
  if (posonlyPassedAsKeyword.length > 0) {
    throw typeError(
      `${func.qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyPassedAsKeyword.join(', ')}'`,
    );
  }
  if (npos > argcount && !hasVarargs) {
    let kwonlyGiven = 0;
    for (let i = argcount; i < total; i++) if (locals[i] !== null) kwonlyGiven++;
    tooManyPositional(func, npos, kwonlyGiven);
  }
  if (npos < argcount) {
    const defaults = func.defaults === null ? [] : func.defaults.items;
    const firstDefault = argcount - defaults.length;
    const absent: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (locals[i] !== null) continue;
      if (i >= firstDefault) locals[i] = defaults[i - firstDefault];
      else absent.push(names[i]);
    }
    if (absent.length > 0) missing(func, 'positional', absent);
  }
  if (kwonly > 0) {
    const absent: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (locals[i] !== null) continue;
      const d = func.kwdefaults?.getStr(names[i]);
      if (d !== undefined) locals[i] = d;
      else absent.push(names[i]);
    }
    if (absent.length > 0) missing(func, 'keyword-only', absent);
  }
}

/** `f(*args, **kwargs)` of a Python function: its frame. */
export function frameForCallEx(ts: ThreadState, func: PyFunction, callargs: PyValue, kwargs: PyValue | null): Frame {
  const [args, kwnames] = spreadCallEx(func, callargs, kwargs);
  return framePyCall(ts, func, args, 0, args.length, kwnames);
}

/** `f(*args, **kwargs)` of anything else. */
export function callEx(func: PyValue, callargs: PyValue, kwargs: PyValue | null): PyValue {
  const [args, kwnames] = spreadCallEx(func, callargs, kwargs);
  return call(func, args, kwnames);
}

function spreadCallEx(func: PyValue, callargs: PyValue, kwargs: PyValue | null): [PyValue[], string[] | null] {
  let args: PyValue[];
  if (callargs instanceof PyTuple) args = callargs.items.slice();
  else {
    const t = typeOf(callargs);
    if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
      throw typeError(`${functionDescription(func)} argument after * must be an iterable, not ${t.name}`);
    }
    args = toArray(callargs);
  }
  if (kwargs === null || !(kwargs instanceof PyDict) || kwargs.size === 0) return [args, null];
  const kwnames: string[] = [];
  for (let i = 0; i < kwargs.end; i++) {
    const k = kwargs.keys[i];
    if (k === undefined) continue;
    if (typeof k !== 'string') throw typeError('keywords must be strings');
    kwnames.push(k);
    args.push(kwargs.values[i]!);
  }
  return [args, kwnames];
}

/** Calls a non-Python callable with arguments from the value stack. */
export function callNative(func: PyValue, stack: readonly (PyValue | null)[], start: number, n: number, kwnames: readonly PyValue[] | null): PyValue {
  if (func === null) throw typeError("'NoneType' object is not callable");
  return call(func, stack.slice(start, start + n) as PyValue[], kwnames as readonly string[] | null);
}

/**
 * An instance for CALL_ALLOC_AND_ENTER_INIT, as object.__new__ makes it (which raises for an
 * abstract class, so that case goes there).
 */
export function allocInstance(cls: PyType): PyValue {
  if (cls.abstractMethods !== null && cls.abstractMethods.length > 0) return call(ObjectType.ns.getStr('__new__')!, [cls]);
  return new PyObject(cls);
}

/** Leaves a frame that returned: one level less deep, the caller running again. */
export function leaveFrame(ts: ThreadState, frame: Frame): Frame | null {
  ts.depth--;
  frame.yielded = false;
  ts.frame = frame.previous;
  return frame.previous;
}

/** Leaves a generator's frame that yielded. */
export function suspendFrame(ts: ThreadState, frame: Frame, entry: Frame): void {
  if (frame !== entry) throw new Error('a frame yielded that was not entered on its own');
  ts.depth--;
  frame.yielded = true;
  ts.frame = frame.previous;
}

/** Runs `frame` (already linked and counted) to completion in a nested loop. */
export function runFrame(ts: ThreadState, frame: Frame, thrown: unknown = null): PyValue {
  ts.frame = frame;
  return ts.stats === null ? evalTier1(ts, frame, thrown) : evalTier1WithStats(ts, frame, thrown);
}

/** Native code calling a Python function. */
export function callPython(func: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const ts = threadState;
  const frame = framePyCall(ts, func, args, 0, args.length, kwnames);
  return runFrame(ts, frame);
}

registerPythonCaller(callPython);

export function initReturnedNonNone(v: PyValue): ReturnType<typeof typeError> {
  return typeError(`__init__() should return None, not '${typeOf(v).name}'`);
}
