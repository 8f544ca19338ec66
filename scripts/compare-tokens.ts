// Compares our tokenizer with CPython 3.13's C tokenizer: every .py file under a directory
// (default: CPython's standard library), then a list of broken snippets whose errors
// (message, line, offsets, text) must match. CPython's side comes from one Python process
// running scripts/dump-cpython-tokens.py. Also times our tokenizer over the whole corpus.
//
//   node dist/scripts/compare-tokens.js [DIR] [--python PATH] [--verbose] [--limit N]
//                                       [--no-errors] [--no-files] [--type-comments] [--api]
//                                       [--fuzz N [--seed S]]
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { PySyntaxError } from '../src/compiler/errors';
import { decodeSource, escapedBytes } from '../src/compiler/source';
import { Tokenizer } from '../src/compiler/tokenizer';
import { Tok, TOKEN_TEXT, cpythonTokenName } from '../src/compiler/tokens';


type Row = [string, string | null, number, number, number, number];
interface ErrorInfo {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}
interface CPythonResult {
  tokens: Row[];
  type_ignores: [number, string][];
  error: ErrorInfo | null;
  deferred: boolean;
  compile_error: ErrorInfo | null;
}
interface Request {
  path?: string;
  source?: string;
  bytes?: boolean;
  type_comments?: boolean;
  /** false: tokenize as CPython does "eval" and "single" input, without adding a final newline. */
  exec?: boolean;
}
interface OurResult {
  rows: Row[];
  typeIgnores: [number, string][];
  error: ErrorInfo | null;
  /** Our error is one CPython's tokenizer leaves to the parser. */
  deferred?: boolean;
}

/** The kinds whose text we compare; other tokens' text in CPython's stream is incidental (a NEWLINE after a comment carries the comment). */
const VALUED = new Set(['NAME', 'NUMBER', 'STRING', 'FSTRING_MIDDLE', 'TYPE_COMMENT', 'OP']);

function ourTokens(req: Request, filename: string): OurResult {
  const rows: Row[] = [];
  let tz: Tokenizer | null = null;
  try {
    const text = req.path !== undefined
      ? decodeSource(fs.readFileSync(req.path), filename)
      : req.bytes ? decodeSource(escapedBytes(req.source!), filename) : req.source!;
    tz = new Tokenizer(text, filename, { typeComments: req.type_comments, execInput: req.exec ?? true });
    while (tz.next() !== Tok.ENDMARKER);
    return { rows: toRows(tz), typeIgnores: ignores(tz), error: null };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return {
      rows: tz ? toRows(tz) : rows,
      typeIgnores: tz ? ignores(tz) : [],
      deferred: tz?.deferredError ?? false,
      error: { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno, end_offset: e.endOffset, text: e.text },
    };
  }
}

function ignores(tz: Tokenizer): [number, string][] {
  return tz.typeIgnores.map((t) => [t.lineno, t.tag]);
}

function toRows(tz: Tokenizer): Row[] {
  const t = tz.tokens;
  const rows: Row[] = [];
  for (let i = 0; i < t.count; i++) {
    const k = t.kind[i];
    const name = cpythonTokenName(k);
    let value = t.value[i] ?? null;
    if (k >= Tok.KW_FALSE) value = TOKEN_TEXT[k];
    rows.push([name, value, t.line[i], t.col[i], t.endLine[i], t.endCol[i]]);
    // Our offsets must delimit the token's own text.
    if ((k === Tok.NUMBER || k === Tok.STRING || k >= Tok.KW_FALSE) && tz.source.slice(t.start[i], t.end[i]) !== (value ?? '')) {
      rows[rows.length - 1][1] = `<offsets ${t.start[i]}-${t.end[i]} do not match the value>`;
    }
  }
  return rows;
}

function sameRow(ours: Row, theirs: Row): boolean {
  if (ours[0] !== theirs[0]) return false;
  for (let i = 2; i < 6; i++) if (ours[i] !== theirs[i]) return false;
  if (!VALUED.has(ours[0])) return true;
  const expected = ours[0] === 'NAME' && theirs[1] !== null ? theirs[1].normalize('NFKC') : theirs[1];
  return ours[1] === expected;
}

function sameError(a: ErrorInfo, b: ErrorInfo): boolean {
  return a.type === b.type && a.msg === b.msg && a.lineno === b.lineno && a.offset === b.offset &&
    a.end_lineno === b.end_lineno && a.end_offset === b.end_offset && a.text === b.text;
}

