// The native half of the re module (lib/python/re/): `_taipan_regex.compile` parses and
// compiles a pattern, `_taipan_regex.match` runs it over a str or bytes-like subject and
// returns the group spans, `_taipan_regex.scan` returns those of all successive matches. Pattern and Match objects, templates and the module's functions are
// Python, in lib/python/re/__init__.py.
import type { PyValue } from '../../objects/object';
import { PyObject } from '../../objects/object';
import { PyModule } from '../../objects/module';
import { BuiltinFunction } from '../../objects/function';
import { PyByteArray, PyBytes, PyList, PyTuple, StrSubclassValue } from '../../objects/boxes';
import { newBuiltinType } from '../../objects/builtin-types';
import { PyDict } from '../../objects/dict';
import { typeError, valueError } from '../../objects/exceptions';
import { checkArgs } from '../../objects/args';
import { indexValue } from '../../objects/ops/index-value';
import { isTrue } from '../../objects/ops/truth';
import { typeOf } from '../../objects/ops/typeof';
import { None } from '../../objects/singletons';
import type { Interpreter } from '../../vm/interpreter';
import { registerNativeModule } from '../registry';
import { Flag, PatternError } from './ast';
import { parsePattern } from './parser';
import { compileNode, MatchMode, runMatcher } from './matcher';

const ProgramType = newBuiltinType('regex_program', undefined, { baseType: false, module: '_taipan_regex' });

class RegexProgram extends PyObject {
  constructor(
    readonly matcher: ReturnType<typeof compileNode>,
    readonly groups: number,
    readonly isBytes: boolean,
  ) {
    super(ProgramType);
  }
}

