// Tier 1's specializer (CPython's Python/specialize.c): when a family head's adaptive counter
// fires, it looks at the values the instruction is about to work on, picks the member of the
// family that handles them with the fewest checks, fills the inline cache that member's guards
// read (type versions, dict keys versions, positions, the cached descriptor or function), and
// rewrites the opcode in place. When no member fits it leaves the head with a backed-off
// counter, and records why for the statistics.
//
// A member's guards (src/instructions/) must cover every assumption made here: each cached
// value is checked against a version that changes whenever what it was derived from changes.
import type { PyValue } from '../objects/object';
import { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyModule } from '../objects/module';
import { PyFloat, PyList, PyTuple } from '../objects/boxes';
import { PySet } from '../objects/set-table';
import { BuiltinFunction, GetSetDescriptor, MethodDescriptor, PyFunction, PyMethod, PyProperty } from '../objects/function';
import { ObjectType, PropertyType, DictType, FloatType, FrozenSetType, ListType, MethodDescriptorType, ModuleType, SetType, StrType, SuperType, TupleType, TypeType } from '../objects/builtin-types';
import { OBJECT_GETATTRIBUTE, OBJECT_SETATTR, TYPE_GETATTRIBUTE } from '../objects/ops/attributes';
import { typeOf } from '../objects/ops/typeof';
import { None } from '../objects/singletons';
import { ListIterator } from '../objects/list';
import { TupleIterator } from '../objects/tuple';
import { RangeIterator } from '../objects/range';
import type { PyCode } from '../objects/code/code';
import { COOLDOWN_COUNTER, LONGEST_WAIT_COUNTER, restartCounter } from '../objects/code/backoff';
import { NB_OP_SYMBOLS, NbOp, Opcode } from '../generated/opcodes';
import { CodeFlag } from '../compiler/code';
import { threadState } from './thread-state';
import type { Frame } from './frame';

let enabled = true;

/** Turns specialization on or off for code that has not specialized yet (`-X specialize=off`). */
export function setSpecialization(on: boolean): void {
  enabled = on;
}

export function specializationEnabled(): boolean {
  return enabled;
}

/** The outcome of one attempt: a member, or the head with why not. */
function finish(code: PyCode, at: number, head: Opcode, member: Opcode | null, reason = ''): void {
  const units = code.instructions;
  const stats = threadState.stats;
  if (stats !== null) stats.attempted(head, member, reason);
  // An instruction that heads a trace stays ENTER_EXECUTOR; its executor keeps the new form.
  const executor = (units[at] & 255) === Opcode.ENTER_EXECUTOR ? code.executors![units[at] >> 8]! : null;
  if (executor !== null) {
    executor.opcode = member ?? head;
    units[at + 1] = member === null ? restartCounter(units[at + 1]) : COOLDOWN_COUNTER;
    return;
  }
  if (member === null) {
    units[at] = (units[at] & 0xff00) | head;
    units[at + 1] = restartCounter(units[at + 1]);
  } else {
    units[at] = (units[at] & 0xff00) | member;
    units[at + 1] = COOLDOWN_COUNTER;
  }
}

/** When specialization is off: the head waits as long as a counter can, and stays generic. */
function off(code: PyCode, at: number): boolean {
  if (enabled) return false;
  code.instructions[at + 1] = LONGEST_WAIT_COUNTER;
  return true;
}

const isExactFloat = (v: PyValue): boolean => v instanceof PyFloat && v.type === FloatType;

