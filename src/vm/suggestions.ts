// "Did you mean: 'x'?" for NameError, AttributeError and ImportError, as CPython 3.13 computes
// it (traceback.py's _compute_suggestion_error over Python/suggestions.c's edit distance): the
// closest candidate by a Levenshtein distance over UTF-8 bytes where a case change costs half
// a substitution, within a third of the characters involved.
import type { PyValue } from '../objects/object';
import { PyDict } from '../objects/dict';
import { PyCell } from '../objects/function';
import { PyBaseException, AttributeError, ImportError, NameError } from '../objects/exceptions';
import { PyTraceback } from '../objects/traceback';
import { None } from '../objects/singletons';
import { callSpecial } from '../objects/ops/call';
import { toArray } from '../objects/ops/iter';
import { getAttrOrUndefined } from '../objects/ops/attributes';
import { StrSubclassValue } from '../objects/boxes';
import type { Frame } from './frame';
import { STDLIB_MODULE_NAMES } from './traceback/stdlib-names';
import { importWith } from './imports';

export { calculateSuggestion, levenshteinDistance } from '../objects/suggestion-distance';
import { calculateSuggestion } from '../objects/suggestion-distance';

/** `__import__(name)`: for ImportError suggestions, the names of the module a from-import failed on. */
let importModule: ((name: string) => PyValue) | null = (name) => importWith(name, null, None, 0);
export function registerSuggestionImporter(fn: (name: string) => PyValue): void {
  importModule = fn;
}

function keysOf(mapping: PyValue | null): string[] | null {
  if (mapping instanceof PyDict) {
    const out: string[] = [];
    for (const k of mapping.keyList()) {
      if (typeof k === 'string') out.push(k);
      else if (k instanceof StrSubclassValue) out.push(k.value);
      else return null;
    }
    return out;
  }
  return null;
}

/** frame.f_locals as names → values (the bound fast locals of a function, or its namespace). */
function frameLocals(frame: Frame): Map<string, PyValue> | null {
  const out = new Map<string, PyValue>();
  if (frame.locals !== null) {
    if (!(frame.locals instanceof PyDict)) return null;
    for (const k of frame.locals.keyList()) if (typeof k === 'string') out.set(k, frame.locals.getStr(k)!);
    return out;
  }
  const names = frame.code.localsplusnames;
  for (let i = 0; i < names.length; i++) {
    let v = frame.stack[i];
    if (v instanceof PyCell) v = v.value;
    if (v !== null && v !== undefined && !out.has(names[i])) out.set(names[i], v);
  }
  return out;
}

function lastFrame(tb: PyValue): Frame | null {
  if (!(tb instanceof PyTraceback)) return null;
  let t: PyTraceback = tb;
  while (t.next instanceof PyTraceback) t = t.next;
  return t.frame;
}

/** dir(obj): the sorted names its __dir__ lists. */
function dirOf(obj: PyValue): string[] {
  const listed = callSpecial(obj, '__dir__', []);
  if (listed === undefined) return [];
  const names: string[] = [];
  for (const v of toArray(listed)) {
    if (typeof v === 'string') names.push(v);
    else if (v instanceof StrSubclassValue) names.push(v.value);
    else throw new Error('dir() item is not a str');
  }
  return names.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/** getattr(obj, name, None), with any error counting as None (for attributes read while printing). */
function attrOrNone(obj: PyValue, name: string): PyValue {
  try {
    return getAttrOrUndefined(obj, name) ?? None;
  } catch {
    return None;
  }
}

function asStr(v: PyValue): string | null {
  return typeof v === 'string' ? v : v instanceof StrSubclassValue ? v.value : null;
}

/** traceback.py's _compute_suggestion_error: the suggested name, or null. */
export function computeSuggestion(exc: PyBaseException, tb: PyValue, wrongName: string): string | null {
  let candidates: string[];
  try {
    if (exc.type.isSubtypeOf(AttributeError)) {
      const obj = getAttrOrUndefined(exc, 'obj') ?? None;
      candidates = dirOf(obj);
      let hideUnderscored = !wrongName.startsWith('_');
      if (hideUnderscored) {
        const frame = lastFrame(tb);
        const locals = frame === null ? null : frameLocals(frame);
        if (locals !== null && locals.has('self') && locals.get('self') === obj) hideUnderscored = false;
      }
      if (hideUnderscored) candidates = candidates.filter((n) => !n.startsWith('_'));
    } else if (exc.type.isSubtypeOf(ImportError)) {
      const moduleName = asStr(getAttrOrUndefined(exc, 'name') ?? None);
      if (importModule === null || moduleName === null) return null;
      candidates = dirOf(importModule(moduleName));
      if (!wrongName.startsWith('_')) candidates = candidates.filter((n) => !n.startsWith('_'));
    } else {
      const frame = lastFrame(tb);
      if (frame === null) return null;
      const locals = frameLocals(frame);
      const globals = keysOf(frame.globals);
      const builtins = keysOf(frame.builtins);
      if (locals === null || globals === null || builtins === null) return null;
      candidates = [...locals.keys(), ...globals, ...builtins];
      const self = locals.get('self');
      if (self !== undefined && getAttrOrUndefined(self, wrongName) !== undefined) return `self.${wrongName}`;
    }
  } catch {
    return null;
  }
  return calculateSuggestion(candidates, wrongName);
}

/**
 * What TracebackException appends to str(exc) for these exceptions: ". Did you mean: 'x'?",
 * and for a NameError naming a standard library module, "Did you forget to import 'sys'?".
 */
export function suggestionSuffix(exc: PyBaseException, tb: PyValue): string {
  const type = exc.type;
  if (type.isSubtypeOf(ImportError)) {
    const nameFrom = attrOrNone(exc, 'name_from');
    if (nameFrom === None) return '';
    const wrong = asStr(nameFrom);
    const s = wrong === null ? null : computeSuggestion(exc, tb, wrong);
    return s !== null ? `. Did you mean: '${s}'?` : '';
  }
  if (!type.isSubtypeOf(NameError) && !type.isSubtypeOf(AttributeError)) return '';
  const name = attrOrNone(exc, 'name');
  if (name === None) return '';
  const wrongName = asStr(name);
  const s = wrongName === null ? null : computeSuggestion(exc, tb, wrongName);
  let out = s !== null ? `. Did you mean: '${s}'?` : '';
  if (type.isSubtypeOf(NameError) && wrongName !== null && STDLIB_MODULE_NAMES.has(wrongName)) {
    out += s !== null ? ` Or did you forget to import '${wrongName}'?` : `. Did you forget to import '${wrongName}'?`;
  }
  return out;
}

