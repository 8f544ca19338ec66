// locals() of a frame: the namespace of a module or class body, or for a function a new dict
// of its bound fast locals, cells and free variables (PEP 667's snapshot).
import type { PyValue } from '../objects/object';
import { PyDict } from '../objects/dict';
import { PyCell } from '../objects/function';
import { LocalKind } from '../compiler/code';
import type { Frame } from './frame';

export function frameLocals(frame: Frame): PyValue {
  if (frame.locals !== null) return frame.locals;
  const d = new PyDict();
  const code = frame.code;
  for (let i = 0; i < code.nlocalsplus; i++) {
    const kind = code.localspluskinds[i];
    if (kind & LocalKind.CO_FAST_HIDDEN) continue;
    let v = frame.stack[i];
    if (kind & (LocalKind.CO_FAST_CELL | LocalKind.CO_FAST_FREE) && v instanceof PyCell) v = v.value;
    if (v !== null) d.setStr(code.localsplusnames[i], v);
  }
  return d;
}
