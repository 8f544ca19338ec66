// The optional start/end arguments of find(), count(), startswith()… on str and bytes:
// None or absent means "no bound"; anything else is an index clamped like a slice index.
import type { PyValue } from '../object';
import { None } from '../singletons';
import { typeError } from '../exceptions';
import { indexValue } from '../ops/index-value';
import { hasIndex } from '../sequence';

export function optionalIndex(v: PyValue | undefined): number | undefined {
  if (v === undefined || v === None) return undefined;
  if (typeof v === 'number') return v;
  if (!hasIndex(v)) throw typeError('slice indices must be integers or None or have an __index__ method');
  const n = indexValue(v);
  if (typeof n === 'number') return n;
  return n > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}
