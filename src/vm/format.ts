// Formatting values for f-strings and format(): FORMAT_SIMPLE/FORMAT_WITH_SPEC call
// __format__, CONVERT_VALUE applies !s, !r or !a first.
import type { PyValue } from '../objects/object';
import { StrSubclassValue } from '../objects/boxes';
import { systemError, typeError } from '../objects/exceptions';
import { callMethodDescriptor } from '../objects/ops/call';
import { repr, str } from '../objects/ops/repr';
import { typeOf } from '../objects/ops/typeof';

export function format(value: PyValue, spec: PyValue): string {
  const m = typeOf(value).lookup('__format__');
  if (m === undefined) throw typeError(`Type ${typeOf(value).name} doesn't define __format__`);
  const r = callMethodDescriptor(m, value, [spec]);
  if (typeof r === 'string') return r;
  if (r instanceof StrSubclassValue) return r.value;
  throw typeError(`__format__ must return a str, not ${typeOf(r).name}`);
}

/** ascii(): repr with every non-ASCII character escaped. */
export function ascii(value: PyValue): string {
  const r = repr(value);
  let out = '';
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

export function convertValue(value: PyValue, which: number): string {
  switch (which) {
    case 1:
      return str(value);
    case 2:
      return repr(value);
    case 3:
      return ascii(value);
  }
  throw systemError(`unknown conversion ${which}`);
}
