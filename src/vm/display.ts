// INTRINSIC_PRINT: the interactive interpreter shows an expression statement's value through
// sys.displayhook.
import type { PyValue } from '../objects/object';
import { call } from '../objects/ops/call';
import { runtimeError } from '../objects/exceptions';
import { interp } from './interpreter';

export function printDisplayHook(value: PyValue): void {
  const hook = interp().sysAttr('displayhook');
  if (hook === undefined) throw runtimeError('lost sys.displayhook');
  call(hook, [value]);
}
