// The parse benchmark (`npm run bench:parse [-- DIR] [--runs N]`): Taipan's parse() against
// CPython 3.13's ast.parse on the same files — the stdlib by default — with type comments on
// both sides, files read beforehand, only the parse loop timed. Prints the median of several
// runs for each, their ratio, and each process's peak resident memory (ru_maxrss on both
// sides, so that the numbers measure the same thing).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../src/compiler/parser';
import { DEFAULT_DIR, DEFAULT_PYTHON, findPythonFiles } from '../scripts/check-ast';

const CPYTHON_SIDE = path.resolve(__dirname, '..', '..', 'bench', 'cpython-parse.py');

const USAGE = `usage: npm run bench:parse -- [DIR] [--runs N] [--python PATH] [--limit N]
  DIR            directory searched for .py files (default ${DEFAULT_DIR})
  --runs N       timed runs on each side (default 5); the median is reported
  --python PATH  CPython 3.13 (default $TAIPAN_CPYTHON or ${DEFAULT_PYTHON})
  --limit N      only the first N files (in path order), for a quick look
`;

interface SideResult {
  readonly ok: number;
  readonly rejected: number;
  readonly seconds: readonly number[];
  readonly maxRssKb: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function runTaipan(files: readonly string[], runs: number): SideResult {
  const sources = files.map((f) => fs.readFileSync(f));
  const seconds: number[] = [];
  let ok = 0;
  let rejected = 0;
  for (let run = 0; run < runs; run++) {
    ok = rejected = 0;
    const start = performance.now();
    for (let i = 0; i < sources.length; i++) {
      try {
        parse(sources[i]!, files[i]!, 'exec', { typeComments: true });
        ok++;
      } catch {
        // A rejected file costs what it costs; CPython's side counts its rejections alike.
        rejected++;
      }
    }
    seconds.push((performance.now() - start) / 1000);
  }
  // ru_maxrss: the high-water mark of resident memory, in kilobytes, as CPython reports it.
  return { ok, rejected, seconds, maxRssKb: process.resourceUsage().maxRSS };
}

function runCpython(python: string, files: readonly string[], runs: number): SideResult {
  const res = spawnSync(python, [CPYTHON_SIDE, String(runs)], {
    input: files.map((f) => f + '\n').join(''),
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  if (res.error) throw res.error;
  if (res.status !== 0) throw new Error(`${python} ${path.basename(CPYTHON_SIDE)} exited with status ${res.status}`);
  const out = JSON.parse(res.stdout) as { ok: number; rejected: number; seconds: number[]; max_rss_kb: number };
  return { ok: out.ok, rejected: out.rejected, seconds: out.seconds, maxRssKb: out.max_rss_kb };
}

function describe(name: string, r: SideResult): string {
  const runs = r.seconds.map((s) => s.toFixed(2)).join(', ');
  return `${name}: median ${median(r.seconds).toFixed(3)} s (runs: ${runs}); parsed ${r.ok}, rejected ${r.rejected}; peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB`;
}

function main(): number {
  let dir = DEFAULT_DIR;
  let runs = 5;
  let python = process.env['TAIPAN_CPYTHON'] || DEFAULT_PYTHON;
  let limit = Infinity;
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const count = (): number => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${arg} needs a positive count`);
      return n;
    };
    if (arg === '--runs') runs = count();
    else if (arg === '--limit') limit = count();
    else if (arg === '--python') python = argv[++i] ?? '';
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else if (!arg.startsWith('-')) dir = arg;
    else {
      process.stderr.write(`bench:parse: unknown option ${arg}\n${USAGE}`);
      return 2;
    }
  }
  dir = path.resolve(dir);
  const files = findPythonFiles(dir)
    .slice(0, limit)
    .map((r) => path.join(dir, r));
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  console.log(`bench:parse: ${files.length} files (${(bytes / 1e6).toFixed(1)} MB) under ${dir}, ${runs} runs each, type_comments on`);

  const taipan = runTaipan(files, runs);
  console.log(describe('Taipan ', taipan));
  if (taipan.ok === 0) console.log('  (Taipan parsed no file: its timings measure the failure path only)');

  if (!fs.existsSync(python)) {
    console.log(`CPython: SKIPPED, not found at ${python} (set TAIPAN_CPYTHON or pass --python)`);
    return 0;
  }
  const cpython = runCpython(python, files, runs);
  console.log(describe('CPython', cpython));
  const ratio = median(taipan.seconds) / median(cpython.seconds);
  console.log(`ratio Taipan/CPython: ${ratio.toFixed(2)}x time, ${(taipan.maxRssKb / cpython.maxRssKb).toFixed(2)}x peak memory`);
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main();
  } catch (e) {
    process.stderr.write(`bench:parse: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}
