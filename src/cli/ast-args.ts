// The command line of `python -m ast`, reproduced: the same options, the same help and usage
// text, the same error messages and exit status 2 for bad arguments.
//
// CPython 3.13's Lib/ast.py `main()` declares its options with argparse; this file follows
// Lib/argparse.py (`_parse_known_args`, `_parse_optional`, `consume_optional`, HelpFormatter)
// for that one parser. It is not a general argparse: only what these six arguments exercise.

import { strRepr } from '../objects/str-repr';
import { pyInt } from './py-text';

export type AstMode = 'exec' | 'single' | 'eval' | 'func_type';

/** The namespace `parser.parse_args()` returns in ast.py's main(). */
export interface AstArgs {
  /** A path, or '-' for stdin (the default). */
  readonly infile: string;
  readonly mode: AstMode;
  /** `--no-type-comments` stores False into this; on by default. */
  readonly typeComments: boolean;
  readonly includeAttributes: boolean;
  readonly indent: number | bigint;
}

/** Either parsed arguments, or what argparse prints before it exits (help or an error). */
export type AstArgsResult =
  | { readonly kind: 'ok'; readonly args: AstArgs }
  | { readonly kind: 'exit'; readonly status: number; readonly stdout: string; readonly stderr: string };

/** The program name ast.py gives argparse; it is what CPython prints, so it is what we print. */
const PROG = 'python -m ast';

const MODES: readonly AstMode[] = ['exec', 'single', 'eval', 'func_type'];

type Dest = 'help' | 'infile' | 'mode' | 'typeComments' | 'includeAttributes' | 'indent';

/** One argparse Action, with only the attributes this parser's actions use. */
interface Action {
  readonly dest: Dest;
  /** Empty for the positional. */
  readonly optionStrings: readonly string[];
  /** 0: a flag; 1: exactly one value (argparse's nargs=None); '?': the optional positional. */
  readonly nargs: 0 | 1 | '?';
  /** What argparse shows for the value: the choices in braces, else dest (upper-cased for options). */
  readonly metavar: string;
  readonly help: string;
}

// In `parser._actions` order: argparse adds -h/--help first, then ast.py's arguments in
// the order it declares them.
const HELP: Action = { dest: 'help', optionStrings: ['-h', '--help'], nargs: 0, metavar: 'HELP', help: 'show this help message and exit' };
const INFILE: Action = { dest: 'infile', optionStrings: [], nargs: '?', metavar: 'infile', help: 'the file to parse; defaults to stdin' };
const MODE: Action = {
  dest: 'mode',
  optionStrings: ['-m', '--mode'],
  nargs: 1,
  metavar: `{${MODES.join(',')}}`,
  help: 'specify what kind of code must be parsed',
};
const NO_TYPE_COMMENTS: Action = {
  dest: 'typeComments',
  optionStrings: ['--no-type-comments'],
  nargs: 0,
  metavar: 'NO_TYPE_COMMENTS',
  help: "don't add information about type comments",
};
const INCLUDE_ATTRIBUTES: Action = {
  dest: 'includeAttributes',
  optionStrings: ['-a', '--include-attributes'],
  nargs: 0,
  metavar: 'INCLUDE_ATTRIBUTES',
  help: 'include attributes such as line numbers and column offsets',
};
const INDENT: Action = { dest: 'indent', optionStrings: ['-i', '--indent'], nargs: 1, metavar: 'INDENT', help: 'indentation of nodes (number of spaces)' };

const ACTIONS: readonly Action[] = [HELP, INFILE, MODE, NO_TYPE_COMMENTS, INCLUDE_ATTRIBUTES, INDENT];
const OPTIONALS = ACTIONS.filter((a) => a.optionStrings.length > 0);
const POSITIONALS = ACTIONS.filter((a) => a.optionStrings.length === 0);

/** `parser._option_string_actions`, in insertion order (the order ambiguity messages list). */
const OPTION_STRING_ACTIONS = new Map<string, Action>(OPTIONALS.flatMap((a) => a.optionStrings.map((s) => [s, a] as const)));

/** argparse.ArgumentError: `argument -i/--indent: msg`, or just msg when no action is named. */
class ArgumentError extends Error {
  constructor(action: Action | null, message: string) {
    super(action === null ? message : `argument ${actionName(action)}: ${message}`);
  }
}

/** Thrown by the help action, which prints and exits as soon as argparse reaches it. */
class HelpRequested extends Error {}

function actionName(action: Action): string {
  return action.optionStrings.length > 0 ? action.optionStrings.join('/') : action.metavar;
}

/** An option string as `_parse_optional` classifies it. `action` null: looks like an option, but is unknown. */
interface OptionTuple {
  readonly action: Action | null;
  readonly optionString: string;
  /** '=' when the value followed an '=', '' when glued to a short option, null when there is none. */
  readonly sep: string | null;
  readonly explicitArg: string | null;
}

