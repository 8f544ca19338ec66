// Argument checking for functions written in TypeScript, with CPython's messages
// (Python/getargs.c, Argument Clinic's generated parsers).
import type { PyValue } from './object';
import { typeError, type PyBaseException } from './exceptions';
import { calculateSuggestion } from './suggestion-distance';

/** "f() got an unexpected keyword argument 'x'", with 3.13's ". Did you mean 'y'?" among `candidates`. */
export function unexpectedKeyword(fname: string, keyword: string, candidates: readonly string[]): PyBaseException {
  const suggestion = calculateSuggestion(candidates, keyword);
  return typeError(`${fname}() got an unexpected keyword argument '${keyword}'${suggestion === null ? '' : `. Did you mean '${suggestion}'?`}`);
}

/** Rejects keyword arguments: "NAME() takes no keyword arguments". */
export function noKeywords(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/**
 * Checks a positional-only call: between min and max arguments, no keywords. Messages as
 * CPython's for METH_O ("takes exactly one argument"), METH_NOARGS ("takes no arguments") and
 * clinic functions ("expected at most 2 arguments, got 3").
 */
export function checkArgs(name: string, args: readonly PyValue[], kwnames: readonly string[] | null, min: number, max = min): void {
  noKeywords(name, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (max === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
  if (min === 1 && max === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
  if (min === max) throw typeError(`${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/**
 * Binds a call to named parameters (the first `positional` may be given by position; all by
 * keyword unless listed in `positionalOnly`): returns one slot per parameter, undefined when
 * not given. Messages as Argument Clinic's.
 */
export function bindArgs(
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  params: readonly string[],
  options: { required?: number; positionalOnly?: number; maxPositional?: number } = {},
): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const maxPositional = options.maxPositional ?? params.length;
  const required = options.required ?? 0;
  const positionalOnly = options.positionalOnly ?? 0;
  // Clinic's parser counts every argument against the parameters before anything else.
  if (npos + nkw > params.length) {
    const given = npos + nkw;
    throw typeError(
      `${name}() takes at most ${params.length} ${npos === 0 ? 'keyword ' : ''}argument${params.length === 1 ? '' : 's'} (${given} given)`,
    );
  }
  if (npos > maxPositional) {
    throw typeError(
      maxPositional === 0
        ? `${name}() takes no positional arguments`
        : `${name}() takes at most ${maxPositional} positional argument${maxPositional === 1 ? '' : 's'} (${npos} given)`,
    );
  }
  const out: (PyValue | undefined)[] = new Array(params.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const kw = kwnames![k];
    const i = params.indexOf(kw);
    if (i < 0 || i < positionalOnly) throw unexpectedKeyword(name, kw, params.slice(positionalOnly));
    if (out[i] !== undefined) {
      throw typeError(`argument for ${name}() given by name ('${kw}') and position (${i + 1})`);
    }
    out[i] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (i < positionalOnly || npos >= i) {
        throw typeError(`${name}() missing required argument '${params[i]}' (pos ${i + 1})`);
      }
      throw typeError(`${name}() missing required argument '${params[i]}'`);
    }
  }
  return out;
}
