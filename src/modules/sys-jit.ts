// `sys._jit`: whether tier 2 is available, enabled and active (CPython 3.14's sys._jit), and
// Taipan's window on executors, in the spirit of `_opcode.get_executor` for CPython's
// test_opt.py: `sys._jit.executors(f)` lists the executors attached to a function's code (or
// a code object's), each with its offset, validity, the instruction it replaced and its uops
// as `(name, oparg, target, operand0)` tuples, targets in bytes as `dis` counts them.
import type { PyValue } from '../objects/object';
import { PyModule } from '../objects/module';
import { BuiltinFunction, PyFunction, PyMethod } from '../objects/function';
import { PyCode } from '../objects/code/code';
import { PyList, PyTuple } from '../objects/boxes';
import { None } from '../objects/singletons';
import { typeError } from '../objects/exceptions';
import { checkArgs } from '../objects/args';
import { typeOf } from '../objects/ops/typeof';
import { newNamespace } from '../objects/namespace';
import { OPCODE_NAMES } from '../generated/opcodes';
import { UOPS } from '../generated/uops';
import { JIT_CONFIG } from '../jit/config';
import type { Executor } from '../jit/executor';
import { threadState } from '../vm/thread-state';

function executorValue(e: Executor, sideTraces: Set<Executor>): PyValue {
  const uops = e.uops.map((u) => {
    const target = u.exit === null ? u.at : u.exit.target;
    const operand = u.cache.length > 0 && typeof u.cache[0] === 'number' ? (u.cache[0] as number) : 0;
    return new PyTuple([UOPS[u.id].name, u.oparg, target * 2, operand]);
  });
  const side: PyValue[] = [];
  for (const exit of e.exits) {
    const next = exit.executor;
    if (next !== null && next.index < 0 && !sideTraces.has(next)) {
      sideTraces.add(next);
      side.push(executorValue(next, sideTraces));
    }
  }
  return newNamespace({
    offset: e.start * 2,
    valid: e.valid,
    opname: OPCODE_NAMES[e.opcode],
    oparg: e.oparg,
    uops: new PyList(uops),
    side_traces: new PyList(side),
    exits_taken: e.exits.reduce((n, x) => n + x.count, 0),
    entries: e.entries,
    js: e.source ?? None,
  });
}

function codeOf(x: PyValue): PyCode {
  if (x instanceof PyCode) return x;
  if (x instanceof PyFunction) return x.code;
  if (x instanceof PyMethod && x.func instanceof PyFunction) return x.func.code;
  throw typeError(`executors() argument must be a function or code object, not ${typeOf(x).name}`);
}

export function makeJitModule(): PyModule {
  const m = new PyModule('sys._jit');
  const fn = (name: string, f: (args: PyValue[]) => PyValue, n: number): void => {
    m.dict.setStr(
      name,
      BuiltinFunction.ofModule('sys._jit', name, (args, kwnames) => {
        checkArgs(name, args, kwnames, n, n);
        return f(args);
      }),
    );
  };
  fn('is_available', () => true, 0);
  fn('is_enabled', () => JIT_CONFIG.mode !== 'off', 0);
  fn('is_active', () => threadState.executorFrame !== null && threadState.executorFrame === threadState.frame, 0);
  fn('executors', (args) => {
    const code = codeOf(args[0]);
    const seen = new Set<Executor>();
    return new PyList((code.executors ?? []).filter((e): e is Executor => e !== null).map((e) => executorValue(e, seen)));
  }, 1);
  return m;
}