/** What CPython ends with: the tokenizer's own error, or for a deferred one what compile() raises from it. */
function expectedError(r: CPythonResult): ErrorInfo | null {
  return r.error ?? (r.deferred ? r.compile_error : null);
}

/** Compares one input; returns a description of the first difference, or null. */
function compare(ours: OurResult, theirs: CPythonResult): string | null {
  const n = Math.min(ours.rows.length, theirs.tokens.length);
  for (let i = 0; i < n; i++) {
    if (!sameRow(ours.rows[i], theirs.tokens[i])) {
      return `token ${i}: ours ${JSON.stringify(ours.rows[i])} cpython ${JSON.stringify(theirs.tokens[i])}`;
    }
  }
  if (ours.rows.length !== theirs.tokens.length) {
    const extra = ours.rows.length > n ? `ours has more: ${JSON.stringify(ours.rows[n])}` : `cpython has more: ${JSON.stringify(theirs.tokens[n])}`;
    return `${ours.rows.length} tokens vs ${theirs.tokens.length}; ${extra}; our error ${JSON.stringify(ours.error)}, cpython ${JSON.stringify(expectedError(theirs))}`;
  }
  if (JSON.stringify(ours.typeIgnores) !== JSON.stringify(theirs.type_ignores)) {
    return `type ignores: ours ${JSON.stringify(ours.typeIgnores)} cpython ${JSON.stringify(theirs.type_ignores)}`;
  }
  const want = expectedError(theirs);
  if ((want === null) !== (ours.error === null) || (want !== null && !sameError(ours.error!, want))) {
    return `error: ours ${JSON.stringify(ours.error)} cpython ${JSON.stringify(want)}`;
  }
  return null;
}

class CPython {
  private readonly proc;
  private readonly lines: AsyncIterableIterator<string>;

  constructor(python: string, script: string, api: boolean) {
    this.proc = spawn(python, [script, ...(api ? ['--api'] : [])], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.lines = readline.createInterface({ input: this.proc.stdout, crlfDelay: Infinity })[Symbol.asyncIterator]();
  }

  send(req: Request): void {
    this.proc.stdin.write(JSON.stringify(req) + '\n');
  }

  async receive(): Promise<CPythonResult> {
    const r = await this.lines.next();
    if (r.done) throw new Error('the CPython dumper stopped');
    return JSON.parse(r.value) as CPythonResult;
  }

  close(): void {
    this.proc.stdin.end();
  }
}

function pyFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.py')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function findDumpScript(): string {
  for (const base of [process.cwd(), path.resolve(__dirname, '..', '..'), path.resolve(__dirname, '..')]) {
    const p = path.join(base, 'scripts', 'dump-cpython-tokens.py');
    if (fs.existsSync(p)) return p;
  }
  throw new Error('scripts/dump-cpython-tokens.py not found; run from the repository root');
}

