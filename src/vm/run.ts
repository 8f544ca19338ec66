// Running a program: make the interpreter (builtins, sys, __main__), run the main module's
// code, and turn its end — a return, SystemExit, or an uncaught exception — into an exit
// status, printing the traceback as CPython does.
import type { PyValue } from '../objects/object';
import '../objects/index';
import './generators';
import './classes';
import './frame-type';
import '../modules/all';
import { PyModule } from '../objects/module';
import { PyCode } from '../objects/code/code';
import type { CompiledCode } from '../compiler/code';
import { ImportError, KeyboardInterrupt, PyBaseException, SystemExit } from '../objects/exceptions';
import { strRepr } from '../objects/str-repr';
import { None } from '../objects/singletons';
import { IntSubclassValue } from '../objects/boxes';
import { str } from '../objects/ops/repr';
import { call } from '../objects/ops/call';
import { getAttrOrUndefined } from '../objects/ops/attributes';
import { setStrHashKey } from '../objects/str-hash';
import { hashKeyForSeed } from './hash-seed';
import type { Host } from '../modules/host';
import { makeSysModule } from '../modules/sys';
import { makeBuiltinsModule } from '../modules/builtins-module';
import { Interpreter, setInterpreter } from './interpreter';
import { threadState } from './thread-state';
import { registerCurrentModuleName } from '../objects/type-type';
import { compileToCode } from './compile';
import { execCode } from './exec';
import { STDLIB_DIRECTORY } from './stdlib-code-cache';
import { formatUncaught } from './uncaught';
import { registerSourceProvider, registerSuggestionImporter, setTracebackDefaults } from './traceback-print';
import { importModule } from './imports';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PyList } from '../objects/boxes';
import { registerModuleLookup } from '../objects/function-type';
import { registerReduceImporter } from '../objects/object-reduce';
import { setSpecialization } from './specialize';
import { configureJit, JIT_CONFIG } from '../jit/config';
import { jitStats } from '../jit/stats';
import { Tier1Stats } from './stats';

export interface RunOptions {
  host: Host;
  /** sys.argv. */
  argv: string[];
  /** sys.path[0]: the script's directory, or '' for -c and stdin. */
  path0: string;
  /** PYTHONHASHSEED: a number, 'random' or undefined (random). */
  hashSeed?: string;
  /** -u / PYTHONUNBUFFERED: stdout is written through at once. */
  unbuffered?: boolean;
  /** -X options, `key=value` or `key`. */
  xoptions?: readonly string[];
  /** Tracebacks in colour (stderr is a terminal and the environment allows it). */
  colorize?: boolean;
  /** PYTHONPATH's directories, which come after path0 on sys.path. */
  pythonPath?: readonly string[];
  /** The PYTHON_JIT* environment variables (see jit/config.ts). */
  jitEnvironment?: Readonly<Record<string, string | undefined>>;
}

export { STDLIB_DIRECTORY };

export function createInterpreter(options: RunOptions): Interpreter {
  const interp = new Interpreter(options.host);
  setInterpreter(interp);
  interp.argv = options.argv;
  if (options.unbuffered) interp.stdout.unbuffered = true;
  for (const x of options.xoptions ?? []) {
    const eq = x.indexOf('=');
    interp.xoptions.set(eq < 0 ? x : x.slice(0, eq), eq < 0 ? true : x.slice(eq + 1));
  }
  // -X specialize=off runs tier 1 without specializing (the benchmarks' baseline); -X stats counts.
  const specialize = interp.xoptions.get('specialize');
  setSpecialization(specialize !== 'off' && specialize !== '0');
  threadState.stats = interp.xoptions.has('stats') ? new Tier1Stats() : null;
  for (const problem of configureJit(options.jitEnvironment ?? {}, interp.xoptions, (text) => options.host.writeStderr(text))) {
    options.host.writeStderr(`taipan: ignoring ${problem}\n`);
  }
  threadState.tracer = null;
  jitStats.reset();
  interp.path.items.push(options.path0, ...(options.pythonPath ?? []), STDLIB_DIRECTORY);
  setStrHashKey(hashKeyForSeed(options.hashSeed));
  interp.hashRandomization = !(options.hashSeed !== undefined && options.hashSeed !== '' && Number(options.hashSeed) === 0);
  threadState.frame = null;
  threadState.depth = 0;
  threadState.handled = None;
  threadState.recursionLimit = 1000;
  registerSourceProvider((filename) => sourceOf(interp, filename));
  if (options.colorize !== undefined) setTracebackDefaults({ colorize: options.colorize });
  registerSuggestionImporter((name) => importModule(name));
  registerReduceImporter((name) => importModule(name));
  registerModuleLookup((name) => interp.modules.getStr(name) ?? None);
  // type(name, bases, ns) records the calling code's module, as CPython's type_new does.
  registerCurrentModuleName(() => threadState.frame?.globals.getStr('__name__') ?? '__main__');
  interp.builtins = makeBuiltinsModule(interp);
  interp.sys = makeSysModule(interp);
  interp.modules.setStr('builtins', interp.builtins);
  interp.modules.setStr('sys', interp.sys);
  return interp;
}

/** What linecache would read for a traceback: files by name; `<string>`, `<stdin>` have no lines. */
function sourceOf(interp: Interpreter, filename: string): string | null {
  const known = interp.sources.get(filename);
  // 3.13 shows the lines of a -c program (<string>) but not of a program read from stdin.
  if (filename === '<stdin>') return null;
  if (known !== undefined) return known;
  if (filename.startsWith('<') && filename.endsWith('>')) return null;
  try {
    return fs.readFileSync(filename, 'utf8');
  } catch {
    return null;
  }
}

