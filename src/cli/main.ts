// The `taipan` command: CPython's command line (`taipan [option] ... [-c cmd | -m mod | file | -]`)
// over what Taipan can do so far. `-m ast` and `-m dis` work as `python -m ast` and
// `python -m dis` do; a script, `-c` or
// stdin is parsed and checked as `python` would compile it, then Taipan says that running
// code is not implemented yet. Errors print as CPython prints them, never as JS stack traces.
import './use-code-cache';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { PyCompileError, PySyntaxError } from '../compiler/errors';
import { formatSyntaxError } from '../compiler/format-syntax-error';
import { compileSource } from '../compiler';
import { runAstModule, syntaxWarningPrinter } from './ast-command';
import { runDisModule, type AdaptiveCode } from './dis-command';
import type { CompiledCode } from '../compiler/code';
import { processIo, type CliIo } from './io';
import { isNodeSystemError, osErrorInfo } from '../modules/os-errors';
import { strRepr } from '../objects/str-repr';
import { parseInterpreterArgs, type Parsed } from './args';
import type { Host } from '../modules/host';

const USAGE = 'usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...\n';
const TRY_HELP = "Try `taipan -h' for more information.\n";

const HELP = `${USAGE}Taipan runs Python 3.13 programs in Node.js.

Options:
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list); \`-m ast\` and
         \`-m dis\` are built in
-E, -I : ignore PYTHON* environment variables (such as PYTHONHASHSEED)
-h     : print this help message and exit (also -? or --help)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Taipan version and exit (also --version)
-X opt : set implementation-specific option (sys._xoptions)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Accepted and ignored for now: -b -B -d -i -O -OO -P -q -s -S -v -x -W arg.
Environment: PYTHONHASHSEED, PYTHONUNBUFFERED, PYTHONPATH; TAIPAN_DEBUG=1 prints the JS stack of an
internal error.
`;

/** CPython's `_colorize.can_colorize()` for stderr: PYTHON_COLORS, NO_COLOR, FORCE_COLOR, TERM, a tty. */
function canColorize(io: CliIo, ignoreEnvironment: boolean): boolean {
  if (!ignoreEnvironment) {
    if (io.env['PYTHON_COLORS'] === '0') return false;
    if (io.env['PYTHON_COLORS'] === '1') return true;
    if (io.env['NO_COLOR'] !== undefined) return false;
    if (io.env['FORCE_COLOR'] !== undefined) return true;
    if (io.env['TERM'] === 'dumb') return false;
  }
  return io.stderrIsTty;
}

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** How the program was given: sys.argv and sys.path[0] follow from it. */
interface ProgramPlace {
  readonly argv: string[];
  readonly path0: string;
}

/**
 * Compiles a program given as a file, -c or stdin, as CPython does before running it (a
 * SyntaxError is reported here, in CPython's format), then runs it as __main__.
 */
function runProgram(io: CliIo, source: string | Uint8Array, filename: string, place: ProgramPlace, parsed: Parsed): number {
  const compiled = compileSource(source, filename, 'exec', { onWarning: syntaxWarningPrinter(io, filename, source) });
  const host = io.host !== undefined ? io.host() : hostFromIo(io);
  // The runtime loads only when a program runs (not for -m ast, -h…).
  const { createInterpreter, runMainCode } = require('../vm/run') as typeof import('../vm/run');
  const interp = createInterpreter({ host, argv: place.argv, path0: place.path0, ...runSettings(io, parsed) });
  return runMainCode(interp, compiled, filename, source);
}

