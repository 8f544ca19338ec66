// Which exception types have an instance layout of their own (CPython's struct per family):
// multiple inheritance across two of these families is a layout conflict, within one it is fine
// (class E(ValueError, KeyError) works; class E(OSError, ImportError) does not).
import { EXCEPTION_TYPES } from '../exceptions';

const LAYOUTS = new Set([
  'BaseException',
  'StopIteration',
  'SystemExit',
  'ImportError',
  'AttributeError',
  'NameError',
  'OSError',
  'SyntaxError',
  'UnicodeDecodeError',
  'UnicodeEncodeError',
  'UnicodeTranslateError',
  'BaseExceptionGroup',
]);

for (const t of EXCEPTION_TYPES.values()) {
  const owner = t.mro.find((b) => LAYOUTS.has(b.name) && EXCEPTION_TYPES.get(b.name) === b);
  if (owner !== undefined) t.solid = owner;
}
