// `_taipan_fs`: the host's file system for io and os (lib/python/io.py, os.py): file descriptors
// with explicit positions (Node has no lseek; FileIO keeps the position), and the path
// operations os needs. Node's errors become CPython's OSError subclasses with errno, strerror
// and filename.
import * as fs from 'node:fs';
import * as tty from 'node:tty';
import * as os from 'node:os';
import * as crypto from 'node:crypto';
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
  /** open(path, flags, mode) → fd; flags as Node spells them ('r', 'w', 'a+', 'wx', …). */
  open: [3, 3, (args) => host(() => fs.openSync(pathArg(args[0]), String(args[1]), intArg(args[2])), args[0])],
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
      const p = pathArg(args[0]);
      const st = host(() => (args[1] === false ? fs.lstatSync(p) : fs.statSync(p)), args[0]);
      return new PyTuple([st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size, new PyFloat(st.atimeMs / 1000), new PyFloat(st.mtimeMs / 1000), new PyFloat(st.ctimeMs / 1000)]);
    },
  ],
  listdir: [1, 1, (args) => new PyList(host(() => fs.readdirSync(pathArg(args[0])), args[0]))],
  getcwd: [0, 0, () => process.cwd()],
  chdir: [1, 1, (args) => (host(() => process.chdir(pathArg(args[0])), args[0]), None)],
  mkdir: [2, 2, (args) => (host(() => fs.mkdirSync(pathArg(args[0]), { mode: intArg(args[1]) }), args[0]), None)],
  rmdir: [1, 1, (args) => (host(() => fs.rmdirSync(pathArg(args[0])), args[0]), None)],
  unlink: [1, 1, (args) => (host(() => fs.unlinkSync(pathArg(args[0])), args[0]), None)],
  rename: [2, 2, (args) => (host(() => fs.renameSync(pathArg(args[0]), pathArg(args[1])), args[0], args[1]), None)],
  readlink: [1, 1, (args) => host(() => fs.readlinkSync(pathArg(args[0])), args[0])],
  symlink: [2, 2, (args) => (host(() => fs.symlinkSync(pathArg(args[0]), pathArg(args[1])), args[0], args[1]), None)],
  utime: [3, 3, (args) => (host(() => fs.utimesSync(pathArg(args[0]), Number(args[1]), Number(args[2])), args[0]), None)],
  chmod: [2, 2, (args) => (host(() => fs.chmodSync(pathArg(args[0]), intArg(args[1])), args[0]), None)],
  access: [2, 2, (args) => {
    try {
      fs.accessSync(pathArg(args[0]), intArg(args[1]));
      return true;
    } catch {
      return false;
    }
  }],
  realpath: [1, 1, (args) => host(() => fs.realpathSync(pathArg(args[0])), args[0])],
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
