// The stdlib conformance check (`npm run check:stdlib [-- DIR] [options]`): for every .py file
// under DIR, Taipan's `taipan -m ast -a FILE` output must equal CPython 3.13's
// `python -m ast -a FILE` output byte for byte (DESIGN.md §6). Files CPython refuses to parse
// are left out. Differences outside tests/ast-known-failures.txt fail the check.
//
// With `--optimize N` both sides dump the tree their AST optimizer makes at level N instead
// (src/compiler/ast-optimizer; CPython's `ast.parse(..., optimize=N)`), CPython running with
// PYTHONHASHSEED=0 so that folded frozensets have a fixed order; known failures are then
// tests/ast-optimizer-known-failures.txt, and CPython's hashes are cached per level.
//
// Speed: Taipan parses and dumps in worker threads (one per core), in-process, while CPython
// dumps in child processes (scripts/dump-cpython-ast.py). The stdlib's dumps are about a
// gigabyte, so both sides compare SHA-1s of the output, and full text is fetched only for the
// few differing files whose first differing line is shown. CPython's hashes are cached under
// node_modules/.cache/taipan/, keyed by file size and mtime, so a second run parses one side.
import { spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { optimizeAst } from '../src/compiler/ast-optimizer';
import { dump } from '../src/compiler/ast/dump';
import { ErrorFactory, sourceTextForErrors } from '../src/compiler/compile-errors';
import { PyCompileError, PySyntaxError } from '../src/compiler/errors';
import { checkFuture } from '../src/compiler/future';
import { parse } from '../src/compiler/parser';

const ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_PYTHON = '/root/.pyenv/versions/3.13.0/bin/python3.13';
export const DEFAULT_DIR = '/root/.pyenv/versions/3.13.0/lib/python3.13';
const DUMP_SCRIPT = path.join(ROOT, 'scripts', 'dump-cpython-ast.py');

/** The known-failures list of a run: the parser's, or with --optimize the optimizer's. */
function knownFailuresFile(optimize: number | null): string {
  return path.join(ROOT, 'tests', optimize === null ? 'ast-known-failures.txt' : 'ast-optimizer-known-failures.txt');
}

/** CPython's cached hashes, one file per kind of tree so that alternating runs keep both. */
function cacheFile(optimize: number | null): string {
  return path.join(ROOT, 'node_modules', '.cache', 'taipan', optimize === null ? 'cpython-ast.json' : `cpython-ast-O${optimize}.json`);
}

const USAGE = `usage: npm run check:stdlib -- [DIR] [options]
  DIR                      directory searched for .py files (default ${DEFAULT_DIR})
  --python PATH            CPython 3.13 to compare with (default $TAIPAN_CPYTHON or ${DEFAULT_PYTHON})
  --jobs N                 worker threads and CPython processes (default: number of cores)
  --no-cache               recompute CPython's side instead of reading its cache (${path.relative(ROOT, cacheFile(null))})
  --details N              show the first differing line of up to N files (default 5)
  --all                    list every differing file (default: the first 100)
  --timeout SECONDS        give up on a file Taipan takes longer than this on (default 120)
  --update-known-failures  rewrite tests/ast-known-failures.txt from this run's results
  --optimize N             compare the trees the AST optimizer makes at level N (0, 1 or 2): CPython's
                           ast.parse(..., optimize=N) under PYTHONHASHSEED=0; known failures are then
                           tests/ast-optimizer-known-failures.txt
`;

/** What one side produced for a file: the hash and length of its output, or why there is none. */
type Outcome = { readonly ok: true; readonly sha1: string; readonly length: number } | { readonly ok: false; readonly error: string };

interface Options {
  readonly dir: string;
  readonly python: string;
  /** The interpreter was named (--python or $TAIPAN_CPYTHON), so its absence is an error, not a skip. */
  readonly pythonExplicit: boolean;
  readonly jobs: number;
  readonly cache: boolean;
  readonly details: number;
  readonly listAll: boolean;
  readonly timeoutMs: number;
  readonly update: boolean;
  /** The optimization level whose trees are compared, or null for the parser's trees. */
  readonly optimize: number | null;
}

// ---- Taipan's side (runs in worker threads) ----

/** One line saying why Taipan produced no output for a file. */
function describeFailure(e: unknown): string {
  if (e instanceof PySyntaxError) return `${e.type}: ${e.msg} (line ${e.lineno ?? '?'})`;
  if (e instanceof PyCompileError) return `${e.type}: ${e.msg}`;
  if (e instanceof Error) return `internal ${e.name}: ${e.message.split('\n')[0]}`;
  return `internal error: ${String(e)}`;
}

/**
 * What `taipan -m ast -a file` prints (ast.py's main(): type comments on, indent 3); with an
 * optimization level, the tree optimized as `ast.parse(..., optimize=N)` optimizes it (which
 * first reads the future imports, and fails where they are invalid).
 */
function taipanDump(file: string, optimize: number | null): string {
  const source = fs.readFileSync(file);
  const tree = parse(source, file, 'exec', { typeComments: true });
  if (optimize !== null) {
    const future = checkFuture(tree, new ErrorFactory(file, sourceTextForErrors(source)));
    optimizeAst(tree, optimize, { futureAnnotations: future.annotations });
  }
  return dump(tree, { indent: 3, includeAttributes: true }) + '\n';
}

function taipanOutcome(file: string, optimize: number | null): Outcome {
  let text: string;
  try {
    text = taipanDump(file, optimize);
  } catch (e) {
    return { ok: false, error: describeFailure(e) };
  }
  const sha1 = crypto.createHash('sha1').update(text, 'utf8').digest('hex');
  return { ok: true, sha1, length: Buffer.byteLength(text, 'utf8') };
}

interface WorkRequest {
  readonly index: number;
  readonly file: string;
  readonly optimize: number | null;
}
interface WorkResult {
  readonly index: number;
  readonly outcome: Outcome;
}

function workerMain(): void {
  parentPort!.on('message', (req: WorkRequest) => {
    const result: WorkResult = { index: req.index, outcome: taipanOutcome(req.file, req.optimize) };
    parentPort!.postMessage(result);
  });
}

/**
 * Runs Taipan on every file in a pool of workers that pull one file at a time (the biggest
 * files first, so that no worker is left with a giant at the end). A worker stuck on a file
 * past the timeout, or dying, is replaced and the file reported as a failure.
 */
async function runTaipan(files: readonly string[], jobs: number, timeoutMs: number, optimize: number | null): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(files.length);
  const sizes = files.map((f) => fs.statSync(f).size);
  const queue = files.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]!);
  let remaining = files.length;
  if (remaining === 0) return outcomes;

  return new Promise((resolve, reject) => {
    const startWorker = (): void => {
      // Close to the main thread's default stack, so that what passes here passes in the CLI.
      const worker = new Worker(__filename, { workerData: { role: 'taipan' }, resourceLimits: { stackSizeMb: 1 } });
      let current: number | null = null;
      let timer: NodeJS.Timeout | null = null;
      let retired = false;
      const finish = (index: number, outcome: Outcome): void => {
        outcomes[index] = outcome;
        remaining--;
        if (remaining === 0) resolve(outcomes);
      };
      const next = (): void => {
        if (timer !== null) clearTimeout(timer);
        const index = queue.shift();
        if (index === undefined) {
          current = null;
          retired = true;
          void worker.terminate();
          return;
        }
        current = index;
        timer = setTimeout(() => {
          retired = true;
          void worker.terminate();
          finish(index, { ok: false, error: `timeout: no result after ${timeoutMs / 1000} s` });
          startWorker();
        }, timeoutMs);
        worker.postMessage({ index, file: files[index]!, optimize } satisfies WorkRequest);
      };
      worker.on('message', (res: WorkResult) => {
        finish(res.index, res.outcome);
        next();
      });
      worker.on('error', (e) => {
        if (retired) return;
        retired = true;
        if (timer !== null) clearTimeout(timer);
        if (current === null) return reject(e);
        finish(current, { ok: false, error: `worker died: ${describeFailure(e)}` });
        startWorker();
      });
      worker.on('exit', (code) => {
        if (timer !== null) clearTimeout(timer);
        if (retired) return;
        // The worker ended by itself (process.exit in the code under test, or a fatal error).
        retired = true;
        if (current === null) return reject(new Error(`worker exited with status ${code}`));
        finish(current, { ok: false, error: `worker exited with status ${code}` });
        startWorker();
      });
      next();
    };
    for (let i = 0; i < Math.min(jobs, files.length); i++) startWorker();
  });
}

