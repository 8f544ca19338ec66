// A backtracking matcher with the semantics of CPython's sre: the tree of ast.ts becomes
// closures in continuation-passing style (each node gets the position and what must match
// after it), so alternation, repeats, backreferences and lookarounds backtrack exactly as sre
// does. Matching never runs Python code, so one match at a time uses the module's state below.
import type { ClassEscape, Node } from './ast';
import { isAlnumCp, isDecimalCp, isSpaceCp, lowerOf, upperOf } from '../../objects/str/unicode';

type Cont = (i: number) => boolean;
type Matcher = (i: number, k: Cont) => boolean;

/** The subject's code points (or bytes), the end of the searched part, and the group marks. */
let S: ArrayLike<number> = [];
let END = 0;
let marks = new Int32Array(2);
let lastIndex = -1;

function simpleLower(c: number): number {
  const s = lowerOf(c);
  return s.length === 1 || (s.length === 2 && s.codePointAt(0)! > 0xffff) ? s.codePointAt(0)! : c;
}

function simpleUpper(c: number): number {
  const s = upperOf(c);
  return s.length === 1 || (s.length === 2 && s.codePointAt(0)! > 0xffff) ? s.codePointAt(0)! : c;
}

const foldCache = new Map<number, number>();

/** The code point a case-insensitive comparison sees. */
function fold(c: number, ascii: boolean): number {
  if (c < 128 || ascii) return c >= 65 && c <= 90 ? c + 32 : c;
  let f = foldCache.get(c);
  if (f === undefined) {
    f = simpleLower(simpleUpper(c));
    foldCache.set(c, f);
  }
  return f;
}

function isWordChar(c: number, ascii: boolean): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return !ascii && (isAlnumCp(c) || c === 95);
}

function classTest(cls: ClassEscape, ascii: boolean): (c: number) => boolean {
  switch (cls) {
    case 'd':
      return ascii ? (c) => c >= 48 && c <= 57 : (c) => (c >= 48 && c <= 57) || (c > 127 && isDecimalCp(c));
    case 'D': {
      const d = classTest('d', ascii);
      return (c) => !d(c);
    }
    case 's':
      return ascii ? (c) => c === 32 || (c >= 9 && c <= 13) : (c) => c === 32 || (c >= 9 && c <= 13) || (c > 27 && isSpaceCp(c));
    case 'S': {
      const s = classTest('s', ascii);
      return (c) => !s(c);
    }
    case 'w':
      return (c) => isWordChar(c, ascii);
    case 'W':
      return (c) => !isWordChar(c, ascii);
  }
}

/** The test a single-character node applies, or null for other nodes. */
function charTest(node: Node, asciiFold: boolean): ((c: number) => boolean) | null {
  switch (node.t) {
    case 'char': {
      const want = node.c;
      if (!node.ignoreCase) return (c) => c === want;
      const folded = fold(want, asciiFold);
      return (c) => c === want || fold(c, asciiFold) === folded;
    }
    case 'any':
      return node.dotAll ? () => true : (c) => c !== 10;
    case 'class':
      return classTest(node.cls, node.ascii);
    case 'set': {
      const { ranges, classes, negate } = node.set;
      const tests = classes.map((cls) => classTest(cls, node.ascii));
      const inSet = (c: number): boolean => {
        for (const [lo, hi] of ranges) if (c >= lo && c <= hi) return true;
        for (const t of tests) if (t(c)) return true;
        return false;
      };
      const ascii = asciiFold || node.ascii;
      const member = node.ignoreCase
        ? (c: number): boolean =>
            inSet(c) || inSet(fold(c, ascii)) || (ascii ? c >= 97 && c <= 122 && inSet(c - 32) : inSet(simpleUpper(c)) || inSet(simpleLower(c)))
        : inSet;
      return negate ? (c) => !member(c) : member;
    }
    default:
      return null;
  }
}

function atTest(node: Node & { t: 'at' }): (i: number) => boolean {
  const { multiline, ascii } = node;
  const wordAt = (i: number): boolean => i >= 0 && i < END && isWordChar(S[i], ascii);
  switch (node.at) {
    case 'bol':
      return multiline ? (i) => i === 0 || S[i - 1] === 10 : (i) => i === 0;
    case 'eol':
      return multiline ? (i) => i === END || S[i] === 10 : (i) => i === END || (i === END - 1 && S[i] === 10);
    case 'bos':
      return (i) => i === 0;
    case 'eos':
      return (i) => i === END;
    case 'wordb':
      return (i) => END > 0 && wordAt(i - 1) !== wordAt(i);
    case 'nonwordb':
      return (i) => END > 0 && wordAt(i - 1) === wordAt(i);
  }
}

function saveMarks(): [Int32Array, number] {
  return [marks.slice(), lastIndex];
}

function restoreMarks([saved, last]: [Int32Array, number]): void {
  marks.set(saved);
  lastIndex = last;
}

/** A repeat of a single-character test: counted in a loop, no recursion per character. */
function simpleRepeat(test: (c: number) => boolean, min: number, max: number, mode: 'greedy' | 'lazy' | 'possessive'): Matcher {
  if (mode === 'lazy') {
    return (i, k) => {
      let j = i;
      for (let n = 0; n < min; n++, j++) if (j >= END || !test(S[j])) return false;
      for (let n = min; ; n++, j++) {
        if (k(j)) return true;
        if (n >= max || j >= END || !test(S[j])) return false;
      }
    };
  }
  return (i, k) => {
    let j = i;
    const limit = Math.min(END, i + max);
    while (j < limit && test(S[j])) j++;
    if (j - i < min) return false;
    if (mode === 'possessive') return k(j);
    for (;;) {
      if (k(j)) return true;
      if (j - i <= min) return false;
      j--;
    }
  };
}

