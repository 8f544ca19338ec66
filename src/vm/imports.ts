// The import system: sys.modules, native modules, and .py files and packages found on
// sys.path; relative imports; `from m import x`; CPython's ImportError messages.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PyValue } from '../objects/object';
import { PyModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/boxes';
import { call } from '../objects/ops/call';
import { None } from '../objects/singletons';
import { ImportError, ModuleNotFoundError, newException, PyBaseException, typeError, valueError } from '../objects/exceptions';
import { getAttrOrUndefined, setAttr } from '../objects/ops/attributes';
import { toArray } from '../objects/ops/iter';
import { isTrue } from '../objects/ops/truth';
import { nativeModule } from '../modules/registry';
import { registerModuleAttributeError } from '../objects/ops/attributes';
import type { Frame } from './frame';
import { interp } from './interpreter';
import { compileModuleToCode } from './compile';
import { execCode } from './exec';

function moduleNotFound(name: string): PyBaseException {
  const e = newException(ModuleNotFoundError, `No module named '${name}'`);
  e.fields = { name, path: None, msg: `No module named '${name}'` };
  return e;
}

/** The absolute name of a relative import from the module whose globals are given. */
function resolveName(name: string, globals: PyDict, level: number): string {
  let pkg = globals.getStr('__package__');
  if (pkg === undefined || pkg === None) {
    const modName = globals.getStr('__name__');
    if (typeof modName !== 'string') throw newException(ImportError, 'attempted relative import with no known parent package');
    pkg = globals.getStr('__path__') !== undefined ? modName : modName.slice(0, Math.max(0, modName.lastIndexOf('.')));
  }
  if (typeof pkg !== 'string') throw typeError('package must be a string');
  if (pkg === '') throw newException(ImportError, 'attempted relative import with no known parent package');
  const parts = pkg.split('.');
  if (level - 1 >= parts.length) throw newException(ImportError, 'attempted relative import beyond top-level package');
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
}

/**
 * Where module `name` is on `searchPath`: a package's __init__.py or a module's .py in the first
 * entry that has either; else, when some entries hold a directory of that name, a namespace
 * package made of those directories (file null).
 */
export function findSource(name: string, searchPath: PyValue[]): { file: string | null; isPackage: boolean; portions: string[] } | null {
  const last = name.slice(name.lastIndexOf('.') + 1);
  const portions: string[] = [];
  for (const entry of searchPath) {
    if (typeof entry !== 'string') continue;
    const dir = entry === '' ? process.cwd() : entry;
    const pkgDir = path.join(dir, last);
    const pkgInit = path.join(pkgDir, '__init__.py');
    if (fs.existsSync(pkgInit)) return { file: pkgInit, isPackage: true, portions: [] };
    const file = path.join(dir, `${last}.py`);
    if (fs.existsSync(file)) return { file, isPackage: false, portions: [] };
    if (isDirectory(pkgDir)) portions.push(pkgDir);
  }
  return portions.length > 0 ? { file: null, isPackage: true, portions } : null;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

// `__spec__` and `__loader__` come from importlib._bootstrap (lib/python/importlib/), which the
// first import of a source module loads and which then hands its spec factory to the VM; modules
// imported before that get theirs when it loads.
let specFactory: PyValue | null = null;
let loadingBootstrap = false;

export function setSpecFactory(factory: PyValue): void {
  specFactory = factory;
}

function attachSpec(module: PyModule, name: string, file: string | null, isPackage: boolean, portions: string[] = []): void {
  if (specFactory === null) {
    if (loadingBootstrap || !isPackage && file === null) return;
    loadingBootstrap = true;
    try {
      importModule('importlib._bootstrap');
    } finally {
      loadingBootstrap = false;
    }
    if (specFactory === null) return;
  }
  const spec = call(specFactory, [name, file ?? None, isPackage, new PyList(portions)]);
  module.dict.setStr('__spec__', spec);
  module.dict.setStr('__loader__', getAttrOrUndefined(spec, 'loader') ?? None);
  if (isPackage) module.dict.setStr('__path__', getAttrOrUndefined(spec, 'submodule_search_locations') ?? None);
}

/** Imports `fullname` (absolute), its parents first; the module from sys.modules. */
export function importModule(fullname: string): PyValue {
  const i = interp();
  const modules = i.modules;
  const existing = modules.getStr(fullname);
  if (existing !== undefined) {
    if (existing === None) throw moduleNotFound(fullname);
    return existing;
  }
  const dot = fullname.lastIndexOf('.');
  let searchPath: PyValue[] = i.path.items;
  let parent: PyValue | null = null;
  if (dot >= 0) {
    parent = importModule(fullname.slice(0, dot));
    const again = modules.getStr(fullname);
    if (again !== undefined) return again;
    const p = getAttrOrUndefined(parent, '__path__');
    if (p === undefined) {
      const e = newException(ModuleNotFoundError, `No module named '${fullname}'; '${fullname.slice(0, dot)}' is not a package`);
      e.fields = { name: fullname, path: None };
      throw e;
    }
    searchPath = toArray(p);
  }
  let module: PyValue;
  const native = dot < 0 ? nativeModule(fullname) : undefined;
  if (native !== undefined) {
    const made = native(i);
    module = made;
    modules.setStr(fullname, module);
    if (made.dict.getStr('__spec__') === None) attachSpec(made, fullname, null, false);
  } else {
    const found = findSource(fullname, searchPath);
    if (found === null) throw moduleNotFound(fullname);
    const m = new PyModule(fullname);
    const file = found.file;
    m.dict.setStr('__file__', file ?? None);
    m.dict.setStr('__package__', found.isPackage ? fullname : dot >= 0 ? fullname.slice(0, dot) : '');
    if (found.isPackage) m.dict.setStr('__path__', new PyList(file === null ? found.portions : [path.dirname(file)]));
    m.dict.setStr('__builtins__', i.builtins);
    modules.setStr(fullname, m);
    m.initializing = true;
    try {
      attachSpec(m, fullname, file, found.isPackage, found.portions);
      if (file !== null) {
        const source = fs.readFileSync(file);
        i.sources.set(file, source.toString('utf8'));
        execCode(compileModuleToCode(source, file), m.dict, m.dict);
      }
    } catch (e) {
      modules.delete(fullname);
      throw e;
    } finally {
      m.initializing = false;
    }
    module = modules.getStr(fullname) ?? m;
  }
  if (parent !== null) setAttr(parent, fullname.slice(dot + 1), module);
  return module;
}

/** IMPORT_NAME, and builtins.__import__(name, globals, locals, fromlist, level). */
export function importWith(name: string, globals: PyDict | null, fromlist: PyValue, level: number): PyValue {
  if (level < 0) throw valueError('level must be >= 0');
  if (level === 0 && name === '') throw valueError('Empty module name');
  const absolute = level > 0 ? resolveName(name, globals ?? new PyDict(), level) : name;
  const module = importModule(absolute);
  const names = fromlist === None || fromlist === null ? [] : toArray(fromlist);
  if (names.length === 0 || !isTrue(fromlist)) {
    if (level === 0) {
      const top = name.split('.')[0];
      return importModule(top);
    }
    if (name === '') return module;
    const cut = absolute.length - name.length + name.split('.')[0].length;
    return importModule(absolute.slice(0, cut));
  }
  if (getAttrOrUndefined(module, '__path__') !== undefined) {
    for (const n of names) {
      if (typeof n !== 'string' || n === '*') continue;
      if (getAttrOrUndefined(module, n) === undefined) {
        try {
          importModule(`${absolute}.${n}`);
        } catch (e) {
          if (!(e instanceof PyBaseException && e.type === ModuleNotFoundError)) throw e;
        }
      }
    }
  }
  return module;
}

export function importName(frame: Frame, name: string, fromlist: PyValue, level: PyValue): PyValue {
  const hook = frame.builtins.getStr('__import__');
  const i = interp();
  if (hook !== undefined && hook !== i.importFunction) {
    return call(hook, [name, frame.globals, frame.locals ?? None, fromlist, level]);
  }
  return importWith(name, frame.globals, fromlist, typeof level === 'number' ? level : 0);
}

export function importFrom(module: PyValue, name: string): PyValue {
  const v = getAttrOrUndefined(module, name);
  if (v !== undefined) return v;
  const modName = getAttrOrUndefined(module, '__name__');
  if (typeof modName === 'string') {
    const sub = interp().modules.getStr(`${modName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const shown = typeof modName === 'string' ? modName : '<unknown module name>';
  const file = getAttrOrUndefined(module, '__file__');
  const where = typeof file === 'string' ? file : 'unknown location';
  const message =
    module instanceof PyModule && module.initializing
      ? `cannot import name '${name}' from partially initialized module '${shown}' (most likely due to a circular import) (${where})`
      : `cannot import name '${name}' from '${shown}' (${where})`;
  const e = newException(ImportError, message);
  e.fields = { name: shown, path: typeof file === 'string' ? file : None, name_from: name };
  throw e;
}

/**
 * Whether a module's file sits in the script's directory (sys.path[0]), where it takes the place
 * of any library module of the same name (_PyModule_IsPossiblyShadowing).
 */
function possiblyShadowing(origin: string): boolean {
  let root = path.dirname(origin);
  if (path.basename(origin) === '__init__.py') root = path.dirname(root);
  const first = interp().path.items[0];
  if (typeof first !== 'string') return false;
  return root === (first === '' ? process.cwd() : first);
}

/** The message of the AttributeError for a module attribute that does not exist (module_getattro). */
function missingModuleAttribute(module: PyModule, name: string): string {
  const plain = `module '${module.name}' has no attribute '${name}'`;
  const origin = module.dict.getStr('__file__');
  if (typeof origin !== 'string') return module.initializing ? `partially initialized ${plain} (most likely due to a circular import)` : plain;
  const shadowing = possiblyShadowing(origin);
  if (shadowing && isStdlibModuleName(module.name)) {
    return `${plain} (consider renaming '${origin}' since it has the same name as the standard library module named '${module.name}' and the import system gives it precedence)`;
  }
  if (!module.initializing) return plain;
  if (shadowing) return `${plain} (consider renaming '${origin}' if it has the same name as a third-party module you intended to import)`;
  return `partially initialized module '${module.name}' from '${origin}' has no attribute '${name}' (most likely due to a circular import)`;
}

function isStdlibModuleName(name: string): boolean {
  const names = interp().sys.dict.getStr('stdlib_module_names');
  return names !== undefined && isTrue(call(getAttrOrUndefined(names, '__contains__')!, [name]));
}

registerModuleAttributeError(missingModuleAttribute);
