// What the CLI needs from its process, gathered in one object so that tests can run the
// command in-process with fake streams and environment.
import * as fs from 'node:fs';
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

/** The real process. */
export function processIo(): CliIo {
  return {
    writeStdout: (text) => void process.stdout.write(text),
    writeStderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
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
    stdinIsTty: process.stdin.isTTY === true,
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    stdoutColumns: process.stdout.isTTY === true ? process.stdout.columns : null,
    env: process.env,
    cwd: process.cwd(),
    host: processHost,
  };
}
