// Operators: unary, truth testing, binary arithmetic, comparisons, membership, subscripts
// and slices, string formatting, and the intrinsic functions the compiler calls by number.
import { Definition, family, inst } from './define';

export const OPERATORS: readonly Definition[] = [
  // ---- unary
  inst('UNARY_NEGATIVE', 42, 'value -- res', { body: 'res = rt.unaryOp(value, \'-\');' }),
  inst('UNARY_NOT', 43, 'value -- res', { body: 'res = value !== true;' }),
  inst('UNARY_INVERT', 41, 'value -- res', { body: 'res = rt.unaryOp(value, \'~\');' }),

  // ---- truth: turns any value into a bool, ahead of the conditional jumps (which take bools)
  family(inst('TO_BOOL', 40, 'value -- res', { cache: 'counter/1, version/2', body: 'res = typeof value === \'boolean\' ? value : rt.isTrue(value);' }), [
    inst('TO_BOOL_ALWAYS_TRUE', 214, 'value -- res'),
    inst('TO_BOOL_BOOL', 215, 'value -- value'),
    inst('TO_BOOL_INT', 216, 'value -- res'),
    inst('TO_BOOL_LIST', 217, 'value -- res'),
    inst('TO_BOOL_NONE', 218, 'value -- res'),
    inst('TO_BOOL_STR', 219, 'value -- res'),
  ]),

  // ---- binary operators: the oparg selects the operator (NB_ADD, NB_INPLACE_ADD, …; see opargs.ts)
  family(inst('BINARY_OP', 45, 'lhs, rhs -- res', { flags: ['arg'], cache: 'counter/1', body: 'res = rt.binaryOp(lhs, rhs, oparg);' }), [
    inst('BINARY_OP_MULTIPLY_INT', 154, 'left, right -- res'),
    inst('BINARY_OP_ADD_INT', 151, 'left, right -- res'),
    inst('BINARY_OP_SUBTRACT_INT', 156, 'left, right -- res'),
    inst('BINARY_OP_MULTIPLY_FLOAT', 153, 'left, right -- res'),
    inst('BINARY_OP_ADD_FLOAT', 150, 'left, right -- res'),
    inst('BINARY_OP_SUBTRACT_FLOAT', 155, 'left, right -- res'),
    inst('BINARY_OP_ADD_UNICODE', 152, 'left, right -- res'),
    // `s += t` on a str local followed by STORE_FAST to that local: appends in place and
    // performs the store itself, skipping the STORE_FAST, so it pushes nothing. Reading that
    // local is why it alone has the 'local' flag.
    inst('BINARY_OP_INPLACE_ADD_UNICODE', 3, 'left, right --', { flags: ['local'] }),
  ]),

  // ---- comparisons. COMPARE_OP's oparg is the operator (index into `dis.cmp_op`) shifted
  // left by five; bit 4 asks for the result converted to bool.
  family(inst('COMPARE_OP', 58, 'left, right -- res', { flags: ['arg'], cache: 'counter/1', body: `res = rt.richCompare(left, right, oparg >> 5);
if (oparg & 16) res = typeof res === 'boolean' ? res : rt.isTrue(res);` }), [
    inst('COMPARE_OP_FLOAT', 182, 'left, right -- res', { flags: ['arg'] }),
    inst('COMPARE_OP_INT', 183, 'left, right -- res', { flags: ['arg'] }),
    inst('COMPARE_OP_STR', 184, 'left, right -- res', { flags: ['arg'] }),
  ]),
  // `is` (oparg 0) and `is not` (oparg 1).
  inst('IS_OP', 76, 'left, right -- b', { flags: ['arg'], body: 'b = rt.isSame(left, right) !== (oparg === 1);' }),
  // `in` (oparg 0) and `not in` (oparg 1); `right` is the container.
  family(inst('CONTAINS_OP', 59, 'left, right -- b', { flags: ['arg'], cache: 'counter/1', body: 'b = rt.contains(right, left) !== (oparg === 1);' }), [
    inst('CONTAINS_OP_SET', 186, 'left, right -- b', { flags: ['arg'] }),
    inst('CONTAINS_OP_DICT', 185, 'left, right -- b', { flags: ['arg'] }),
  ]),

  // ---- subscripts and slices
  family(inst('BINARY_SUBSCR', 5, 'container, sub -- res', { cache: 'counter/1', body: 'res = rt.getItem(container, sub);' }), [
    inst('BINARY_SUBSCR_DICT', 157, 'dict, sub -- res'),
    // A Python __getitem__ runs as a pushed frame; its return value takes the result's place.
    inst('BINARY_SUBSCR_GETITEM', 158, 'container, sub -- unused'),
    inst('BINARY_SUBSCR_LIST_INT', 159, 'list, sub -- res'),
    inst('BINARY_SUBSCR_STR_INT', 160, 'str, sub -- res'),
    inst('BINARY_SUBSCR_TUPLE_INT', 161, 'tuple, sub -- res'),
  ]),
  inst('BINARY_SLICE', 4, 'container, start, stop -- res', { body: 'res = rt.getItem(container, rt.newSlice(start, stop, rt.None));' }),
  family(inst('STORE_SUBSCR', 39, 'v, container, sub --', { cache: 'counter/1', body: 'rt.setItem(container, sub, v);' }), [
    inst('STORE_SUBSCR_DICT', 212, 'value, dict, sub --'),
    inst('STORE_SUBSCR_LIST_INT', 213, 'value, list, sub --'),
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