// ---- CPython's side ----

interface CpythonRecord {
  readonly path: string;
  readonly ok: boolean;
  readonly sha1?: string;
  readonly length?: number;
  readonly dump?: string;
  readonly error?: string;
}

/** Runs dump-cpython-ast.py on `rels` (relative to dir); records in input order. */
function runCpython(python: string, dir: string, rels: readonly string[], full: boolean, optimize: number | null): Promise<CpythonRecord[]> {
  return new Promise((resolve, reject) => {
    const args = [DUMP_SCRIPT, dir, ...(full ? ['--full'] : []), ...(optimize === null ? [] : ['--optimize', String(optimize)])];
    // PYTHONHASHSEED=0: the order of folded frozensets follows the str hash (see the optimizer's hash.ts).
    const env = optimize === null ? process.env : { ...process.env, PYTHONHASHSEED: '0' };
    const child = spawn(python, args, { stdio: ['pipe', 'pipe', 'inherit'], env });
    const records: CpythonRecord[] = [];
    readline.createInterface({ input: child.stdout }).on('line', (line) => records.push(JSON.parse(line) as CpythonRecord));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${python} ${path.basename(DUMP_SCRIPT)} exited with status ${code}`));
      else if (records.length !== rels.length) reject(new Error(`CPython reported ${records.length} of ${rels.length} files`));
      else resolve(records);
    });
    child.stdin.end(rels.map((r) => r + '\n').join(''));
  });
}

interface CacheEntry {
  readonly size: number;
  readonly mtimeMs: number;
  readonly outcome: Outcome;
}
interface Cache {
  readonly key: string;
  readonly entries: Record<string, CacheEntry>;
}

/** Changes when the interpreter, the dump script or the kind of tree changes, which invalidates every entry. */
function cacheKey(python: string, optimize: number | null): string {
  const real = fs.realpathSync(python);
  const st = fs.statSync(real);
  return crypto
    .createHash('sha1')
    .update(`${real}\0${st.size}\0${st.mtimeMs}\0${optimize === null ? '' : `optimize=${optimize}\0`}`)
    .update(fs.readFileSync(DUMP_SCRIPT))
    .digest('hex');
}

function readCache(file: string, key: string): Cache {
  try {
    const cache = JSON.parse(fs.readFileSync(file, 'utf8')) as Cache;
    if (cache.key === key) return cache;
  } catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  return { key, entries: {} };
}

function writeCache(file: string, cache: Cache): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(cache));
  fs.renameSync(tmp, file);
}

function recordOutcome(r: CpythonRecord): Outcome {
  return r.ok ? { ok: true, sha1: r.sha1!, length: r.length! } : { ok: false, error: r.error! };
}

/** CPython's outcome for every file, from the cache where it is fresh, from `jobs` processes otherwise. */
async function cpythonOutcomes(opts: Options, rels: readonly string[]): Promise<{ outcomes: Outcome[]; cached: number }> {
  const files = rels.map((r) => path.join(opts.dir, r));
  const key = cacheKey(opts.python, opts.optimize);
  const file = cacheFile(opts.optimize);
  const cache = opts.cache ? readCache(file, key) : { key, entries: {} };
  const stats = files.map((f) => fs.statSync(f));
  const outcomes: (Outcome | undefined)[] = files.map((f, i) => {
    const e = cache.entries[f];
    return e !== undefined && e.size === stats[i]!.size && e.mtimeMs === stats[i]!.mtimeMs ? e.outcome : undefined;
  });
  const missing = outcomes.flatMap((o, i) => (o === undefined ? [i] : []));
  const cached = files.length - missing.length;
  if (missing.length > 0) {
    const chunks: number[][] = Array.from({ length: Math.min(opts.jobs, missing.length) }, () => []);
    missing.forEach((index, k) => chunks[k % chunks.length]!.push(index));
    const results = await Promise.all(
      chunks.map((chunk) =>
        runCpython(
          opts.python,
          opts.dir,
          chunk.map((i) => rels[i]!),
          false,
          opts.optimize,
        ),
      ),
    );
    chunks.forEach((chunk, c) =>
      chunk.forEach((index, k) => {
        const outcome = recordOutcome(results[c]![k]!);
        outcomes[index] = outcome;
        cache.entries[files[index]!] = { size: stats[index]!.size, mtimeMs: stats[index]!.mtimeMs, outcome };
      }),
    );
    if (opts.cache) writeCache(file, cache);
  }
  return { outcomes: outcomes as Outcome[], cached };
}

// ---- files, known failures, report ----

/** Every .py file under dir, relative with '/' separators, sorted. Directory symlinks are not followed (as os.walk). */
export function findPythonFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.py')) {
        if (entry.isFile() || (entry.isSymbolicLink() && fs.statSync(path.join(dir, child), { throwIfNoEntry: false })?.isFile())) {
          out.push(child);
        }
      }
    }
  };
  walk('');
  return out.sort();
}

/** tests/ast-known-failures.txt: `path # reason` lines; '#' lines and blank lines are comments. */
function readKnownFailures(file: string): { header: string[]; entries: Map<string, string> } {
  const header: string[] = [];
  const entries = new Map<string, string>();
  if (!fs.existsSync(file)) return { header, entries };
  let inHeader = true;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      if (inHeader && trimmed !== '') header.push(line);
      continue;
    }
    inHeader = false;
    const m = /^(.*?)\s+#\s?(.*)$/.exec(trimmed);
    entries.set(m ? m[1]! : trimmed, m ? m[2]! : '');
  }
  return { header, entries };
}

function writeKnownFailures(file: string, header: readonly string[], entries: ReadonlyMap<string, string>): void {
  const lines = [...entries.keys()].sort().map((p) => (entries.get(p) ? `${p} # ${entries.get(p)}` : p));
  fs.writeFileSync(file, [...header, ...lines].join('\n') + '\n');
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/** The first line where two dumps differ (1-based), described for the report. */
function firstDifference(expected: string, actual: string): { line: number | null; text: string } {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const show = (s: string | undefined): string => (s === undefined ? '(end of output)' : JSON.stringify(clip(s, 160)));
      return { line: i + 1, text: `first difference at output line ${i + 1}:\n      CPython: ${show(e[i])}\n      Taipan:  ${show(a[i])}` };
    }
  }
  return { line: null, text: 'the texts are equal, their UTF-8 encodings differ (lone surrogates?)' };
}

