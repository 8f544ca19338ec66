// Differential fuzzing of syntax errors: cuts real code out of the stdlib, breaks it with
// deterministic seeded mutations, and compares what CPython 3.13's compile() raises with
// what Taipan's checkSource raises (type, msg, lineno, offset, end_lineno, end_offset; the
// error's text separately). Anything Taipan throws that is not a PySyntaxError or a
// PyCompileError, and any hang, is a crash.
//
//   npx tsc -p . && node dist/scripts/fuzz-syntax-errors.js --seed 1 --count 5000
//
// CPython runs as one long-lived child process that reads JSON lines (see CPYTHON_WORKER),
// so each case costs a pipe round trip, not an interpreter start. Case `i` of seed `s` is
// reproducible on its own: `--seed s --case i --verbose` prints its source and both errors.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { Worker } from 'node:worker_threads';
import { checkSource } from '../src/compiler';
import { PyCompileError, PySyntaxError } from '../src/compiler/errors';
import { Tok, TOKEN_TEXT } from '../src/compiler/tokens';
import { Tokenizer } from '../src/compiler/tokenizer';

const DEFAULT_PYTHON = '/root/.pyenv/versions/3.13.0/bin/python';
const DEFAULT_DIR = '/root/.pyenv/versions/3.13.0/lib/python3.13';
const FILENAME = '<fuzz>';
/** A case that keeps Taipan busy this long is reported as a hang. */
const HANG_MS = 10_000;

const USAGE = `usage: node dist/scripts/fuzz-syntax-errors.js [options]
  --seed N         seed of the case generator (default 1)
  --count N        cases to run (default 2000)
  --case I         run only case I of the seed (with --verbose: its source and both results)
  --verbose        print every mismatch as it is found
  --no-minimize    show each message's shortest example as found, not reduced
  --classic        only the first version's mutations (without inserted statements and f-string
                   parts), to compare with figures taken with it
  --examples N     examples per message in the summary (default 1)
  --json FILE      also write every mismatch to FILE
  --dir DIR        where the .py files come from (default ${DEFAULT_DIR})
  --python PATH    CPython 3.13 (default ${DEFAULT_PYTHON})
`;

interface Options {
  seed: number;
  count: number;
  only: number | null;
  verbose: boolean;
  minimize: boolean;
  classic: boolean;
  examples: number;
  json: string | null;
  dir: string;
  python: string;
}

function parseOptions(argv: string[]): Options {
  const o: Options = {
    seed: 1, count: 2000, only: null, verbose: false, minimize: true, classic: false, examples: 1, json: null,
    dir: DEFAULT_DIR, python: DEFAULT_PYTHON,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--seed') o.seed = Number(value());
    else if (a === '--count') o.count = Number(value());
    else if (a === '--case') o.only = Number(value());
    else if (a === '--verbose') o.verbose = true;
    else if (a === '--no-minimize') o.minimize = false;
    else if (a === '--classic') o.classic = true;
    else if (a === '--examples') o.examples = Number(value());
    else if (a === '--json') o.json = value();
    else if (a === '--dir') o.dir = value();
    else if (a === '--python') o.python = value();
    else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else {
      process.stderr.write(`unknown option ${a}\n${USAGE}`);
      process.exit(2);
    }
  }
  return o;
}

// ---- randomness ----

/** A small seeded PRNG (mulberry32): the same seed gives the same cases on every machine. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** The generator of case `i` of seed `seed`, independent of every other case. */
function caseRng(seed: number, i: number): Rng {
  return new Rng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35));
}

// ---- snippets ----

function listPythonFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'site-packages' && entry.name !== '__pycache__') walk(full);
      } else if (entry.name.endsWith('.py')) {
        out.push(full);
      }
    }
  };
  walk(dir);
  return out;
}

const fileLines = new Map<string, string[] | null>();

