// Everything the instruction bodies call as `rt.*` (see src/instructions/generate-loop.ts):
// one import for the generated loop, gathered from the files that implement them.
export { PyFunction, PyMethod } from '../objects/function';
export { None } from '../objects/singletons';
export { AssertionError } from '../objects/exceptions';
export { getAttr, setAttr } from '../objects/ops/attributes';
export { binaryOp, unaryOp } from '../objects/ops/number';
export { richCompare } from '../objects/ops/compare';
export { isTrue } from '../objects/ops/truth';
export { lengthOf } from '../objects/ops/length';
export { getIter, iterNext } from '../objects/ops/iter';
export { getItem, setItem, delItem, contains } from '../objects/ops/subscript';
export { framePyCall, frameForCallEx, callEx, callNative, leaveFrame, suspendFrame, initReturnedNonNone } from './calls';
export { unwind, lastiOf, unknownOpcode } from './unwind';
export {
  unboundLocal,
  unboundDeref,
  newCell,
  copyFreeVars,
  loadGlobal,
  storeGlobal,
  deleteGlobal,
  loadName,
  storeName,
  deleteName,
  loadLocals,
  loadFromDictOrGlobals,
  loadFromDictOrDeref,
  setupAnnotations,
} from './names';
export { makeFunction, setFunctionAttribute } from './functions';
export {
  newTuple,
  newList,
  newSlice,
  buildSet,
  buildMap,
  buildConstKeyMap,
  buildString,
  listExtend,
  setAdd,
  setUpdate,
  mapAdd,
  dictUpdate,
  dictMerge,
  unpackSequence,
  unpackEx,
} from './building';
export { raiseVarargs, cleanupThrow, out, beforeWith, beforeAsyncWith, withExceptStart } from './raise';
export { checkExcMatch, checkEgMatch } from './except-star';
export { makeGenerator, send, getYieldFromIter, getAwaitable, getAiter, getAnext, endAsyncFor } from './generators';
export { loadSuperAttr } from './classes';
export { importName, importFrom } from './imports';
export { intrinsic1, intrinsic2 } from './intrinsics';
export { format, convertValue } from './format';
export { matchMapping, matchSequence, matchKeys, matchClass } from './matching';
export { loadMethod, loadBuildClass, isSame } from './methods';
