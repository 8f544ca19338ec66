// Running a program: make the interpreter (builtins, sys, __main__), run the main module's
// code, and turn its end — a return, SystemExit, or an uncaught exception — into an exit
// status, printing the traceback as CPython does.
import type { PyValue } from '../objects/object';
import '../objects/index';
import './generators';
import './classes';
import './frame-type';
import { PyModule } from '../objects/module';
import { PyCode } from '../objects/code/code';
import type { CompiledCode } from '../compiler/code';
import { PyBaseException, SystemExit } from '../objects/exceptions';
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
import { compileToCode } from './compile';
import { execCode } from './exec';
import { formatUncaught } from './uncaught';
import { registerSourceProvider, registerSuggestionImporter } from './traceback-print';
import { importModule } from './imports';
import * as fs from 'node:fs';
import { registerModuleLookup } from '../objects/function-type';

export interface RunOptions {
  host: Host;
  /** sys.argv. */
  argv: string[];
  /** sys.path[0]: the script's directory, or '' for -c and stdin. */
  path0: string;
  /** PYTHONHASHSEED: a number, 'random' or undefined (random). */
  hashSeed?: string;
}

export function createInterpreter(options: RunOptions): Interpreter {
  const interp = new Interpreter(options.host);
  setInterpreter(interp);
  interp.argv = options.argv;
  interp.path.items.push(options.path0);
  setStrHashKey(hashKeyForSeed(options.hashSeed));
  threadState.frame = null;
  threadState.depth = 0;
  threadState.handled = None;
  threadState.recursionLimit = 1000;
  registerSourceProvider((filename) => sourceOf(interp, filename));
  registerSuggestionImporter((name) => importModule(name));
  registerModuleLookup((name) => interp.modules.getStr(name) ?? None);
  interp.builtins = makeBuiltinsModule(interp);
  interp.sys = makeSysModule(interp);
  interp.modules.setStr('builtins', interp.builtins);
  interp.modules.setStr('sys', interp.sys);
  return interp;
}

/** What linecache would read for a traceback: files by name; `<string>`, `<stdin>` have no lines. */
function sourceOf(interp: Interpreter, filename: string): string | null {
  if (filename.startsWith('<') && filename.endsWith('>')) return null;
  const known = interp.sources.get(filename);
  if (known !== undefined) return known;
  try {
    return fs.readFileSync(filename, 'utf8');
  } catch {
    return null;
  }
}

/** The exit status SystemExit's code asks for, printing a non-int code as CPython does. */
function systemExitStatus(interp: Interpreter, exc: PyBaseException): number {
  const code = exc.args.items.length === 0 ? None : exc.args.items.length === 1 ? exc.args.items[0] : exc.args;
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

/** Runs compiled code as __main__; returns the exit status. */
export function runMainCode(interp: Interpreter, compiled: CompiledCode, filename: string, source: string | Uint8Array): number {
  const main = new PyModule('__main__');
  main.dict.setStr('__builtins__', interp.builtins);
  if (filename !== '<string>' && filename !== '<stdin>') main.dict.setStr('__file__', filename);
  interp.modules.setStr('__main__', main);
  interp.sources.set(filename, typeof source === 'string' ? source : new TextDecoder().decode(source));
  let status = 0;
  try {
    execCode(new PyCode(compiled), main.dict, main.dict);
  } catch (e) {
    status = handleUncaught(interp, e);
  }
  try {
    interp.flush();
  } catch {
    // stdout closed: nothing more to say
  }
  return status;
}

export function handleUncaught(interp: Interpreter, e: unknown): number {
  if (e instanceof PyBaseException && e.type.isSubtypeOf(SystemExit)) return systemExitStatus(interp, e);
  interp.stdout.flush();
  interp.stderr.write(formatUncaught(e));
  interp.stderr.flush();
  return 1;
}

export type { PyValue };
