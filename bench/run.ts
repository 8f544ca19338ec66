// The benchmark suite (`npm run bench [-- NAME…] [--runs N] [--scale S] [--quick] [--json FILE]`):
// every program of bench/programs/ run with each configuration of CONFIGURATIONS, several times,
// interleaved so that the machine's noise falls on all of them alike. Prints per benchmark the
// median wall time of each configuration (the whole process, startup included), its ratio to
// CPython's median measured in the same session, and its peak resident memory, then the
// geometric means. A benchmark that fails anywhere is reported as FAILED and makes the exit
// status 1; its times are not counted.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const PROGRAMS = path.join(ROOT, 'bench', 'programs');
const TAIPAN = path.join(ROOT, 'bin', 'taipan.js');
const CPYTHON = process.env.CPYTHON ?? '/root/.pyenv/versions/3.13.0/bin/python3.13';
// GNU time reports the peak resident set of the process it runs (`%M`, in kilobytes).
const GNU_TIME = '/usr/bin/time';
// A run that takes longer than this is stopped and counts as a failure.
const TIMEOUT_MS = 10 * 60 * 1000;

/** One way of running the programs: a column group of the table. */
interface Configuration {
  /** The column heading, and the key in the JSON report. */
  readonly name: string;
  /** Which interpreter runs it; 'cpython' is the reference the ratios divide by. */
  readonly engine: 'taipan' | 'cpython';
  /** Interpreter arguments placed before the program's path. */
  readonly args: readonly string[];
  /** Environment variables added to the benchmark's environment. */
  readonly env: Readonly<Record<string, string>>;
}

// Adding a tier (a JIT, say) is one line here.
const CONFIGURATIONS: readonly Configuration[] = [
  { name: 'taipan (no specialization)', engine: 'taipan', args: ['-X', 'specialize=off'], env: {} },
  { name: 'taipan', engine: 'taipan', args: ['-X', 'jit=off'], env: {} },
  { name: 'taipan jit=uops', engine: 'taipan', args: ['-X', 'jit=uops'], env: {} },
  { name: 'taipan jit=js', engine: 'taipan', args: ['-X', 'jit=js'], env: {} },
  { name: 'cpython', engine: 'cpython', args: [], env: {} },
];

const USAGE = `usage: npm run bench -- [NAME…] [--runs N] [--scale S] [--quick] [--json FILE]
  NAME        only the benchmarks whose name contains one of these strings
  --runs N    timed runs of each benchmark in each configuration (default 5); medians reported
  --scale S   multiply each program's default iteration count by S (at least 1 iteration)
  --quick     a smoke run: one run of one iteration each (unless --runs/--scale say otherwise)
  --json FILE also write every figure (all runs, medians, ratios, geometric means, peak memory)
CPython 3.13 is $CPYTHON or ${CPYTHON}; without it that column is skipped.
`;

interface Options {
  readonly filters: readonly string[];
  readonly runs: number;
  readonly scale: number | null;
  readonly quick: boolean;
  readonly json: string | null;
}

interface Benchmark {
  readonly name: string;
  readonly file: string;
  /** The program's ITERATIONS: its default scale, the argument the runner scales. */
  readonly defaultIterations: number;
  readonly iterations: number;
}

/** What one configuration did on one benchmark. */
interface Outcome {
  readonly seconds: number[];
  readonly maxRssKb: number[];
  /** Why the benchmark failed in this configuration, or null while it has not. */
  failure: string | null;
}