/** argparse's `_negative_number_matcher`: such strings are values, since no option looks like a number. */
const NEGATIVE_NUMBER = /^-\p{Nd}+$|^-\p{Nd}*\.\p{Nd}+$/u;

/** `_parse_optional`: null means a positional argument. Throws for an ambiguous abbreviation. */
function parseOptional(arg: string): OptionTuple | null {
  if (arg === '' || arg[0] !== '-') return null;
  const exact = OPTION_STRING_ACTIONS.get(arg);
  if (exact !== undefined) return { action: exact, optionString: arg, sep: null, explicitArg: null };
  if (arg.length === 1) return null;
  const eq = arg.indexOf('=');
  if (eq >= 0) {
    const action = OPTION_STRING_ACTIONS.get(arg.slice(0, eq));
    if (action !== undefined) return { action, optionString: arg.slice(0, eq), sep: '=', explicitArg: arg.slice(eq + 1) };
  }
  const tuples = optionTuples(arg);
  if (tuples.length > 1) {
    throw new ArgumentError(null, `ambiguous option: ${arg} could match ${tuples.map((t) => t.optionString).join(', ')}`);
  }
  if (tuples.length === 1) return tuples[0]!;
  if (NEGATIVE_NUMBER.test(arg)) return null;
  if (arg.includes(' ')) return null;
  return { action: null, optionString: arg, sep: null, explicitArg: null };
}

/** `_get_option_tuples`: abbreviations of long options, and short options glued to their value. */
function optionTuples(arg: string): OptionTuple[] {
  const result: OptionTuple[] = [];
  if (arg[1] === '-') {
    // Long options are split only at '='; any option string the prefix starts is a candidate.
    const eq = arg.indexOf('=');
    const prefix = eq >= 0 ? arg.slice(0, eq) : arg;
    const sep = eq >= 0 ? '=' : null;
    const explicitArg = eq >= 0 ? arg.slice(eq + 1) : null;
    for (const [optionString, action] of OPTION_STRING_ACTIONS) {
      if (optionString.startsWith(prefix)) result.push({ action, optionString, sep, explicitArg });
    }
  } else {
    const shortPrefix = arg.slice(0, 2);
    for (const [optionString, action] of OPTION_STRING_ACTIONS) {
      if (optionString === shortPrefix) {
        result.push({ action, optionString, sep: '', explicitArg: arg.slice(2) });
      } else if (optionString.startsWith(arg)) {
        result.push({ action, optionString, sep: null, explicitArg: null });
      }
    }
  }
  return result;
}

/** Parses `python -m ast`'s arguments. `columns` is the terminal width `shutil.get_terminal_size()` reports. */
export function parseAstArgs(argv: readonly string[], columns: number): AstArgsResult {
  try {
    return { kind: 'ok', args: parseKnownArgs(argv) };
  } catch (e) {
    if (e instanceof HelpRequested) return { kind: 'exit', status: 0, stdout: formatHelp(columns), stderr: '' };
    if (e instanceof ArgumentError) {
      return { kind: 'exit', status: 2, stdout: '', stderr: `${formatUsage(columns)}${PROG}: error: ${e.message}\n` };
    }
    throw e;
  }
}

