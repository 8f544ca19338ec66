// Where print() and input() read and write. When an interpreter is running they use its
// sys.stdout / sys.stdin (which a program may replace with any object that has `write` or
// `readline`); without one (unit tests, embedding before start-up) they fall back to a console:
// the process's stdin and stdout by default, or whatever `setConsole` installs.
import * as fs from 'node:fs';
import type { PyValue } from '../../objects/object';
import { interp } from '../../vm/interpreter';

export interface ConsoleIO {
  /** One line with its newline (the last line of input may lack it); null at end of input. */
  readLine(): string | null;
  write(s: string): void;
}

/** stdin read in chunks and split into lines, decoding UTF-8 only once a line is complete. */
class ProcessConsole implements ConsoleIO {
  private pending = Buffer.alloc(0);
  private eof = false;

  readLine(): string | null {
    for (;;) {
      const nl = this.pending.indexOf(10);
      if (nl >= 0) {
        const line = this.pending.subarray(0, nl + 1).toString('utf8');
        this.pending = this.pending.subarray(nl + 1);
        return line;
      }
      if (this.eof) {
        if (this.pending.length === 0) return null;
        const rest = this.pending.toString('utf8');
        this.pending = Buffer.alloc(0);
        return rest;
      }
      const chunk = Buffer.alloc(65536);
      let n: number;
      try {
        n = fs.readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue;
        if (code !== 'EOF') throw e;
        n = 0;
      }
      if (n === 0) this.eof = true;
      else this.pending = Buffer.concat([this.pending, chunk.subarray(0, n)]);
    }
  }

  write(s: string): void {
    process.stdout.write(s);
  }
}

let currentConsole: ConsoleIO = new ProcessConsole();

export function getConsole(): ConsoleIO {
  return currentConsole;
}

/** Installs another console (tests capture output this way); returns the previous one. */
export function setConsole(io: ConsoleIO): ConsoleIO {
  const old = currentConsole;
  currentConsole = io;
  return old;
}

/**
 * sys.<name> of the running interpreter: undefined when no interpreter is running (use the
 * console), null when sys has lost the attribute (each caller words that error its own way).
 */
export function sysStream(name: 'stdin' | 'stdout' | 'stderr'): PyValue | null | undefined {
  let i;
  try {
    i = interp();
  } catch {
    return undefined;
  }
  if (i.sys === undefined) return undefined;
  return i.sysAttr(name) ?? null;
}