export function specializeBinaryOp(frame: Frame, at: number, lhs: PyValue, rhs: PyValue, oparg: number): void {
  const code = frame.code;
  if (off(code, at)) return;
  const head = Opcode.BINARY_OP;
  const add = oparg === NbOp.NB_ADD || oparg === NbOp.NB_INPLACE_ADD;
  const subtract = oparg === NbOp.NB_SUBTRACT || oparg === NbOp.NB_INPLACE_SUBTRACT;
  const multiply = oparg === NbOp.NB_MULTIPLY || oparg === NbOp.NB_INPLACE_MULTIPLY;
  if (typeof lhs === 'number' && typeof rhs === 'number') {
    if (add) return finish(code, at, head, Opcode.BINARY_OP_ADD_INT);
    if (subtract) return finish(code, at, head, Opcode.BINARY_OP_SUBTRACT_INT);
    if (multiply) return finish(code, at, head, Opcode.BINARY_OP_MULTIPLY_INT);
  } else if (isExactFloat(lhs) && isExactFloat(rhs)) {
    if (add) return finish(code, at, head, Opcode.BINARY_OP_ADD_FLOAT);
    if (subtract) return finish(code, at, head, Opcode.BINARY_OP_SUBTRACT_FLOAT);
    if (multiply) return finish(code, at, head, Opcode.BINARY_OP_MULTIPLY_FLOAT);
  } else if (typeof lhs === 'string' && typeof rhs === 'string' && add) {
    // `s += t` (or `s = s + t`) whose result is stored into the local holding s.
    const next = code.instructions[at + 2];
    if ((next & 255) === Opcode.STORE_FAST && frame.stack[next >> 8] === lhs) return finish(code, at, head, Opcode.BINARY_OP_INPLACE_ADD_UNICODE);
    return finish(code, at, head, Opcode.BINARY_OP_ADD_UNICODE);
  }
  finish(code, at, head, null, `${operandKind(lhs)} ${operatorName(oparg)} ${operandKind(rhs)}`);
}

function operatorName(oparg: number): string {
  return NB_OP_SYMBOLS[oparg] ?? `op ${oparg}`;
}

/** How the statistics name an operand's kind in a failure reason. */
function operandKind(v: PyValue): string {
  return typeOf(v).name;
}

/** COMPARE_OP's oparg: the operator (dis.cmp_op) above five bits; == and != are 2 and 3. */
export function specializeCompareOp(code: PyCode, at: number, left: PyValue, right: PyValue, oparg: number): void {
  if (off(code, at)) return;
  const head = Opcode.COMPARE_OP;
  const op = oparg >> 5;
  if (typeof left === 'number' && typeof right === 'number') return finish(code, at, head, Opcode.COMPARE_OP_INT);
  if (isExactFloat(left) && isExactFloat(right)) return finish(code, at, head, Opcode.COMPARE_OP_FLOAT);
  // JS orders strings by UTF-16 units, Python by code points: only equality is the same.
  if (typeof left === 'string' && typeof right === 'string' && (op === 2 || op === 3)) {
    return finish(code, at, head, Opcode.COMPARE_OP_STR);
  }
  finish(code, at, head, null, `${operandKind(left)} ${operandKind(right)}`);
}

export function specializeToBool(code: PyCode, at: number, value: PyValue): void {
  if (off(code, at)) return;
  const head = Opcode.TO_BOOL;
  switch (typeof value) {
    case 'boolean':
      return finish(code, at, head, Opcode.TO_BOOL_BOOL);
    case 'number':
    case 'bigint':
      return finish(code, at, head, Opcode.TO_BOOL_INT);
    case 'string':
      return finish(code, at, head, Opcode.TO_BOOL_STR);
  }
  const type = value.type;
  if (value === None) return finish(code, at, head, Opcode.TO_BOOL_NONE);
  if (value instanceof PyList && type === ListType) return finish(code, at, head, Opcode.TO_BOOL_LIST);
  // An instance whose class defines neither __bool__ nor __len__ is always true.
  if (type.heap && type.lookup('__bool__') === undefined && type.lookup('__len__') === undefined) {
    code.caches[at + 2] = type.version;
    return finish(code, at, head, Opcode.TO_BOOL_ALWAYS_TRUE);
  }
  finish(code, at, head, null, type.name);
}

/** LOAD_GLOBAL: cache index 2, module keys version 3, builtins keys version 4. */
export function specializeLoadGlobal(code: PyCode, at: number, frame: Frame, name: string): void {
  if (off(code, at)) return;
  const head = Opcode.LOAD_GLOBAL;
  const globals = frame.globals;
  const builtins = frame.builtins;
  if (globals.type !== DictType || builtins.type !== DictType) return finish(code, at, head, null, 'globals or builtins not a dict');
  const index = globals.indexOfStr(name);
  if (index >= 0) {
    code.caches[at + 2] = index;
    code.caches[at + 3] = globals.keysVersion;
    return finish(code, at, head, Opcode.LOAD_GLOBAL_MODULE);
  }
  const builtinIndex = builtins.indexOfStr(name);
  if (builtinIndex < 0) return finish(code, at, head, null, 'not found');
  code.caches[at + 2] = builtinIndex;
  code.caches[at + 3] = globals.keysVersion;
  code.caches[at + 4] = builtins.keysVersion;
  finish(code, at, head, Opcode.LOAD_GLOBAL_BUILTIN);
}

