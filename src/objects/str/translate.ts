// str.maketrans and str.translate: a table maps ordinals to an ordinal, a str, or None
// (delete); a LookupError from the table keeps the character.
import type { PyValue } from '../object';
import { IntSubclassValue } from '../boxes';
import { PyDict } from '../dict';
import { DictType } from '../builtin-types';
import { None } from '../singletons';
import { LookupError, PyBaseException, typeError, valueError } from '../exceptions';
import { getItem } from '../ops/subscript';
import { argTypeName, asStr } from './args';
import { codePoints } from './codepoints';

export function maketrans(args: readonly PyValue[]): PyDict {
  const out = new PyDict();
  if (args.length === 1) {
    const x = args[0];
    // PyDict_CheckExact: a dict subclass is refused too.
    if (!(x instanceof PyDict) || x.type !== DictType) throw typeError('if you give only one argument to maketrans it must be a dict');
    for (const k of x.keyList()) {
      const v = x.get(k)!;
      if (typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean' || k instanceof IntSubclassValue) {
        out.set(k, v);
        continue;
      }
      const s = asStr(k);
      if (s === null) throw typeError('keys in translate table must be strings or integers');
      const cps = codePoints(s);
      if (cps.length !== 1) throw valueError('string keys in translate table must be of length 1');
      out.set(cps[0], v);
    }
    return out;
  }
  const y = asStr(args[1]);
  if (y === null) throw typeError(`maketrans() argument 2 must be str, not ${argTypeName(args[1])}`);
  const z = args.length > 2 ? asStr(args[2]) : '';
  if (z === null) throw typeError(`maketrans() argument 3 must be str, not ${argTypeName(args[2])}`);
  const x = asStr(args[0]);
  if (x === null) throw typeError('first maketrans argument must be a string if there is a second argument');
  const xs = codePoints(x);
  const ys = codePoints(y);
  if (xs.length !== ys.length) throw valueError('the first two maketrans arguments must have equal length');
  for (let i = 0; i < xs.length; i++) out.set(xs[i], ys[i]);
  for (const c of codePoints(z)) out.set(c, None);
  return out;
}

export function translate(s: string, table: PyValue): string {
  const cache = new Map<number, string | null>();
  let out = '';
  for (const c of codePoints(s)) {
    let m = cache.get(c);
    if (m === undefined) {
      m = lookup(table, c);
      cache.set(c, m);
    }
    if (m !== null) out += m;
  }
  return out;
}

function lookup(table: PyValue, c: number): string | null {
  let v: PyValue;
  try {
    v = getItem(table, c);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(LookupError)) return String.fromCodePoint(c);
    throw e;
  }
  if (v === None) return null;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof IntSubclassValue) {
    const n = v instanceof IntSubclassValue ? v.value : typeof v === 'boolean' ? Number(v) : v;
    if (n < 0 || n > 0x10ffff) throw valueError('character mapping must be in range(0x110000)');
    return String.fromCodePoint(Number(n));
  }
  const str = asStr(v);
  if (str !== null) return str;
  throw typeError('character mapping must return integer, None or str');
}