/** Broken (and a few tricky valid) snippets; CPython's errors for each must be reproduced. */
const SNIPPETS: Request[] = [
  'x = "abc', 'x = "abc\ny=1\n', 'x = (1 +', 'x = (1,\n  2', 'x = 1 + \\', 'x = 1 + \\\n', 'x = 1 \\ y',
  'if x:\n  y\n z\n', 'if x:\n\ty\n        z\n', 'if x:\n        y\n\tz\n', '0777', '0x', '1_', '1__0', '0o8', '0b2',
  '0b1_', '1e', '1e+', '1x', '1.2j3', '1jx', '€', 'a€b', 'x\u00a0y', 'x = 1\ny = ¿', 'x\u200by', '·x', '\u0300a',
  '1 + \u2028', 'print("x")\u3000', 'x\u0001', 'x = 1\u007f', 'x = 1\u000b', '"""abc\n\n', ')', '(]', '(\n\n]',
  '(\n\n', '(1 + \\', 'x = (\n1 + \\', 'x = 1 + \\\n  2 \\ y', 'x = 1 + \\\n 2 + \\\n', 'x = """a\nb""" \\ y',
  ' \\ x', 'if 1:\n  x\n \\\n y', 'é = 0777', 'é = 0x', 'é = "abc', 'é = 1 +\\ y', 'if 1:\n  é = 1\n é=2',
  'x = "a\\"', "x = b'abc", 'x = """abc\n', "x = f'{a}b", "f'''{\nx", "x = f'''\na{b}\n", 'f"{"', 'f"}"',
  'f"{x"', 'f"abc', 'f"{x:{"', 'f"{x:a{{b"', 'f"{x:{y:{z:{w}}}}"', 'f"{)}"', 'f"{x)}"', 'f"{(x}"', 'f"{x:}}"',
  'f"{[}"', 'x = "abc\\', '('.repeat(200), '('.repeat(201), 'x = ""\n\ty', '\ufeffx = 1', 'x = $', 'x = a ? b',
  'a <> b', 'if x:\n    pass\n  else', 'def f():\n\tif x:\n        pass', 'x\n    \\\n', '\\', 'x = 5\\',
  '    x = 1\n', 'f"{x!r:{y!s:>{z}}}"', 'f"{x:{{y}}}"', "f'{f'{f'{x}'}'}'", 'f"""{\nx\n:\n>10}"""',
  'f"{x:%H\n}"', 'f"{x # c\n}"', 'f"\\N{BULLET}{x}\\N{DASH}"', 'f"{x}}}"', 'f"{{{x}"', 'rf"\\{x}"',
  'x = 1if y else 2', '0x1for x in y', '1_000e1_0jin x', '0in x', '1.e5if 1 else 2',
  // Bytes sources (U+DC80..U+DCFF stand for single bytes): decoding, coding declarations, BOM.
  ...[
    'x = "\udcf6"', 'x\udce9 = 1', '\udce9 = 1', "x = 'a\udcf0\udc9f'", '# \udcff\nx = 1', 'x\udce9A = 1',
    '# coding: latin-1\nx = "\udce9"', '\udcef\udcbb\udcbf# coding: latin-1\nx = 1', '\udcef\udcbb\udcbf# coding: utf8\nx',
    '\udcef\udcbb\udcbf# coding: utf-8\nx = "é"', '\udcef\udcbb\udcbfx = 1', '# -*- coding: uft-8 -*-\n',
    '#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx="\udca4"', '\n\n# coding: latin-1\nx="\udce9"',
    'x\n# coding: latin-1\nx="\udce9"', '\n# coding: latin-1\nx="\udce9"', '# coding: ascii\nx = "\udce9"',
    '# coding=cp437\nx="\udc80\udcff"', '# coding: rot13\nx=1', '# coding: utf-8\n\udce9 = 1',
    '# -*- coding: UTF-8-sig -*-\nx=1', '#coding:latin1\r\nx="\udce9"\r\n', 'x = 1 # coding: latin-1\nx="\udce9"',
    '# coding: koi8-r\nx = "\udcc1"', '# coding: shift_jis\nx = "\udc82\udca0"', '# coding: cp1252\nx = "\udc80\udc9f"', '# coding: cp1252\nx = "\udc81"',
    '  # coding: latin-1\nx="\udce9"', '\f# coding: latin-1\nx="\udce9"', '# coding:\nx=1', '# coding: Latin_1-foo\nx="\udce9"',
    '# coding: mbcs\nx=1', '# coding: uft-8', '#!x\n# coding: uft-8', '# coding: latin-1', '#!x\n#coding=latin-1', '#!python\n\\\n#coding: latin-1\nx="\udce9"', 'x = "é\udcf6"\r\ny = 1',
  ].map((source) => ({ source, bytes: true })),
  { source: 'x = 1  # type: int\nimport x  # type: ignore[abc]\n  # type: ignore\ndef f():\n  # type: () -> None\n  pass\n', type_comments: true },
  { source: 'x = (1, # type: int\n2)\nx  # type:\nx  # type:ignore-x\nx # type: ignored\n', type_comments: true },
  { source: 'if x:\n  y\n  # type: ignore\nz', type_comments: true },
  { source: 'f"{x # type: int\n}"\nf"{x # type: ignore\n}"\n(1, # type: ignore\n2)', type_comments: true },
  // CPython's limits: 100 indentation levels, 150 nested f-strings, 200 brackets.
  Array.from({ length: 99 }, (_, i) => ' '.repeat(i) + 'if 1:\n').join('') + ' '.repeat(99) + 'pass\n',
  Array.from({ length: 100 }, (_, i) => ' '.repeat(i) + 'if 1:\n').join('') + ' '.repeat(100) + 'pass\n',
  'f"{'.repeat(148) + '}"'.repeat(148),
  'f"{'.repeat(149) + '}"'.repeat(149),
  'x = f"{' + '('.repeat(198) + ')'.repeat(198) + '}"',
  'x = f"{' + '('.repeat(199) + ')'.repeat(199) + '}"',
  'é \\ x', 'x = (1 +\n  \\ é)', { source: 'f"{x\udce9}"', bytes: true },
].map((r) => (typeof r === 'string' ? { source: r } : r));

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i >= 0) args.splice(i, 1);
    return i >= 0;
  };
  const python = opt('--python') ?? '/root/.pyenv/versions/3.13.0/bin/python';
  const limit = Number(opt('--limit') ?? Infinity);
  const verbose = flag('--verbose');
  const noErrors = flag('--no-errors');
  const noFiles = flag('--no-files');
  const typeComments = flag('--type-comments');
  const api = flag('--api');
  const fuzz = Number(opt('--fuzz') ?? 0);
  const seed = Number(opt('--seed') ?? 1);
  const dir = args[0] ?? '/root/.pyenv/versions/3.13.0/lib/python3.13';
  const cpython = new CPython(python, findDumpScript(), api);
  let failed = false;

  if (!noFiles) {
    const files = pyFiles(dir).slice(0, limit);
    for (const f of files) cpython.send({ path: f, type_comments: typeComments });
    let same = 0;
    let tokens = 0;
    const differing: string[] = [];
    for (const f of files) {
      const theirs = await cpython.receive();
      const ours = ourTokens({ path: f, type_comments: typeComments }, f);
      tokens += theirs.tokens.length;
      const diff = compare(ours, theirs);
      if (diff === null) same++;
      else {
        differing.push(f);
        if (verbose || differing.length <= 10) console.log(`DIFF ${f}\n  ${diff}`);
      }
    }
    console.log(`files: ${same}/${files.length} identical (${tokens} CPython tokens)`);
    if (differing.length > 10 && !verbose) console.log(`  (${differing.length - 10} more differing files; --verbose lists them)`);
    if (same !== files.length) failed = true;
    timeCorpus(files, typeComments);
  }

  if (fuzz > 0) {
    const files = pyFiles(dir);
    const cases = [...fuzzCases(files, fuzz, seed), ...generatedCases(fuzz, seed)];
    for (const r of cases) cpython.send(r);
    let same = 0;
    let shown = 0;
    let errors = 0;
    let deferred = 0;
    for (const r of cases) {
      const theirs = await cpython.receive();
      if (theirs.error !== null) errors++;
      if (theirs.deferred) deferred++;
      const ours = ourTokens(r, 'f.py');
      const diff = compareFuzz(ours, theirs);
      if (diff === null) same++;
      else if (shown++ < 10 || verbose) {
        const src = r.source!;
        console.log(`DIFF fuzz${r.type_comments ? ' (type comments)' : ''} ${JSON.stringify(src)}\n  ${diff}`);
      }
    }
    console.log(`fuzz: ${same}/${cases.length} identical (seed ${seed}; CPython's tokenizer raised on ${errors}, left ${deferred} to its parser)`);
    if (same !== cases.length) failed = true;
  }

  if (!noErrors) {
    for (const r of SNIPPETS) cpython.send({ ...r });
    let same = 0;
    for (const r of SNIPPETS) {
      const theirs = await cpython.receive();
      const ours = ourTokens(r, 'f.py');
      const diff = compare(ours, theirs);
      if (diff === null) same++;
      else console.log(`DIFF ${JSON.stringify(r.source)}${r.bytes ? ' (bytes)' : ''}\n  ${diff}`);
    }
    console.log(`snippets: ${same}/${SNIPPETS.length} identical (tokens and errors)`);
    if (same !== SNIPPETS.length) failed = true;
  }
  cpython.close();
  process.exitCode = failed ? 1 : 0;
}