/** The exit status SystemExit's code asks for, printing a non-int code as CPython does. */
function systemExitStatus(interp: Interpreter, exc: PyBaseException): number {
  const code = getAttrOrUndefined(exc, 'code') ?? None;
  if (code === None) return 0;
  if (typeof code === 'number') return code & 0xff;
  if (typeof code === 'boolean') return code ? 1 : 0;
  if (code instanceof IntSubclassValue && typeof code.value === 'number') return code.value & 0xff;
  const stderr = interp.sysAttr('stderr');
  const text = str(code) + '\n';
  const write = stderr === undefined ? undefined : getAttrOrUndefined(stderr, 'write');
  if (write !== undefined) call(write, [text]);
  else interp.host.writeStderr(text);
  return 1;
}

/** Runs source as __main__; returns the exit status. */
export function runMain(interp: Interpreter, source: string | Uint8Array, filename: string): number {
  let code: PyCode;
  try {
    code = compileToCode(source, filename, 'exec');
  } catch (e) {
    return handleUncaught(interp, e);
  }
  return runMainCode(interp, code.compiled, filename, source);
}

/**
 * Runs compiled code as __main__; returns the exit status. `ran` is given the code object that
 * ran (`taipan -m dis -S` shows how it specialized).
 */
export function runMainCode(
  interp: Interpreter,
  compiled: CompiledCode,
  filename: string,
  source: string | Uint8Array,
  ran?: (code: PyCode) => void,
): number {
  const main = new PyModule('__main__');
  main.dict.setStr('__builtins__', interp.builtins);
  if (filename !== '<string>' && filename !== '<stdin>') main.dict.setStr('__file__', filename);
  interp.modules.setStr('__main__', main);
  interp.sources.set(filename, typeof source === 'string' ? source : new TextDecoder().decode(source));
  let status = 0;
  const code = new PyCode(compiled);
  ran?.(code);
  try {
    execCode(code, main.dict, main.dict);
  } catch (e) {
    status = handleUncaught(interp, e);
  }
  try {
    interp.flush();
  } catch {
    // stdout closed: nothing more to say
  }
  const stats = threadState.stats;
  if (JIT_CONFIG.summaryFile !== null) {
    try {
      fs.appendFileSync(JIT_CONFIG.summaryFile, JSON.stringify(jitStats) + '\n');
    } catch {
      // A summary that cannot be written is not the program's failure.
    }
  }
  if (stats !== null) {
    const tier2 = JIT_CONFIG.mode === 'off' ? null : jitStats;
    interp.host.writeStderr(
      interp.xoptions.get('stats') === 'json'
        ? JSON.stringify(tier2 === null ? stats : { ...stats.toJSON(), tier2 }) + '\n'
        : stats.report() + (tier2 === null ? '' : tier2.report()),
    );
  }
  return status;
}

/** Finds `name` (a module, or a package with __main__) on sys.path and runs it as __main__. */
export function runModuleAsMain(interp: Interpreter, name: string): number {
  let file: string | null;
  try {
    file = findModuleFile(interp, name);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.type.isSubtypeOf(ImportError))) return handleUncaught(interp, e);
    interp.stderr.write(`taipan: Error while finding module specification for ${strRepr(name)} (${e.type.name}: ${str(e)})\n`);
    interp.flush();
    return 1;
  }
  if (file === null) {
    interp.stderr.write(`taipan: No module named ${name}\n`);
    interp.flush();
    return 1;
  }
  interp.argv[0] = file;
  (interp.sysAttr('argv') as PyList).items[0] = file;
  const source = fs.readFileSync(file);
  let compiled: CompiledCode;
  try {
    compiled = compileToCode(source, file, 'exec').compiled;
  } catch (e) {
    return handleUncaught(interp, e);
  }
  return runMainCode(interp, compiled, file, source);
}

/** The file `-m name` runs: name.py, or a package's __main__.py; parent packages are imported. */
function findModuleFile(interp: Interpreter, name: string): string | null {
  const dot = name.lastIndexOf('.');
  let dirs: PyValue[] = interp.path.items;
  if (dot >= 0) {
    const parent = importModule(name.slice(0, dot));
    const p = getAttrOrUndefined(parent, '__path__');
    if (p === undefined) return null;
    dirs = p instanceof PyList ? p.items : [];
  }
  const last = name.slice(dot + 1);
  for (const dir of dirs) {
    if (typeof dir !== 'string') continue;
    const base = path.resolve(dir === '' ? process.cwd() : dir);
    const pkgMain = path.join(base, last, '__main__.py');
    if (fs.existsSync(path.join(base, last, '__init__.py')) && fs.existsSync(pkgMain)) return pkgMain;
    const file = path.join(base, `${last}.py`);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

export function handleUncaught(interp: Interpreter, e: unknown): number {
  if (e instanceof PyBaseException && e.type.isSubtypeOf(SystemExit)) return systemExitStatus(interp, e);
  interp.stdout.flush();
  interp.stderr.write(formatUncaught(e));
  interp.stderr.flush();
  // As CPython: an uncaught KeyboardInterrupt ends the process as SIGINT would (128 + 2).
  return e instanceof PyBaseException && e.type.isSubtypeOf(KeyboardInterrupt) ? 130 : 1;
}

export type { PyValue };