function parseOptions(argv: readonly string[]): Options | string {
  let dir: string | null = null;
  let python = process.env['TAIPAN_CPYTHON'] || DEFAULT_PYTHON;
  let pythonExplicit = Boolean(process.env['TAIPAN_CPYTHON']);
  let jobs = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  let cache = true;
  let details = 5;
  let listAll = false;
  let timeoutMs = 120_000;
  let update = false;
  let optimize: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const count = (): number => {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${arg}: not a count: ${v}`);
      return n;
    };
    if (arg === '--python') {
      python = value();
      pythonExplicit = true;
    } else if (arg === '--jobs') jobs = Math.max(1, count());
    else if (arg === '--no-cache') cache = false;
    else if (arg === '--details') details = count();
    else if (arg === '--all') listAll = true;
    else if (arg === '--timeout') timeoutMs = count() * 1000;
    else if (arg === '--update-known-failures') update = true;
    else if (arg === '--optimize') {
      optimize = count();
      if (optimize > 2) throw new Error(`--optimize: not a level: ${optimize}`);
    }
    else if (arg === '-h' || arg === '--help') return USAGE;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else if (dir === null) dir = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  return { dir: path.resolve(dir ?? DEFAULT_DIR), python, pythonExplicit, jobs, cache, details, listAll, timeoutMs, update, optimize };
}

async function main(): Promise<number> {
  let opts: Options;
  try {
    const parsed = parseOptions(process.argv.slice(2));
    if (typeof parsed === 'string') {
      process.stdout.write(parsed);
      return 0;
    }
    opts = parsed;
  } catch (e) {
    process.stderr.write(`check:stdlib: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!fs.existsSync(opts.python)) {
    if (opts.pythonExplicit) {
      process.stderr.write(`check:stdlib: no CPython at ${opts.python}\n`);
      return 2;
    }
    console.log(`check:stdlib SKIPPED: CPython 3.13 not found at ${opts.python} (set TAIPAN_CPYTHON or pass --python)`);
    return 0;
  }
  if (!fs.existsSync(opts.dir)) {
    process.stderr.write(`check:stdlib: no directory ${opts.dir}\n`);
    return 2;
  }

  const rels = findPythonFiles(opts.dir);
  const files = rels.map((r) => path.join(opts.dir, r));
  const what = opts.optimize === null ? '-m ast -a' : `ast.parse(..., optimize=${opts.optimize})`;
  console.log(`check:stdlib: Taipan's \`${what}\` vs \`${opts.python}\`'s on ${rels.length} files under ${opts.dir}`);

  const t0 = performance.now();
  let taipanSeconds = 0;
  let cpythonSeconds = 0;
  const [ours, theirs] = await Promise.all([
    runTaipan(files, opts.jobs, opts.timeoutMs, opts.optimize).then((r) => {
      taipanSeconds = (performance.now() - t0) / 1000;
      return r;
    }),
    cpythonOutcomes(opts, rels).then((r) => {
      cpythonSeconds = (performance.now() - t0) / 1000;
      return r;
    }),
  ]);

  const identical: number[] = [];
  const differing: { index: number; why: string }[] = [];
  const rejected: number[] = [];
  const rejectedButAccepted: number[] = [];
  rels.forEach((_, i) => {
    const cp = theirs.outcomes[i]!;
    const tp = ours[i]!;
    if (!cp.ok) {
      rejected.push(i);
      if (tp.ok) rejectedButAccepted.push(i);
    } else if (tp.ok && tp.sha1 === cp.sha1) identical.push(i);
    else differing.push({ index: i, why: tp.ok ? 'output differs' : tp.error });
  });

  const knownFile = knownFailuresFile(opts.optimize);
  const known = readKnownFailures(knownFile);
  const compared = rels.length - rejected.length;
  const newFailures = differing.filter((d) => !known.entries.has(rels[d.index]!));
  const nowPassing = identical.filter((i) => known.entries.has(rels[i]!));
  const pct = compared === 0 ? 0 : (100 * identical.length) / compared;

  console.log(`  identical: ${identical.length}/${compared} (${pct.toFixed(2)}%)`);
  console.log(`  differing: ${differing.length} (${newFailures.length} not in ${path.relative(ROOT, knownFile)})`);
  console.log(`  excluded: ${rejected.length} files CPython refuses to parse (Taipan accepts ${rejectedButAccepted.length} of them)`);
  console.log(
    `  time: ${((performance.now() - t0) / 1000).toFixed(1)} s (Taipan ${taipanSeconds.toFixed(1)} s with ${opts.jobs} workers; ` +
      `CPython ${cpythonSeconds.toFixed(1)} s, ${theirs.cached} of ${rels.length} files from cache)`,
  );
  for (const i of rejectedButAccepted) console.log(`  note: Taipan accepts ${rels[i]}, which CPython rejects: ${(theirs.outcomes[i] as { error: string }).error}`);

  // The first line that differs, for a few files whose dumps differ (they need CPython's full text).
  const knownDiffering = differing.filter((d) => known.entries.has(rels[d.index]!));
  const detailed = [...newFailures, ...knownDiffering].filter((d) => d.why === 'output differs').slice(0, opts.details);
  const detail = new Map<number, string>();
  const firstDifferingLine = new Map<number, number>();
  if (detailed.length > 0) {
    const full = await runCpython(
      opts.python,
      opts.dir,
      detailed.map((d) => rels[d.index]!),
      true,
      opts.optimize,
    );
    detailed.forEach((d, k) => {
      const diff = firstDifference(full[k]!.dump ?? '', taipanDump(files[d.index]!, opts.optimize));
      detail.set(d.index, diff.text);
      if (diff.line !== null) firstDifferingLine.set(d.index, diff.line);
    });
  }

  if (newFailures.length > 0) {
    console.log(`\nDiffering files not in the known-failures list:`);
    const shown = opts.listAll ? newFailures : newFailures.slice(0, 100);
    for (const d of shown) {
      console.log(`  ${rels[d.index]}: ${clip(d.why, 200)}`);
      if (detail.has(d.index)) console.log(`    ${detail.get(d.index)}`);
    }
    if (shown.length < newFailures.length) console.log(`  … and ${newFailures.length - shown.length} more (--all lists them)`);
  }
  const knownDetails = knownDiffering.filter((d) => detail.has(d.index));
  if (knownDetails.length > 0) {
    console.log(`\nKnown failures:`);
    for (const d of knownDetails) console.log(`  ${rels[d.index]}\n    ${detail.get(d.index)}`);
  }
  if (nowPassing.length > 0) {
    console.log(`\nKnown failures that now pass — delete their lines from ${path.relative(ROOT, knownFile)}:`);
    for (const i of nowPassing) console.log(`  ${rels[i]}`);
  }

  if (opts.update) {
    const seen = new Set(rels);
    const entries = new Map<string, string>();
    // Entries for files this run did not see (another DIR) are kept as they are.
    for (const [p, why] of known.entries) if (!seen.has(p)) entries.set(p, why);
    for (const d of differing) {
      const line = firstDifferingLine.get(d.index);
      const why = line !== undefined ? `output differs from line ${line}` : d.why;
      entries.set(rels[d.index]!, known.entries.get(rels[d.index]!) || clip(why, 120));
    }
    writeKnownFailures(knownFile, known.header, entries);
    console.log(`\nwrote ${path.relative(ROOT, knownFile)}: ${entries.size} entries`);
    return 0;
  }
  if (newFailures.length > 0) {
    console.log(`\ncheck:stdlib FAILED: ${newFailures.length} files differ that are not known failures (fix them, or --update-known-failures)`);
    return 1;
  }
  console.log(`\ncheck:stdlib passed`);
  return 0;
}

if (isMainThread) {
  if (require.main === module) {
    // Never let a lost promise end the check with status 0.
    let finished = false;
    process.on('exit', () => {
      if (!finished) {
        process.stderr.write('check:stdlib: ended before finishing\n');
        process.exitCode = 2;
      }
    });
    main().then(
      (status) => {
        finished = true;
        process.exitCode = status;
      },
      (e: unknown) => {
        finished = true;
        process.stderr.write(`check:stdlib: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        process.exitCode = 2;
      },
    );
  }
} else if ((workerData as { role?: string } | null)?.role === 'taipan') {
  workerMain();
}