/** `_parse_known_args` followed by parse_args's complaint about leftovers. */
function parseKnownArgs(argv: readonly string[]): AstArgs {
  const values: { infile: string; mode: AstMode; typeComments: boolean; includeAttributes: boolean; indent: number | bigint } = {
    infile: '-',
    mode: 'exec',
    typeComments: true,
    includeAttributes: false,
    indent: 3,
  };

  // One letter per argument: 'O' an option, 'A' a value, '-' the '--' that ends options.
  const optionIndices = new Map<number, OptionTuple>();
  let pattern = '';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      pattern += '-' + 'A'.repeat(argv.length - i - 1);
      break;
    }
    const tuple = parseOptional(arg);
    if (tuple === null) {
      pattern += 'A';
    } else {
      optionIndices.set(i, tuple);
      pattern += 'O';
    }
  }

  const takeAction = (action: Action, args: string[]): void => {
    switch (action.dest) {
      case 'help':
        throw new HelpRequested();
      case 'infile': {
        // Positionals drop the first '--' that the pattern let them swallow.
        const dashes = args.indexOf('--');
        if (dashes >= 0) args.splice(dashes, 1);
        if (args.length === 1) values.infile = args[0]!;
        return;
      }
      case 'mode': {
        const value = args[0]!;
        if (!(MODES as readonly string[]).includes(value)) {
          throw new ArgumentError(action, `invalid choice: ${strRepr(value)} (choose from ${MODES.map(strRepr).join(', ')})`);
        }
        values.mode = value as AstMode;
        return;
      }
      case 'indent': {
        const value = pyInt(args[0]!);
        if (value === null) throw new ArgumentError(action, `invalid int value: ${strRepr(args[0]!)}`);
        values.indent = value;
        return;
      }
      case 'typeComments':
        values.typeComments = false;
        return;
      case 'includeAttributes':
        values.includeAttributes = true;
        return;
      default: {
        const unreachable: never = action.dest;
        throw new Error(`unknown action ${String(unreachable)}`);
      }
    }
  };

  const extras: string[] = [];
  const positionals = [...POSITIONALS];

  const consumeOptional = (startIndex: number): number => {
    let { action, optionString, sep, explicitArg } = optionIndices.get(startIndex)!;
    const actionTuples: [Action, string[]][] = [];
    let stop: number;
    for (;;) {
      if (action === null) {
        extras.push(argv[startIndex]!);
        return startIndex + 1;
      }
      if (explicitArg !== null) {
        const argCount = action.nargs === 0 ? 0 : 1;
        if (argCount === 0 && optionString[1] !== '-' && explicitArg !== '') {
          // -ai2 is -a -i 2: peel further single-letter options off the tail.
          if (sep || explicitArg[0] === '-') throw new ArgumentError(action, `ignored explicit argument ${strRepr(explicitArg)}`);
          actionTuples.push([action, []]);
          optionString = '-' + explicitArg[0]!;
          const next = OPTION_STRING_ACTIONS.get(optionString);
          if (next !== undefined) {
            action = next;
            explicitArg = explicitArg.slice(1);
            if (explicitArg === '') {
              sep = explicitArg = null;
            } else if (explicitArg[0] === '=') {
              sep = '=';
              explicitArg = explicitArg.slice(1);
            } else {
              sep = '';
            }
          } else {
            extras.push('-' + explicitArg);
            stop = startIndex + 1;
            break;
          }
        } else if (argCount === 1) {
          stop = startIndex + 1;
          actionTuples.push([action, [explicitArg]]);
          break;
        } else {
          throw new ArgumentError(action, `ignored explicit argument ${strRepr(explicitArg)}`);
        }
      } else {
        const start = startIndex + 1;
        let argCount = 0;
        if (action.nargs === 1) {
          // An option's value may not be another option, nor the '--' separator.
          if (pattern[start] !== 'A') throw new ArgumentError(action, 'expected one argument');
          argCount = 1;
        }
        stop = start + argCount;
        actionTuples.push([action, argv.slice(start, stop)]);
        break;
      }
    }
    for (const [a, args] of actionTuples) takeAction(a, args);
    return stop;
  };

  const consumePositionals = (startIndex: number): number => {
    const action = positionals[0];
    if (action === undefined) return startIndex;
    // The only positional takes '(-*A?-*)' of what follows.
    const m = /^-*A?-*/.exec(pattern.slice(startIndex))!;
    const count = m[0].length;
    takeAction(action, argv.slice(startIndex, startIndex + count));
    positionals.shift();
    return startIndex + count;
  };

  let startIndex = 0;
  const maxOptionIndex = optionIndices.size > 0 ? Math.max(...optionIndices.keys()) : -1;
  while (startIndex <= maxOptionIndex) {
    let nextOptionIndex = startIndex;
    while (nextOptionIndex <= maxOptionIndex && !optionIndices.has(nextOptionIndex)) nextOptionIndex++;
    if (startIndex !== nextOptionIndex) {
      const positionalsEnd = consumePositionals(startIndex);
      if (positionalsEnd > startIndex) {
        startIndex = positionalsEnd;
        continue;
      }
      startIndex = positionalsEnd;
    }
    if (!optionIndices.has(startIndex)) {
      extras.push(...argv.slice(startIndex, nextOptionIndex));
      startIndex = nextOptionIndex;
    }
    startIndex = consumeOptional(startIndex);
  }
  const stopIndex = consumePositionals(startIndex);
  extras.push(...argv.slice(stopIndex));
  if (extras.length > 0) throw new ArgumentError(null, `unrecognized arguments: ${extras.join(' ')}`);
  return values;
}

// ---- help and usage (argparse.HelpFormatter) ----

/** Where argparse's help column may start at most. */
const MAX_HELP_POSITION = 24;
/** Each nesting level (a section's items) indents by this. */
const INDENT_INCREMENT = 2;

/** HelpFormatter's width: the terminal's columns minus 2. */
function formatterWidth(columns: number): number {
  return columns - 2;
}

function usageParts(actions: readonly Action[]): string[] {
  return actions.map((a) => {
    if (a.optionStrings.length === 0) return `[${a.metavar}]`;
    return a.nargs === 0 ? `[${a.optionStrings[0]}]` : `[${a.optionStrings[0]} ${a.metavar}]`;
  });
}