function linesOf(file: string): string[] | null {
  let lines = fileLines.get(file);
  if (lines === undefined) {
    try {
      lines = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').split('\n');
    } catch {
      lines = null;
    }
    fileLines.set(file, lines);
  }
  return lines;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Removes the indentation the window's first code line has, so a cut from a body starts at column 0. */
function dedent(lines: string[]): string[] {
  const first = lines.find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (first === undefined) return lines;
  const prefix = first.slice(0, indentOf(first));
  return lines.map((l) => (l.startsWith(prefix) ? l.slice(prefix.length) : l.trimStart()));
}

/** A whole `def` or `class` (with its decorators' line), or a window of 1–30 lines. */
function cutSnippet(rng: Rng, lines: string[]): string {
  if (rng.chance(0.4)) {
    const starts: number[] = [];
    for (let i = 0; i < lines.length; i++) if (/^\s*(async\s+def|def|class)\s/.test(lines[i])) starts.push(i);
    if (starts.length > 0) {
      const s = rng.pick(starts);
      const indent = indentOf(lines[s]);
      let e = s + 1;
      while (e < lines.length && (lines[e].trim() === '' || indentOf(lines[e]) > indent)) e++;
      while (e > s + 1 && lines[e - 1].trim() === '') e--;
      if (e - s <= 60) return dedent(lines.slice(s, e)).join('\n') + '\n';
    }
  }
  const length = 1 + rng.int(30);
  const s = rng.int(Math.max(1, lines.length - length));
  return dedent(lines.slice(s, s + length)).join('\n') + '\n';
}

/** A snippet that Taipan accepts (so that a mutation is what breaks it), or null. */
function validSnippet(rng: Rng, files: string[]): string | null {
  for (let attempt = 0; attempt < 20; attempt++) {
    const lines = linesOf(rng.pick(files));
    if (lines === null || lines.length === 0) continue;
    const source = cutSnippet(rng, lines);
    if (source.trim() === '' || source.length > 4000) continue;
    try {
      checkSource(source, FILENAME, 'exec');
      return source;
    } catch {
      // Not valid on its own (a cut through a statement, `return` outside a function…): try another.
    }
  }
  return null;
}

// ---- mutations ----

/** A token of the snippet: kind and UTF-16 span in the source. */
interface Span {
  kind: Tok;
  start: number;
  end: number;
}

function tokenSpans(source: string): Span[] {
  const tokenizer = new Tokenizer(source, FILENAME, { execInput: true });
  const spans: Span[] = [];
  try {
    while (tokenizer.next() !== Tok.ENDMARKER);
  } catch {
    // A mutated source may no longer tokenize; the tokens before the error still serve.
  }
  const t = tokenizer.tokens;
  for (let i = 0; i < t.count; i++) {
    if (t.end[i] > t.start[i] && t.kind[i] !== Tok.NEWLINE) spans.push({ kind: t.kind[i] as Tok, start: t.start[i], end: t.end[i] });
  }
  return spans;
}

const KEYWORD_WORDS = TOKEN_TEXT.slice(Tok.KW_FALSE).concat(['match', 'case', 'type', '_', 'print']);
const OPERATORS = TOKEN_TEXT.slice(Tok.LPAR, Tok.KW_FALSE).filter((s) => s !== '');
const BINARY_OPERATORS = ['+', '-', '*', '/', '//', '%', '@', '**', '<<', '>>', '&', '|', '^', '<', '>', '==', '!=', '<=', '>=', 'and', 'or', 'in', 'not in', 'is', 'is not'];
const ATOMS = ['x', 'foo', '1', '0', '1.5', '1j', '0x1f', "'s'", '"t"', "b'b'", "f'{x}'", 'None', 'True', '...', '()', '[]', '{}', 'self.a', 'f()', 'a[0]', '*a', '**k', 'lambda: 0', 'yield', 'await x'];
/** Lines of less common syntax, inserted whole so that mutations also meet them. */
const STATEMENTS = [
  'match x:', 'match x, *y:', 'case 1 | 2:', 'case [a, *b] if a:', 'case {"k": v, **rest}:', 'case Point(x=0, y=_):',
  'case str() as s:', 'try:', 'except* ValueError as e:', 'except (A, B):', 'finally:', 'else:', 'type X[T: int = str] = list[T]',
  'def f[T, *Ts, **P](a, /, b=1, *args, c, **kw) -> T:', 'class C[T](Base, metaclass=M):', '@decorator(arg)',
  'async def f():', 'async with a as b, c as d:', 'async for x in y:', 'await x', 'global x, y', 'nonlocal x', 'del x, y[0]',
  'assert x, "message"', 'raise E from e', 'import a.b as c', 'from . import (a, b,)', 'from .. x import *',
  'x = lambda *a, **k: (yield)', 'x: int = 5', 'x += yield', 'with (a as b, c as d):', 'while x := f():', 'print >>f, x',
  'exec "code"', 'return *a, *b', 'x = [*a, *b]', 'x = {**a, "b": 1}', 'f(*a, **k, x=1)', 'x = f"{a!r:>{width}} {b=}"',
  "x = rb'\\d' b'\\x00'", 'x = 1_000 + 0x_ff + 1e-5j', 'if x: pass', 'elif y:', 'for i in range(3): continue', 'x = a if b else c',
];
const FSTRING_PARTS = ['{', '}', '{x', 'x}', '{x!r}', '{x:>10}', '{x=}', '{x!}', '{x:{y}}', '{{', '}}', '{=}', '{!r}', '{lambda: 1}', '{yield}', '{*x}', '{x:=1}'];
const ODD_TEXT = ['\\', '$', '?', '`', '!', '"', "'", '"""', "'''", '#', '\t', '\n', '\\\n', ';', ':=', '->', '\u00e9', '\u2019', '0_', '1__0', '0b2', '09', '1e', "f'", "f'{", 'rb"', 'u"', '\u00a0', '\f'];

type Mutation = (rng: Rng, src: string, spans: Span[]) => string | null;

/** `i`, moved back off the low half of a surrogate pair (a lone surrogate cannot be in a source file). */
function charBoundary(src: string, i: number): number {
  const c = src.charCodeAt(i);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

function splice(src: string, start: number, end: number, text: string): string {
  return src.slice(0, charBoundary(src, start)) + text + src.slice(charBoundary(src, end));
}

function spanOf(rng: Rng, spans: Span[], filter?: (s: Span) => boolean): Span | null {
  const pool = filter === undefined ? spans : spans.filter(filter);
  return pool.length === 0 ? null : rng.pick(pool);
}

/** Text inserted between tokens keeps them apart, so a space on each side where none was. */
function insertAt(src: string, at: number, text: string): string {
  at = charBoundary(src, at);
  const before = at > 0 && !/\s/.test(src[at - 1]) ? ' ' : '';
  const after = at < src.length && !/\s/.test(src[at]) ? ' ' : '';
  return src.slice(0, at) + before + text + after + src.slice(at);
}

function lineStarts(src: string): number[] {
  const starts = [0];
  for (let i = 0; i < src.length - 1; i++) if (src[i] === '\n') starts.push(i + 1);
  return starts;
}

const isKind = (...kinds: Tok[]) => (s: Span): boolean => kinds.includes(s.kind);
const isOperator = (s: Span): boolean => s.kind >= Tok.PLUS && s.kind <= Tok.EXCLAMATION && s.kind !== Tok.LBRACE && s.kind !== Tok.RBRACE;

const MUTATIONS: readonly (readonly [string, number, Mutation])[] = [
  ['delete-token', 10, (rng, src, spans) => {
    const s = spanOf(rng, spans);
    return s && splice(src, s.start, s.end, '');
  }],
  ['duplicate-token', 5, (rng, src, spans) => {
    const s = spanOf(rng, spans);
    return s && splice(src, s.start, s.end, src.slice(s.start, s.end) + ' ' + src.slice(s.start, s.end));
  }],
  ['swap-tokens', 5, (rng, src, spans) => {
    if (spans.length < 2) return null;
    const i = rng.int(spans.length - 1);
    const a = spans[i];
    const b = spans[i + 1];
    return src.slice(0, a.start) + src.slice(b.start, b.end) + src.slice(a.end, b.start) + src.slice(a.start, a.end) + src.slice(b.end);
  }],
  ['insert-keyword', 8, (rng, src, spans) => {
    const s = spanOf(rng, spans);
    return s && insertAt(src, rng.chance(0.5) ? s.start : s.end, rng.pick(KEYWORD_WORDS));
  }],
  ['insert-operator', 6, (rng, src, spans) => {
    const s = spanOf(rng, spans);
    return s && insertAt(src, rng.chance(0.5) ? s.start : s.end, rng.pick(OPERATORS));
  }],
  ['insert-atom', 6, (rng, src, spans) => {
    const s = spanOf(rng, spans);
    return s && insertAt(src, rng.chance(0.5) ? s.start : s.end, rng.pick(ATOMS));
  }],
  ['replace-token', 6, (rng, src, spans) => {
    const s = spanOf(rng, spans);
    const pool = rng.chance(0.5) ? KEYWORD_WORDS : rng.chance(0.5) ? OPERATORS : ATOMS;
    return s && splice(src, s.start, s.end, rng.pick(pool));
  }],
  ['drop-colon', 6, (rng, src, spans) => {
    const s = spanOf(rng, spans, isKind(Tok.COLON));
    return s && splice(src, s.start, s.end, '');
  }],
  ['drop-bracket', 8, (rng, src, spans) => {
    const s = spanOf(rng, spans, isKind(Tok.LPAR, Tok.RPAR, Tok.LSQB, Tok.RSQB, Tok.LBRACE, Tok.RBRACE));
    return s && splice(src, s.start, s.end, '');
  }],
  ['swap-bracket', 3, (rng, src, spans) => {
    const s = spanOf(rng, spans, isKind(Tok.LPAR, Tok.RPAR, Tok.LSQB, Tok.RSQB, Tok.LBRACE, Tok.RBRACE));
    return s && splice(src, s.start, s.end, rng.pick(['(', ')', '[', ']', '{', '}']));
  }],
  ['drop-comma', 6, (rng, src, spans) => {
    const s = spanOf(rng, spans, isKind(Tok.COMMA));
    return s && splice(src, s.start, s.end, '');
  }],
  ['drop-quote', 4, (rng, src, spans) => {
    const s = spanOf(rng, spans, isKind(Tok.STRING, Tok.FSTRING_START, Tok.FSTRING_END));
    if (s === null) return null;
    const text = src.slice(s.start, s.end);
    const q = rng.chance(0.5) ? text.search(/['"]/) : Math.max(text.lastIndexOf('"'), text.lastIndexOf("'"));
    return q < 0 ? null : splice(src, s.start + q, s.start + q + 1, '');
  }],
  ['replace-operator', 6, (rng, src, spans) => {
    const s = spanOf(rng, spans, isOperator);
    return s && splice(src, s.start, s.end, rng.pick(rng.chance(0.5) ? BINARY_OPERATORS : OPERATORS));
  }],
  ['equals-for-comparison', 5, (rng, src, spans) => {
    const s = spanOf(rng, spans, isKind(Tok.EQEQUAL, Tok.NOTEQUAL, Tok.LESS, Tok.GREATER, Tok.KW_IN, Tok.KW_IS, Tok.COLONEQUAL, Tok.PLUSEQUAL));
    return s && splice(src, s.start, s.end, '=');
  }],
  ['insert-equals', 4, (rng, src, spans) => {
    const s = spanOf(rng, spans);
    return s && insertAt(src, s.end, rng.pick(['=', '=', ':=', '==', '= 1']));
  }],
  ['reindent-line', 8, (rng, src) => {
    const starts = lineStarts(src);
    const at = rng.pick(starts);
    const end = src.indexOf('\n', at);
    const line = src.slice(at, end < 0 ? src.length : end);
    const indent = indentOf(line);
    const choice = rng.int(5);
    const newIndent = choice === 0 ? '' : choice === 1 ? ' '.repeat(indent + 4) : choice === 2 ? ' '.repeat(Math.max(0, indent - 2)) : choice === 3 ? '\t' + ' '.repeat(indent) : ' '.repeat(indent + 1);
    return splice(src, at, at + indent, newIndent);
  }],
  ['truncate', 6, (rng, src) => src.slice(0, charBoundary(src, rng.int(src.length)))],
  ['truncate-at-token', 4, (rng, src, spans) => {
    const s = spanOf(rng, spans);
    return s && src.slice(0, s.end) + (rng.chance(0.5) ? '\n' : '');
  }],
  ['insert-odd-text', 5, (rng, src) => insertAt(src, rng.int(src.length + 1), rng.pick(ODD_TEXT))],
  ['delete-char', 4, (rng, src) => {
    const at = charBoundary(src, rng.int(src.length));
    return splice(src, at, at + (src.codePointAt(at)! > 0xffff ? 2 : 1), '');
  }],
  ['split-line', 4, (rng, src, spans) => {
    const s = spanOf(rng, spans);
    return s && splice(src, s.end, s.end, '\n' + ' '.repeat(rng.int(3) * 4));
  }],
  ['join-lines', 4, (rng, src) => {
    const starts = lineStarts(src).slice(1);
    if (starts.length === 0) return null;
    const at = rng.pick(starts) - 1;
    let end = at + 1;
    while (end < src.length && (src[end] === ' ' || src[end] === '\t')) end++;
    return splice(src, at, end, rng.chance(0.5) ? ' ' : '; ');
  }],
  ['insert-statement', 6, (rng, src) => {
    const starts = lineStarts(src);
    const at = rng.pick(starts);
    const end = src.indexOf('\n', at);
    const indent = ' '.repeat(indentOf(src.slice(at, end < 0 ? src.length : end)) + (rng.chance(0.3) ? 4 : 0));
    return splice(src, at, at, indent + rng.pick(STATEMENTS) + '\n');
  }],
  ['fstring-part', 3, (rng, src, spans) => {
    const s = spanOf(rng, spans, isKind(Tok.FSTRING_MIDDLE, Tok.FSTRING_END, Tok.STRING));
    if (s === null) return null;
    const text = src.slice(s.start, s.end);
    if (s.kind === Tok.STRING) {
      const q = text.search(/['"]/);
      return q < 0 || /[bB]/.test(text.slice(0, q)) ? null : splice(src, s.start + q, s.start + q, 'f');
    }
    return insertAt(src, s.start + rng.int(Math.max(1, text.length)), rng.pick(FSTRING_PARTS)).replace(/ (?=[{}])|(?<=[{}]) /g, '');
  }],
  ['delete-line', 4, (rng, src) => {
    const starts = lineStarts(src);
    const i = rng.int(starts.length);
    return src.slice(0, starts[i]) + src.slice(i + 1 < starts.length ? starts[i + 1] : src.length);
  }],
];

/** The mutations the fuzzer first had: `--classic` reproduces its cases. */
const CLASSIC = MUTATIONS.filter(([name]) => name !== 'insert-statement' && name !== 'fstring-part');

function pickMutation(rng: Rng, mutations: typeof MUTATIONS): readonly [string, number, Mutation] {
  let r = rng.next() * mutations.reduce((sum, m) => sum + m[1], 0);
  for (const m of mutations) {
    r -= m[1];
    if (r < 0) return m;
  }
  return mutations[mutations.length - 1];
}

interface Case {
  index: number;
  source: string;
  mutations: string[];
}

function makeCase(seed: number, index: number, files: string[], classic: boolean): Case | null {
  const rng = caseRng(seed, index);
  let source = validSnippet(rng, files);
  if (source === null) return null;
  const mutations: string[] = [];
  const rounds = classic ? (rng.chance(0.75) ? 1 : 2 + rng.int(2)) : rng.chance(0.7) ? 1 : 2 + rng.int(3);
  for (let round = 0; round < rounds; round++) {
    for (let attempt = 0; attempt < 5; attempt++) {
      const [name, , mutate] = pickMutation(rng, classic ? CLASSIC : MUTATIONS);
      const out = mutate(rng, source, tokenSpans(source));
      if (out !== null && out !== source) {
        source = out;
        mutations.push(name);
        break;
      }
    }
  }
  return mutations.length === 0 ? null : { index, source, mutations };
}

// ---- the two sides ----

/** What compile() raised: an error with its fields, or null when it compiled. */
interface Outcome {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
  /** CPython only: 'parser' when ast.parse already raises, 'compiler' when only compile() does. */
  stage?: string;
  /** Taipan only: the stack of an exception that is not a SyntaxError. */
  stack?: string;
}

const CPYTHON_WORKER = String.raw`
import ast, json, sys, warnings
warnings.simplefilter('ignore')
ERRORS = (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError)

def outcome(src):
    try:
        compile(src, '<fuzz>', 'exec', dont_inherit=True)
        return None
    except ERRORS as e:
        err = e
    try:
        ast.parse(src, '<fuzz>', 'exec')
        stage = 'compiler'
    except ERRORS:
        stage = 'parser'
    if isinstance(err, SyntaxError):
        return {'type': type(err).__name__, 'msg': err.msg, 'lineno': err.lineno, 'offset': err.offset,
                'end_lineno': err.end_lineno, 'end_offset': err.end_offset, 'text': err.text, 'stage': stage}
    return {'type': type(err).__name__, 'msg': str(err), 'lineno': None, 'offset': None,
            'end_lineno': None, 'end_offset': None, 'text': None, 'stage': stage}

for line in sys.stdin:
    sys.stdout.write(json.dumps(outcome(json.loads(line))) + '\n')
    sys.stdout.flush()
`;

/** One CPython process answering requests in order; many requests may be in flight. */
class CPython {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: ((o: Outcome | null) => void)[] = [];

  constructor(python: string) {
    this.child = spawn(python, ['-X', 'utf8', '-c', CPYTHON_WORKER], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (d) => process.stderr.write(`[cpython] ${d}`));
    readline.createInterface({ input: this.child.stdout }).on('line', (line) => {
      const resolve = this.waiting.shift();
      if (resolve !== undefined) resolve(JSON.parse(line) as Outcome | null);
    });
    this.child.on('exit', (code) => {
      if (this.waiting.length > 0) {
        process.stderr.write(`CPython exited (${code}) with ${this.waiting.length} requests pending\n`);
        process.exit(2);
      }
    });
  }

  compile(source: string): Promise<Outcome | null> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.stdin.write(JSON.stringify(source) + '\n');
    });
  }

  close(): void {
    this.child.stdin.end();
  }
}

function taipan(source: string): Outcome | null {
  try {
    checkSource(source, FILENAME, 'exec');
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      return { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno, end_offset: e.endOffset, text: e.text };
    }
    if (e instanceof PyCompileError) {
      return { type: e.type, msg: e.msg, lineno: null, offset: null, end_lineno: null, end_offset: null, text: null };
    }
    const err = e instanceof Error ? e : new Error(String(e));
    return { type: 'CRASH', msg: `${err.name}: ${err.message}`, lineno: null, offset: null, end_lineno: null, end_offset: null, text: null, stack: err.stack };
  }
}

/**
 * A watchdog thread: the main thread reports each case before running it, and the watchdog
 * prints the case and ends the process when one runs longer than HANG_MS (the main thread,
 * stuck in a synchronous parse, cannot notice itself).
 */
function startWatchdog(): Worker {
  const code = `
    const { parentPort } = require('node:worker_threads');
    let current = null, since = 0;
    parentPort.on('message', (m) => { current = m; since = Date.now(); });
    setInterval(() => {
      if (current !== null && current.source !== null && Date.now() - since > ${HANG_MS}) {
        process.stderr.write('HANG (crash): case ' + current.index + ' ran over ${HANG_MS} ms:\\n' + JSON.stringify(current.source) + '\\n');
        process.exit(3);
      }
    }, 500).unref();
  `;
  const w = new Worker(code, { eval: true });
  w.unref();
  return w;
}

// ---- comparison ----

const FIELDS = ['type', 'msg', 'lineno', 'offset', 'end_lineno', 'end_offset'] as const;

/** The kinds of disagreement: crash, missing-error, spurious-error, or the first differing field. */
function compare(want: Outcome | null, got: Outcome | null): { kind: string; textDiffers: boolean } | null {
  if (got !== null && got.type === 'CRASH') return { kind: 'crash', textDiffers: false };
  if (want === null && got === null) return null;
  if (got === null) return { kind: 'missing-error', textDiffers: false };
  if (want === null) return { kind: 'spurious-error', textDiffers: false };
  const textDiffers = got.text !== want.text && want.type !== 'MemoryError';
  for (const f of FIELDS) {
    if (got[f] !== want[f]) {
      if (want.type === 'MemoryError' && f !== 'type' && f !== 'msg') break;
      return { kind: f, textDiffers };
    }
  }
  return textDiffers ? { kind: 'text', textDiffers } : null;
}

interface Mismatch {
  index: number;
  kind: string;
  mutations: string[];
  source: string;
  want: Outcome | null;
  got: Outcome | null;
}

/** The group a mismatch is counted under: CPython's message with numbers blanked, or what Taipan did. */
function groupOf(m: Mismatch): string {
  if (m.kind === 'crash') return `CRASH ${m.got?.msg}`;
  if (m.want === null) return `(compiles) Taipan: ${m.got?.msg}`;
  const stage = m.want.stage === 'compiler' ? ' [compiler]' : '';
  return `${m.want.type}: ${m.want.msg.replace(/\d+/g, 'N')}${stage}`;
}

function describe(o: Outcome | null): string {
  if (o === null) return 'no error';
  if (o.type === 'CRASH') return `CRASH ${o.msg}`;
  return `${o.type}: ${o.msg} @ ${o.lineno}:${o.offset}-${o.end_lineno}:${o.end_offset} text=${JSON.stringify(o.text)}`;
}

function showMismatch(m: Mismatch): string {
  const lines = [
    `case ${m.index} [${m.kind}] (${m.mutations.join(', ')})`,
    `  source: ${JSON.stringify(m.source)}`,
    `  cpython: ${describe(m.want)}`,
    `  taipan:  ${describe(m.got)}`,
  ];
  if (m.kind === 'crash' && m.got?.stack !== undefined) lines.push(m.got.stack.split('\n').slice(0, 8).join('\n'));
  return lines.join('\n');
}

// ---- reduction of examples ----

/** Whether `source` still shows the same disagreement (same CPython message and kind). */
async function sameMismatch(cpython: CPython, m: Mismatch, source: string): Promise<Mismatch | null> {
  const want = await cpython.compile(source);
  const got = taipan(source);
  const c = compare(want, got);
  if (c === null || c.kind !== m.kind) return null;
  if ((want?.msg ?? null) !== (m.want?.msg ?? null)) return null;
  if (m.kind === 'crash' && got?.msg !== m.got?.msg) return null;
  return { ...m, source, want, got };
}

/** Greedy reduction: drop lines, then shrink chunks of characters, keeping the disagreement. */
async function minimize(cpython: CPython, m: Mismatch): Promise<Mismatch> {
  let best = m;
  const tryRemove = async (pieces: string[], join: string): Promise<string[]> => {
    for (let size = Math.max(1, pieces.length >> 1); size >= 1; size >>= 1) {
      for (let i = 0; i + size <= pieces.length; ) {
        const candidate = pieces.slice(0, i).concat(pieces.slice(i + size));
        const reduced = candidate.length === 0 ? null : await sameMismatch(cpython, best, candidate.join(join));
        if (reduced !== null) {
          best = reduced;
          pieces = candidate;
        } else {
          i += size;
        }
      }
    }
    return pieces;
  };
  const lines = best.source.split('\n');
  await tryRemove(lines, '\n');
  if (best.source.length <= 400) await tryRemove([...best.source], '');
  return best;
}

// ---- main ----

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const files = listPythonFiles(o.dir);
  if (files.length === 0) throw new Error(`no .py files under ${o.dir}`);
  const cpython = new CPython(o.python);
  const watchdog = startWatchdog();
  const started = Date.now();

  const indices = o.only !== null ? [o.only] : Array.from({ length: o.count }, (_, i) => i);
  const mismatches: Mismatch[] = [];
  let cases = 0;
  let cpythonErrors = 0;
  let textOnly = 0;
  let textAlso = 0;
  const BATCH = 200;
  for (let b = 0; b < indices.length; b += BATCH) {
    const batch: Case[] = [];
    for (const i of indices.slice(b, b + BATCH)) {
      const c = makeCase(o.seed, i, files, o.classic);
      if (c !== null) batch.push(c);
    }
    const wants = await Promise.all(batch.map((c) => cpython.compile(c.source)));
    for (let k = 0; k < batch.length; k++) {
      const c = batch[k];
      const want = wants[k];
      watchdog.postMessage({ index: c.index, source: c.source });
      const got = taipan(c.source);
      watchdog.postMessage({ index: c.index, source: null });
      cases++;
      if (want !== null) cpythonErrors++;
      if (o.only !== null && o.verbose) {
        process.stdout.write(`case ${c.index} (${c.mutations.join(', ')})\n${c.source}\n---\ncpython: ${describe(want)}\ntaipan:  ${describe(got)}\n`);
      }
      const diff = compare(want, got);
      if (diff === null) continue;
      if (diff.kind === 'text') textOnly++;
      else if (diff.textDiffers) textAlso++;
      const m: Mismatch = { index: c.index, kind: diff.kind, mutations: c.mutations, source: c.source, want, got };
      mismatches.push(m);
      if (o.verbose && o.only === null) process.stdout.write(showMismatch(m) + '\n');
    }
  }
  const elapsed = (Date.now() - started) / 1000;
  await report(o, cpython, { cases, cpythonErrors, textOnly, textAlso, elapsed, mismatches });
  cpython.close();
  await watchdog.terminate();
  process.exitCode = mismatches.some((m) => m.kind === 'crash') ? 3 : mismatches.some((m) => m.kind !== 'text') ? 1 : 0;
}

interface Results {
  cases: number;
  cpythonErrors: number;
  textOnly: number;
  textAlso: number;
  elapsed: number;
  mismatches: Mismatch[];
}

async function report(o: Options, cpython: CPython, r: Results): Promise<void> {
  const out: string[] = [];
  const byKind = new Map<string, number>();
  for (const m of r.mismatches) byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
  const real = r.mismatches.filter((m) => m.kind !== 'text');
  out.push(
    `seed ${o.seed}: ${r.cases} cases in ${r.elapsed.toFixed(1)} s (${Math.round((r.cases / r.elapsed) * 60)}/min); ` +
      `CPython raised on ${r.cpythonErrors}; mismatches ${real.length} (${((100 * real.length) / Math.max(1, r.cases)).toFixed(2)}%), ` +
      `text-only ${r.textOnly}, text also differing in ${r.textAlso}`,
  );
  out.push(`by kind: ${[...byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);

  const groups = new Map<string, Mismatch[]>();
  for (const m of real) {
    const g = groupOf(m);
    let list = groups.get(g);
    if (list === undefined) groups.set(g, (list = []));
    list.push(m);
  }
  const sorted = [...groups].sort((a, b) => {
    const crashA = a[1].some((m) => m.kind === 'crash') ? 1 : 0;
    const crashB = b[1].some((m) => m.kind === 'crash') ? 1 : 0;
    return crashB - crashA || b[1].length - a[1].length;
  });
  for (const [g, list] of sorted) {
    const kinds = new Map<string, number>();
    for (const m of list) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
    out.push('', `${list.length}  ${g}  (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`);
    const examples = [...list].sort((a, b) => a.source.length - b.source.length).slice(0, o.examples);
    for (const e of examples) {
      const shown = o.minimize ? await minimize(cpython, e) : e;
      out.push(showMismatch(shown).replace(/^/gm, '    '));
    }
  }
  process.stdout.write(out.join('\n') + '\n');
  if (o.json !== null) fs.writeFileSync(o.json, JSON.stringify(r.mismatches, null, 1) + '\n');
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(2);
});
