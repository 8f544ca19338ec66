// The text printed for an exception nobody caught: CPython's traceback format, from the
// traceback printer (traceback-print.ts).
import { asPyException } from './unwind';
import { PyBaseException } from '../objects/exceptions';
import { PyTraceback } from '../objects/traceback';
import { str } from '../objects/ops/repr';

type Formatter = (exc: PyBaseException) => string;

function printer(): Formatter | null {
  try {
    const m = require('./traceback-print') as { formatException?: Formatter };
    return m.formatException ?? null;
  } catch {
    return null;
  }
}

/** Frames and the final line only, until the full printer is there. */
function plain(exc: PyBaseException): string {
  let out = 'Traceback (most recent call last):\n';
  for (let tb = exc.traceback; tb instanceof PyTraceback; tb = tb.next) {
    out += `  File "${tb.frame.code.filename}", line ${tb.lineno}, in ${tb.frame.code.name}\n`;
  }
  let message: string;
  try {
    message = str(exc);
  } catch {
    message = '<exception str() failed>';
  }
  return out + (message === '' ? `${exc.type.name}\n` : `${exc.type.name}: ${message}\n`);
}

export function formatUncaught(e: unknown): string {
  const exc = asPyException(e);
  const f = printer();
  return f === null ? plain(exc) : f(exc);
}
