// Compiled code as text and back, so that a module compiled once can be loaded again without
// compiling (see vm/stdlib-code-cache.ts). The text is JSON: V8 parses it faster than any
// decoder we could write in JS. Values JSON has no form for are tagged objects; byte strings are
// base64. co_filename is not kept: it is the file's, and is given back at load.
import { isCompiledCode, type CodeConstant, type CompiledCode } from '../compiler/code';
import {
  BytesConstant,
  ComplexConstant,
  ELLIPSIS,
  FloatConstant,
  FrozensetConstant,
  SplitSurrogateStr,
  TupleConstant,
  type ConstantValue,
} from '../compiler/ast/constants';

type Encoded = null | boolean | number | string | { readonly [tag: string]: unknown };

interface EncodedCode {
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly nlocals: number;
  readonly stacksize: number;
  readonly flags: number;
  readonly code: string;
  readonly consts: readonly Encoded[];
  readonly names: readonly string[];
  readonly varnames: readonly string[];
  readonly cellvars: readonly string[];
  readonly freevars: readonly string[];
  readonly localsplusnames: readonly string[];
  readonly localspluskinds: string;
  readonly name: string;
  readonly qualname: string;
  readonly firstlineno: number;
  readonly linetable: string;
  readonly exceptiontable: string;
}

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const unbase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

/** A float as JSON keeps it exactly, or its eight bytes when JSON cannot (NaN, the infinities, -0.0). */
function encodeFloat(value: number): number | string {
  if (Number.isFinite(value) && !Object.is(value, -0)) return value;
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setFloat64(0, value);
  return Buffer.from(bytes).toString('hex');
}

function decodeFloat(encoded: number | string): number {
  if (typeof encoded === 'number') return encoded;
  return new DataView(Uint8Array.from(Buffer.from(encoded, 'hex')).buffer).getFloat64(0);
}

function encodeConstant(c: CodeConstant): Encoded {
  if (c === null) return null;
  switch (typeof c) {
    case 'boolean':
    case 'string':
      return c;
    case 'number':
      // Every int the compiler keeps as a number is a safe integer, which JSON keeps exactly.
      return c;
    case 'bigint':
      return { int: c.toString() };
  }
  if (isCompiledCode(c)) return { code: encodeCode(c) };
  if (c instanceof FloatConstant) return { float: encodeFloat(c.value) };
  if (c instanceof ComplexConstant) return { complex: [encodeFloat(c.real), encodeFloat(c.imag)] };
  if (c instanceof BytesConstant) return { bytes: base64(c.bytes) };
  if (c instanceof TupleConstant) return { tuple: c.items.map(encodeConstant) };
  if (c instanceof FrozensetConstant) return { frozenset: c.items.map(encodeConstant), inserted: c.inserted.map(encodeConstant) };
  if (c instanceof SplitSurrogateStr) return { parts: c.parts };
  if (c === ELLIPSIS) return { ellipsis: 1 };
  throw new Error('a constant the code serializer does not know');
}

function decodeConstant(e: Encoded, filename: string): CodeConstant {
  if (e === null || typeof e !== 'object') return e;
  const tagged = e as Record<string, unknown>;
  if ('int' in tagged) return BigInt(tagged['int'] as string);
  if ('code' in tagged) return decodeCode(tagged['code'] as EncodedCode, filename);
  if ('float' in tagged) return new FloatConstant(decodeFloat(tagged['float'] as number | string));
  if ('complex' in tagged) {
    const [real, imag] = tagged['complex'] as [number | string, number | string];
    return new ComplexConstant(decodeFloat(real), decodeFloat(imag));
  }
  if ('bytes' in tagged) return new BytesConstant(unbase64(tagged['bytes'] as string));
  if ('tuple' in tagged) return new TupleConstant((tagged['tuple'] as Encoded[]).map((x) => decodeConstant(x, filename) as ConstantValue));
  if ('frozenset' in tagged) {
    const items = (tagged['frozenset'] as Encoded[]).map((x) => decodeConstant(x, filename) as ConstantValue);
    const inserted = (tagged['inserted'] as Encoded[]).map((x) => decodeConstant(x, filename) as ConstantValue);
    return new FrozensetConstant(items, inserted);
  }
  if ('parts' in tagged) return new SplitSurrogateStr(tagged['parts'] as string[]);
  if ('ellipsis' in tagged) return ELLIPSIS;
  throw new Error('a serialized constant of no known kind');
}

function encodeCode(c: CompiledCode): EncodedCode {
  return {
    argcount: c.co_argcount,
    posonlyargcount: c.co_posonlyargcount,
    kwonlyargcount: c.co_kwonlyargcount,
    nlocals: c.co_nlocals,
    stacksize: c.co_stacksize,
    flags: c.co_flags,
    code: base64(c.co_code),
    consts: c.co_consts.map(encodeConstant),
    names: c.co_names,
    varnames: c.co_varnames,
    cellvars: c.co_cellvars,
    freevars: c.co_freevars,
    localsplusnames: c.co_localsplusnames,
    localspluskinds: base64(c.co_localspluskinds),
    name: c.co_name,
    qualname: c.co_qualname,
    firstlineno: c.co_firstlineno,
    linetable: base64(c.co_linetable),
    exceptiontable: base64(c.co_exceptiontable),
  };
}

function decodeCode(e: EncodedCode, filename: string): CompiledCode {
  return {
    _kind: 'Code',
    co_argcount: e.argcount,
    co_posonlyargcount: e.posonlyargcount,
    co_kwonlyargcount: e.kwonlyargcount,
    co_nlocals: e.nlocals,
    co_stacksize: e.stacksize,
    co_flags: e.flags,
    co_code: unbase64(e.code),
    co_consts: e.consts.map((x) => decodeConstant(x, filename)),
    co_names: e.names,
    co_varnames: e.varnames,
    co_cellvars: e.cellvars,
    co_freevars: e.freevars,
    co_localsplusnames: e.localsplusnames,
    co_localspluskinds: unbase64(e.localspluskinds),
    co_filename: filename,
    co_name: e.name,
    co_qualname: e.qualname,
    co_firstlineno: e.firstlineno,
    co_linetable: unbase64(e.linetable),
    co_exceptiontable: unbase64(e.exceptiontable),
  };
}

/** The text for a module's code: every nested code object in it, and all their constants. */
export function serializeCode(code: CompiledCode): string {
  return JSON.stringify(encodeCode(code));
}

/** The code `serializeCode` wrote, with `filename` as the co_filename of it and all its nested code. */
export function deserializeCode(text: string, filename: string): CompiledCode {
  return decodeCode(JSON.parse(text) as EncodedCode, filename);
}
