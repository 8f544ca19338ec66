// Binding of keyword-capable calls the way CPython's Argument Clinic parsers do it
// (_PyArg_UnpackKeywords), so that each misuse gets CPython's exact message: the total count
// first, then the positional count, then missing and unknown names.
import { unexpectedKeyword } from '../../objects/args';
import type { PyValue } from '../../objects/object';
import { overflowError, typeError } from '../../objects/exceptions';
import { indexValue } from '../../objects/ops/index-value';

export interface ClinicSpec {
  /** The function's name as messages print it ("round", "property"). */
  readonly fname: string;
  /** Every parameter, in order: positional-only, then positional-or-keyword, then keyword-only. */
  readonly params: readonly string[];
  /** How many leading parameters are positional-only. */
  readonly posonly?: number;
  /** How many leading parameters are required. */
  readonly minpos?: number;
  /** How many parameters may be given by position (the rest are keyword-only). */
  readonly maxpos?: number;
}

const plural = (n: number): string => (n === 1 ? '' : 's');

/** One slot per parameter: the value given, or undefined when left to its default. */
export function unpackKeywords(spec: ClinicSpec, args: readonly PyValue[], kwnames: readonly string[] | null): (PyValue | undefined)[] {
  const { fname, params } = spec;
  const posonly = spec.posonly ?? 0;
  const minpos = spec.minpos ?? 0;
  const maxpos = spec.maxpos ?? params.length;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  const out: (PyValue | undefined)[] = new Array(params.length).fill(undefined);
  if (nkw === 0 && minpos <= nargs && nargs <= maxpos) {
    for (let i = 0; i < nargs; i++) out[i] = args[i];
    return out;
  }
  const maxargs = params.length;
  if (nargs + nkw > maxargs) {
    throw typeError(`${fname}() takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${plural(maxargs)} (${nargs + nkw} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) throw typeError(`${fname}() takes no positional arguments`);
    throw typeError(`${fname}() takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional argument${plural(maxpos)} (${nargs} given)`);
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly) {
    throw typeError(
      `${fname}() takes ${minposonly < maxpos ? 'at least' : 'exactly'} ${minposonly} positional argument${plural(minposonly)} (${nargs} given)`,
    );
  }
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  const find = (name: string): PyValue | undefined => {
    const k = kwnames === null ? -1 : kwnames.indexOf(name);
    return k < 0 ? undefined : args[nargs + k];
  };
  let remaining = nkw;
  for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
    let v: PyValue | undefined;
    if (remaining > 0) v = find(params[i]);
    else if (i >= minpos) break;
    out[i] = v;
    if (v !== undefined) remaining--;
    else if (i < minpos) throw typeError(`${fname}() missing required argument '${params[i]}' (pos ${i + 1})`);
  }
  if (remaining > 0) {
    for (let i = posonly; i < nargs; i++) {
      if (find(params[i]) !== undefined) {
        throw typeError(`argument for ${fname}() given by name ('${params[i]}') and position (${i + 1})`);
      }
    }
    const known = params.slice(posonly);
    for (const kw of kwnames!) {
      if (!known.includes(kw)) throw unexpectedKeyword(fname, kw, known);
    }
    throw typeError(`invalid keyword argument for ${fname}()`);
  }
  return out;
}

/** The positional arguments of a vectorcall (those before the keyword values). */
export function positionalCount(args: readonly PyValue[], kwnames: readonly string[] | null): number {
  return args.length - (kwnames === null ? 0 : kwnames.length);
}

/**
 * Keyword-only options parsed the old getargs way ("|$OO:max"): each name may appear once;
 * an unknown one gets "max() got an unexpected keyword argument 'x'".
 */
export function keywordOptions(
  fname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  names: readonly string[],
): (PyValue | undefined)[] {
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  if (kwnames === null) return out;
  const nargs = args.length - kwnames.length;
  for (let k = 0; k < kwnames.length; k++) {
    const i = names.indexOf(kwnames[k]);
    if (i < 0) throw unexpectedKeyword(fname, kwnames[k], names);
    out[i] = args[nargs + k];
  }
  return out;
}

/** _PyArg_CheckPositional: between min and max positional arguments ("islice expected at least 2 arguments, got 1"). */
export function checkPositional(name: string, args: readonly PyValue[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) throw typeError(`${name} expected ${min} argument${plural(min)}, got ${n}`);
  if (n < min) throw typeError(`${name} expected at least ${min} argument${plural(min)}, got ${n}`);
  throw typeError(`${name} expected at most ${max} argument${plural(max)}, got ${n}`);
}

const SSIZE_LIMIT = 2n ** 63n;

/** A Py_ssize_t argument (clinic's and getargs' "n"): by __index__, within C's range. */
export function ssizeArg(v: PyValue): number {
  const n = indexValue(v);
  if (typeof n === 'bigint') {
    if (n >= SSIZE_LIMIT || n < -SSIZE_LIMIT) throw overflowError('Python int too large to convert to C ssize_t');
    return Number(n);
  }
  return n;
}
