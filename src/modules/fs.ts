// `_taipan_fs`: the host's file system for io and os (lib/python/io.py, os.py): file descriptors
// with explicit positions (Node has no lseek; FileIO keeps the position), and the path
// operations os needs. Node's errors become CPython's OSError subclasses with errno, strerror
// and filename.
import * as fs from 'node:fs';
import * as tty from 'node:tty';
import * as os from 'node:os';
import * as crypto from 'node:crypto';
import { isMainThread } from 'node:worker_threads';
import type { PyValue } from '../objects/object';
import { PyModule } from '../objects/module';
import { BuiltinFunction, type NativeFunction } from '../objects/function';
import { PyByteArray, PyBytes, PyFloat, PyList, PyTuple, StrSubclassValue } from '../objects/boxes';
import { PyDict } from '../objects/dict';
import { EXCEPTION_TYPES, typeError } from '../objects/exceptions';
import { checkArgs } from '../objects/args';
import { call } from '../objects/ops/call';
import { indexValue } from '../objects/ops/index-value';
import { typeOf } from '../objects/ops/typeof';
import { None } from '../objects/singletons';
import type { Interpreter } from '../vm/interpreter';
import { registerNativeModule } from './registry';
import { isNodeSystemError, osErrorInfo } from './os-errors';

