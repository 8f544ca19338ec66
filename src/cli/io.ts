// What the CLI needs from its process, gathered in one object so that tests can run the
// command in-process with fake streams and environment.
import * as fs from 'node:fs';
import * as tty from 'node:tty';
import { isMainThread } from 'node:worker_threads';
import { processHost, type Host } from '../modules/host';

export interface CliIo {
  readonly writeStdout: (text: string) => void;
  readonly writeStderr: (text: string) => void;
  /** All of standard input, as bytes (CPython reads `sys.stdin.buffer`). */
  readonly readStdin: () => Promise<Uint8Array>;
  readonly readFile: (path: string) => Uint8Array;
  readonly isDirectory: (path: string) => boolean;
  readonly stdinIsTty: boolean;
  readonly stdoutIsTty: boolean;
  readonly stderrIsTty: boolean;
  /** The terminal's width when stdout is a terminal, else null. */
  readonly stdoutColumns: number | null;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Where a running program's sys.stdin/stdout/stderr go (optional: the process's own). */
  readonly host?: () => Host;
}

/** All of standard input, read synchronously (a worker thread has no process.stdin of its own). */
function readAllOfFd0(): Uint8Array {
  const chunks: Buffer[] = [];
  const chunk = Buffer.alloc(65536);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

/** The real process. */
export function processIo(): CliIo {
  return {
    writeStdout: (text) => void process.stdout.write(text),
    writeStderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      if (!isMainThread) return readAllOfFd0();
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    readFile: (path) => fs.readFileSync(path),
    isDirectory: (path) => {
      try {
        return fs.statSync(path).isDirectory();
      } catch {
        return false;
      }
    },
    stdinIsTty: tty.isatty(0),
    stdoutIsTty: tty.isatty(1),
    stderrIsTty: tty.isatty(2),
    stdoutColumns: process.stdout.isTTY === true ? process.stdout.columns : null,
    env: process.env,
    cwd: process.cwd(),
    host: processHost,
  };
}