/** `taipan -m dis -S FILE`: runs the program, then gives its code objects as they ran. */
function runForDis(io: CliIo, compiled: CompiledCode, filename: string, source: Uint8Array, parsed: Parsed): AdaptiveCode {
  const host = io.host !== undefined ? io.host() : hostFromIo(io);
  const { createInterpreter, runMainCode } = require('../vm/run') as typeof import('../vm/run');
  const { adaptiveBytes, runtimeCodes } = require('../modules/dis') as typeof import('../modules/dis');
  const interp = createInterpreter({ host, argv: [filename], path0: path.dirname(path.resolve(io.cwd, filename)), ...runSettings(io, parsed) });
  let ran: Map<CompiledCode, import('../objects/code/code').PyCode> = new Map();
  const status = runMainCode(interp, compiled, filename, source, (code) => (ran = runtimeCodes(code)));
  return { status, adaptive: (co) => (ran.has(co) ? adaptiveBytes(ran.get(co)!) : null) };
}

/** `taipan -m module args`: the module found on sys.path runs as __main__ (runpy's way). */
function runModuleProgram(io: CliIo, module: string, args: readonly string[], parsed: Parsed): number {
  const host = io.host !== undefined ? io.host() : hostFromIo(io);
  const { createInterpreter, runModuleAsMain } = require('../vm/run') as typeof import('../vm/run');
  const interp = createInterpreter({ host, argv: ['-m', ...args], path0: io.cwd, ...runSettings(io, parsed) });
  return runModuleAsMain(interp, module);
}

/** What the options and the environment (unless -E) say about running: hash seed, buffering, -X. */
function runSettings(
  io: CliIo,
  parsed: Parsed,
): {
  hashSeed: string | undefined;
  unbuffered: boolean;
  xoptions: readonly string[];
  colorize: boolean;
  pythonPath: string[];
  jitEnvironment: Record<string, string | undefined>;
} {
  const env: Readonly<Record<string, string | undefined>> = parsed.ignoreEnvironment ? {} : io.env;
  const unbufferedEnv = env['PYTHONUNBUFFERED'];
  const pythonPath = env['PYTHONPATH'];
  return {
    hashSeed: env['PYTHONHASHSEED'],
    pythonPath: pythonPath === undefined || pythonPath === '' ? [] : pythonPath.split(path.delimiter).map((p) => path.resolve(io.cwd, p)),
    unbuffered: parsed.unbuffered || (unbufferedEnv !== undefined && unbufferedEnv !== ''),
    xoptions: parsed.xoptions,
    colorize: canColorize(io, parsed.ignoreEnvironment),
    jitEnvironment: Object.fromEntries(Object.entries(env).filter(([k]) => k === 'PYTHON_JIT' || k.startsWith('PYTHON_JIT_'))),
  };
}

/** A host over the CLI's streams, for callers that give none (stdin is then empty). */
function hostFromIo(io: CliIo): Host {
  return { writeStdout: io.writeStdout, writeStderr: io.writeStderr, readStdinLine: () => '', isatty: () => false };
}

/** Runs a script path as `python FILE` does: CPython names the script by its absolute path. */
function runFile(io: CliIo, file: string, args: readonly string[], parsed: Parsed): number {
  let filename = path.resolve(io.cwd, file);
  // A directory runs its __main__.py (sys.path[0] is the directory).
  const isDirectory = io.isDirectory(filename);
  if (isDirectory) filename = path.join(filename, '__main__.py');
  let source: Uint8Array;
  try {
    source = io.readFile(filename);
  } catch (e) {
    if (!isNodeSystemError(e)) throw e;
    if (isDirectory) {
      io.writeStderr(`taipan: can't find '__main__' module in ${strRepr(path.dirname(filename))}\n`);
      return 1;
    }
    const info = osErrorInfo(e);
    io.writeStderr(`taipan: can't open file ${strRepr(filename)}: [Errno ${info.errno}] ${info.strerror}\n`);
    return 2;
  }
  return runProgram(io, source, filename, { argv: [file, ...args], path0: path.dirname(filename) }, parsed);
}

