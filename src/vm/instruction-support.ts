// Everything the instruction bodies call as `rt.*` (see src/instructions/generate-loop.ts),
// gathered from the files that implement them into one plain object: the generated loop reads
// `rt.name` as a data property (re-exports would be getter calls on every use). The object is
// made on first use, once every module has loaded: several of these files import the loop
// themselves, so at load time some of their exports do not exist yet.
import { PyFunction, PyMethod } from '../objects/function';
import { None } from '../objects/singletons';
import { AssertionError } from '../objects/exceptions';
import { getAttr, setAttr } from '../objects/ops/attributes';
import { binaryOp, unaryOp } from '../objects/ops/number';
import { richCompare } from '../objects/ops/compare';
import { isTrue } from '../objects/ops/truth';
import { lengthOf } from '../objects/ops/length';
import { getIter, iterNext } from '../objects/ops/iter';
import { getItem, setItem, delItem, contains } from '../objects/ops/subscript';
import { framePyCall, frameForCallEx, callEx, callNative, leaveFrame, suspendFrame, initReturnedNonNone, allocInstance } from './calls';
import { unwind, lastiOf, unknownOpcode } from './unwind';
import { unboundLocal, unboundDeref, newCell, copyFreeVars, loadGlobal, storeGlobal, deleteGlobal, loadName, storeName, deleteName, loadLocals, loadFromDictOrGlobals, loadFromDictOrDeref, setupAnnotations } from './names';
import { makeFunction, setFunctionAttribute } from './functions';
import { newTuple, newList, newSlice, buildSet, buildMap, buildConstKeyMap, buildString, listExtend, setAdd, setUpdate, mapAdd, dictUpdate, dictMerge, unpackSequence, unpackEx } from './building';
import { raiseVarargs, cleanupThrow, out, beforeWith, beforeAsyncWith, withExceptStart } from './raise';
import { checkExcMatch, checkEgMatch } from './except-star';
import { PyGenerator, noteLoopGenerator, closeTransient, makeGenerator, send, getYieldFromIter, getAwaitable, getAiter, getAnext, endAsyncFor } from './generators';
import { loadSuperAttr } from './classes';
import { importName, importFrom } from './imports';
import { intrinsic1, intrinsic2 } from './intrinsics';
import { format, convertValue } from './format';
import { matchMapping, matchSequence, matchKeys, matchClass } from './matching';
import { loadMethod, loadBuildClass, isSame } from './methods';
import { PyFloat, PyList, PyTuple } from '../objects/boxes';
import { PyDict } from '../objects/dict';
import { PySet } from '../objects/set-table';
import { PyType } from '../objects/type';
import { DictType, FloatType, FrozenSetType, ListType, SetType, SuperType, TupleType } from '../objects/builtin-types';
import { toArray } from '../objects/ops/iter';
import { keyError } from '../objects/exceptions';
import { typeOf } from '../objects/ops/typeof';
import { callMethodDescriptor } from '../objects/ops/call';
import { ListIterator } from '../objects/list';
import { TupleIterator } from '../objects/tuple';
import { RangeIterator } from '../objects/range';
import { isInstanceOf } from '../modules/builtins/isinstance';
import {
  specializeBinaryOp,
  specializeBinarySubscr,
  specializeCall,
  specializeCompareOp,
  specializeContainsOp,
  specializeForIter,
  specializeLoadAttr,
  specializeLoadGlobal,
  specializeLoadSuperAttr,
  specializeStoreAttr,
  specializeStoreSubscr,
  specializeToBool,
  specializeUnpackSequence,
} from './specialize';
import { recordInstruction, abort as abortTrace, leaveLoop, startLoopTrace } from '../jit/recorder';
import { enterExecutor, enterOriginal } from '../jit/enter';
import { JIT_CONFIG } from '../jit/config';

function gather() {
    return {
    PyGenerator,
    noteLoopGenerator,
    closeTransient,
    PyFunction,
    PyMethod,
    None,
    AssertionError,
    getAttr,
    setAttr,
    binaryOp,
    unaryOp,
    richCompare,
    isTrue,
    lengthOf,
    getIter,
    iterNext,
    getItem,
    setItem,
    delItem,
    contains,
    framePyCall,
    frameForCallEx,
    callEx,
    callNative,
    leaveFrame,
    suspendFrame,
    initReturnedNonNone,
    allocInstance,
    unwind,
    lastiOf,
    unknownOpcode,
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
    makeFunction,
    setFunctionAttribute,
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
    raiseVarargs,
    cleanupThrow,
    out,
    beforeWith,
    beforeAsyncWith,
    withExceptStart,
    checkExcMatch,
    checkEgMatch,
    makeGenerator,
    send,
    getYieldFromIter,
    getAwaitable,
    getAiter,
    getAnext,
    endAsyncFor,
    loadSuperAttr,
    importName,
    importFrom,
    intrinsic1,
    intrinsic2,
    format,
    convertValue,
    matchMapping,
    matchSequence,
    matchKeys,
    matchClass,
    loadMethod,
    loadBuildClass,
    isSame,
    // what specialized instructions check and use
    PyFloat,
    PyList,
    PyTuple,
    PyDict,
    PySet,
    PyType,
    DictType,
    FloatType,
    FrozenSetType,
    ListType,
    SetType,
    TupleType,
    SuperType,
    toArray,
    keyError,
    typeOf,
    callMethodDescriptor,
    ListIterator,
    TupleIterator,
    RangeIterator,
    isInstanceOf,
    // tier 2: recording, entering executors
    jitEnabled: (): boolean => JIT_CONFIG.mode !== 'off',
    recordInstruction,
    abortTrace,
    leaveLoop,
    startLoopTrace,
    enterExecutor,
    enterOriginal,
    specializeBinaryOp,
    specializeBinarySubscr,
    specializeCall,
    specializeCompareOp,
    specializeContainsOp,
    specializeForIter,
    specializeLoadAttr,
    specializeLoadGlobal,
    specializeLoadSuperAttr,
    specializeStoreAttr,
    specializeStoreSubscr,
    specializeToBool,
    specializeUnpackSequence,
  };
}

export type Support = ReturnType<typeof gather>;

let support: Support | null = null;

/** The helpers, gathered on the first call. */
export function instructionSupport(): Support {
  return (support ??= gather());
}