function repeat(body: Matcher, min: number, max: number, lazy: boolean): Matcher {
  const step = (i: number, count: number, k: Cont): boolean => {
    // An iteration that matched nothing ends the loop once the minimum is reached.
    const again = (j: number): boolean => (j === i && count + 1 >= min ? k(j) : step(j, count + 1, k));
    if (lazy) {
      if (count >= min && k(i)) return true;
      return count < max && body(i, again);
    }
    if (count < max && body(i, again)) return true;
    return count >= min && k(i);
  };
  return (i, k) => step(i, 0, k);
}

/** Compiles a node into a matcher; asciiFold when case folding is ASCII-only (bytes, re.ASCII). */
export function compileNode(node: Node, asciiFold: boolean): Matcher {
  const single = charTest(node, asciiFold);
  if (single !== null) return (i, k) => i < END && single(S[i]) && k(i + 1);
  switch (node.t) {
    case 'seq': {
      const parts = node.items.map((n) => compileNode(n, asciiFold));
      if (parts.length === 0) return (i, k) => k(i);
      if (parts.length === 1) return parts[0];
      const run = (index: number, i: number, k: Cont): boolean =>
        index === parts.length - 1 ? parts[index](i, k) : parts[index](i, (j) => run(index + 1, j, k));
      return (i, k) => run(0, i, k);
    }
    case 'alt': {
      const branches = node.items.map((n) => compileNode(n, asciiFold));
      return (i, k) => {
        for (const b of branches) if (b(i, k)) return true;
        return false;
      };
    }
    case 'group': {
      const body = compileNode(node.body, asciiFold);
      const slot = 2 * node.index;
      return (i, k) =>
        body(i, (j) => {
          const oldStart = marks[slot];
          const oldEnd = marks[slot + 1];
          const oldLast = lastIndex;
          marks[slot] = i;
          marks[slot + 1] = j;
          lastIndex = node.index;
          if (k(j)) return true;
          marks[slot] = oldStart;
          marks[slot + 1] = oldEnd;
          lastIndex = oldLast;
          return false;
        });
    }
    case 'repeat': {
      const test = charTest(node.body, asciiFold);
      if (test !== null) return simpleRepeat(test, node.min, node.max, node.mode);
      const body = compileNode(node.body, asciiFold);
      const loop = repeat(body, node.min, node.max, node.mode === 'lazy');
      return node.mode === 'possessive' ? atomic(loop) : loop;
    }
    case 'atomic':
      return atomic(compileNode(node.body, asciiFold));
    case 'look': {
      const body = compileNode(node.body, asciiFold);
      const { behind, negate, width } = node;
      return (i, k) => {
        const saved = saveMarks();
        const start = behind ? i - width : i;
        const found = start >= 0 && body(start, (j) => !behind || j === i);
        if (negate) {
          restoreMarks(saved);
          return !found && k(i);
        }
        if (!found) return false;
        if (k(i)) return true;
        restoreMarks(saved);
        return false;
      };
    }
    case 'backref': {
      const slot = 2 * node.index;
      const ignoreCase = node.ignoreCase;
      return (i, k) => {
        const start = marks[slot];
        const end = marks[slot + 1];
        if (start < 0 || end < 0) return false;
        const n = end - start;
        if (i + n > END) return false;
        for (let d = 0; d < n; d++) {
          const a = S[start + d];
          const b = S[i + d];
          if (a !== b && (!ignoreCase || fold(a, asciiFold) !== fold(b, asciiFold))) return false;
        }
        return k(i + n);
      };
    }
    case 'cond': {
      const yes = compileNode(node.yes, asciiFold);
      const no = compileNode(node.no, asciiFold);
      const slot = 2 * node.index;
      return (i, k) => (marks[slot] >= 0 && marks[slot + 1] >= 0 ? yes(i, k) : no(i, k));
    }
    case 'at': {
      const test = atTest(node);
      return (i, k) => test(i) && k(i);
    }
  }
  throw new Error(`regex node ${node.t} cannot be compiled`);
}

/** Matches the body once, then never backtracks into it. */
function atomic(body: Matcher): Matcher {
  return (i, k) => {
    const saved = saveMarks();
    let end = -1;
    if (!body(i, (j) => ((end = j), true))) return false;
    if (k(end)) return true;
    restoreMarks(saved);
    return false;
  };
}

export const enum MatchMode {
  MATCH = 0,
  FULLMATCH = 1,
  SEARCH = 2,
}

/**
 * Runs a compiled pattern over subject[pos:endpos] (lookbehind and ^ still see the whole
 * subject's start): the group spans (start, end per group, −1 when unset; group 0 first) and
 * the last group's index, or null. With mustAdvance, a match may not be empty at pos (the
 * rule that keeps finditer and sub from matching the same empty string twice).
 */
export function runMatcher(
  root: Matcher,
  groups: number,
  subject: ArrayLike<number>,
  pos: number,
  endpos: number,
  mode: MatchMode,
  mustAdvance: boolean,
): { spans: Int32Array; lastIndex: number } | null {
  S = subject;
  END = endpos;
  marks = new Int32Array(2 * groups + 2);
  let matchEnd = -1;
  for (let start = pos; start <= endpos; start++) {
    marks.fill(-1);
    lastIndex = -1;
    const accept = (j: number): boolean => {
      if (mode === MatchMode.FULLMATCH && j !== END) return false;
      if (mustAdvance && j === pos && start === pos) return false;
      matchEnd = j;
      return true;
    };
    if (root(start, accept)) {
      marks[0] = start;
      marks[1] = matchEnd;
      return { spans: marks, lastIndex };
    }
    if (mode !== MatchMode.SEARCH) break;
  }
  return null;
}