/**
 * An attribute whose class is a class of the program's (CPython's MUTABLE kind): that class
 * may gain __get__ or __set__ later without the owner's version changing, so nothing about
 * the attribute can be cached.
 */
function isMutableKind(v: PyValue): boolean {
  const t = typeOf(v);
  return t.heap && !t.immutable;
}

/** A descriptor's kind, as the attribute specializations sort them. */
function isDataDescriptor(v: PyValue): boolean {
  const t = typeOf(v);
  return t.descrGet !== undefined && t.descrSet !== undefined;
}

/** A plain function or a method descriptor of a built-in type: what a method load can return unbound. */
function isMethod(v: PyValue): boolean {
  return v instanceof PyFunction || (v instanceof MethodDescriptor && v.type === MethodDescriptorType);
}

/**
 * LOAD_ATTR: cache version 2 (the owner's type version), keys_version 4 (a dict keys version,
 * or a metatype's version), descr 6 (an entry's position, a slot number, or the attribute).
 */
export function specializeLoadAttr(code: PyCode, at: number, owner: PyValue, name: string, oparg: number): void {
  if (off(code, at)) return;
  const head = Opcode.LOAD_ATTR;
  const caches = code.caches;
  const method = (oparg & 1) !== 0;
  if (owner instanceof PyModule) {
    if (owner.type !== ModuleType || method) return finish(code, at, head, null, 'module subclass or method');
    if (ModuleType.lookup(name) !== undefined) return finish(code, at, head, null, 'module type attribute');
    const index = owner.dict.indexOfStr(name);
    if (index < 0) return finish(code, at, head, null, 'module attribute not found');
    caches[at + 2] = ModuleType.version;
    caches[at + 4] = owner.dict.keysVersion;
    caches[at + 6] = index;
    return finish(code, at, head, Opcode.LOAD_ATTR_MODULE);
  }
  if (owner instanceof PyType) return specializeClassAttr(code, at, owner, name);
  const type = typeOf(owner);
  if (type.lookup('__getattribute__') !== OBJECT_GETATTRIBUTE) return finish(code, at, head, null, '__getattribute__ overridden');
  const descr = type.lookup(name);
  const dict = owner instanceof PyObject ? owner.dict : null;
  const mayHaveDict = owner instanceof PyObject && (dict !== null || type.hasInstanceDict);
  caches[at + 2] = type.version;
  if (descr === undefined) {
    if (method) return finish(code, at, head, null, 'method in instance dict');
    if (type.lookup('__getattr__') !== undefined) return finish(code, at, head, null, '__getattr__');
    const index = dict === null ? -1 : dict.indexOfStr(name);
    if (index < 0) return finish(code, at, head, null, 'attribute not found');
    caches[at + 6] = index;
    return finish(code, at, head, Opcode.LOAD_ATTR_INSTANCE_VALUE);
  }
  if (isMutableKind(descr)) return finish(code, at, head, null, 'attribute of a mutable class');
  if (descr instanceof GetSetDescriptor && descr.slot !== null && !method) {
    if (!type.isSubtypeOf(descr.owner)) return finish(code, at, head, null, 'slot of another class');
    caches[at + 6] = descr.slot;
    return finish(code, at, head, Opcode.LOAD_ATTR_SLOT);
  }
  if (type.lookup('__getattr__') !== undefined) return finish(code, at, head, null, '__getattr__');
  if (descr instanceof PyProperty && descr.type === PropertyType && !method) {
    const fget = descr.fget;
    if (!(fget instanceof PyFunction) || !takesExactly(fget, 1)) return finish(code, at, head, null, 'property getter');
    caches[at + 4] = fget.version;
    caches[at + 6] = descr;
    return finish(code, at, head, Opcode.LOAD_ATTR_PROPERTY);
  }
  if (isDataDescriptor(descr)) return finish(code, at, head, null, `data descriptor ${typeOf(descr).name}`);
  if (method) {
    if (!isMethod(descr)) return finish(code, at, head, null, `method is ${typeOf(descr).name}`);
    caches[at + 6] = descr;
    return finish(code, at, head, mayHaveDict ? Opcode.LOAD_ATTR_METHOD_WITH_VALUES : Opcode.LOAD_ATTR_METHOD_NO_DICT);
  }
  // A non-data descriptor or a plain class attribute that the instance shadows: the instance's value.
  const index = dict === null ? -1 : dict.indexOfStr(name);
  if (index >= 0) {
    caches[at + 6] = index;
    return finish(code, at, head, Opcode.LOAD_ATTR_INSTANCE_VALUE);
  }
  if (typeOf(descr).descrGet !== undefined) return finish(code, at, head, null, `non-data descriptor ${typeOf(descr).name}`);
  caches[at + 6] = descr;
  finish(code, at, head, mayHaveDict ? Opcode.LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES : Opcode.LOAD_ATTR_NONDESCRIPTOR_NO_DICT);
}

