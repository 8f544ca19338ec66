// The `taipan` command's entry (bin/taipan.js). A Python program runs on a worker thread with
// a large JS stack: Python calls do not recurse in JS, but native code calling back into
// Python does (`__repr__` calling repr(), sort keys, `__eq__`…), and CPython allows 1000 such
// levels, more than the main thread's default stack holds. Everything else runs here.
import './use-code-cache';
import { isMainThread, SHARE_ENV, Worker, workerData } from 'node:worker_threads';
import { parseInterpreterArgs } from './args';

const PROGRAM_STACK_MB = 256;

function runsProgram(argv: readonly string[]): boolean {
  const { command } = parseInterpreterArgs(argv);
  if (command.kind === 'module') return command.module !== 'ast' && command.module !== 'dis';
  return command.kind === 'file' || command.kind === 'command' || command.kind === 'stdin';
}

function internalError(e: unknown): void {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  process.stderr.write(`SystemError: Taipan internal error: ${what.split('\n')[0]}\n`);
  if (process.env['TAIPAN_DEBUG'] && e instanceof Error && e.stack !== undefined) process.stderr.write(e.stack + '\n');
}

/** Runs the command on a thread with a large stack; its exit code becomes the process's. */
function runInWorker(argv: readonly string[]): void {
  const worker = new Worker(__filename, {
    workerData: { taipanArgv: argv },
    resourceLimits: { stackSizeMb: PROGRAM_STACK_MB },
    stdin: false,
    // The program's environment is the process's: os.environ changes reach child processes, and
    // a change of TZ reaches the engine's local time zone (a worker's private copy of the
    // environment would keep the zone it started with, and time.tzset could not follow TZ).
    env: SHARE_ENV,
  });
  worker.on('exit', (code) => {
    if (process.exitCode === undefined) process.exitCode = code;
  });
  worker.on('error', (e) => {
    internalError(e);
    process.exitCode = 1;
  });
}

export function start(argv: readonly string[] = process.argv.slice(2)): void {
  if (runsProgram(argv) && process.env['TAIPAN_NO_WORKER'] === undefined) runInWorker(argv);
  else (require('./main') as typeof import('./main')).run(argv);
}

if (!isMainThread && (workerData as { taipanArgv?: string[] } | null)?.taipanArgv !== undefined) {
  (require('./main') as typeof import('./main')).run((workerData as { taipanArgv: string[] }).taipanArgv);
}