/** `format_usage()`: "usage: python -m ast [-h] …\n", wrapped as `_format_usage` wraps it. */
export function formatUsage(columns: number): string {
  const prefix = 'usage: ';
  const textWidth = formatterWidth(columns);
  const optParts = usageParts(OPTIONALS);
  const posParts = usageParts(POSITIONALS);
  let usage = [PROG, ...optParts, ...posParts].join(' ');
  if (prefix.length + usage.length > textWidth) {
    const getLines = (parts: readonly string[], indent: string, withPrefix: boolean): string[] => {
      const lines: string[] = [];
      let line: string[] = [];
      let lineLen = withPrefix ? prefix.length - 1 : indent.length - 1;
      for (const part of parts) {
        if (lineLen + 1 + part.length > textWidth && line.length > 0) {
          lines.push(indent + line.join(' '));
          line = [];
          lineLen = indent.length - 1;
        }
        line.push(part);
        lineLen += part.length + 1;
      }
      if (line.length > 0) lines.push(indent + line.join(' '));
      if (withPrefix) lines[0] = lines[0]!.slice(indent.length);
      return lines;
    };
    let lines: string[];
    if (prefix.length + PROG.length <= 0.75 * textWidth) {
      // A short prog: continuation lines line up after it.
      const indent = ' '.repeat(prefix.length + PROG.length + 1);
      lines = getLines([PROG, ...optParts], indent, true);
      lines.push(...getLines(posParts, indent, false));
    } else {
      // A long prog gets a line of its own.
      const indent = ' '.repeat(prefix.length);
      lines = getLines([...optParts, ...posParts], indent, false);
      if (lines.length > 1) lines = [...getLines(optParts, indent, false), ...getLines(posParts, indent, false)];
      lines = [PROG, ...lines];
    }
    usage = lines.join('\n');
  }
  return `${prefix}${usage}\n`;
}

function invocation(action: Action): string {
  if (action.optionStrings.length === 0) return action.metavar;
  const names = action.optionStrings.join(', ');
  return action.nargs === 0 ? names : `${names} ${action.metavar}`;
}

/** `textwrap.wrap(text, width)` for help strings: greedy, breaking words longer than a line. */
function wrap(text: string, width: number): string[] {
  // Chunks are words and the single spaces between them (the text is already collapsed).
  const chunks = text.split(/( )/).filter((c) => c !== '');
  chunks.reverse();
  const lines: string[] = [];
  while (chunks.length > 0) {
    const line: string[] = [];
    let len = 0;
    if (chunks[chunks.length - 1] === ' ' && lines.length > 0) chunks.pop();
    while (chunks.length > 0) {
      const l = chunks[chunks.length - 1]!.length;
      if (len + l > width) break;
      line.push(chunks.pop()!);
      len += l;
    }
    if (chunks.length > 0 && chunks[chunks.length - 1]!.length > width) {
      const spaceLeft = width < 1 ? 1 : width - len;
      const chunk = chunks[chunks.length - 1]!;
      line.push(chunk.slice(0, spaceLeft));
      chunks[chunks.length - 1] = chunk.slice(spaceLeft);
    }
    if (line.length > 0 && line[line.length - 1] === ' ') line.pop();
    if (line.length > 0) lines.push(line.join(''));
  }
  return lines;
}

/** `format_help()`: usage, then the "positional arguments" and "options" sections. */
export function formatHelp(columns: number): string {
  const width = formatterWidth(columns);
  const maxHelpPosition = Math.min(MAX_HELP_POSITION, Math.max(width - 20, INDENT_INCREMENT * 2));
  const currentIndent = INDENT_INCREMENT;
  const actionMaxLength = Math.max(...ACTIONS.map((a) => invocation(a).length + currentIndent));
  const helpPosition = Math.min(actionMaxLength + 2, maxHelpPosition);
  const helpWidth = Math.max(width - helpPosition, 11);
  const actionWidth = helpPosition - currentIndent - 2;

  const formatAction = (action: Action): string => {
    const header = invocation(action);
    let out: string;
    let indentFirst: number;
    if (header.length <= actionWidth) {
      out = ' '.repeat(currentIndent) + header.padEnd(actionWidth) + '  ';
      indentFirst = 0;
    } else {
      out = ' '.repeat(currentIndent) + header + '\n';
      indentFirst = helpPosition;
    }
    const lines = wrap(action.help.replace(/\s+/g, ' ').trim(), helpWidth);
    out += ' '.repeat(indentFirst) + lines[0] + '\n';
    for (const line of lines.slice(1)) out += ' '.repeat(helpPosition) + line + '\n';
    return out;
  };
  const section = (heading: string, actions: readonly Action[]): string => `${heading}:\n${actions.map(formatAction).join('')}`;
  return `${formatUsage(columns)}\n${section('positional arguments', POSITIONALS)}\n${section('options', OPTIONALS)}`;
}
