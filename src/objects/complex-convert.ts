// complex(real=0, imag=0) (Objects/complexobject.c, complex_new_impl): from a string, from
// numbers and objects with __complex__, __float__ or __index__, either argument possibly
// complex itself (real + imag*1j).
import type { PyValue } from './object';
import { PyComplex, StrSubclassValue } from './boxes';
import { ComplexType } from './builtin-types';
import { typeError, valueError } from './exceptions';
import { asciiNumberText, parseComplexText, removeUnderscores } from './numeric-text';
import { checkNewType } from './numeric-args';
import { numberToDouble } from './float-convert';
import { strRepr } from './str-repr';
import { typeOf } from './ops/typeof';
import { callMethodDescriptor } from './ops/call';
import { runtimeWarn } from './runtime-warning';

function strText(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  return v instanceof StrSubclassValue ? v.value : undefined;
}

/** complex(s) for a str. */
export function complexFromStr(s: string): [number, number] {
  const text = removeUnderscores(asciiNumberText(s));
  if (text === undefined) throw valueError(`could not convert string to complex: ${strRepr(s)}`);
  const r = parseComplexText(text);
  if (r === undefined) throw valueError('complex() arg is a malformed string');
  return r;
}

/** try_complex_special_method: __complex__'s result, or undefined when there is none. */
export function complexSpecial(v: PyValue): PyComplex | undefined {
  const m = typeOf(v).lookup('__complex__');
  if (m === undefined) return undefined;
  const r = callMethodDescriptor(m, v, []);
  if (!(r instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
  if (r.type !== ComplexType) {
    runtimeWarn('DeprecationWarning', `__complex__ returned non-complex (type ${typeOf(r).name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`);
  }
  return r;
}

/** Whether a value can stand for a number here (nb_float or nb_index, or a complex). */
function isNumber(v: PyValue): boolean {
  if (v instanceof PyComplex) return true;
  const t = typeOf(v);
  return t.lookup('__float__') !== undefined || t.lookup('__index__') !== undefined;
}

export function complexNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = checkNewType(ComplexType, args[0]);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  if (npos > 2) throw typeError(`complex() takes at most 2 arguments (${npos} given)`);
  let r: PyValue | undefined = npos >= 1 ? args[1] : undefined;
  let i: PyValue | undefined = npos >= 2 ? args[2] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const v = args[1 + npos + k];
    if (name === 'real' && npos < 1 && r === undefined) r = v;
    else if (name === 'imag' && npos < 2 && i === undefined) i = v;
    else if ((name === 'real' && npos >= 1) || (name === 'imag' && npos >= 2)) {
      throw typeError(`argument for complex() given by name ('${name}') and position (${name === 'real' ? 1 : 2})`);
    } else throw typeError(`complex() got an unexpected keyword argument '${name}'`);
  }
  if (r === undefined) r = 0;
  if (r instanceof PyComplex && r.type === ComplexType && i === undefined && cls === ComplexType) return r;
  const s = strText(r);
  if (s !== undefined) {
    if (i !== undefined) throw typeError("complex() can't take second arg if first is a string");
    const [re, im] = complexFromStr(s);
    return new PyComplex(re, im, cls);
  }
  if (i !== undefined && strText(i) !== undefined) throw typeError("complex() second arg can't be a string");
  const special = complexSpecial(r);
  if (special !== undefined) r = special;
  if (!isNumber(r)) throw typeError(`complex() first argument must be a string or a number, not '${typeOf(r).name}'`);
  if (i !== undefined && !isNumber(i)) throw typeError(`complex() second argument must be a number, not '${typeOf(i).name}'`);
  let re: number;
  let reImag = 0;
  let rIsComplex = false;
  if (r instanceof PyComplex) {
    re = r.real;
    reImag = r.imag;
    rIsComplex = true;
  } else re = numberToDouble(r);
  let im: number;
  if (i === undefined) im = reImag;
  else if (i instanceof PyComplex) {
    im = i.real;
    re -= i.imag;
  } else im = numberToDouble(i);
  if (rIsComplex && i !== undefined) im += reImag;
  return new PyComplex(re, im, cls);
}
