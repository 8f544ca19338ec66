// Printing uncaught exceptions exactly as CPython 3.13 does (without colour): the entry points
// for the CLI's top-level handler and for sys.excepthook / sys.__excepthook__.
import type { PyValue } from '../objects/object';
import { PyBaseException } from '../objects/exceptions';
import { PyTraceback } from '../objects/traceback';
import { typeOf } from '../objects/ops/typeof';
import { formatExceptionText, type FormatOptions } from './traceback/exception-format';

export { registerSourceProvider, type SourceProvider } from './traceback/source';
export { registerSuggestionImporter } from './suggestions';
export type { FormatOptions } from './traceback/exception-format';

let defaults: FormatOptions = {};

/**
 * Options used when a caller gives none: the CLI sets `colorize` once it knows whether stderr
 * is a terminal (CPython's _colorize.can_colorize()).
 */
export function setTracebackDefaults(options: FormatOptions): void {
  defaults = { ...options };
}

/** The text CPython prints for an uncaught `exc`: its traceback, chained exceptions, message and notes. */
export function formatException(exc: PyBaseException, options: FormatOptions = defaults): string {
  return formatExceptionText(exc, options);
}

/** Writes formatException(exc) through `write` (the CLI passes stderr's writer). */
export function printException(exc: PyBaseException, write: (text: string) => void, options: FormatOptions = defaults): void {
  write(formatExceptionText(exc, options));
}

/**
 * sys.excepthook(type, value, traceback) (PyErr_Display): a traceback given for an exception
 * that has none is attached first; a value that is not an exception is reported as such.
 */
export function displayException(value: PyValue, tb: PyValue, write: (text: string) => void, options: FormatOptions = defaults): void {
  if (!(value instanceof PyBaseException)) {
    write(`TypeError: print_exception(): Exception expected for value, ${typeOf(value).name} found\n`);
    return;
  }
  if (tb instanceof PyTraceback && !(value.traceback instanceof PyTraceback)) value.traceback = tb;
  write(formatExceptionText(value, options));
}
