// `taipan -m ast …`: what `python -m ast …` does (Lib/ast.py main()): read the file (or
// stdin) as bytes, parse it with type comments unless told otherwise, print ast.dump of it.
import { astNodeDepth, dumpRecursionDepth } from '../compiler/ast/depth';
import { dump } from '../compiler/ast/dump';
import { parse } from '../compiler/parser';
import { parseAstArgs } from './ast-args';
import type { CliIo } from './io';
import { isNodeSystemError, osErrorInfo } from '../modules/os-errors';
import { strRepr } from '../objects/str-repr';
import { pyInt } from './py-text';
import { isPythonSpace } from '../compiler/format-syntax-error';

/**
 * The width argparse wraps its help to, as `shutil.get_terminal_size()` finds it: a positive
 * $COLUMNS, else the width of the terminal on stdout, else 80.
 */
export function terminalColumns(io: CliIo): number {
  const fromEnv = io.env['COLUMNS'] !== undefined ? pyInt(io.env['COLUMNS']) : null;
  if (fromEnv !== null && fromEnv > 0) return Number(fromEnv);
  return io.stdoutColumns !== null && io.stdoutColumns > 0 ? io.stdoutColumns : 80;
}

/** Python's `str.strip()` (no arguments): Unicode whitespace at both ends. */
function pyStrip(s: string): string {
  const cps = Array.from(s);
  let start = 0;
  let end = cps.length;
  while (start < end && isPythonSpace(cps[start]!)) start++;
  while (end > start && isPythonSpace(cps[end - 1]!)) end--;
  return cps.slice(start, end).join('');
}

/**
 * Prints SyntaxWarnings as CPython does while compiling: `file:line: SyntaxWarning: msg`
 * followed by the stripped source line, which linecache finds for real files but not for
 * pseudo-files such as `<stdin>`. Every warning prints, repeats included: the compiler warns
 * without a registry, so the default filter's once-per-location rule does not apply.
 */
export function syntaxWarningPrinter(io: CliIo, filename: string, source: string | Uint8Array): (message: string, lineno: number) => void {
  let lines: string[] | null = null;
  return (message, lineno) => {
    let out = `${filename}:${lineno}: SyntaxWarning: ${message}\n`;
    if (filename !== '' && !(filename.startsWith('<') && filename.endsWith('>'))) {
      lines ??= (typeof source === 'string' ? source : new TextDecoder().decode(source)).split(/\r\n|\r|\n/);
      const line = pyStrip(lines[lineno - 1] ?? '');
      if (line !== '') out += `  ${line}\n`;
    }
    io.writeStderr(out);
  };
}

/**
 * The deepest trees `python3.13 -m ast` handles, found by bisection with chains of attributes,
 * calls, subscripts and additions (all agree): its C recursion budget left for building the
 * `ast` objects, and Python's recursion limit (1000) less the frames below `ast.dump`.
 */
const AST_CONSTRUCTION_DEPTH_LIMIT = 9994;
const DUMP_RECURSION_LIMIT = 994;

/**
 * Runs `-m ast` with the arguments after it; returns the exit status. PySyntaxError and
 * PyCompileError propagate: the caller prints them as an uncaught exception.
 */
export async function runAstModule(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseAstArgs(argv, terminalColumns(io));
  if (parsed.kind === 'exit') {
    io.writeStdout(parsed.stdout);
    io.writeStderr(parsed.stderr);
    return parsed.status;
  }
  const args = parsed.args;
  let name: string;
  let source: Uint8Array;
  if (args.infile === '-') {
    name = '<stdin>';
    source = await io.readStdin();
  } else {
    name = args.infile;
    try {
      source = io.readFile(args.infile);
    } catch (e) {
      if (!isNodeSystemError(e)) throw e;
      const info = osErrorInfo(e);
      io.writeStderr(`${info.type}: [Errno ${info.errno}] ${info.strerror}: ${strRepr(args.infile)}\n`);
      return 1;
    }
  }
  const tree = parse(source, name, args.mode, {
    typeComments: args.typeComments,
    onWarning: syntaxWarningPrinter(io, name, source),
  });
  // ast.dump indents by ' ' * indent, so a negative indent is no indentation (but still one
  // field per line). Python would fail to build an absurdly long indent string.
  const indent = args.indent;
  if (indent > 0x7fffffffffffffffn) {
    io.writeStderr("OverflowError: cannot fit 'int' into an index-sized integer\n");
    return 1;
  }
  if (indent > 1 << 28) {
    io.writeStderr('MemoryError\n');
    return 1;
  }
  // Where CPython's recursion limits stop `python -m ast` (measured there: see depth.ts).
  if (astNodeDepth(tree) > AST_CONSTRUCTION_DEPTH_LIMIT) {
    io.writeStderr('RecursionError: maximum recursion depth exceeded during ast construction\n');
    return 1;
  }
  if (dumpRecursionDepth(tree) > DUMP_RECURSION_LIMIT) {
    io.writeStderr('RecursionError: maximum recursion depth exceeded\n');
    return 1;
  }
  const text = dump(tree, { indent: Math.max(0, Number(indent)), includeAttributes: args.includeAttributes });
  io.writeStdout(text + '\n');
  return 0;
}
