// repr() of the constants of a code object, as CPython 3.13 writes them — what `dis` shows
// after LOAD_CONST, and what the compiler writes for a constant in an annotation (PEP 563).
import { complexRepr, floatRepr } from '../objects/float-repr';
import { intRepr } from '../objects/int-repr';
import { bytesRepr, strRepr, strReprOfParts } from '../objects/str-repr';
import {
  BytesConstant,
  ComplexConstant,
  ELLIPSIS,
  FloatConstant,
  FrozensetConstant,
  SplitSurrogateStr,
  TupleConstant,
} from './ast/constants';
import { type CodeConstant, type CompiledCode, isCompiledCode } from './code';

/** A stand-in for the address CPython prints for a code object: stable per object, never real. */
const codeAddresses = new WeakMap<CompiledCode, string>();
let nextAddress = 0x7f0000001000;

function codeAddress(co: CompiledCode): string {
  let a = codeAddresses.get(co);
  if (a === undefined) {
    a = '0x' + nextAddress.toString(16);
    nextAddress += 0x1a0;
    codeAddresses.set(co, a);
  }
  return a;
}

/** repr() of a constant of a code object. */
export function constRepr(v: CodeConstant): string {
  if (v === null) return 'None';
  if (v === ELLIPSIS) return 'Ellipsis';
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'number':
    case 'bigint':
      return intRepr(v);
    case 'string':
      return strRepr(v);
  }
  if (v instanceof SplitSurrogateStr) return strReprOfParts(v.parts);
  if (v instanceof FloatConstant) return floatRepr(v.value);
  if (v instanceof ComplexConstant) return complexRepr(v.real, v.imag);
  if (v instanceof BytesConstant) return bytesRepr(v.bytes);
  if (v instanceof TupleConstant) {
    const items = v.items.map(constRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (v instanceof FrozensetConstant) return v.items.length === 0 ? 'frozenset()' : `frozenset({${v.items.map(constRepr).join(', ')}})`;
  if (isCompiledCode(v)) return `<code object ${v.co_name} at ${codeAddress(v)}, file "${v.co_filename}", line ${v.co_firstlineno}>`;
  throw new Error('dis: not a constant');
}