/**
 * Random damage to real files: a piece of a file (sometimes cut mid-token) with a few
 * characters inserted, deleted or doubled, from an alphabet rich in what the tokenizer
 * treats specially.
 */
function fuzzCases(files: string[], n: number, seed: number): Request[] {
  let state = seed >>> 0 || 1;
  const rand = (k: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % k;
  };
  const alphabet = ['"', "'", '"""', "'''", '{', '}', '(', ')', '[', ']', '\\', '\n', '\t', ' ', '#', 'f"', "rf'", 'b"',
    ':', '=', '!', '0', '1_', 'e', 'j', '.', 'x', 'é', '€', '\f', '\r', '\r\n', '# type: ignore', '\u00a0', '$', '0x', '0o9'];
  const out: Request[] = [];
  const texts = new Map<string, string>();
  while (out.length < n) {
    const f = files[rand(files.length)];
    let text = texts.get(f);
    if (text === undefined) {
      try {
        text = decodeSource(fs.readFileSync(f), f);
      } catch {
        continue;
      }
      texts.set(f, text);
    }
    if (text.length < 10) continue;
    const from = rand(Math.max(1, text.length - 2000));
    let src = text.slice(from, from + 200 + rand(1500));
    const edits = 1 + rand(3);
    for (let e = 0; e < edits; e++) {
      const at = rand(src.length + 1);
      const op = rand(3);
      if (op === 0) src = src.slice(0, at) + alphabet[rand(alphabet.length)] + src.slice(at);
      else if (op === 1) src = src.slice(0, at) + src.slice(at + 1 + rand(3));
      else src = src.slice(0, at) + src.slice(at, at + 5) + src.slice(at);
    }
    // Cuts may have split a surrogate pair.
    src = src.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '?');
    out.push({ source: src, type_comments: rand(4) === 0 });
  }
  return out;
}

