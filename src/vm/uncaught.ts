// The text printed for an exception nobody caught: CPython's traceback format, from the
// traceback printer (traceback-print.ts), for whatever reached the top (a JS error included).
import { asPyException } from './unwind';
import { formatException } from './traceback-print';

export function formatUncaught(e: unknown): string {
  return formatException(asPyException(e));
}