/** An attribute of a class: cached with the class's version and its metatype's. */
function specializeClassAttr(code: PyCode, at: number, cls: PyType, name: string): void {
  const head = Opcode.LOAD_ATTR;
  const meta = cls.type;
  if (meta.lookup('__getattribute__') !== TYPE_GETATTRIBUTE) return finish(code, at, head, null, 'metaclass __getattribute__');
  if (meta.lookup(name) !== undefined) return finish(code, at, head, null, 'metaclass attribute');
  const attr = cls.lookup(name);
  if (attr === undefined) return finish(code, at, head, null, 'class attribute not found');
  if (isMutableKind(attr)) return finish(code, at, head, null, 'attribute of a mutable class');
  // Functions read from a class are themselves; other descriptors compute their value.
  if (!(attr instanceof PyFunction) && typeOf(attr).descrGet !== undefined) {
    return finish(code, at, head, null, `class attribute is ${typeOf(attr).name}`);
  }
  code.caches[at + 2] = cls.version;
  code.caches[at + 4] = meta.version;
  code.caches[at + 6] = attr;
  finish(code, at, head, Opcode.LOAD_ATTR_CLASS);
}

/** STORE_ATTR: cache version 2, index 4 (the entry's position, or the slot number). */
export function specializeStoreAttr(code: PyCode, at: number, owner: PyValue, name: string): void {
  if (off(code, at)) return;
  const head = Opcode.STORE_ATTR;
  if (!(owner instanceof PyObject) || owner instanceof PyType || owner instanceof PyModule) {
    return finish(code, at, head, null, 'not an instance');
  }
  const type = owner.type;
  if (type.lookup('__setattr__') !== OBJECT_SETATTR) return finish(code, at, head, null, '__setattr__ overridden');
  const descr = type.lookup(name);
  code.caches[at + 2] = type.version;
  if (descr !== undefined && isMutableKind(descr)) return finish(code, at, head, null, 'attribute of a mutable class');
  if (descr instanceof GetSetDescriptor && descr.slot !== null) {
    if (!type.isSubtypeOf(descr.owner)) return finish(code, at, head, null, 'slot of another class');
    code.caches[at + 4] = descr.slot;
    return finish(code, at, head, Opcode.STORE_ATTR_SLOT);
  }
  if (descr !== undefined && typeOf(descr).descrSet !== undefined) return finish(code, at, head, null, 'data descriptor');
  const index = owner.dict === null ? -1 : owner.dict.indexOfStr(name);
  if (index < 0) return finish(code, at, head, null, 'new attribute');
  code.caches[at + 4] = index;
  finish(code, at, head, Opcode.STORE_ATTR_INSTANCE_VALUE);
}

export function specializeBinarySubscr(code: PyCode, at: number, container: PyValue, sub: PyValue): void {
  if (off(code, at)) return;
  const head = Opcode.BINARY_SUBSCR;
  if (typeof sub === 'number') {
    if (container instanceof PyList && container.type === ListType) return finish(code, at, head, Opcode.BINARY_SUBSCR_LIST_INT);
    if (container instanceof PyTuple && container.type === TupleType) return finish(code, at, head, Opcode.BINARY_SUBSCR_TUPLE_INT);
  }
  if (container instanceof PyDict && container.type === DictType) return finish(code, at, head, Opcode.BINARY_SUBSCR_DICT);
  const type = typeOf(container);
  const getitem = type.heap ? type.lookup('__getitem__') : undefined;
  if (getitem instanceof PyFunction && takesExactly(getitem, 2) && !(container instanceof PyType)) {
    type.specGetitem = getitem;
    type.specGetitemVersion = getitem.version;
    return finish(code, at, head, Opcode.BINARY_SUBSCR_GETITEM);
  }
  finish(code, at, head, null, `${operandKind(container)}[${operandKind(sub)}]`);
}

