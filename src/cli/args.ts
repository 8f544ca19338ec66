// The interpreter's own command line, as CPython's getopt reads it (Modules/main.c): options,
// then one of -c, -m, a file, or stdin. Kept apart from the commands so that deciding what to
// run loads nothing else.

/** Flags CPython takes that change nothing Taipan does yet; accepted so that scripts keep working. */
const IGNORED_FLAGS = 'bBdiOPqsSvx';
/** Options that take a value; CPython's -W and -X. */
const IGNORED_WITH_VALUE = 'WX';

/** What the interpreter's own options select (Modules/main.c: one of -c, -m, a file, stdin). */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: string }
  | { readonly kind: 'command'; readonly code: string; readonly args: readonly string[] }
  | { readonly kind: 'module'; readonly module: string; readonly args: readonly string[] }
  | { readonly kind: 'file'; readonly file: string; readonly args: readonly string[] }
  | { readonly kind: 'stdin'; readonly args: readonly string[] };

export interface Parsed {
  readonly command: Command;
  /** -E / -I: PYTHON* variables are not read. */
  readonly ignoreEnvironment: boolean;
  /** -u: stdout and stderr are written through at once. */
  readonly unbuffered: boolean;
  /** -X options in order: `key=value`, or `key` alone (sys._xoptions). */
  readonly xoptions: readonly string[];
}

/** Interpreter options as CPython's getopt reads them: clusters like `-Bc code`, `-mast`, then the program. */
export function parseInterpreterArgs(argv: readonly string[]): Parsed {
  let ignoreEnvironment = false;
  let unbuffered = false;
  const xoptions: string[] = [];
  const done = (command: Command): Parsed => ({ command, ignoreEnvironment, unbuffered, xoptions });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      const rest = argv.slice(i + 1);
      return done(rest.length === 0 || rest[0] === '-' ? { kind: 'stdin', args: rest.slice(1) } : { kind: 'file', file: rest[0]!, args: rest.slice(1) });
    }
    if (arg === '-') return done({ kind: 'stdin', args: argv.slice(i + 1) });
    if (!arg.startsWith('-')) return done({ kind: 'file', file: arg, args: argv.slice(i + 1) });
    if (arg.startsWith('--')) {
      if (arg === '--help') return done({ kind: 'help' });
      if (arg === '--version') return done({ kind: 'version' });
      return done({ kind: 'usage-error', message: `unknown option ${arg}\n` });
    }
    for (let j = 1; j < arg.length; j++) {
      const opt = arg[j]!;
      if (opt === 'c' || opt === 'm' || IGNORED_WITH_VALUE.includes(opt)) {
        // The value is the rest of this argument, or the next argument.
        let value: string | undefined = arg.slice(j + 1);
        if (value === '') value = argv[++i];
        if (value === undefined) return done({ kind: 'usage-error', message: `Argument expected for the -${opt} option\n` });
        if (opt === 'c') return done({ kind: 'command', code: value, args: argv.slice(i + 1) });
        if (opt === 'm') return done({ kind: 'module', module: value, args: argv.slice(i + 1) });
        if (opt === 'X') xoptions.push(value);
        break;
      }
      if (opt === 'h' || opt === '?') return done({ kind: 'help' });
      if (opt === 'V') return done({ kind: 'version' });
      if (opt === 'E' || opt === 'I') ignoreEnvironment = true;
      else if (opt === 'u') unbuffered = true;
      else if (!IGNORED_FLAGS.includes(opt)) return done({ kind: 'usage-error', message: `Unknown option: -${opt}\n` });
    }
  }
  return done({ kind: 'stdin', args: [] });
}

