// What the oparg of an instruction stands for where it is a number from a fixed list: the
// operator of BINARY_OP and COMPARE_OP, the intrinsic of CALL_INTRINSIC_1/2, the attribute of
// SET_FUNCTION_ATTRIBUTE, the conversion of CONVERT_VALUE, the kind of RESUME. The compiler
// emits these numbers and `dis` prints their names, so both come from here.

/** BINARY_OP's oparg indexes this list: CPython's NB_* name and the operator `dis` shows. */
export const NB_OPS: readonly (readonly [string, string])[] = [
  ['NB_ADD', '+'],
  ['NB_AND', '&'],
  ['NB_FLOOR_DIVIDE', '//'],
  ['NB_LSHIFT', '<<'],
  ['NB_MATRIX_MULTIPLY', '@'],
  ['NB_MULTIPLY', '*'],
  ['NB_REMAINDER', '%'],
  ['NB_OR', '|'],
  ['NB_POWER', '**'],
  ['NB_RSHIFT', '>>'],
  ['NB_SUBTRACT', '-'],
  ['NB_TRUE_DIVIDE', '/'],
  ['NB_XOR', '^'],
  // The augmented assignments follow in the same order: NB_INPLACE_X is NB_X + 13.
  ['NB_INPLACE_ADD', '+='],
  ['NB_INPLACE_AND', '&='],
  ['NB_INPLACE_FLOOR_DIVIDE', '//='],
  ['NB_INPLACE_LSHIFT', '<<='],
  ['NB_INPLACE_MATRIX_MULTIPLY', '@='],
  ['NB_INPLACE_MULTIPLY', '*='],
  ['NB_INPLACE_REMAINDER', '%='],
  ['NB_INPLACE_OR', '|='],
  ['NB_INPLACE_POWER', '**='],
  ['NB_INPLACE_RSHIFT', '>>='],
  ['NB_INPLACE_SUBTRACT', '-='],
  ['NB_INPLACE_TRUE_DIVIDE', '/='],
  ['NB_INPLACE_XOR', '^='],
];

/** CALL_INTRINSIC_1's oparg indexes this list (0 is never emitted). */
export const INTRINSIC_1: readonly string[] = [
  'INTRINSIC_1_INVALID',
  // The interactive interpreter's display of an expression statement's value.
  'INTRINSIC_PRINT',
  'INTRINSIC_IMPORT_STAR',
  // Turns a StopIteration escaping a generator into RuntimeError (PEP 479).
  'INTRINSIC_STOPITERATION_ERROR',
  'INTRINSIC_ASYNC_GEN_WRAP',
  'INTRINSIC_UNARY_POSITIVE',
  'INTRINSIC_LIST_TO_TUPLE',
  'INTRINSIC_TYPEVAR',
  'INTRINSIC_PARAMSPEC',
  'INTRINSIC_TYPEVARTUPLE',
  'INTRINSIC_SUBSCRIPT_GENERIC',
  'INTRINSIC_TYPEALIAS',
];

/** CALL_INTRINSIC_2's oparg indexes this list (0 is never emitted). */
export const INTRINSIC_2: readonly string[] = [
  'INTRINSIC_2_INVALID',
  'INTRINSIC_PREP_RERAISE_STAR',
  'INTRINSIC_TYPEVAR_WITH_BOUND',
  'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS',
  'INTRINSIC_SET_FUNCTION_TYPE_PARAMS',
  'INTRINSIC_SET_TYPEPARAM_DEFAULT',
];

/**
 * COMPARE_OP's oparg shifted right by five indexes this list (`dis.cmp_op`): CPython's rich
 * comparison constant and the operator. Bit 4 of the oparg asks for the result as a bool.
 */
export const CMP_OPS: readonly (readonly [string, string])[] = [
  ['Py_LT', '<'],
  ['Py_LE', '<='],
  ['Py_EQ', '=='],
  ['Py_NE', '!='],
  ['Py_GT', '>'],
  ['Py_GE', '>='],
];

/**
 * SET_FUNCTION_ATTRIBUTE's oparg is one of these bits (as was MAKE_FUNCTION's before 3.13),
 * with the name `dis` prints for it (`dis.FUNCTION_ATTR_FLAGS`).
 */
export const FUNCTION_ATTRIBUTES: readonly (readonly [string, string, number])[] = [
  ['MAKE_FUNCTION_DEFAULTS', 'defaults', 0x01],
  ['MAKE_FUNCTION_KWDEFAULTS', 'kwdefaults', 0x02],
  ['MAKE_FUNCTION_ANNOTATIONS', 'annotations', 0x04],
  ['MAKE_FUNCTION_CLOSURE', 'closure', 0x08],
];

/** CONVERT_VALUE's oparg: the f-string conversion, with the name `dis` prints (none for 0). */
export const CONVERSIONS: readonly (readonly [string, string])[] = [
  ['FVC_NONE', ''],
  ['FVC_STR', 'str'],
  ['FVC_REPR', 'repr'],
  ['FVC_ASCII', 'ascii'],
];

/**
 * RESUME's oparg: where the frame resumes, in its low two bits, and whether a yield there sits
 * inside an exception handler (except-depth 1), in bit 2.
 */
export const RESUME_OPARGS: readonly (readonly [string, number])[] = [
  ['RESUME_AT_FUNC_START', 0],
  ['RESUME_AFTER_YIELD', 1],
  ['RESUME_AFTER_YIELD_FROM', 2],
  ['RESUME_AFTER_AWAIT', 3],
  ['RESUME_OPARG_LOCATION_MASK', 0x3],
  ['RESUME_OPARG_DEPTH1_MASK', 0x4],
];
