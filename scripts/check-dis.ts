// The disassembler conformance check (`npm run check:dis [-- DIR|FILE…] [options]`): for every
// .py file given (directories are searched), Taipan's `taipan -m dis FILE` output must equal
// CPython 3.13's `python -m dis FILE` output, the addresses in `<code object … at 0x…>`
// normalized on both sides. Files CPython refuses to compile are left out. Prints how many are
// identical, and the first differing line of each file that is not.
//
// CPython runs under PYTHONHASHSEED=0 (folded frozensets and __static_attributes__ are ordered by
// the str hash), in a few processes at once (scripts/dump-cpython-dis.py); Taipan compiles
// in-process. Without arguments it checks tests/dis/.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileSource } from '../src/compiler';
import { dis, dumpFields } from '../src/compiler/dis';
import { PyCompileError, PySyntaxError } from '../src/compiler/errors';

const ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_PYTHON = '/root/.pyenv/versions/3.13.0/bin/python3.13';
const DUMP_SCRIPT = path.join(ROOT, 'scripts', 'dump-cpython-dis.py');

const USAGE = `usage: npm run check:dis -- [DIR|FILE ...] [options]
  DIR|FILE          .py files, or directories searched for them (default tests/dis)
  --python PATH     CPython 3.13 to compare with (default $TAIPAN_CPYTHON or ${DEFAULT_PYTHON})
  --jobs N          CPython processes (default: number of cores)
  --details N       show the first differing line of up to N files (default: all)
  --fields          compare every co_* field of every code object (columns, flags, stack sizes…)
                    instead of the disassembly
  --warnings        compare the warnings compiling emits instead (line, category, message)
  --quiet           only the summary
`;

interface Options {
  readonly targets: string[];
  readonly python: string;
  readonly jobs: number;
  readonly details: number;
  readonly quiet: boolean;
  readonly what: What;
}

/** What is compared: the disassembly, every co_* field, or the warnings. */
type What = 'dis' | 'fields' | 'warnings';

function parseOptions(argv: readonly string[]): Options {
  const targets: string[] = [];
  let python = process.env['TAIPAN_CPYTHON'] ?? DEFAULT_PYTHON;
  let jobs = os.cpus().length;
  let details = Infinity;
  let quiet = false;
  let what: What = 'dis';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--python') python = argv[++i];
    else if (a === '--jobs') jobs = Number(argv[++i]);
    else if (a === '--details') details = Number(argv[++i]);
    else if (a === '--quiet') quiet = true;
    else if (a === '--fields') what = 'fields';
    else if (a === '--warnings') what = 'warnings';
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (a.startsWith('-')) {
      process.stderr.write(`unknown option ${a}\n${USAGE}`);
      process.exit(2);
    } else targets.push(a);
  }
  if (targets.length === 0) targets.push(path.join('tests', 'dis'));
  return { targets, python, jobs, details, quiet, what };
}

/** The .py files of the targets, sorted, as paths relative to the current directory when given so. */
function collectFiles(targets: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (p: string): void => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name));
    } else if (p.endsWith('.py')) {
      files.push(p);
    }
  };
  for (const t of targets) walk(t);
  return files;
}

type Outcome = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

/** CPython's dis of each file, from `jobs` processes of dump-cpython-dis.py. */
async function cpythonSide(files: readonly string[], python: string, jobs: number, what: What): Promise<Map<string, Outcome>> {
  const results = new Map<string, Outcome>();
  const chunks: string[][] = [];
  const n = Math.max(1, Math.min(jobs, files.length));
  for (let i = 0; i < n; i++) chunks.push([]);
  files.forEach((f, i) => chunks[i % n].push(f));
  await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(python, [DUMP_SCRIPT, ...(what === 'dis' ? [] : [`--${what}`])], { env: { ...process.env, PYTHONHASHSEED: '0' }, stdio: ['pipe', 'pipe', 'inherit'] });
          let buffer = '';
          child.stdout.setEncoding('utf8');
          child.stdout.on('data', (data: string) => {
            buffer += data;
            let nl: number;
            while ((nl = buffer.indexOf('\n')) >= 0) {
              const record = JSON.parse(buffer.slice(0, nl)) as { path: string } & Outcome;
              buffer = buffer.slice(nl + 1);
              results.set(record.path, record);
            }
          });
          child.on('error', reject);
          child.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`${python} exited with status ${status}`))));
          child.stdin.end(chunk.join('\n') + '\n');
        }),
    ),
  );
  return results;
}

const ADDRESS = / at 0x[0-9a-fA-F]+/g;

/**
 * Taipan's dis of one file (or its co_* fields, or its warnings), addresses normalized as
 * CPython's side normalizes them.
 */
export function taipanDis(file: string, what: What = 'dis'): Outcome {
  try {
    let warnings = '';
    const onWarning = (message: string, lineno: number): void => {
      warnings += `${lineno}: SyntaxWarning: ${message}\n`;
    };
    const code = compileSource(fs.readFileSync(file), file, 'exec', what === 'warnings' ? { onWarning } : {});
    if (what === 'warnings') return { ok: true, text: warnings };
    return { ok: true, text: what === 'fields' ? dumpFields(code) : dis(code).replace(ADDRESS, ' at 0x...') };
  } catch (e) {
    if (e instanceof PySyntaxError || e instanceof PyCompileError) return { ok: false, error: `${e.type}: ${e.msg}` };
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { ok: false, error: `internal error: ${message.split('\n')[0]}` };
  }
}

/** The first line where two outputs differ, shown side by side. */
export function firstDifference(ours: string, theirs: string): string {
  const a = ours.split('\n');
  const b = theirs.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n      taipan:  ${JSON.stringify(a[i] ?? '<end>')}\n      cpython: ${JSON.stringify(b[i] ?? '<end>')}`;
  }
  return 'no difference';
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const files = collectFiles(options.targets);
  if (!fs.existsSync(options.python)) {
    process.stderr.write(`check:dis: no CPython at ${options.python}; pass --python PATH or set TAIPAN_CPYTHON\n`);
    process.exit(2);
  }
  const theirs = await cpythonSide(files, options.python, options.jobs, options.what);
  let identical = 0;
  let compared = 0;
  let refused = 0;
  let shown = 0;
  const differing: string[] = [];
  for (const file of files) {
    const expected = theirs.get(file);
    if (expected === undefined || !expected.ok) {
      refused++;
      continue;
    }
    compared++;
    const ours = taipanDis(file, options.what);
    if (ours.ok && ours.text === expected.text) {
      identical++;
      continue;
    }
    differing.push(file);
    if (!options.quiet && shown < options.details) {
      shown++;
      const detail = ours.ok ? firstDifference(ours.text, expected.text) : ours.error;
      process.stdout.write(`DIFF ${file}: ${detail}\n`);
    }
  }
  process.stdout.write(`${identical}/${compared} identical (${compared - identical} differ; ${refused} that CPython refuses to compile left out)\n`);
  process.exitCode = identical === compared ? 0 : 1;
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`check:dis: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(2);
  });
}