/** The command; returns the exit status. Never throws: every failure is printed as Python would print it. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseInterpreterArgs(argv);
  const { command, ignoreEnvironment } = parsed;
  try {
    switch (command.kind) {
      case 'help':
        io.writeStdout(HELP);
        return 0;
      case 'version':
        io.writeStdout(`Taipan ${version()} (Python 3.13)\n`);
        return 0;
      case 'usage-error':
        io.writeStderr(command.message + USAGE + TRY_HELP);
        return 2;
      case 'module':
        if (command.module === 'ast') return await runAstModule(command.args, io);
        if (command.module === 'dis') return await runDisModule(command.args, io, (compiled, filename, source) => runForDis(io, compiled, filename, source, parsed));
        return runModuleProgram(io, command.module, command.args, parsed);
      case 'command':
        return runProgram(io, command.code, '<string>', { argv: ['-c', ...command.args], path0: '' }, parsed);
      case 'file':
        return runFile(io, command.file, command.args, parsed);
      case 'stdin':
        if (io.stdinIsTty) {
          io.writeStderr('taipan: the interactive prompt is not implemented yet; pass a file, -c cmd or -m ast\n');
          return 1;
        }
        return runProgram(io, await io.readStdin(), '<stdin>', { argv: ['-', ...command.args], path0: '' }, parsed);
      default: {
        const unreachable: never = command;
        throw new Error(`unhandled command ${JSON.stringify(unreachable)}`);
      }
    }
  } catch (e) {
    return reportUncaught(io, e, canColorize(io, ignoreEnvironment));
  }
}

/**
 * Prints an exception that reached the top: a SyntaxError in CPython's format, a compile
 * failure as `Type: msg`, and anything else — a bug in Taipan — as one SystemError line
 * (with the JS stack only when TAIPAN_DEBUG is set). Returns exit status 1.
 */
function reportUncaught(io: CliIo, e: unknown, colorize: boolean): number {
  if (e instanceof PySyntaxError) {
    io.writeStderr(formatSyntaxError(e, { colorize }));
  } else if (e instanceof PyCompileError) {
    io.writeStderr(`${e.type}: ${e.msg}\n`);
  } else {
    io.writeStderr(internalErrorLine(e));
    if (io.env['TAIPAN_DEBUG'] && e instanceof Error && e.stack !== undefined) io.writeStderr(e.stack + '\n');
  }
  return 1;
}

/** `SystemError: Taipan internal error: TypeError: …`, on one line. */
function internalErrorLine(e: unknown): string {
  let what: string;
  if (e instanceof Error) what = `${e.name}: ${e.message}`;
  else {
    try {
      what = String(e);
    } catch {
      what = 'unprintable value thrown';
    }
  }
  return `SystemError: Taipan internal error: ${what.split('\n')[0]}\n`;
}

/** Entry point of bin/taipan.js: runs `main` on the real process and sets the exit status. */
export function run(argv: readonly string[] = process.argv.slice(2)): void {
  // A failure outside `main` (a stream error, a rejected promise) must not print a Node
  // stack trace either. A reader that went away (`taipan -m ast big.py | head`) ends us quietly.
  const fail = (e: unknown): void => {
    if (isNodeSystemError(e) && e.code === 'EPIPE') process.exit(1);
    process.stderr.write(internalErrorLine(e));
    if (process.env['TAIPAN_DEBUG'] && e instanceof Error && e.stack !== undefined) process.stderr.write(e.stack + '\n');
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  process.stdout.on('error', fail);
  main(argv, processIo()).then((status) => {
    // In the program's worker thread, exit() ends the thread with the status (its output was
    // written synchronously); on the main thread exitCode lets a pipe be flushed first.
    if (isMainThread) process.exitCode = status;
    else process.exit(status);
  }, fail);
}

// Started as `node dist/src/cli/main.js prog.py`, the program gets the same large-stack worker
// thread as through bin/taipan.js (entry.ts), or native code calling back into Python (an
// lru_cache'd function recursing, sort keys, `__repr__`) would overflow after ~200 levels.
if (require.main === module) (require('./entry') as typeof import('./entry')).start();
