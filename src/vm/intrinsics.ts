// CALL_INTRINSIC_1 and CALL_INTRINSIC_2: small operations the compiler emits by number
// (see INTRINSIC_1/INTRINSIC_2 in src/instructions/opargs.ts).
import type { PyValue } from '../objects/object';
import { EMPTY_TUPLE, PyList, PyTuple } from '../objects/boxes';
import { PyDict } from '../objects/dict';
import { CodeFlag } from '../compiler/code';
import { None } from '../objects/singletons';
import { newException, PyBaseException, RuntimeError, StopAsyncIteration, StopIteration, systemError, typeError } from '../objects/exceptions';
import { unaryOp } from '../objects/ops/number';
import { getAttr, getAttrOrUndefined } from '../objects/ops/attributes';
import { toArray } from '../objects/ops/iter';
import { typeOf } from '../objects/ops/typeof';
import type { Frame } from './frame';
import { asyncGenWrap } from './generators';
import { storeName } from './names';
import { setContext } from './unwind';
import { prepReraiseStar } from './except-star';
import { printDisplayHook } from './display';
import { typeParamIntrinsic1, typeParamIntrinsic2 } from './type-params';

/** PEP 479: a StopIteration escaping a generator body becomes a RuntimeError. */
function stopIterationError(frame: Frame, exc: PyValue): PyValue {
  if (!(exc instanceof PyBaseException)) return exc;
  const flags = frame.code.flags;
  const kind = flags & CodeFlag.CO_COROUTINE ? 'coroutine' : flags & CodeFlag.CO_ASYNC_GENERATOR ? 'async generator' : 'generator';
  let message: string | null = null;
  if (exc.type.isSubtypeOf(StopIteration)) message = `${kind} raised StopIteration`;
  else if (flags & CodeFlag.CO_ASYNC_GENERATOR && exc.type.isSubtypeOf(StopAsyncIteration)) message = `${kind} raised StopAsyncIteration`;
  if (message === null) return exc;
  const error = newException(RuntimeError, message);
  error.cause = exc;
  error.suppressContext = true;
  setContext(error, exc);
  return error;
}

function importStar(frame: Frame, module: PyValue): void {
  const all = getAttrOrUndefined(module, '__all__');
  let names: PyValue[];
  if (all !== undefined) names = toArray(all);
  else {
    const dict = getAttr(module, '__dict__');
    names = (dict instanceof PyDict ? dict.keyList() : toArray(dict)).filter((n) => typeof n === 'string' && !n.startsWith('_'));
  }
  for (const name of names) {
    if (typeof name !== 'string') {
      const modName = getAttrOrUndefined(module, '__name__');
      const where = `${typeof modName === 'string' ? modName : '<module>'}.${all === undefined ? '__dict__' : '__all__'}`;
      throw typeError(`${all === undefined ? 'Key' : 'Item'} in ${where} must be str, not ${typeOf(name).name}`);
    }
    storeName(frame, name, getAttr(module, name));
  }
}

export function intrinsic1(frame: Frame, which: number, value: PyValue): PyValue {
  switch (which) {
    case 1:
      printDisplayHook(value);
      return None;
    case 2:
      importStar(frame, value);
      return None;
    case 3:
      return stopIterationError(frame, value);
    case 4:
      return asyncGenWrap(value);
    case 5:
      return unaryOp(value, '+');
    case 6:
      return (value as PyList).items.length === 0 ? EMPTY_TUPLE : new PyTuple((value as PyList).items.slice());
    case 7: case 8: case 9: case 10: case 11:
      return typeParamIntrinsic1(which, value);
  }
  throw systemError(`intrinsic ${which} is not supported yet`);
}

export function intrinsic2(which: number, value2: PyValue, value1: PyValue): PyValue {
  if (which === 1) return prepReraiseStar(value2, value1);
  if (which >= 2 && which <= 5) return typeParamIntrinsic2(which, value2, value1);
  throw systemError(`intrinsic2 ${which} is not supported yet`);
}
