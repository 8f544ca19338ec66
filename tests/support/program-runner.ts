// Runs the programs of tests/programs/ under Taipan and compares each with what CPython 3.13
// did (NAME.stdout, NAME.exit — see scripts/generate-program-expectations.py): stdout exactly,
// the exit status, and the last line of stderr. Each program runs in its own process, in its
// own directory, with PYTHONHASHSEED=0, stdin from NAME.stdin and arguments from NAME.args.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const PROGRAMS = path.join(ROOT, 'tests', 'programs');
export const KNOWN_FAILURES = path.join(ROOT, 'tests', 'programs-known-failures.txt');
const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
const TIMEOUT_MS = 60_000;

export interface Outcome {
  /** The program's path under tests/programs/, with forward slashes. */
  readonly name: string;
  readonly ok: boolean;
  /** What differed, for a failure. */
  readonly difference: string;
}

export function listPrograms(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.py') && fs.existsSync(full.slice(0, -3) + '.exit')) out.push(path.relative(PROGRAMS, full).split(path.sep).join('/'));
    }
  };
  walk(PROGRAMS);
  return out.sort();
}

export function knownFailures(): Map<string, string> {
  const known = new Map<string, string>();
  if (!fs.existsSync(KNOWN_FAILURES)) return known;
  for (const line of fs.readFileSync(KNOWN_FAILURES, 'utf8').split('\n')) {
    const m = /^([^#\s]+)\s*(?:#\s*(.*))?$/.exec(line.trim());
    if (m !== null) known.set(m[1], m[2] ?? '');
  }
  return known;
}

function lastLine(text: string): string {
  const lines = text.replace(/\n+$/, '').split('\n');
  return lines[lines.length - 1] ?? '';
}

function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return `stdout line ${i + 1}: expected ${JSON.stringify(e[i] ?? '<end>')}, got ${JSON.stringify(a[i] ?? '<end>')}`;
  }
  return 'stdout differs';
}

/**
 * Tier 2 at thresholds low enough that traces form in most test programs: a loop is recorded
 * on its fourth iteration, a side exit on its fourth use. Add PYTHON_JIT=uops or js.
 */
export const JIT_TEST_ENVIRONMENT: Readonly<Record<string, string>> = {
  PYTHON_JIT_JUMP_BACKWARD_INITIAL_VALUE: '3',
  PYTHON_JIT_JUMP_BACKWARD_INITIAL_BACKOFF: '1',
  PYTHON_JIT_SIDE_EXIT_INITIAL_VALUE: '3',
  PYTHON_JIT_SIDE_EXIT_INITIAL_BACKOFF: '1',
};

/** Runs one program; `extraEnv` selects a tier (JIT_TEST_ENVIRONMENT and PYTHON_JIT). */
export function runProgram(name: string, extraEnv: Record<string, string> = {}): Promise<Outcome> {
  const file = path.join(PROGRAMS, name);
  const base = file.slice(0, -3);
  const args = fs.existsSync(base + '.args') ? fs.readFileSync(base + '.args', 'utf8').split('\n').filter((l, i, all) => l !== '' || i < all.length - 1) : [];
  const stdin = fs.existsSync(base + '.stdin') ? fs.readFileSync(base + '.stdin') : Buffer.alloc(0);
  const expectedStdout = fs.readFileSync(base + '.stdout', 'utf8');
  const [statusLine, stderrLine = ''] = fs.readFileSync(base + '.exit', 'utf8').replace(/\n$/, '').split('\n');
  const expectedStatus = Number(statusLine);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, path.basename(file), ...args], {
      cwd: path.dirname(file),
      env: { PATH: process.env.PATH ?? '', PYTHONHASHSEED: '0', NO_COLOR: '1', ...extraEnv },
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => stdout.push(d));
    child.stderr.on('data', (d: Buffer) => stderr.push(d));
    child.stdin.on('error', () => {});
    child.stdin.end(stdin);
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const out = Buffer.concat(stdout).toString('utf8');
      const err = Buffer.concat(stderr).toString('utf8');
      const problems: string[] = [];
      if (signal !== null) problems.push(`killed by ${signal} (timeout ${TIMEOUT_MS / 1000} s?)`);
      if (code !== expectedStatus) problems.push(`exit status ${code}, expected ${expectedStatus}`);
      if (out !== expectedStdout) problems.push(firstDifference(expectedStdout, out));
      if (lastLine(err) !== stderrLine) problems.push(`last stderr line ${JSON.stringify(lastLine(err))}, expected ${JSON.stringify(stderrLine)}`);
      resolve({ name, ok: problems.length === 0, difference: problems.join('; ') });
    });
  });
}

/**
 * Runs programs `parallel` at a time, reporting each outcome as it comes; `extraEnv` is the
 * environment added for every program, or a function giving each program's.
 */
export async function runPrograms(
  names: readonly string[],
  parallel: number,
  onOutcome: (o: Outcome) => void,
  extraEnv: Record<string, string> | ((name: string) => Record<string, string>) = {},
): Promise<Outcome[]> {
  const results: Outcome[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const name = names[next++];
      const o = await runProgram(name, typeof extraEnv === 'function' ? extraEnv(name) : extraEnv);
      results.push(o);
      onOutcome(o);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results.sort((a, b) => a.name.localeCompare(b.name));
}
