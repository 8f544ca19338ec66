// Where a running program's standard streams go: the process's file descriptors by default;
// tests and the embedding API supply their own.
import * as fs from 'node:fs';

export interface Host {
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** One line of stdin with its newline, '' at end of input. */
  readStdinLine(): string;
  /** Whether a stream is a terminal (line-buffered output, interactive prompts). */
  isatty(fd: number): boolean;
}

function writeAll(fd: number, text: string): void {
  const data = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

/** stdin read a chunk at a time, split into lines. */
class StdinReader {
  private pending = Buffer.alloc(0);
  private eof = false;
  readLine(): string {
    for (;;) {
      const nl = this.pending.indexOf(10);
      if (nl >= 0) {
        const line = this.pending.subarray(0, nl + 1);
        this.pending = this.pending.subarray(nl + 1);
        return line.toString('utf8');
      }
      if (this.eof) {
        const rest = this.pending.toString('utf8');
        this.pending = Buffer.alloc(0);
        return rest;
      }
      const chunk = Buffer.alloc(65536);
      let n = 0;
      try {
        n = fs.readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue;
        if (code === 'EOF') n = 0;
        else throw e;
      }
      if (n === 0) this.eof = true;
      else this.pending = Buffer.concat([this.pending, chunk.subarray(0, n)]);
    }
  }
}

export function processHost(): Host {
  const stdin = new StdinReader();
  return {
    writeStdout: (text) => writeAll(1, text),
    writeStderr: (text) => writeAll(2, text),
    readStdinLine: () => stdin.readLine(),
    isatty: (fd) => {
      try {
        return require('node:tty').isatty(fd);
      } catch {
        return false;
      }
    },
  };
}

/** A host that collects output in strings and reads stdin from a given text (for tests). */
export function memoryHost(stdinText = ''): Host & { stdout: string; stderr: string } {
  const lines = stdinText.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  let next = 0;
  const host = {
    stdout: '',
    stderr: '',
    writeStdout(text: string) {
      host.stdout += text;
    },
    writeStderr(text: string) {
      host.stderr += text;
    },
    readStdinLine: () => (next < lines.length ? lines[next++] : ''),
    isatty: () => false,
  };
  return host;
}
