// V8's code cache for Taipan's own modules: compiling the few hundred files of dist/ is most of
// the time a short program takes to start. The first run compiles them as usual and, when it
// exits, saves V8's cached code for each (with every function compiled during the run) beside
// them in dist/.code-cache, named by the file's path and text; later runs hand it back to V8, and
// a file that changed finds no cache and is compiled (and saved) anew. Without a writable dist/ nothing
// is saved and nothing changes. TAIPAN_NO_CODE_CACHE=1 turns it off.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import Module = require('node:module');
import * as path from 'node:path';
import * as vm from 'node:vm';

/** dist/, whose .js files are cached. */
const DIST = path.resolve(__dirname, '..', '..');
const CACHE = path.join(DIST, '.code-cache');

interface NodeModule {
  exports: unknown;
  filename: string;
  require(id: string): unknown;
}

interface ModuleInternals {
  prototype: { _compile(this: NodeModule, content: string, filename: string): unknown };
  wrap(content: string): string;
  _resolveFilename(request: string, parent: NodeModule, isMain: boolean, options?: unknown): string;
  _extensions: Record<string, (module: NodeModule & { _compile(content: string, filename: string): unknown }, filename: string) => void>;
  _cache: unknown;
}

/** Whether `filename` is one of Taipan's own modules. */
function isOwn(filename: string): boolean {
  return filename.startsWith(DIST + path.sep) && !filename.includes(`${path.sep}node_modules${path.sep}`);
}

/**
 * Node's module loading asks more of the file system than Taipan's modules need: each relative
 * request tries several names and resolves real paths, and each file's package scope is read to
 * learn it is CommonJS. dist/ is tsc's output, so a relative request names a .js file or a
 * directory's index.js, and every file is CommonJS: answering that directly takes a start from
 * about 0.40 s to 0.32 s (medians, one core busy elsewhere). Anything else goes to Node.
 */
function loadOwnModulesDirectly(internals: ModuleInternals): void {
  const resolve = internals._resolveFilename;
  /** The names in each directory of dist/ asked about, read once. */
  const listings = new Map<string, Set<string>>();
  const listing = (dir: string): Set<string> => {
    let names = listings.get(dir);
    if (names === undefined) {
      try {
        names = new Set(fs.readdirSync(dir));
      } catch {
        names = new Set();
      }
      listings.set(dir, names);
    }
    return names;
  };
  internals._resolveFilename = function (request: string, parent: NodeModule, isMain: boolean, options?: unknown): string {
    if (options === undefined && request.startsWith('.') && parent?.filename !== undefined && isOwn(parent.filename)) {
      const file = path.resolve(path.dirname(parent.filename), request) + '.js';
      if (listing(path.dirname(file)).has(path.basename(file))) return file;
    }
    return resolve.call(this, request, parent, isMain, options);
  };
  const loadJs = internals._extensions['.js'];
  internals._extensions['.js'] = function (module, filename): void {
    if (isOwn(filename)) module._compile(fs.readFileSync(filename, 'utf8'), filename);
    else loadJs.call(this, module, filename);
  };
}

/**
 * Where a module's cached code lives: named by its path and its text, because V8 checks cached
 * code against the source's length only, and a rebuilt file of the same length must not reuse
 * the old code.
 */
function cacheFile(filename: string, content: string): string {
  const key = `${filename}\0${content}`;
  // crypto.hash, where Node has it (20.12), hashes without making a Hash object for each file.
  const digest = typeof crypto.hash === 'function' ? crypto.hash('sha1', key) : crypto.createHash('sha1').update(key).digest('hex');
  return path.join(CACHE, digest.slice(0, 24) + '.bin');
}

let installed = false;

export function installCodeCache(): void {
  if (installed || process.env['TAIPAN_NO_CODE_CACHE'] === '1') return;
  installed = true;
  const internals = Module as unknown as ModuleInternals;
  loadOwnModulesDirectly(internals);
  const original = internals.prototype._compile;
  /** Scripts compiled without usable cached code, whose cache to write at exit. */
  const fresh: [string, vm.Script][] = [];
  internals.prototype._compile = function (this: NodeModule, content: string, filename: string): unknown {
    if (!isOwn(filename)) return original.call(this, content, filename);
    const file = cacheFile(filename, content);
    let cachedData: Buffer | undefined;
    try {
      cachedData = fs.readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(internals.wrap(content), { filename, cachedData, importModuleDynamically: undefined });
    if (cachedData === undefined || script.cachedDataRejected === true) fresh.push([file, script]);
    const compiled = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const mod = this;
    const moduleRequire = Object.assign((id: string) => mod.require(id), {
      resolve: (request: string, options?: unknown) => internals._resolveFilename(request, mod, false, options),
      main: require.main,
      extensions: internals._extensions,
      cache: internals._cache,
    });
    return compiled.call(mod.exports, mod.exports, moduleRequire, mod, filename, path.dirname(filename));
  };
  process.once('exit', () => {
    if (fresh.length === 0) return;
    try {
      fs.mkdirSync(CACHE, { recursive: true });
      for (const [file, script] of fresh) {
        // Written whole then renamed: runs that start together never read half a file.
        const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        fs.writeFileSync(temporary, script.createCachedData());
        fs.renameSync(temporary, file);
      }
    } catch {
      // A dist/ we cannot write to just runs without the cache.
    }
  });
}
