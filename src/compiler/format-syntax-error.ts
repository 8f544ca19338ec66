// Renders a SyntaxError (or IndentationError / TabError) the way CPython 3.13 prints one: the
// `File "…", line N` header, the offending line, the caret range and the `Type: msg` line.
// Pure, so that the CLI, tests and later the runtime's traceback printer share it.
//
// Follows `TracebackException._format_syntax_error` in CPython 3.13's Lib/traceback.py, which
// is what the interpreter uses to print an uncaught SyntaxError (3.13 prints exceptions through
// `traceback._print_exception_bltin`). Lengths and offsets count code points, as Python's do.

import type { SyntaxErrorType } from './errors';

/** The fields of a Python SyntaxError that the formatter reads. PySyntaxError has them all. */
export interface SyntaxErrorInfo {
  readonly type: SyntaxErrorType;
  readonly msg: string;
  /** null or '' prints as `<string>` when there is a line number. */
  readonly filename: string | null;
  readonly lineno: number | null;
  /** 1-based, in code points of `text`; 0 or null means "no column". */
  readonly offset: number | null;
  /** The whole offending line (usually with its newline), or null. */
  readonly text: string | null;
  readonly endLineno: number | null;
  readonly endOffset: number | null;
}

export interface FormatSyntaxErrorOptions {
  /** Add the ANSI colours CPython uses when stderr is a terminal (`_colorize.can_colorize()`). */
  readonly colorize?: boolean;
}

// The escape sequences of CPython's `_colorize.ANSIColors` that the SyntaxError format uses.
const MAGENTA = '\x1b[35m';
const BOLD_MAGENTA = '\x1b[1;35m';
const BOLD_RED = '\x1b[1;31m';
const RESET = '\x1b[0m';

/**
 * Python's `str.isspace()` for one code point: the characters whose bidirectional class is
 * WS, B or S, or whose category is Zs. Tabs and other such characters before the error column
 * are kept in the caret line so that the carets stay aligned under the text.
 */
export function isPythonSpace(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x09 && c <= 0x0d) ||
    (c >= 0x1c && c <= 0x20) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Python's `s.rstrip(chars)` / `s.lstrip(chars)` on an array of code points. */
function stripEnd(cps: string[], chars: string): string[] {
  let end = cps.length;
  while (end > 0 && chars.includes(cps[end - 1]!)) end--;
  return cps.slice(0, end);
}
function stripStart(cps: string[], chars: string): string[] {
  let start = 0;
  while (start < cps.length && chars.includes(cps[start]!)) start++;
  return cps.slice(start);
}

/**
 * The text CPython 3.13 writes to stderr for an uncaught SyntaxError raised while compiling
 * (there is no traceback above it, so this is everything): each line ends with '\n'.
 */
export function formatSyntaxError(err: SyntaxErrorInfo, options: FormatSyntaxErrorOptions = {}): string {
  const colorize = options.colorize === true;
  const out: string[] = [];
  let filenameSuffix = '';
  if (err.lineno !== null) {
    const filename = err.filename || '<string>';
    if (colorize) {
      out.push(`  File ${MAGENTA}"${filename}"${RESET}, line ${MAGENTA}${err.lineno}${RESET}\n`);
    } else {
      out.push(`  File "${filename}", line ${err.lineno}\n`);
    }
  } else if (err.filename !== null) {
    filenameSuffix = ` (${err.filename})`;
  }

  if (err.text !== null) {
    const text = Array.from(err.text);
    // rtext loses the trailing newline(s); ltext also loses the indentation, which is not
    // printed (only spaces, newlines and form feeds are stripped: tabs stay).
    const rtext = stripEnd(text, '\n');
    const ltext = stripStart(rtext, ' \n\f');
    const spaces = rtext.length - ltext.length;
    if (err.offset === null) {
      out.push(`    ${ltext.join('')}\n`);
    } else {
      let offset = err.offset;
      let endOffset: number;
      if (err.lineno === err.endLineno) {
        endOffset = err.endOffset === null || err.endOffset === 0 ? offset : err.endOffset;
      } else {
        // A range that spans lines is underlined to the end of the first line.
        endOffset = rtext.length + 1;
      }
      if (text.length > 0 && offset > text.length) offset = rtext.length + 1;
      if (text.length > 0 && endOffset > text.length) endOffset = rtext.length + 1;
      if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;

      // 0-based columns into the stripped text.
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      if (colno >= 0) {
        const caretSpace = ltext
          .slice(0, colno)
          .map((ch) => (isPythonSpace(ch) ? ch : ' '))
          .join('');
        const carets = '^'.repeat(Math.max(0, endColno - colno));
        if (colorize) {
          const shown =
            ltext.slice(0, colno).join('') +
            BOLD_RED +
            ltext.slice(colno, Math.max(colno, endColno)).join('') +
            RESET +
            ltext.slice(Math.max(colno, endColno)).join('');
          out.push(`    ${shown}\n`);
          out.push(`    ${caretSpace}${BOLD_RED}${carets}${RESET}\n`);
        } else {
          out.push(`    ${ltext.join('')}\n`);
          out.push(`    ${caretSpace}${carets}\n`);
        }
      } else {
        out.push(`    ${ltext.join('')}\n`);
      }
    }
  }

  const msg = err.msg || '<no detail available>';
  if (colorize) {
    out.push(`${BOLD_MAGENTA}${err.type}${RESET}: ${MAGENTA}${msg}${RESET}${filenameSuffix}\n`);
  } else {
    out.push(`${err.type}: ${msg}${filenameSuffix}\n`);
  }
  return out.join('');
}
