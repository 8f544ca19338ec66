// Where the `~` and `^` go under a traceback's source line, as CPython 3.13's traceback.py
// decides: the operator of a binary operation, the brackets of a subscript or call are marked
// `^` and the rest of the expression `~`; and no carets at all when they would underline the
// whole line or a whole `x = f(...)` / `return f(...)` statement.
import { parse } from '../../compiler/parser/index';
import type { expr } from '../../generated/ast';
import { isPythonSpace } from '../../compiler/format-syntax-error';
import { byteToCharOffset, codePoints, lstrip, rstrip, splitLines } from './text';

export interface Anchors {
  /** Line (within the segment) and column where the secondary marks start. */
  readonly leftEndLine: number;
  readonly leftEndOffset: number;
  /** Line and column where the primary marks resume. */
  readonly rightStartLine: number;
  readonly rightStartOffset: number;
  readonly primaryChar: string;
  readonly secondaryChar: string;
}

class InvalidPosition extends Error {}

/**
 * The anchors inside `segment` (the source of the failing instruction, possibly several
 * lines): null when the segment is not a binary operation, subscript or call.
 */
export function extractAnchors(segment: string, warn: Warn = ignore): Anchors | null {
  try {
    return findAnchors(segment, warn);
  } catch {
    return null;
  }
}

/** Receives the SyntaxWarnings that parsing a source line emits (CPython prints them as it formats). */
export type Warn = (text: string) => void;
const ignore: Warn = () => {};

function parseOptions(warn: Warn) {
  return { onWarning: (message: string, lineno: number) => warn(`<unknown>:${lineno}: SyntaxWarning: ${message}\n`) };
}

function findAnchors(segment: string, warn: Warn): Anchors | null {
  // Parenthesized, a multi-line expression parses; positions are then two lines down.
  const tree = parse(`(\n${segment}\n)`, '<unknown>', 'exec', parseOptions(warn));
  if (tree._kind !== 'Module' || tree.body.length !== 1) return null;
  const lines = splitLines(segment).map(codePoints);

  const normalize = (line: number, offset: number): number => {
    if (line < 0 || line >= lines.length) throw new InvalidPosition();
    return byteToCharOffset(lines[line].join(''), offset);
  };
  const nextValid = (line: number, col: number): [number, number] => {
    while (line < lines.length && col >= lines[line].length) {
      col = 0;
      line++;
    }
    if (!(line < lines.length && col < lines[line].length)) throw new InvalidPosition();
    return [line, col];
  };
  const incrementUntil = (line: number, col: number, stop: (ch: string) => boolean): [number, number] => {
    for (;;) {
      const ch = lines[line][col];
      if (ch === '\\' || ch === '#') [line, col] = nextValid(line + 1, 0);
      else if (!stop(ch)) [line, col] = nextValid(line, col + 1);
      else return [line, col];
    }
  };
  const endOf = (e: expr, forceValid = true): [number, number] => {
    const line = e.end_lineno - 2;
    const col = normalize(line, e.end_col_offset);
    return forceValid ? nextValid(line, col) : [line, col];
  };
  const anchors = (l1: number, c1: number, l2: number, c2: number): Anchors => ({
    leftEndLine: l1,
    leftEndOffset: c1,
    rightStartLine: l2,
    rightStartOffset: c2,
    primaryChar: '~',
    secondaryChar: '^',
  });

  const statement = tree.body[0];
  if (statement._kind !== 'Expr') return null;
  const e = statement.value;
  switch (e._kind) {
    case 'BinOp': {
      let [line, col] = endOf(e.left);
      [line, col] = incrementUntil(line, col, (ch) => !isPythonSpace(ch) && ch !== ')');
      // The operator is one or two characters, on one line, before the right operand.
      let rightCol = col + 1;
      const text = lines[line];
      if (
        rightCol < text.length &&
        (e.right.lineno - 2 > line || rightCol < normalize(e.right.lineno - 2, e.right.col_offset)) &&
        !isPythonSpace(text[rightCol]) &&
        text[rightCol] !== '\\' &&
        text[rightCol] !== '#'
      ) {
        rightCol++;
      }
      return anchors(line, col, line, rightCol);
    }
    case 'Subscript': {
      const [l, c] = endOf(e.value);
      const [ll, lc] = incrementUntil(l, c, (ch) => ch === '[');
      const [rl, rc] = endOf(e, false);
      return anchors(ll, lc, rl, rc);
    }
    case 'Call': {
      const [l, c] = endOf(e.func);
      const [ll, lc] = incrementUntil(l, c, (ch) => ch === '(');
      const [rl, rc] = endOf(e, false);
      return anchors(ll, lc, rl, rc);
    }
    default:
      return null;
  }
}

/**
 * Whether to draw carets under `allLines` (dedented) for the range startOffset..endOffset
 * (characters; the start on the first line, the end on the last).
 */
export function shouldShowCarets(
  startOffset: number,
  endOffset: number,
  allLines: readonly string[],
  anchors: Anchors | null,
  warn: Warn = ignore,
): boolean {
  let tree;
  try {
    tree = parse(allLines.join('\n'), '<unknown>', 'exec', parseOptions(warn));
  } catch {
    tree = null;
  }
  if (tree !== null && tree._kind === 'Module') {
    if (tree.body.length === 0) return false;
    const statement = tree.body[0];
    let value: expr | null = null;
    if (statement._kind === 'Return' && statement.value !== null && statement.value._kind === 'Call') {
      if (statement.value.func._kind === 'Name') value = statement.value;
    } else if (statement._kind === 'Assign' && statement.value._kind === 'Call') {
      if (statement.targets.length === 1 && statement.targets[0]._kind === 'Name') value = statement.value;
    }
    // A call that is the whole statement's value, spanning every line shown, is not underlined.
    if (
      value !== null &&
      value.lineno === 1 &&
      value.end_lineno === allLines.length &&
      value.col_offset === startOffset &&
      value.end_col_offset === endOffset
    ) {
      return false;
    }
  }
  if (anchors !== null) return true;
  const first = codePoints(allLines[0]);
  const last = codePoints(allLines[allLines.length - 1]);
  return lstrip(first.slice(0, startOffset).join('')) !== '' || rstrip(last.slice(endOffset).join('')) !== '';
}