function codePoints(s: string): Int32Array {
  const out = new Int32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out[n++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  return n === s.length ? out : out.subarray(0, n);
}

/** The last subject converted, so that finditer and sub over one string convert it once. */
let lastSubject: { text: string; codes: Int32Array } | null = null;

function subjectCodes(v: PyValue, isBytes: boolean): ArrayLike<number> {
  const text = typeof v === 'string' ? v : v instanceof StrSubclassValue ? v.value : null;
  if (text !== null) {
    if (isBytes) throw typeError('cannot use a bytes pattern on a string-like object');
    if (lastSubject === null || lastSubject.text !== text) lastSubject = { text, codes: codePoints(text) };
    return lastSubject.codes;
  }
  const bytes = v instanceof PyBytes ? v.bytes : v instanceof PyByteArray ? v.bytes.subarray(0, v.length) : null;
  if (bytes === null) throw typeError(`expected string or bytes-like object, got '${typeOf(v).name}'`);
  if (!isBytes) throw typeError('cannot use a string pattern on a bytes-like object');
  return bytes;
}

function checkFlags(flags: number, isBytes: boolean): void {
  if (isBytes) {
    if (flags & Flag.UNICODE) throw valueError('cannot use UNICODE flag with a bytes pattern');
    if (flags & Flag.LOCALE && flags & Flag.ASCII) throw valueError('ASCII and LOCALE flags are incompatible');
  } else {
    if (flags & Flag.LOCALE) throw valueError('cannot use LOCALE flag with a str pattern');
    if (flags & Flag.ASCII && flags & Flag.UNICODE) throw valueError('ASCII and UNICODE flags are incompatible');
  }
}

/** compile(pattern, flags) → (program, groups, groupindex, flags), or (message, position) for a bad pattern. */
function compile(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('compile', args, kwnames, 2);
  const [pattern, flagsArg] = args;
  let flags = Number(indexValue(flagsArg));
  const text = typeof pattern === 'string' ? pattern : pattern instanceof StrSubclassValue ? pattern.value : null;
  const isBytes = text === null;
  let source: ArrayLike<number>;
  if (text !== null) source = codePoints(text);
  else if (pattern instanceof PyBytes) source = pattern.bytes;
  else if (pattern instanceof PyByteArray) source = pattern.bytes.subarray(0, pattern.length);
  else throw typeError('first argument must be string or compiled pattern');
  checkFlags(flags, isBytes);
  try {
    const parsed = parsePattern(Array.from(source), isBytes, flags);
    flags = parsed.flags;
    checkFlags(flags, isBytes);
    const asciiFold = isBytes || (flags & Flag.ASCII) !== 0;
    const program = new RegexProgram(compileNode(parsed.root, asciiFold), parsed.groups, isBytes);
    const groupIndex = new PyDict();
    for (const [name, index] of parsed.groupNames) groupIndex.setStr(name, index);
    return new PyTuple([program, parsed.groups, groupIndex, flags]);
  } catch (e) {
    if (e instanceof PatternError) return new PyTuple([e.msg, e.pos === null ? None : e.pos]);
    throw e;
  }
}

function programArg(v: PyValue): RegexProgram {
  if (!(v instanceof RegexProgram)) throw typeError('a compiled regex program is required');
  return v;
}

/** pos and endpos clamped to the subject, as sre does. */
function bounds(codes: ArrayLike<number>, posArg: PyValue, endposArg: PyValue): [number, number] {
  const clamp = (v: PyValue): number => {
    const n = indexValue(v);
    return n < 0 ? 0 : n > codes.length ? codes.length : Number(n);
  };
  return [clamp(posArg), clamp(endposArg)];
}

function spansTuple(found: { spans: Int32Array; lastIndex: number }): PyTuple {
  const out: PyValue[] = Array.from(found.spans);
  out.push(found.lastIndex < 0 ? None : found.lastIndex);
  return new PyTuple(out);
}

/** match(program, subject, pos, endpos, mode, must_advance) → (start0, end0, start1, …, lastindex) or None. */
function match(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('match', args, kwnames, 6);
  const program = programArg(args[0]);
  const codes = subjectCodes(args[1], program.isBytes);
  const [pos, endpos] = bounds(codes, args[2], args[3]);
  if (endpos < pos) return None;
  const found = runMatcher(program.matcher, program.groups, codes, pos, endpos, Number(indexValue(args[4])) as MatchMode, isTrue(args[5]));
  return found === null ? None : spansTuple(found);
}

/**
 * scan(program, subject, limit) → the span tuples of successive non-overlapping matches over the
 * whole subject (at most limit, when it is not 0), an empty match never following another at
 * the same place: what findall, split and sub walk.
 */
function scan(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('scan', args, kwnames, 3);
  const program = programArg(args[0]);
  const codes = subjectCodes(args[1], program.isBytes);
  const limit = Number(indexValue(args[2]));
  const out: PyValue[] = [];
  let pos = 0;
  let mustAdvance = false;
  while (limit === 0 || out.length < limit) {
    const found = runMatcher(program.matcher, program.groups, codes, pos, codes.length, MatchMode.SEARCH, mustAdvance);
    if (found === null) break;
    out.push(spansTuple(found));
    mustAdvance = found.spans[0] === found.spans[1];
    pos = found.spans[1];
  }
  return new PyList(out);
}

/** A slicer for the subject: str (by code points) or bytes; null for an unset group. */
function slicer(v: PyValue, codes: ArrayLike<number>): (start: number, end: number) => PyValue {
  const text = typeof v === 'string' ? v : v instanceof StrSubclassValue ? v.value : null;
  if (text === null) {
    const bytes = codes as Uint8Array;
    return (start, end) => new PyBytes(bytes.slice(start, end));
  }
  if (codes.length === text.length) return (start, end) => text.slice(start, end);
  return (start, end) => {
    let out = '';
    for (let i = start; i < end; i++) out += String.fromCodePoint(codes[i]);
    return out;
  };
}

/** findall(program, subject, pos, endpos): the matched strings, or the groups' values, of all matches. */
function findall(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('findall', args, kwnames, 4);
  const program = programArg(args[0]);
  const codes = subjectCodes(args[1], program.isBytes);
  const [start, endpos] = bounds(codes, args[2], args[3]);
  const slice = slicer(args[1], codes);
  const empty = slice(0, 0);
  const groups = program.groups;
  const out: PyValue[] = [];
  let pos = start;
  let mustAdvance = false;
  while (pos <= endpos) {
    const found = runMatcher(program.matcher, groups, codes, pos, endpos, MatchMode.SEARCH, mustAdvance);
    if (found === null) break;
    const spans = found.spans;
    const value = (g: number): PyValue => (spans[2 * g] < 0 ? empty : slice(spans[2 * g], spans[2 * g + 1]));
    if (groups <= 1) out.push(value(groups));
    else {
      const items: PyValue[] = [];
      for (let g = 1; g <= groups; g++) items.push(value(g));
      out.push(new PyTuple(items));
    }
    mustAdvance = spans[0] === spans[1];
    pos = spans[1];
  }
  return new PyList(out);
}

function makeRegexModule(_interp: Interpreter): PyModule {
  const m = new PyModule('_taipan_regex');
  m.dict.setStr('compile', BuiltinFunction.ofModule('_taipan_regex', 'compile', compile));
  m.dict.setStr('match', BuiltinFunction.ofModule('_taipan_regex', 'match', match));
  m.dict.setStr('scan', BuiltinFunction.ofModule('_taipan_regex', 'scan', scan));
  m.dict.setStr('findall', BuiltinFunction.ofModule('_taipan_regex', 'findall', findall));
  return m;
}

registerNativeModule('_taipan_regex', makeRegexModule);