export function specializeStoreSubscr(code: PyCode, at: number, container: PyValue, sub: PyValue): void {
  if (off(code, at)) return;
  const head = Opcode.STORE_SUBSCR;
  if (typeof sub === 'number' && container instanceof PyList && container.type === ListType) {
    return finish(code, at, head, Opcode.STORE_SUBSCR_LIST_INT);
  }
  if (container instanceof PyDict && container.type === DictType) return finish(code, at, head, Opcode.STORE_SUBSCR_DICT);
  finish(code, at, head, null, `${operandKind(container)}[${operandKind(sub)}]`);
}

export function specializeContainsOp(code: PyCode, at: number, container: PyValue): void {
  if (off(code, at)) return;
  const head = Opcode.CONTAINS_OP;
  if (container instanceof PyDict && container.type === DictType) return finish(code, at, head, Opcode.CONTAINS_OP_DICT);
  if (container instanceof PySet && (container.type === SetType || container.type === FrozenSetType)) {
    return finish(code, at, head, Opcode.CONTAINS_OP_SET);
  }
  finish(code, at, head, null, operandKind(container));
}

export function specializeUnpackSequence(code: PyCode, at: number, seq: PyValue, oparg: number): void {
  if (off(code, at)) return;
  const head = Opcode.UNPACK_SEQUENCE;
  if (seq instanceof PyTuple && seq.type === TupleType && seq.items.length === oparg) {
    return finish(code, at, head, oparg === 2 ? Opcode.UNPACK_SEQUENCE_TWO_TUPLE : Opcode.UNPACK_SEQUENCE_TUPLE);
  }
  if (seq instanceof PyList && seq.type === ListType && seq.items.length === oparg) return finish(code, at, head, Opcode.UNPACK_SEQUENCE_LIST);
  finish(code, at, head, null, operandKind(seq));
}

export function specializeForIter(code: PyCode, at: number, iter: PyValue): void {
  if (off(code, at)) return;
  const head = Opcode.FOR_ITER;
  if (iter instanceof ListIterator) return finish(code, at, head, Opcode.FOR_ITER_LIST);
  if (iter instanceof TupleIterator) return finish(code, at, head, Opcode.FOR_ITER_TUPLE);
  if (iter instanceof RangeIterator) return finish(code, at, head, Opcode.FOR_ITER_RANGE);
  finish(code, at, head, null, operandKind(iter));
}

export function specializeLoadSuperAttr(code: PyCode, at: number, globalSuper: PyValue, cls: PyValue, oparg: number): void {
  if (off(code, at)) return;
  const head = Opcode.LOAD_SUPER_ATTR;
  if (globalSuper !== SuperType) return finish(code, at, head, null, 'super is not the built-in super');
  if (!(cls instanceof PyType)) return finish(code, at, head, null, 'not a class');
  finish(code, at, head, (oparg & 1) !== 0 ? Opcode.LOAD_SUPER_ATTR_METHOD : Opcode.LOAD_SUPER_ATTR_ATTR);
}

/** Whether a Python function takes exactly `n` positional arguments and nothing else. */
function takesExactly(func: PyFunction, n: number): boolean {
  const code = func.code;
  return code.argcount === n && code.kwonlyargcount === 0 && (code.flags & (CodeFlag.CO_VARARGS | CodeFlag.CO_VARKEYWORDS)) === 0;
}

/**
 * CALL: cache func_version 2 (a Python function's version, or the built-in callable itself).
 * `callable` and `selfOrNull` are as CALL finds them; oparg counts the other arguments.
 */
