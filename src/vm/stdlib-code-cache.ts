// Taipan's own library (lib/python) compiled once, not at every import: compiling typing.py and
// what it imports took most of a second, every run. The first import of a library module saves its
// compiled code in __pycache__/NAME.taipan.json beside the source (as CPython keeps its .pyc
// files); later imports load it when it was made from the same source by the same compiler. The
// compiler is named by the text of every module it is built from, so a rebuilt compiler compiles
// afresh. Without a writable lib/python nothing is saved and nothing changes;
// TAIPAN_NO_CODE_CACHE=1 turns it off (with V8's cache of dist/, cli/code-cache.ts).
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CompiledCode } from '../compiler/code';
import { deserializeCode, serializeCode } from './code-serial';

/** The standard library written in Python that ships with Taipan (lib/python in the package). */
export const STDLIB_DIRECTORY = path.resolve(__dirname, '..', '..', '..', 'lib', 'python');

const FORMAT = 'taipan-code-1';

interface LoadedModule {
  readonly filename: string;
  readonly children: readonly LoadedModule[];
}

let compilerIdentity: string | null | undefined;

/**
 * A hash of the text of every JS module the compiler is made of (its closure in Node's module
 * graph), or null where there is no module graph to read (a bundle).
 */
function compilerKey(): string | null {
  if (compilerIdentity !== undefined) return compilerIdentity;
  compilerIdentity = null;
  try {
    const root = (require.cache as Record<string, LoadedModule | undefined>)[require.resolve('../compiler')];
    if (root === undefined) return null;
    const files = new Set<string>();
    const walk = (m: LoadedModule): void => {
      if (files.has(m.filename)) return;
      files.add(m.filename);
      for (const child of m.children) walk(child);
    };
    walk(root);
    const hash = crypto.createHash('sha1').update(FORMAT);
    for (const file of [...files].sort()) hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0');
    compilerIdentity = hash.digest('hex');
  } catch {
    compilerIdentity = null;
  }
  return compilerIdentity;
}


export function cacheFile(file: string): string {
  return path.join(path.dirname(file), '__pycache__', `${path.basename(file, '.py')}.taipan.json`);
}

function header(key: string, source: Uint8Array): string {
  return `${key} ${crypto.createHash('sha1').update(source).digest('hex')}\n`;
}

/**
 * The compiled code of module `file` whose text is `source`, as `compile` makes it: for a module of
 * `library`, from the cache when it holds this source compiled by this compiler, else compiled
 * now and saved.
 */
export function cachedModuleCode(file: string, source: Uint8Array, compile: () => CompiledCode, library = STDLIB_DIRECTORY): CompiledCode {
  const key = process.env['TAIPAN_NO_CODE_CACHE'] !== '1' && file.startsWith(library + path.sep) ? compilerKey() : null;
  if (key === null) return compile();
  const cache = cacheFile(file);
  const expected = header(key, source);
  try {
    const text = fs.readFileSync(cache, 'utf8');
    if (text.startsWith(expected)) return deserializeCode(text.slice(expected.length), file);
  } catch {
    // No cache yet, or one we cannot read: compile.
  }
  const code = compile();
  try {
    fs.mkdirSync(path.dirname(cache), { recursive: true });
    // Written whole then renamed: runs that import together never read half a file.
    const temporary = `${cache}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(temporary, expected + serializeCode(code));
    fs.renameSync(temporary, cache);
  } catch {
    // A library we cannot write to just compiles at each import.
  }
  return code;
}
