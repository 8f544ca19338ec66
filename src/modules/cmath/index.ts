// The cmath module (Modules/cmathmodule.c): its functions with CPython's argument conversion
// (PyComplex_AsCComplex: a complex, else __complex__, else a real number by __float__ or
// __index__), its errors and its constants. The computations are in functions.ts.
import type { PyValue } from '../../objects/object';
import type { C } from '../../objects/complex-arith';
import { PyModule } from '../../objects/module';
import { BuiltinFunction, type NativeFunction } from '../../objects/function';
import { PyComplex, PyFloat, PyTuple } from '../../objects/boxes';
import { overflowError, valueError } from '../../objects/exceptions';
import { checkArgs, noKeywords } from '../../objects/args';
import { complexSpecial } from '../../objects/complex-convert';
import type { Interpreter } from '../../vm/interpreter';
import { registerNativeModule } from '../registry';
import { asDouble, bindPositionalThenKeywords } from '../math/arguments';
import * as F from './functions';
import { MathError, type CResult } from './functions';

/** PyComplex_AsCComplex. */
function asComplex(v: PyValue): C {
  if (v instanceof PyComplex) return { re: v.real, im: v.imag };
  const special = complexSpecial(v);
  if (special !== undefined) return { re: special.real, im: special.imag };
  return { re: asDouble(v), im: 0 };
}

function raise(error: MathError): void {
  if (error === MathError.Domain) throw valueError('math domain error');
  if (error === MathError.Range) throw overflowError('math range error');
}

function result(r: CResult): PyComplex {
  raise(r.error);
  return new PyComplex(r.re, r.im);
}

/** The functions of one complex argument returning a complex. */
const UNARY: readonly [string, (z: C) => CResult][] = [
  ['acos', F.cAcos],
  ['acosh', F.cAcosh],
  ['asin', F.cAsin],
  ['asinh', F.cAsinh],
  ['atan', F.cAtan],
  ['atanh', F.cAtanh],
  ['cos', F.cCos],
  ['cosh', F.cCosh],
  ['exp', F.cExp],
  ['log10', F.cLog10],
  ['sin', F.cSin],
  ['sinh', F.cSinh],
  ['sqrt', F.cSqrt],
  ['tan', F.cTan],
  ['tanh', F.cTanh],
];

/** The predicates of one complex argument. */
const PREDICATES: readonly [string, (z: C) => boolean][] = [
  ['isfinite', (z) => Number.isFinite(z.re) && Number.isFinite(z.im)],
  ['isinf', (z) => Math.abs(z.re) === Infinity || Math.abs(z.im) === Infinity],
  ['isnan', (z) => z.re !== z.re || z.im !== z.im],
];

function cmathLog(args: PyValue[], kwnames: readonly string[] | null): PyComplex {
  noKeywords('cmath.log', kwnames);
  checkArgs('log', args, kwnames, 1, 2);
  const z = asComplex(args[0]);
  if (args.length === 1) return result(F.cLog(z));
  return result(F.cLogBase(z, asComplex(args[1])));
}

function isclose(args: PyValue[], kwnames: readonly string[] | null): boolean {
  const [aArg, bArg, relArg, absArg] = bindPositionalThenKeywords('isclose', args, kwnames, ['a', 'b'], ['rel_tol', 'abs_tol'], false);
  const a = asComplex(aArg!);
  const b = asComplex(bArg!);
  const relTol = relArg === undefined ? 1e-9 : asDouble(relArg);
  const absTol = absArg === undefined ? 0 : asDouble(absArg);
  if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative');
  // Equal values (two infinities of one sign among them) are close; otherwise an infinity is close to nothing.
  if (a.re === b.re && a.im === b.im) return true;
  const inf = (x: number): boolean => x === Infinity || x === -Infinity;
  if (inf(a.re) || inf(a.im) || inf(b.re) || inf(b.im)) return false;
  const diff = F.cAbs({ re: a.re - b.re, im: a.im - b.im }).value;
  return diff <= relTol * F.cAbs(b).value || diff <= relTol * F.cAbs(a).value || diff <= absTol;
}

function makeCmathModule(_interp: Interpreter): PyModule {
  const m = new PyModule('cmath');
  m.dict.setStr('__doc__', 'This module provides access to mathematical functions for complex\nnumbers.');
  const def = (name: string, fn: NativeFunction): void => m.dict.setStr(name, BuiltinFunction.ofModule('cmath', name, fn));
  for (const [name, f] of UNARY) {
    def(name, (args, kwnames) => {
      checkArgs(`cmath.${name}`, args, kwnames, 1);
      return result(f(asComplex(args[0])));
    });
  }
  for (const [name, f] of PREDICATES) {
    def(name, (args, kwnames) => {
      checkArgs(`cmath.${name}`, args, kwnames, 1);
      return f(asComplex(args[0]));
    });
  }
  def('log', cmathLog);
  def('phase', (args, kwnames) => {
    checkArgs('cmath.phase', args, kwnames, 1);
    const r = F.phase(asComplex(args[0]));
    raise(r.error);
    return new PyFloat(r.value);
  });
  def('polar', (args, kwnames) => {
    checkArgs('cmath.polar', args, kwnames, 1);
    const z = asComplex(args[0]);
    const phi = F.phase(z).value;
    const r = F.cAbs(z);
    raise(r.error);
    return new PyTuple([new PyFloat(r.value), new PyFloat(phi)]);
  });
  def('rect', (args, kwnames) => {
    noKeywords('cmath.rect', kwnames);
    checkArgs('rect', args, kwnames, 2);
    return result(F.cRect(asDouble(args[0]), asDouble(args[1])));
  });
  def('isclose', isclose);
  m.dict.setStr('pi', new PyFloat(Math.PI));
  m.dict.setStr('e', new PyFloat(Math.E));
  m.dict.setStr('tau', new PyFloat(2 * Math.PI));
  m.dict.setStr('inf', new PyFloat(Infinity));
  m.dict.setStr('infj', new PyComplex(0, Infinity));
  m.dict.setStr('nan', new PyFloat(NaN));
  m.dict.setStr('nanj', new PyComplex(0, NaN));
  return m;
}

registerNativeModule('cmath', makeCmathModule);