function usageError(message: string): never {
  process.stderr.write(`bench: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseOptions(argv: readonly string[]): Options {
  const filters: string[] = [];
  let runs: number | null = null;
  let scale: number | null = null;
  let quick = false;
  let json: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) usageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--runs') {
      runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1) usageError('--runs needs a positive integer');
    } else if (arg === '--scale') {
      scale = Number(value());
      if (!(scale > 0)) usageError('--scale needs a positive number');
    } else if (arg === '--quick') {
      quick = true;
    } else if (arg === '--json') {
      json = value();
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) {
      usageError(`unknown option ${arg}`);
    } else {
      filters.push(arg);
    }
  }
  return { filters, runs: runs ?? (quick ? 1 : 5), scale, quick, json };
}

function findBenchmarks(options: Options): Benchmark[] {
  const names = fs.readdirSync(PROGRAMS).filter((f) => f.endsWith('.py')).sort();
  const out: Benchmark[] = [];
  for (const file of names) {
    const name = file.slice(0, -3);
    if (options.filters.length && !options.filters.some((f) => name.includes(f))) continue;
    const full = path.join(PROGRAMS, file);
    const m = /^ITERATIONS = (\d+)$/m.exec(fs.readFileSync(full, 'utf8'));
    if (!m) throw new Error(`${file} has no "ITERATIONS = N" line`);
    const defaultIterations = Number(m[1]);
    const scale = options.scale ?? (options.quick ? 0 : 1);
    out.push({
      name, file: full, defaultIterations,
      iterations: Math.max(1, Math.round(defaultIterations * scale)),
    });
  }
  return out;
}

function commandOf(config: Configuration): string[] {
  return config.engine === 'taipan'
    ? [process.execPath, TAIPAN, ...config.args]
    : [CPYTHON, ...config.args];
}

/** Runs a benchmark once; a run that fails is a failure message, not a time. */
function runOnce(config: Configuration, bench: Benchmark, rssFile: string | null):
  { seconds: number; maxRssKb: number | null } | string {
  const command = [...commandOf(config), bench.file, String(bench.iterations)];
  const [program, ...args] = rssFile ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...command] : command;
  const start = process.hrtime.bigint();
  const r = spawnSync(program!, args, {
    cwd: PROGRAMS,
    env: { ...process.env, PYTHONHASHSEED: '0', ...config.env },
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.error) return `${r.error.message}`;
  const lastErr = r.stderr.trim().split('\n').pop() ?? '';
  if (r.status !== 0) {
    return `exit status ${r.status ?? r.signal}${lastErr ? `: ${lastErr}` : ''}`;
  }
  const lastOut = r.stdout.trim().split('\n').pop() ?? '';
  if (!lastOut.startsWith(`${bench.name}: ok`)) return `unexpected output: ${lastOut}`;
  let maxRssKb: number | null = null;
  if (rssFile) {
    // GNU time writes the figure as the file's last line (after any note of its own).
    const v = Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    if (Number.isFinite(v)) maxRssKb = v;
  }
  return { seconds, maxRssKb };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function geomean(xs: readonly number[]): number {
  return Math.exp(xs.reduce((sum, x) => sum + Math.log(x), 0) / xs.length);
}

function pad(s: string, width: number, left = false): string {
  return left ? s.padEnd(width) : s.padStart(width);
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const benchmarks = findBenchmarks(options);
  if (!benchmarks.length) usageError(`no benchmark matches ${options.filters.join(' ')}`);
  const haveCpython = fs.existsSync(CPYTHON);
  if (!haveCpython) {
    process.stderr.write(`bench: CPython 3.13 not found at ${CPYTHON} (set CPYTHON); ` +
      'skipping its column and the ratios\n');
  }
  const configs = CONFIGURATIONS.filter((c) => c.engine !== 'cpython' || haveCpython);
  const rssFile = fs.existsSync(GNU_TIME)
    ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'taipan-bench-')), 'rss')
    : null;
  if (!rssFile) process.stderr.write(`bench: no ${GNU_TIME}; peak memory not measured\n`);

  process.stderr.write(`${benchmarks.length} benchmarks × ${configs.length} configurations × ` +
    `${options.runs} runs\n`);
  const outcomes = new Map<string, Map<string, Outcome>>();
  for (const bench of benchmarks) {
    const byConfig = new Map<string, Outcome>();
    for (const c of configs) byConfig.set(c.name, { seconds: [], maxRssKb: [], failure: null });
    outcomes.set(bench.name, byConfig);
    // Interleaved: each run goes through every configuration before the next run starts.
    for (let run = 0; run < options.runs; run++) {
      for (const c of configs) {
        const o = byConfig.get(c.name)!;
        if (o.failure !== null) continue;
        const r = runOnce(c, bench, rssFile);
        if (typeof r === 'string') {
          o.failure = r;
          continue;
        }
        o.seconds.push(r.seconds);
        if (r.maxRssKb !== null) o.maxRssKb.push(r.maxRssKb);
      }
    }
    const line = configs.map((c) => {
      const o = byConfig.get(c.name)!;
      return `${c.name} ${o.failure !== null ? 'FAILED' : `${median(o.seconds).toFixed(3)}s`}`;
    });
    process.stderr.write(`  ${bench.name} (${bench.iterations} iterations): ${line.join(', ')}\n`);
  }
  if (rssFile) fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });

  const results = new Results(benchmarks, configs, outcomes);
  console.log(formatTable(results, options.runs));
  if (options.json) {
    fs.writeFileSync(options.json, JSON.stringify(jsonReport(results, options), null, 2) + '\n');
    console.log(`wrote ${options.json}`);
  }
  process.exitCode = results.failed.length ? 1 : 0;
}

interface Means {
  readonly seconds: number;
  readonly ratio: number | null;
  readonly maxRssKb: number | null;
}

/** The figures derived from the outcomes: medians, ratios, peaks and geometric means. */
class Results {
  /** CPython's configuration, which the ratios divide by; null when CPython is absent. */
  readonly reference: Configuration | null;
  /** The benchmarks that passed in every configuration: the geometric means are over these
   * alone, since a failure anywhere would make the means compare different suites. */
  readonly passed: readonly Benchmark[];
  readonly failed: readonly Benchmark[];
  /** Geometric means per configuration name; empty when nothing passed everywhere. */
  readonly means = new Map<string, Means>();

  constructor(
    readonly benchmarks: readonly Benchmark[],
    readonly configs: readonly Configuration[],
    readonly outcomes: ReadonlyMap<string, ReadonlyMap<string, Outcome>>,
  ) {
    this.reference = configs.find((c) => c.engine === 'cpython') ?? null;
    const failedAnywhere = (b: Benchmark): boolean =>
      configs.some((c) => this.outcome(b, c).failure !== null);
    this.passed = benchmarks.filter((b) => !failedAnywhere(b));
    this.failed = benchmarks.filter(failedAnywhere);
    if (!this.passed.length) return;
    for (const c of configs) {
      const rss = this.passed.map((b) => this.peak(b, c)).filter((x): x is number => x !== null);
      const ratios = this.passed.map((b) => this.ratio(b, c)).filter((x): x is number => x !== null);
      this.means.set(c.name, {
        seconds: geomean(this.passed.map((b) => this.median(b, c)!)),
        ratio: ratios.length === this.passed.length ? geomean(ratios) : null,
        maxRssKb: rss.length ? geomean(rss) : null,
      });
    }
  }

  outcome(b: Benchmark, c: Configuration): Outcome {
    return this.outcomes.get(b.name)!.get(c.name)!;
  }

  median(b: Benchmark, c: Configuration): number | null {
    const o = this.outcome(b, c);
    return o.failure === null && o.seconds.length ? median(o.seconds) : null;
  }

  peak(b: Benchmark, c: Configuration): number | null {
    const xs = this.outcome(b, c).maxRssKb;
    return xs.length ? Math.max(...xs) : null;
  }

  /** The configuration's median over CPython's, for Taipan's configurations. */
  ratio(b: Benchmark, c: Configuration): number | null {
    if (!this.reference || c === this.reference) return null;
    const mine = this.median(b, c);
    const theirs = this.median(b, this.reference);
    return mine === null || theirs === null ? null : mine / theirs;
  }
}

/** The table: one column group per configuration (time, ×CPython for Taipan's, peak memory). */
function formatTable(results: Results, runs: number): string {
  const { benchmarks, configs, reference } = results;
  const withRatio = (c: Configuration): boolean => reference !== null && c !== reference;
  const headings = (c: Configuration): string[] =>
    withRatio(c) ? ['median', '×CPython', 'max RSS'] : ['median', 'max RSS'];
  const nameWidth = Math.max('benchmark'.length, 'geometric mean'.length,
    ...benchmarks.map((b) => b.name.length));
  const cellWidth = 9;
  const groupWidth = (c: Configuration): number =>
    Math.max(c.name.length, headings(c).length * (cellWidth + 1) - 1);
  const group = (c: Configuration, cells: readonly string[]): string =>
    ' │ ' + pad(cells.map((p) => pad(p, cellWidth)).join(' '), groupWidth(c));
  const mb = (kb: number | null): string => (kb === null ? '-' : `${(kb / 1024).toFixed(0)} MB`);
  const times = (c: Configuration, seconds: number, ratio: number | null, kb: number | null) =>
    group(c, withRatio(c)
      ? [`${seconds.toFixed(3)}s`, ratio === null ? '-' : `${ratio.toFixed(2)}x`, mb(kb)]
      : [`${seconds.toFixed(3)}s`, mb(kb)]);

  const rows: string[] = [];
  rows.push(pad('', nameWidth) + configs.map((c) => ' │ ' + pad(c.name, groupWidth(c), true)).join(''));
  rows.push(pad('benchmark', nameWidth, true) + configs.map((c) => group(c, headings(c))).join(''));
  const rule = '─'.repeat(rows[1]!.length);
  rows.push(rule);
  for (const b of benchmarks) {
    rows.push(pad(b.name, nameWidth, true) + configs.map((c) => {
      const seconds = results.median(b, c);
      return seconds === null ? ' │ ' + pad('FAILED', groupWidth(c), true)
        : times(c, seconds, results.ratio(b, c), results.peak(b, c));
    }).join(''));
  }
  rows.push(rule);
  if (results.passed.length) {
    rows.push(pad('geometric mean', nameWidth, true) + configs.map((c) => {
      const m = results.means.get(c.name)!;
      return times(c, m.seconds, m.ratio, m.maxRssKb);
    }).join(''));
  }

  const lines = [`Median wall time of ${runs} run${runs === 1 ? '' : 's'} (whole process, ` +
    'startup included), ratio to CPython in this session, peak RSS.'];
  lines.push(...rows.map((r) => r.trimEnd()));
  if (!results.passed.length) {
    lines.push('No geometric means: every benchmark failed somewhere.');
  } else if (results.failed.length) {
    lines.push(`Geometric means over the ${results.passed.length} benchmarks that passed everywhere.`);
  }
  for (const b of results.failed) {
    for (const c of configs) {
      const f = results.outcome(b, c).failure;
      if (f !== null) lines.push(`FAILED ${b.name} (${c.name}): ${f}`);
    }
  }
  return lines.join('\n');
}

/** Every figure, for `--json`: all runs, medians, ratios, peaks, geometric means. */
function jsonReport(results: Results, options: Options): object {
  const { configs } = results;
  const shown = (a: string): string => (a === process.execPath ? 'node'
    : a.startsWith(ROOT + path.sep) ? path.relative(ROOT, a) : a);
  return {
    date: new Date().toISOString(),
    host: { node: process.version, cpus: os.cpus().length, platform: `${os.platform()} ${os.arch()}` },
    runs: options.runs,
    scale: options.scale ?? (options.quick ? 'quick' : 1),
    cpython: results.reference ? CPYTHON : null,
    configurations: configs.map((c) => ({ name: c.name, command: commandOf(c).map(shown), env: c.env })),
    benchmarks: results.benchmarks.map((b) => ({
      name: b.name,
      iterations: b.iterations,
      defaultIterations: b.defaultIterations,
      results: Object.fromEntries(configs.map((c) => {
        const o = results.outcome(b, c);
        return [c.name, {
          status: o.failure === null ? 'ok' : 'FAILED',
          failure: o.failure,
          seconds: o.seconds,
          median: results.median(b, c),
          ratioToCpython: results.ratio(b, c),
          maxRssKb: o.maxRssKb,
          peakRssKb: results.peak(b, c),
        }];
      })),
    })),
    geometricMeans: {
      over: results.passed.map((b) => b.name),
      ...Object.fromEntries([...results.means].map(([name, m]) => [name, {
        seconds: m.seconds, ratioToCpython: m.ratio, maxRssKb: m.maxRssKb,
      }])),
    },
    failed: results.failed.map((b) => b.name),
  };
}

main();