export function specializeCall(code: PyCode, at: number, callable: PyValue, selfOrNull: PyValue | null, oparg: number, builtins: PyDict): void {
  if (off(code, at)) return;
  const head = Opcode.CALL;
  const caches = code.caches;
  const nargs = oparg + (selfOrNull === null ? 0 : 1);
  if (callable instanceof PyFunction) {
    caches[at + 2] = callable.version;
    return finish(code, at, head, takesExactly(callable, nargs) ? Opcode.CALL_PY_EXACT_ARGS : Opcode.CALL_PY_GENERAL);
  }
  if (callable instanceof PyMethod && selfOrNull === null) {
    const func = callable.func;
    if (!(func instanceof PyFunction)) return finish(code, at, head, null, 'bound method of a non-Python function');
    caches[at + 2] = func.version;
    return finish(code, at, head, takesExactly(func, oparg + 1) ? Opcode.CALL_BOUND_METHOD_EXACT_ARGS : Opcode.CALL_BOUND_METHOD_GENERAL);
  }
  caches[at + 2] = callable;
  if (callable === builtins.getStr('len') && nargs === 1) return finish(code, at, head, Opcode.CALL_LEN);
  if (callable === builtins.getStr('isinstance') && nargs === 2) return finish(code, at, head, Opcode.CALL_ISINSTANCE);
  if (selfOrNull === null && oparg === 1) {
    if (callable === TypeType) return finish(code, at, head, Opcode.CALL_TYPE_1);
    if (callable === StrType) return finish(code, at, head, Opcode.CALL_STR_1);
    if (callable === TupleType) return finish(code, at, head, Opcode.CALL_TUPLE_1);
  }
  if (callable instanceof MethodDescriptor && selfOrNull !== null && callable.type === MethodDescriptorType) {
    if (callable.owner === ListType && callable.name === 'append' && oparg === 1 && nextIsPopTop(code, at)) {
      return finish(code, at, head, Opcode.CALL_LIST_APPEND);
    }
    const member = oparg === 0 ? Opcode.CALL_METHOD_DESCRIPTOR_NOARGS : oparg === 1 ? Opcode.CALL_METHOD_DESCRIPTOR_O : Opcode.CALL_METHOD_DESCRIPTOR_FAST;
    return finish(code, at, head, member);
  }
  if (callable instanceof BuiltinFunction && selfOrNull === null) {
    return finish(code, at, head, oparg === 1 ? Opcode.CALL_BUILTIN_O : Opcode.CALL_BUILTIN_FAST);
  }
  if (callable instanceof PyType) {
    if (!callable.heap) return finish(code, at, head, Opcode.CALL_BUILTIN_CLASS);
    return specializeClassCall(code, at, callable, selfOrNull, oparg);
  }
  finish(code, at, head, Opcode.CALL_NON_PY_GENERAL);
}

/**
 * A class whose instances object.__new__ makes and whose __init__ is a Python function taking
 * the call's arguments: the instance is made here and __init__ entered in a pushed frame.
 */
function specializeClassCall(code: PyCode, at: number, cls: PyType, selfOrNull: PyValue | null, oparg: number): void {
  const head = Opcode.CALL;
  // An exact `type` metaclass, whose __call__ cannot change.
  if (cls.type !== TypeType) return finish(code, at, head, null, 'metaclass');
  if (selfOrNull !== null) return finish(code, at, head, null, 'class with self');
  if (cls.solid !== ObjectType || cls.lookup('__new__') !== ObjectType.ns.getStr('__new__')) return finish(code, at, head, null, '__new__');
  const init = cls.lookup('__init__');
  if (!(init instanceof PyFunction) || !takesExactly(init, oparg + 1)) return finish(code, at, head, null, '__init__');
  if ((init.code.flags & (CodeFlag.CO_GENERATOR | CodeFlag.CO_COROUTINE | CodeFlag.CO_ASYNC_GENERATOR | CodeFlag.CO_ITERABLE_COROUTINE)) !== 0) {
    return finish(code, at, head, null, '__init__ is a generator');
  }
  cls.specInit = init;
  cls.specInitVersion = init.version;
  code.caches[at + 2] = cls.version;
  finish(code, at, head, Opcode.CALL_ALLOC_AND_ENTER_INIT);
}

/** CALL_LIST_APPEND skips the POP_TOP after it, which must be there. */
function nextIsPopTop(code: PyCode, at: number): boolean {
  const next = at + 1 + 3;
  return next < code.instructions.length && (code.instructions[next] & 255) === Opcode.POP_TOP;
}