function pathArg(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof StrSubclassValue) return v.value;
  if (v instanceof PyBytes) return Buffer.from(v.bytes).toString('utf8');
  throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(v).name}`);
}

/** The current directory of a program running on a worker thread (src/cli/entry.ts), where
 * Node cannot change the process's own: os.chdir sets this instead, and hostPath() puts it
 * before every relative path handed to the host. Undefined until then (and on the main thread). */
let workerCwd: string | undefined;

/** A path argument as the host should see it: joined to the program's current directory. The
 * join is textual ('link/..' stays for the system to follow), as the kernel would resolve it. */
function hostPath(v: PyValue): string {
  const p = pathArg(v);
  if (workerCwd === undefined || p === '' || p.startsWith('/')) return p;
  return workerCwd === '/' ? '/' + p : workerCwd + '/' + p;
}

/** chdir(2) for a worker thread: the same checks (ENOENT, ENOTDIR, EACCES), then the physical path. */
function workerChdir(target: string): void {
  if (!fs.statSync(target).isDirectory()) throw Object.assign(new Error('ENOTDIR: not a directory'), { code: 'ENOTDIR' });
  fs.accessSync(target, fs.constants.X_OK);
  workerCwd = fs.realpathSync(target);
}

function bytesArg(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes.subarray(0, v.length);
  throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
}

function intArg(v: PyValue): number {
  return Number(indexValue(v));
}

/** Runs a host operation; a Node system error becomes the OSError CPython raises, naming `filename`. */
function host<T>(f: () => T, filename?: PyValue, filename2?: PyValue): T {
  try {
    return f();
  } catch (e) {
    if (!isNodeSystemError(e)) throw e;
    const info = osErrorInfo(e);
    const args: PyValue[] = [info.errno, info.strerror];
    if (filename !== undefined) args.push(filename);
    if (filename2 !== undefined) args.push(0, filename2);
    throw call(EXCEPTION_TYPES.get('OSError')!, args);
  }
}

const FUNCTIONS: Record<string, [number, number, NativeFunction]> = {
  /** open(path, flags, mode) → fd; flags as Node spells them ('r', 'w', 'a+', 'wx', …), or os.open's O_* bits as an int. */
  open: [
    3,
    3,
    (args) => {
      const flags = typeof args[1] === 'string' ? args[1] : intArg(args[1]);
      // io.open's message (os.open checks its argument in Python, with its own).
      if (pathArg(args[0]).includes('\0')) throw call(EXCEPTION_TYPES.get('ValueError')!, ['embedded null byte']);
      return host(() => fs.openSync(hostPath(args[0]), flags, intArg(args[2])), args[0]);
    },
  ],
  /** The host's O_* open flags (os.O_CREAT, …) as a dict. */
  open_flags: [
    0,
    0,
    () => {
      const d = new PyDict();
      for (const [k, v] of Object.entries(fs.constants)) if (k.startsWith('O_') && typeof v === 'number') d.setStr(k, v);
      return d;
    },
  ],
  close: [1, 1, (args) => (host(() => fs.closeSync(intArg(args[0]))), None)],
  /** read(fd, size, position) → bytes; size −1 reads to the end; position None reads on from the fd's own place. */
  read: [
    3,
    3,
    (args) => {
      const fd = intArg(args[0]);
      let size = intArg(args[1]);
      const position = args[2] === None ? null : intArg(args[2]);
      if (size < 0) size = Math.max(0, host(() => fs.fstatSync(fd).size) - (position ?? 0));
      const chunks: Buffer[] = [];
      let total = 0;
      // A read may return fewer bytes than asked (pipes, terminals); read until EOF or size.
      while (total < size) {
        const buffer = Buffer.alloc(Math.min(size - total, 1 << 20));
        const n = host(() => fs.readSync(fd, buffer, 0, buffer.length, position === null ? null : position + total));
        if (n === 0) break;
        chunks.push(buffer.subarray(0, n));
        total += n;
        if (position === null && n < buffer.length) break;
      }
      return new PyBytes(new Uint8Array(Buffer.concat(chunks)));
    },
  ],
  /** write(fd, data, position) → bytes written; position None appends/continues at the fd's place. */
  write: [
    3,
    3,
    (args) => {
      const data = bytesArg(args[1]);
      const position = args[2] === None ? null : intArg(args[2]);
      return host(() => fs.writeSync(intArg(args[0]), data, 0, data.length, position));
    },
  ],
  size: [1, 1, (args) => host(() => fs.fstatSync(intArg(args[0])).size)],
  truncate: [2, 2, (args) => (host(() => fs.ftruncateSync(intArg(args[0]), intArg(args[1]))), None)],
  isatty: [1, 1, (args) => host(() => tty.isatty(intArg(args[0])))],
  is_dir_fd: [1, 1, (args) => host(() => fs.fstatSync(intArg(args[0])).isDirectory())],
  /** stat(path, follow_symlinks) → (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) with float times. */
  stat: [
    2,
    2,
    (args) => {
      const p = hostPath(args[0]);
      const st = host(() => (args[1] === false ? fs.lstatSync(p) : fs.statSync(p)), args[0]);
      return new PyTuple([st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size, new PyFloat(st.atimeMs / 1000), new PyFloat(st.mtimeMs / 1000), new PyFloat(st.ctimeMs / 1000)]);
    },
  ],
  /** fstat(fd) → the tuple stat() gives, for an open descriptor. */
  fstat: [
    1,
    1,
    (args) => {
      const st = host(() => fs.fstatSync(intArg(args[0])));
      return new PyTuple([st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size, new PyFloat(st.atimeMs / 1000), new PyFloat(st.mtimeMs / 1000), new PyFloat(st.ctimeMs / 1000)]);
    },
  ],
  link: [2, 2, (args) => (host(() => fs.linkSync(hostPath(args[0]), hostPath(args[1])), args[0], args[1]), None)],
  listdir: [1, 1, (args) => new PyList(host(() => fs.readdirSync(hostPath(args[0])), args[0]))],
  getcwd: [0, 0, () => workerCwd ?? process.cwd()],
  chdir: [1, 1, (args) => (host(() => (isMainThread ? process.chdir(hostPath(args[0])) : workerChdir(hostPath(args[0]))), args[0]), None)],
  mkdir: [2, 2, (args) => (host(() => fs.mkdirSync(hostPath(args[0]), { mode: intArg(args[1]) }), args[0]), None)],
  rmdir: [1, 1, (args) => (host(() => fs.rmdirSync(hostPath(args[0])), args[0]), None)],
  unlink: [1, 1, (args) => (host(() => fs.unlinkSync(hostPath(args[0])), args[0]), None)],
  rename: [2, 2, (args) => (host(() => fs.renameSync(hostPath(args[0]), hostPath(args[1])), args[0], args[1]), None)],
  readlink: [1, 1, (args) => host(() => fs.readlinkSync(hostPath(args[0])), args[0])],
  symlink: [2, 2, (args) => (host(() => fs.symlinkSync(pathArg(args[0]), hostPath(args[1])), args[0], args[1]), None)],
  utime: [3, 3, (args) => (host(() => fs.utimesSync(hostPath(args[0]), Number(args[1]), Number(args[2])), args[0]), None)],
  chmod: [2, 2, (args) => (host(() => fs.chmodSync(hostPath(args[0]), intArg(args[1])), args[0]), None)],
  access: [2, 2, (args) => {
    try {
      fs.accessSync(hostPath(args[0]), intArg(args[1]));
      return true;
    } catch {
      return false;
    }
  }],
  realpath: [1, 1, (args) => host(() => fs.realpathSync(hostPath(args[0])), args[0])],
  /** The process's environment, as os.environ starts with. */
  environ: [
    0,
    0,
    () => {
      const d = new PyDict();
      for (const [k, v] of Object.entries(process.env)) if (v !== undefined) d.setStr(k, v);
      return d;
    },
  ],
  putenv: [2, 2, (args) => ((process.env[pathArg(args[0])] = pathArg(args[1])), None)],
  unsetenv: [1, 1, (args) => (delete process.env[pathArg(args[0])], None)],
  getpid: [0, 0, () => process.pid],
  getuid: [0, 0, () => process.getuid?.() ?? 0],
  geteuid: [0, 0, () => process.geteuid?.() ?? 0],
  getgid: [0, 0, () => process.getgid?.() ?? 0],
  getegid: [0, 0, () => process.getegid?.() ?? 0],
  cpu_count: [0, 0, () => os.cpus().length || None],
  urandom: [1, 1, (args) => new PyBytes(new Uint8Array(crypto.randomBytes(intArg(args[0]))))],
  umask: [1, 1, (args) => process.umask(intArg(args[0]))],
};

function makeFsModule(_interp: Interpreter): PyModule {
  const m = new PyModule('_taipan_fs');
  for (const [name, [min, max, fn]] of Object.entries(FUNCTIONS)) {
    m.dict.setStr(
      name,
      BuiltinFunction.ofModule('_taipan_fs', name, (args, kwnames) => {
        checkArgs(name, args, kwnames, min, max);
        return fn(args, kwnames);
      }),
    );
  }
  return m;
}

registerNativeModule('_taipan_fs', makeFsModule);
