// `taipan -m dis …`: what `python -m dis …` does (Lib/dis.py main()): read the file (or stdin)
// as bytes, compile it in exec mode, print dis.dis of the code object. Its options, help and
// argparse errors are reproduced; argparse names the program `dis.py` (sys.argv[0]).
// One option is Taipan's: -S (the name of CPython 3.14's option to show specialized bytecode)
// runs the program first, so that what it shows is how the program's code specialized.
import { compileSource } from '../compiler';
import { dis } from '../compiler/dis';
import type { CompiledCode } from '../compiler/code';
import { syntaxWarningPrinter } from './ast-command';
import type { CliIo } from './io';
import { isNodeSystemError, osErrorInfo } from '../modules/os-errors';
import { strRepr } from '../objects/str-repr';

const USAGE = 'usage: dis.py [-h] [-C] [-O] [-S] [infile]\n';

const HELP = `${USAGE}
positional arguments:
  infile

options:
  -h, --help          show this help message and exit
  -C, --show-caches   show inline caches
  -O, --show-offsets  show instruction offsets
  -S, --specialized   run the program, then show its specialized bytecode
`;

interface DisArgs {
  infile: string;
  showCaches: boolean;
  showOffsets: boolean;
  specialized: boolean;
}

/** What running a program for -S leaves: its exit status, and its code as it ran. */
export interface AdaptiveCode {
  readonly status: number;
  readonly adaptive: (co: CompiledCode) => Uint8Array | null;
}

type Parsed = { kind: 'ok'; args: DisArgs } | { kind: 'exit'; status: number; stdout: string; stderr: string };

type Option = 'help' | 'caches' | 'offsets' | 'specialized';

const LONG_OPTIONS: Record<string, Option> = {
  '--help': 'help',
  '--show-caches': 'caches',
  '--show-offsets': 'offsets',
  '--specialized': 'specialized',
};

const SHORT_OPTIONS: Record<string, Option> = { h: 'help', C: 'caches', O: 'offsets', S: 'specialized' };

function usageError(message: string): Parsed {
  return { kind: 'exit', status: 2, stdout: '', stderr: `${USAGE}dis.py: error: ${message}\n` };
}

/** argparse for dis.py's three flags and one optional positional. */
function parseDisArgs(argv: readonly string[]): Parsed {
  const args: DisArgs = { infile: '-', showCaches: false, showOffsets: false, specialized: false };
  const positionals: string[] = [];
  const unrecognized: string[] = [];
  let help = false;
  let onlyPositionals = false;
  const apply = (what: Option): void => {
    if (what === 'help') help = true;
    else if (what === 'caches') args.showCaches = true;
    else if (what === 'offsets') args.showOffsets = true;
    else args.specialized = true;
  };
  for (const arg of argv) {
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const name = arg.split('=')[0];
      const matches = Object.keys(LONG_OPTIONS).filter((o) => o.startsWith(name));
      if (LONG_OPTIONS[name] !== undefined) apply(LONG_OPTIONS[name]);
      else if (matches.length === 1) apply(LONG_OPTIONS[matches[0]]);
      else if (matches.length > 1) return usageError(`ambiguous option: ${name} could match ${matches.join(', ')}`);
      else unrecognized.push(arg);
      continue;
    }
    // A cluster of short flags, like -CO.
    for (const ch of arg.slice(1)) {
      const what = SHORT_OPTIONS[ch];
      if (what === undefined) {
        unrecognized.push(arg);
        break;
      }
      apply(what);
    }
  }
  if (help) return { kind: 'exit', status: 0, stdout: HELP, stderr: '' };
  if (positionals.length > 0) args.infile = positionals[0];
  unrecognized.push(...positionals.slice(1));
  if (unrecognized.length > 0) return usageError(`unrecognized arguments: ${unrecognized.join(' ')}`);
  return { kind: 'ok', args };
}

/**
 * Runs `-m dis` with the arguments after it; returns the exit status. PySyntaxError and
 * PyCompileError propagate: the caller prints them as an uncaught exception.
 */
export async function runDisModule(
  argv: readonly string[],
  io: CliIo,
  run: (code: CompiledCode, filename: string, source: Uint8Array) => AdaptiveCode,
): Promise<number> {
  const parsed = parseDisArgs(argv);
  if (parsed.kind === 'exit') {
    io.writeStdout(parsed.stdout);
    io.writeStderr(parsed.stderr);
    return parsed.status;
  }
  const { infile, showCaches, showOffsets, specialized } = parsed.args;
  let name: string;
  let source: Uint8Array;
  if (infile === '-') {
    name = '<stdin>';
    source = await io.readStdin();
  } else {
    name = infile;
    try {
      source = io.readFile(infile);
    } catch (e) {
      if (!isNodeSystemError(e)) throw e;
      const info = osErrorInfo(e);
      io.writeStderr(`${info.type}: [Errno ${info.errno}] ${info.strerror}: ${strRepr(infile)}\n`);
      return 1;
    }
  }
  const code = compileSource(source, name, 'exec', { onWarning: syntaxWarningPrinter(io, name, source) });
  if (!specialized) {
    io.writeStdout(dis(code, { showCaches, showOffsets }));
    return 0;
  }
  const ran = run(code, name, source);
  io.writeStdout(dis(code, { showCaches, showOffsets, adaptive: ran.adaptive }));
  return ran.status;
}
