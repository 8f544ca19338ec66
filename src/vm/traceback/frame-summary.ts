// One traceback entry as CPython 3.13's traceback.StackSummary prints it: the File/line/name
// header, the source lines of the failing instruction (dedented, with `...<N lines>...` for
// long spans) and the caret lines; and the whole stack with runs of one repeated frame cut to
// three and a "[Previous line repeated N more times]" line.
import { PyTraceback } from '../../objects/traceback';
import type { PyValue } from '../../objects/object';
import { extractAnchors, shouldShowCarets, type Anchors, type Warn } from './anchors';
import type { LineCache } from './source';
import { byteToCharOffset, codePoints, dedent, displayWidth, indentAll, lstrip, rstrip, splitLines, strip } from './text';

export interface FrameSummary {
  readonly filename: string;
  readonly lineno: number | null;
  readonly endLineno: number | null;
  /** UTF-8 byte columns; null when the instruction has none. */
  readonly colno: number | null;
  readonly endColno: number | null;
  readonly name: string;
}

/** The entries of a traceback chain, outermost first (walk_tb with full positions). */
export function extractTraceback(tb: PyValue): FrameSummary[] {
  const out: FrameSummary[] = [];
  for (let t = tb; t instanceof PyTraceback; t = t.next) {
    const code = t.frame.code;
    const loc = code.locationOf(t.at);
    const known = (n: number | undefined): number | null => (n === undefined || n < 0 ? null : n);
    const lineno = known(loc?.line) ?? t.lineno;
    out.push({
      filename: code.filename,
      lineno,
      endLineno: known(loc?.endLine) ?? lineno,
      colno: known(loc?.col),
      endColno: known(loc?.endCol),
      name: code.name,
    });
  }
  return out;
}

/** sys.tracebacklimit applied as the built-in exception printer applies it (the last `limit` entries). */
export function limitStack(stack: FrameSummary[], limit: number | null): FrameSummary[] {
  if (limit === null) return stack;
  const n = Math.max(0, limit);
  // Python's stack[len - n:], where a negative start counts from the end.
  let start = stack.length - n;
  if (start < 0) start = Math.max(0, stack.length + start);
  return stack.slice(start);
}

/** The source lines lineno..endLineno, each right-stripped, joined with '\n' and ending with one; null without a line number. */
function originalLines(fs: FrameSummary, cache: LineCache): string | null {
  if (fs.lineno === null || fs.endLineno === null) return null;
  const lines: string[] = [];
  for (let n = fs.lineno; n <= fs.endLineno; n++) lines.push(rstrip(cache.getline(fs.filename, n)));
  return `${lines.join('\n')}\n`;
}

// The escape sequences of CPython's _colorize.ANSIColors that tracebacks use.
export const MAGENTA = '\x1b[35m';
export const BOLD_MAGENTA = '\x1b[1;35m';
const RED = '\x1b[31m';
const BOLD_RED = '\x1b[1;31m';
export const RESET = '\x1b[0m';

export function formatFrameSummary(fs: FrameSummary, cache: LineCache, colorize = false, warn?: Warn): string {
  const filename = fs.filename.startsWith('<stdin>-') ? '<stdin>' : fs.filename;
  const lineno = fs.lineno === null ? 'None' : fs.lineno;
  const row = [
    colorize
      ? `  File ${MAGENTA}"${filename}"${RESET}, line ${MAGENTA}${lineno}${RESET}, in ${MAGENTA}${fs.name}${RESET}\n`
      : `  File "${filename}", line ${lineno}, in ${fs.name}\n`,
  ];
  const original = originalLines(fs, cache);
  if (original === null) return row[0];
  const dedented = dedent(original);
  if (strip(dedented) === '') return row[0];
  if (fs.colno === null || fs.endColno === null) {
    row.push(`${indentAll(strip(original.slice(0, original.indexOf('\n'))), '    ')}\n`);
    return row.join('');
  }
  const shown = sourceWithCarets(fs, original, dedented, colorize, warn);
  row.push(shown ?? `${indentAll(strip(original.slice(0, original.indexOf('\n'))), '    ')}\n`);
  return row.join('');
}

