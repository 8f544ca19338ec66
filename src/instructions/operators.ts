// Operators: unary, truth testing, binary arithmetic, comparisons, membership, subscripts
// and slices, string formatting, and the intrinsic functions the compiler calls by number.
import { Definition, family, inst } from './define';

export const OPERATORS: readonly Definition[] = [
  // ---- unary
  inst('UNARY_NEGATIVE', 42, 'value -- res', { body: 'res = rt.unaryOp(value, \'-\');' }),
  inst('UNARY_NOT', 43, 'value -- res', { body: 'res = value !== true;' }),
  inst('UNARY_INVERT', 41, 'value -- res', { body: 'res = rt.unaryOp(value, \'~\');' }),

  // ---- truth: turns any value into a bool, ahead of the conditional jumps (which take bools)
  family(inst('TO_BOOL', 40, 'value -- res', {
    cache: 'counter/1, version/2',
    body: 'res = typeof value === \'boolean\' ? value : rt.isTrue(value);',
    records: ['TOS'],
    specialize: 'rt.specializeToBool(frame.code, at, value);',
  }), [
    // An instance of a class with neither __bool__ nor __len__.
    inst('TO_BOOL_ALWAYS_TRUE', 214, 'value -- res', { body: `DEOPT_IF(typeof value !== 'object' || value.type.version !== CACHE(version));
res = true;` }),
    inst('TO_BOOL_BOOL', 215, 'value -- value', { body: `DEOPT_IF(typeof value !== 'boolean');` }),
    inst('TO_BOOL_INT', 216, 'value -- res', { body: `DEOPT_IF(typeof value !== 'number' && typeof value !== 'bigint');
res = value !== 0;` }),
    inst('TO_BOOL_LIST', 217, 'value -- res', { body: `DEOPT_IF(!(value instanceof rt.PyList) || value.type !== rt.ListType);
res = value.items.length !== 0;` }),
    inst('TO_BOOL_NONE', 218, 'value -- res', { body: `DEOPT_IF(value !== rt.None);
res = false;` }),
    inst('TO_BOOL_STR', 219, 'value -- res', { body: `DEOPT_IF(typeof value !== 'string');
res = value !== '';` }),
  ]),

  // ---- binary operators: the oparg selects the operator (NB_ADD, NB_INPLACE_ADD, …; see opargs.ts)
  family(inst('BINARY_OP', 45, 'lhs, rhs -- res', {
    flags: ['arg'],
    cache: 'counter/1',
    body: 'res = rt.binaryOp(lhs, rhs, oparg);',
    records: ['NOS', 'TOS'],
    specialize: 'rt.specializeBinaryOp(frame, at, lhs, rhs, oparg);',
  }), [
    // Ints that are JS numbers; a result beyond the safe integers is made again as a bigint.
    // `+ 0` turns the -0 of 0 * -n into 0.
    inst('BINARY_OP_MULTIPLY_INT', 154, 'left, right -- res', { body: `DEOPT_IF(typeof left !== 'number' || typeof right !== 'number');
res = left * right + 0;
if (!Number.isSafeInteger(res)) res = rt.binaryOp(left, right, oparg);` }),
    inst('BINARY_OP_ADD_INT', 151, 'left, right -- res', { body: `DEOPT_IF(typeof left !== 'number' || typeof right !== 'number');
res = left + right;
if (!Number.isSafeInteger(res)) res = rt.binaryOp(left, right, oparg);` }),
    inst('BINARY_OP_SUBTRACT_INT', 156, 'left, right -- res', { body: `DEOPT_IF(typeof left !== 'number' || typeof right !== 'number');
res = left - right;
if (!Number.isSafeInteger(res)) res = rt.binaryOp(left, right, oparg);` }),
    inst('BINARY_OP_MULTIPLY_FLOAT', 153, 'left, right -- res', { body: `DEOPT_IF(!(left instanceof rt.PyFloat) || !(right instanceof rt.PyFloat) || left.type !== rt.FloatType || right.type !== rt.FloatType);
res = new rt.PyFloat(left.value * right.value);` }),
    inst('BINARY_OP_ADD_FLOAT', 150, 'left, right -- res', { body: `DEOPT_IF(!(left instanceof rt.PyFloat) || !(right instanceof rt.PyFloat) || left.type !== rt.FloatType || right.type !== rt.FloatType);
res = new rt.PyFloat(left.value + right.value);` }),
    inst('BINARY_OP_SUBTRACT_FLOAT', 155, 'left, right -- res', { body: `DEOPT_IF(!(left instanceof rt.PyFloat) || !(right instanceof rt.PyFloat) || left.type !== rt.FloatType || right.type !== rt.FloatType);
res = new rt.PyFloat(left.value - right.value);` }),
    inst('BINARY_OP_ADD_UNICODE', 152, 'left, right -- res', { body: `DEOPT_IF(typeof left !== 'string' || typeof right !== 'string');
res = left + right;` }),
    // `s += t` on a str local followed by STORE_FAST to that local: appends in place and
    // performs the store itself, skipping the STORE_FAST, so it pushes nothing. Reading that
    // local is why it alone has the 'local' flag.
    inst('BINARY_OP_INPLACE_ADD_UNICODE', 3, 'left, right --', { flags: ['local'], body: `DEOPT_IF(typeof left !== 'string' || typeof right !== 'string');
const target = code[pc] >> 8;
DEOPT_IF(stack[target] !== left);
stack[target] = left + right;
sp = base;
// The STORE_FAST after it, done.
pc += 1;
DISPATCH();` }),
  ]),

  // ---- comparisons. COMPARE_OP's oparg is the operator (index into `dis.cmp_op`) shifted
  // left by five; bit 4 asks for the result converted to bool.
  family(inst('COMPARE_OP', 58, 'left, right -- res', {
    flags: ['arg'],
    cache: 'counter/1',
    body: `res = rt.richCompare(left, right, oparg >> 5);
if (oparg & 16) res = typeof res === 'boolean' ? res : rt.isTrue(res);`,
    records: ['NOS', 'TOS'],
    specialize: 'rt.specializeCompareOp(frame.code, at, left, right, oparg);',
  }), [
    inst('COMPARE_OP_FLOAT', 182, 'left, right -- res', { flags: ['arg'], body: `DEOPT_IF(!(left instanceof rt.PyFloat) || !(right instanceof rt.PyFloat) || left.type !== rt.FloatType || right.type !== rt.FloatType);
const a = left.value;
const b = right.value;
switch (oparg >> 5) {
  case 0: res = a < b; break;
  case 1: res = a <= b; break;
  case 2: res = a === b; break;
  case 3: res = a !== b; break;
  case 4: res = a > b; break;
  default: res = a >= b;
}` }),
    inst('COMPARE_OP_INT', 183, 'left, right -- res', { flags: ['arg'], body: `DEOPT_IF(typeof left !== 'number' || typeof right !== 'number');
switch (oparg >> 5) {
  case 0: res = left < right; break;
  case 1: res = left <= right; break;
  case 2: res = left === right; break;
  case 3: res = left !== right; break;
  case 4: res = left > right; break;
  default: res = left >= right;
}` }),
    // Only == and != (JS orders strings by UTF-16 units, Python by code points).
    inst('COMPARE_OP_STR', 184, 'left, right -- res', { flags: ['arg'], body: `DEOPT_IF(typeof left !== 'string' || typeof right !== 'string');
res = (left === right) === ((oparg >> 5) === 2);` }),
  ]),
  // `is` (oparg 0) and `is not` (oparg 1).
  inst('IS_OP', 76, 'left, right -- b', { flags: ['arg'], body: 'b = rt.isSame(left, right) !== (oparg === 1);' }),
  // `in` (oparg 0) and `not in` (oparg 1); `right` is the container.
  family(inst('CONTAINS_OP', 59, 'left, right -- b', {
    flags: ['arg'],
    cache: 'counter/1',
    body: 'b = rt.contains(right, left) !== (oparg === 1);',
    records: ['TOS'],
    specialize: 'rt.specializeContainsOp(frame.code, at, right);',
  }), [
    // A set looked for in a set is looked for as a frozenset: the generic path does that.
    inst('CONTAINS_OP_SET', 186, 'left, right -- b', { flags: ['arg'], body: `DEOPT_IF(!(right instanceof rt.PySet) || (right.type !== rt.SetType && right.type !== rt.FrozenSetType) || left instanceof rt.PySet);
b = right.has(left) !== (oparg === 1);` }),
    inst('CONTAINS_OP_DICT', 185, 'left, right -- b', { flags: ['arg'], body: `DEOPT_IF(!(right instanceof rt.PyDict) || right.type !== rt.DictType);
b = right.has(left) !== (oparg === 1);` }),
  ]),

  // ---- subscripts and slices
  family(inst('BINARY_SUBSCR', 5, 'container, sub -- res', {
    cache: 'counter/1',
    body: 'res = rt.getItem(container, sub);',
    records: ['NOS'],
    specialize: 'rt.specializeBinarySubscr(frame.code, at, container, sub);',
  }), [
    inst('BINARY_SUBSCR_DICT', 157, 'dict, sub -- res', { body: `DEOPT_IF(!(dict instanceof rt.PyDict) || dict.type !== rt.DictType);
res = dict.get(sub);
if (res === undefined) throw rt.keyError(sub);` }),
    // A Python __getitem__ runs as a pushed frame; its return value takes the result's place.
    inst('BINARY_SUBSCR_GETITEM', 158, 'container, sub -- unused', { body: `DEOPT_IF(typeof container !== 'object');
// The cache has room for the counter only: the class keeps the function (CPython's _spec_cache).
const type = container.type;
const getitem = type.specGetitem;
DEOPT_IF(getitem === null || getitem.version !== type.specGetitemVersion);
PUSH_FRAME(rt.framePyCall(ts, getitem, stack, base, 2, null));` }),
    inst('BINARY_SUBSCR_LIST_INT', 159, 'list, sub -- res', { body: `DEOPT_IF(typeof sub !== 'number' || !(list instanceof rt.PyList) || list.type !== rt.ListType);
const items = list.items;
const i = sub < 0 ? sub + items.length : sub;
DEOPT_IF(i < 0 || i >= items.length);
res = items[i];` }),
    inst('BINARY_SUBSCR_STR_INT', 160, 'str, sub -- res'),
    inst('BINARY_SUBSCR_TUPLE_INT', 161, 'tuple, sub -- res', { body: `DEOPT_IF(typeof sub !== 'number' || !(tuple instanceof rt.PyTuple) || tuple.type !== rt.TupleType);
const items = tuple.items;
const i = sub < 0 ? sub + items.length : sub;
DEOPT_IF(i < 0 || i >= items.length);
res = items[i];` }),
  ]),
  inst('BINARY_SLICE', 4, 'container, start, stop -- res', { body: 'res = rt.getItem(container, rt.newSlice(start, stop, rt.None));' }),
  family(inst('STORE_SUBSCR', 39, 'v, container, sub --', {
    cache: 'counter/1',
    body: 'rt.setItem(container, sub, v);',
    records: ['NOS'],
    specialize: 'rt.specializeStoreSubscr(frame.code, at, container, sub);',
  }), [
    inst('STORE_SUBSCR_DICT', 212, 'value, dict, sub --', { body: `DEOPT_IF(!(dict instanceof rt.PyDict) || dict.type !== rt.DictType);
dict.set(sub, value);` }),
    inst('STORE_SUBSCR_LIST_INT', 213, 'value, list, sub --', { body: `DEOPT_IF(typeof sub !== 'number' || !(list instanceof rt.PyList) || list.type !== rt.ListType);
const items = list.items;
const i = sub < 0 ? sub + items.length : sub;
DEOPT_IF(i < 0 || i >= items.length);
items[i] = value;` }),
  ]),
  inst('STORE_SLICE', 38, 'v, container, start, stop --', { body: 'rt.setItem(container, rt.newSlice(start, stop, rt.None), v);' }),
  inst('DELETE_SUBSCR', 9, 'container, sub --', { body: 'rt.delItem(container, sub);' }),

  // ---- f-strings: CONVERT_VALUE applies !s, !r or !a (oparg 1, 2, 3), then FORMAT_* formats
  inst('CONVERT_VALUE', 60, 'value -- result', { flags: ['arg'], body: 'result = rt.convertValue(value, oparg);' }),
  inst('FORMAT_SIMPLE', 14, 'value -- res', { body: 'res = typeof value === \'string\' ? value : rt.format(value, \'\');' }),
  inst('FORMAT_WITH_SPEC', 15, 'value, fmt_spec -- res', { body: 'res = rt.format(value, fmt_spec);' }),

  // ---- intrinsics: rarely used operations by number (INTRINSIC_PRINT, …; see opargs.ts)
  inst('CALL_INTRINSIC_1', 55, 'value -- res', { flags: ['arg'], body: 'res = rt.intrinsic1(frame, oparg, value);' }),
  inst('CALL_INTRINSIC_2', 56, 'value2, value1 -- res', { flags: ['arg'], body: 'res = rt.intrinsic2(oparg, value2, value1);' }),
];
