// sys.stdin, sys.stdout and sys.stderr: text streams over the host, with the methods programs
// use (write, flush, readline, fileno, isatty, encoding…). stdout is block-buffered unless it is
// a terminal, as CPython's is.
import { PyObject, type PyValue } from '../objects/object';
import { newBuiltinType } from '../objects/builtin-types';
import { defineGetSet, defineMethods } from '../objects/native';
import { None } from '../objects/singletons';
import { newException, StopIteration, typeError, valueError } from '../objects/exceptions';
import { typeOf } from '../objects/ops/typeof';
import { PyList } from '../objects/boxes';
import type { Host } from './host';
import { decodeBytes, encodeStr } from '../objects/bytes/codecs';

export const TextIOWrapperType = newBuiltinType('TextIOWrapper', undefined, { module: '_io' });

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export class TextStream extends PyObject {
  private buffer: string[] = [];
  private buffered = 0;
  closed = false;
  /** -u: every write goes out at once. */
  unbuffered = false;
  constructor(
    readonly host: Host,
    readonly fd: number,
    readonly name: string,
    readonly mode: string,
    /** Write through at once (stderr; a terminal gets line buffering). */
    readonly lineBuffered: boolean,
  ) {
    super(TextIOWrapperType);
  }

  write(text: string): void {
    if (this.closed) throw valueError('I/O operation on closed file.');
    // A lone surrogate cannot be UTF-8: stdout is strict (UnicodeEncodeError at write time, as
    // CPython encodes each write), stderr uses backslashreplace.
    if (LONE_SURROGATE.test(text)) {
      if (this.fd !== 2) encodeStr(text, 'utf-8', 'strict');
      else text = decodeBytes(encodeStr(text, 'utf-8', 'backslashreplace'), 'utf-8', 'strict');
    }
    if (this.unbuffered) {
      this.buffer.push(text);
      this.flush();
      return;
    }
    if (this.lineBuffered) {
      this.buffer.push(text);
      if (text.includes('\n') || this.fd === 2) this.flush();
      return;
    }
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    const text = this.buffer.join('');
    this.buffer = [];
    this.buffered = 0;
    if (this.fd === 2) this.host.writeStderr(text);
    else this.host.writeStdout(text);
  }

  readLine(): string {
    if (this.closed) throw valueError('I/O operation on closed file.');
    return this.host.readStdinLine();
  }
}

function stream(self: PyValue): TextStream {
  return self as TextStream;
}

defineMethods(TextIOWrapperType, {
  write(self, args) {
    const s = args[0];
    if (typeof s !== 'string') throw typeError(`write() argument must be str, not ${typeOf(s).name}`);
    stream(self).write(s);
    return [...s].length;
  },
  flush(self) {
    stream(self).flush();
    return None;
  },
  readline(self) {
    return stream(self).readLine();
  },
  readlines(self) {
    const lines: PyValue[] = [];
    for (;;) {
      const l = stream(self).readLine();
      if (l === '') return new PyList(lines);
      lines.push(l);
    }
  },
  read(self) {
    let all = '';
    for (;;) {
      const l = stream(self).readLine();
      if (l === '') return all;
      all += l;
    }
  },
  __iter__: (self) => self,
  __next__(self) {
    const l = stream(self).readLine();
    if (l === '') throw newException(StopIteration);
    return l;
  },
  fileno: (self) => stream(self).fd,
  isatty: (self) => stream(self).host.isatty(stream(self).fd),
  readable: (self) => stream(self).fd === 0,
  writable: (self) => stream(self).fd !== 0,
  seekable: () => false,
  close(self) {
    stream(self).flush();
    stream(self).closed = true;
    return None;
  },
  __enter__: (self) => self,
  __exit__(self) {
    stream(self).flush();
    return None;
  },
  __repr__: (self) => `<_io.TextIOWrapper name='${stream(self).name}' mode='${stream(self).mode}' encoding='utf-8'>`,
});
defineGetSet(TextIOWrapperType, 'encoding', () => 'utf-8');
defineGetSet(TextIOWrapperType, 'errors', (self) => (stream(self).fd === 2 ? 'backslashreplace' : 'strict'));
defineGetSet(TextIOWrapperType, 'name', (self) => stream(self).name);
defineGetSet(TextIOWrapperType, 'mode', (self) => stream(self).mode);
defineGetSet(TextIOWrapperType, 'closed', (self) => stream(self).closed);
defineGetSet(TextIOWrapperType, 'line_buffering', (self) => stream(self).lineBuffered);