/** The indented source lines and caret lines of one entry; null if the positions do not fit the lines. */
function sourceWithCarets(fs: FrameSummary, original: string, dedented: string, colorize: boolean, warn?: Warn): string | null {
  const lineno = fs.lineno!;
  const endLineno = fs.endLineno!;
  const originalLines = splitLines(original);
  const firstLine = originalLines[0];
  const lastLine = originalLines[endLineno - lineno];
  if (firstLine === undefined || lastLine === undefined) return null;
  let startOffset = byteToCharOffset(firstLine, fs.colno!);
  let endOffset = byteToCharOffset(lastLine, fs.endColno!);
  const allLines = splitLines(dedented).slice(0, endLineno - lineno + 1);
  if (allLines.length === 0) return null;
  const cpLines = allLines.map(codePoints);
  const dedentChars = codePoints(firstLine).length - cpLines[0].length;
  startOffset = Math.max(0, startOffset - dedentChars);
  endOffset = Math.max(0, endOffset - dedentChars);
  const last = cpLines.length - 1;
  const dpStart = displayWidth(allLines[0], startOffset);
  const dpEnd = displayWidth(allLines[last], endOffset);

  const joined = codePoints(allLines.join('\n'));
  const segment = joined.slice(startOffset, Math.max(startOffset, joined.length - (cpLines[last].length - endOffset))).join('');
  const anchors = extractAnchors(segment, warn);
  const showCarets = shouldShowCarets(startOffset, endOffset, allLines, anchors, warn);

  const significant = new Set<number>([0, last]);
  let leftEnd = 0;
  let rightStart = 0;
  let primary = '^';
  let secondary = '^';
  if (anchors !== null) {
    leftEnd = anchors.leftEndOffset + (anchors.leftEndLine === 0 ? startOffset : 0);
    rightStart = anchors.rightStartOffset + (anchors.rightStartLine === 0 ? startOffset : 0);
    leftEnd = displayWidth(allLines[anchors.leftEndLine] ?? '', leftEnd);
    rightStart = displayWidth(allLines[anchors.rightStartLine] ?? '', rightStart);
    primary = anchors.primaryChar;
    secondary = anchors.secondaryChar;
    for (const l of [anchors.leftEndLine, anchors.rightStartLine]) for (let d = -1; d <= 1; d++) significant.add(l + d);
  }
  significant.delete(-1);
  significant.delete(cpLines.length);

  const result: string[] = [];
  const outputLine = (n: number): void => {
    const line = allLines[n];
    result.push(`${line}\n`);
    if (!showCarets) return;
    const numSpaces = cpLines[n].length - codePoints(lstrip(line)).length;
    const numCarets = n === last ? dpEnd : displayWidth(line);
    let carets = '';
    for (let col = 0; col < numCarets; col++) {
      if (col < numSpaces || (n === 0 && col < dpStart)) carets += ' ';
      else if (anchors !== null && withinAnchors(anchors, n, col, leftEnd, rightStart)) carets += secondary;
      else carets += primary;
    }
    if (colorize) {
      const [shownLine, shownCarets] = colorLine(result[result.length - 1], carets);
      result[result.length - 1] = shownLine;
      result.push(`${shownCarets}\n`);
    } else result.push(`${carets}\n`);
  };
  const sorted = [...significant].filter((n) => n >= 0 && n < cpLines.length).sort((a, b) => a - b);
  sorted.forEach((n, i) => {
    if (i > 0) {
      const diff = n - sorted[i - 1];
      if (diff === 2) outputLine(n - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    outputLine(n);
  });
  return indentAll(dedent(result.join('')), '    ');
}

/**
 * The source line (with its newline) and the caret line coloured as CPython does: bold red
 * where the caret is '^', red where it is '~'.
 */
function colorLine(line: string, carets: string): [string, string] {
  const chars = codePoints(line);
  const marks = codePoints(carets);
  let shownLine = '';
  let shownCarets = '';
  const n = Math.max(chars.length, marks.length);
  for (let i = 0; i < n; ) {
    const mark = marks[i] ?? '';
    let j = i;
    while (j < n && (marks[j] ?? '') === mark) j++;
    const text = chars.slice(i, j).join('');
    const under = marks.slice(i, j).join('');
    const color = mark === '^' ? BOLD_RED : mark === '~' ? RED : '';
    shownLine += color === '' ? text : color + text + RESET;
    shownCarets += color === '' ? under : color + under + RESET;
    i = j;
  }
  return [shownLine, shownCarets];
}

function withinAnchors(a: Anchors, line: number, col: number, leftEnd: number, rightStart: number): boolean {
  const afterLeft = line > a.leftEndLine || (line === a.leftEndLine && col >= leftEnd);
  const beforeRight = line < a.rightStartLine || (line === a.rightStartLine && col < rightStart);
  return afterLeft && beforeRight;
}

const RECURSIVE_CUTOFF = 3;

/**
 * StackSummary.format: each entry, with long runs of the same file, line and function cut
 * short. SyntaxWarnings from parsing the lines go to `warn` (CPython writes them to stderr
 * while it formats, before the stack's text).
 */
export function formatStack(stack: readonly FrameSummary[], cache: LineCache, colorize = false, warn?: Warn): string[] {
  const result: string[] = [];
  let lastFile: string | null = null;
  let lastLine: number | null | undefined;
  let lastName: string | null = null;
  let count = 0;
  const repeated = (): void => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      result.push(`  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`);
    }
  };
  for (const fs of stack) {
    if (lastFile === null || lastFile !== fs.filename || lastLine === null || lastLine !== fs.lineno || lastName !== fs.name) {
      repeated();
      lastFile = fs.filename;
      lastLine = fs.lineno;
      lastName = fs.name;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    result.push(formatFrameSummary(fs, cache, colorize, warn));
  }
  repeated();
  return result;
}

