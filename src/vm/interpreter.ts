// The interpreter: its modules (sys.modules, builtins, sys), standard streams and host, and
// running a program's main module. One interpreter is current at a time (`interp()`).
import type { PyValue } from '../objects/object';
import { PyDict } from '../objects/dict';
import { PyModule } from '../objects/module';
import { PyList } from '../objects/boxes';
import type { Host } from '../modules/host';
import { TextStream } from '../modules/stdio';

export class Interpreter {
  readonly modules = new PyDict();
  builtins!: PyModule;
  sys!: PyModule;
  readonly stdout: TextStream;
  readonly stderr: TextStream;
  readonly stdin: TextStream;
  readonly path = new PyList([]);
  argv: string[] = [''];
  /** -X options and similar settings (`sys._xoptions`). */
  readonly xoptions = new Map<string, string | true>();
  /** sys.flags.hash_randomization: off only under PYTHONHASHSEED=0. */
  hashRandomization = true;
  /** builtins.__import__ as the interpreter made it (a replaced one is called instead). */
  importFunction: PyValue | null = null;
  /** Source text of files and `-c` programs, for tracebacks. */
  readonly sources = new Map<string, string>();
  constructor(readonly host: Host) {
    this.stdout = new TextStream(host, 1, '<stdout>', 'w', host.isatty(1));
    this.stderr = new TextStream(host, 2, '<stderr>', 'w', true);
    this.stdin = new TextStream(host, 0, '<stdin>', 'r', false);
  }

  /** The current value of sys.<name> (programs may replace sys.stdout and friends). */
  sysAttr(name: string): PyValue | undefined {
    return this.sys.dict.getStr(name);
  }

  flush(): void {
    this.stdout.flush();
    this.stderr.flush();
  }
}

let current: Interpreter | null = null;

export function interp(): Interpreter {
  if (current === null) throw new Error('no interpreter');
  return current;
}

export function setInterpreter(i: Interpreter): void {
  current = i;
}