/**
 * Like `compare`, but when CPython's tokenizer left an error to its parser, compile()'s error
 * may come from the parser itself: then only our stopping with a deferred error at the same
 * token is checked.
 */
function compareFuzz(ours: OurResult, theirs: CPythonResult): string | null {
  if (!theirs.deferred) return compare(ours, theirs);
  const d = compare(ours, { ...theirs, deferred: false });
  if (d !== null && !d.startsWith('error:')) return d;
  if (ours.error === null) return 'cpython stopped with a deferred error, we did not';
  if (theirs.compile_error !== null && sameError(ours.error, theirs.compile_error)) return null;
  return ours.deferred ? null : `our error is not deferred: ${JSON.stringify(ours.error)}`;
}

/** Short random sequences of the pieces the tokenizer's state machine cares most about. */
function generatedCases(n: number, seed: number): Request[] {
  let state = (seed * 2654435761) >>> 0 || 1;
  const rand = (k: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % k;
  };
  const pieces = ['f"', "f'", 'f"""', "f'''", "rf'", 'Rb"', 'u"', '"', "'", '"""', "'''", '{', '}', '{{', '}}', ':', '!r',
    '!', '=', '==', 'x', 'y1', ' ', '  ', '\t', '\n', '\n    ', '\n\t', '\\', '\\\n', '\\N{DASH}', '\\{', '#', '# c\n',
    '# type: int\n', '# type: ignore\n', '(', ')', '[', ']', '1', '0', '1e', '0x1f', '1.5j', 'lambda', 'if', ':=', '>',
    '%H', '.', '...', 'é', '€', '\u00a0', '\f', '\r\n', '\r', '$', ';', 'if x:\n', 'def f():\n', 'pass', '\x0b'];
  const out: Request[] = [];
  while (out.length < n) {
    let src = '';
    const k = 1 + rand(16);
    for (let i = 0; i < k; i++) src += pieces[rand(pieces.length)];
    out.push({ source: src, type_comments: rand(3) === 0, exec: rand(5) !== 0 });
  }
  return out;
}

/** Decoding and tokenizing every file, sources already in memory; best of three runs. */
function timeCorpus(files: string[], typeComments: boolean): void {
  const sources = files.map((f) => fs.readFileSync(f));
  let best = Infinity;
  let bestCpu = Infinity;
  let bestDecode = Infinity;
  let count = 0;
  for (let run = 0; run < 3; run++) {
    let decodeMs = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    count = 0;
    for (let i = 0; i < sources.length; i++) {
      try {
        const d0 = performance.now();
        const text = decodeSource(sources[i], files[i]);
        decodeMs += performance.now() - d0;
        const tz = new Tokenizer(text, files[i], { typeComments });
        while (tz.next() !== Tok.ENDMARKER);
        count += tz.tokens.count;
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
      }
    }
    best = Math.min(best, performance.now() - t0);
    bestCpu = Math.min(bestCpu, process.cpuUsage(cpu0).user / 1000);
    bestDecode = Math.min(bestDecode, decodeMs);
  }
  const mb = sources.reduce((n, s) => n + s.length, 0) / 1e6;
  console.log(
    `time: ${best.toFixed(0)} ms (${bestCpu.toFixed(0)} ms of CPU) for ${files.length} files (${mb.toFixed(1)} MB, ` +
      `${count} tokens), of which decoding ${bestDecode.toFixed(0)} ms`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
