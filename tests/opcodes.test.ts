// The generated opcode tables (src/generated/opcodes.ts) against CPython 3.13, entry by entry:
// tests/data/opcodes.json holds what `dis`, `opcode`, `_opcode` and CPython's installed
// opcode metadata headers say (scripts/generate-opcode-expectations.py). Then the stack
// notation and the rules of src/instructions/ on small made-up definitions.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CACHE_ENTRIES,
  CACHE_FORMAT,
  CMP_OP,
  CmpOp,
  CONVERSION_NAMES,
  DEOPT,
  FAMILIES,
  FUNCTION_ATTR_FLAGS,
  FunctionAttr,
  HAVE_ARGUMENT,
  INSTRUMENTED_BASE,
  Intrinsic1,
  Intrinsic2,
  INTRINSIC_1_NAMES,
  INTRINSIC_2_NAMES,
  MAX_REAL_OPCODE,
  MIN_INSTRUMENTED_OPCODE,
  MIN_PSEUDO_OPCODE,
  NB_OP_SYMBOLS,
  NbOp,
  numPopped,
  numPushed,
  Opcode,
  OPCODE_COUNT,
  OPCODE_FLAGS,
  OPCODE_NAMES,
  OpFlag,
  OPMAP,
  PSEUDO_TARGETS,
  ResumeOparg,
  stackEffect,
} from '../src/generated/opcodes';
import { family, inst, instrumented, pseudo } from '../src/instructions/define';
import { generateOpcodes } from '../src/instructions/generate-opcodes';
import { buildInstructionSet } from '../src/instructions/index';
import { CMP_OPS, CONVERSIONS, FUNCTION_ATTRIBUTES, INTRINSIC_1, INTRINSIC_2, NB_OPS, RESUME_OPARGS } from '../src/instructions/opargs';
import { countItems, countToTs, parseStackEffect } from '../src/instructions/stack-notation';
import { readDataFile } from './data-files';

interface OpcodeData {
  version: string;
  opmap: Record<string, number>;
  specialized_opmap: Record<string, number>;
  opname: string[];
  HAVE_ARGUMENT: number;
  EXTENDED_ARG: number;
  MIN_INSTRUMENTED_OPCODE: number;
  hasarg: number[];
  hasconst: number[];
  hasname: number[];
  hasjump: number[];
  hasjrel: number[];
  hasjabs: number[];
  haslocal: number[];
  hasfree: number[];
  hasexc: number[];
  backward_jumps: string[];
  inline_cache_entries: Record<string, number>;
  cache_format: Record<string, Record<string, number>>;
  specializations: Record<string, string[]>;
  cmp_op: string[];
  nb_ops: [string, string][];
  intrinsic_1_descs: string[];
  intrinsic_2_descs: string[];
  function_attr_flags: string[];
  convert_value_argreprs: [number, string][];
  opargs: number[];
  /** [name, oparg or null, effect for jump=None, True, False]; null where dis.stack_effect raises. */
  stack_effect: [string, number | null, number | null, number | null, number | null][];
  predicates: Record<string, Record<'arg' | 'const' | 'name' | 'jump' | 'free' | 'local' | 'exc', boolean>>;
  header: {
    num_popped_pushed: Record<string, [number, number, number][]>;
    metadata: Record<string, { valid: boolean; format: string; flags: string[] }>;
    caches: Record<string, number>;
    deopt: Record<string, string>;
    pseudo_targets: Record<string, string[]>;
    block_push: string[];
    backwards_jump: string[];
    unconditional_jump: string[];
    scope_exit: string[];
    assembler_only: string[];
    max_real_opcode: number;
    make_function_flags: Record<string, number>;
    resume_opargs: Record<string, number>;
  };
}

const data = readDataFile<OpcodeData>('opcodes.json');

/** Every instruction CPython names, real, specialized and pseudo. */
const ALL_NAMES: Record<string, number> = { ...data.opmap, ...data.specialized_opmap };

function opcodeOf(name: string): Opcode {
  const op = OPMAP.get(name);
  assert.notEqual(op, undefined, `no opcode ${name}`);
  return op!;
}

function has(op: number, flag: OpFlag): boolean {
  return (OPCODE_FLAGS[op] & flag) !== 0;
}

/** The names of the opcodes of `dis.opmap` with a flag, sorted. */
function opmapWith(flag: OpFlag): number[] {
  return Object.values(data.opmap)
    .filter((op) => has(op, flag))
    .sort((a, b) => a - b);
}

function sorted(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

test('the data is CPython 3.13.0', () => {
  assert.equal(data.version, '3.13.0');
});

test('opcode numbers and names are CPython’s', () => {
  for (const [name, op] of Object.entries(ALL_NAMES)) {
    assert.equal(OPCODE_NAMES[op], name, `opcode ${op}`);
    assert.equal(OPMAP.get(name), op, name);
  }
  assert.deepEqual([...OPMAP.keys()].sort(), Object.keys(ALL_NAMES).sort(), 'the same instructions, no more');
  assert.equal(OPCODE_COUNT, data.opname.length);
  assert.equal(OPCODE_NAMES.length, data.opname.length);
  // dis.opname leaves specialized instructions out, as `<n>`; we name them.
  for (let op = 0; op < data.opname.length; op++) {
    const expected = data.opname[op];
    const specialized = Object.entries(data.specialized_opmap).find(([, n]) => n === op);
    assert.equal(OPCODE_NAMES[op], specialized ? specialized[0] : expected, `opname[${op}]`);
  }
  // A few through the const enum itself, which the compiler will switch on.
  assert.equal(Opcode.LOAD_ATTR_INSTANCE_VALUE, data.specialized_opmap.LOAD_ATTR_INSTANCE_VALUE);
  assert.equal(Opcode.EXTENDED_ARG, data.EXTENDED_ARG);
  assert.equal(Opcode.STORE_FAST_MAYBE_NULL, data.opmap.STORE_FAST_MAYBE_NULL);
});

test('numbering constants', () => {
  assert.equal(HAVE_ARGUMENT, data.HAVE_ARGUMENT);
  assert.equal(MIN_INSTRUMENTED_OPCODE, data.MIN_INSTRUMENTED_OPCODE);
  assert.equal(MAX_REAL_OPCODE, data.header.max_real_opcode);
  assert.equal(MIN_PSEUDO_OPCODE, Math.min(...Object.keys(data.header.pseudo_targets).map((n) => ALL_NAMES[n])));
});

test('dis.has* lists', () => {
  assert.deepEqual(opmapWith(OpFlag.Arg), sorted(data.hasarg), 'hasarg');
  assert.deepEqual(opmapWith(OpFlag.Const), sorted(data.hasconst), 'hasconst');
  assert.deepEqual(opmapWith(OpFlag.Name), sorted(data.hasname), 'hasname');
  assert.deepEqual(opmapWith(OpFlag.Jump), sorted(data.hasjump), 'hasjump');
  assert.deepEqual(opmapWith(OpFlag.Jump), sorted(data.hasjrel), 'hasjrel: every jump is relative');
  assert.deepEqual(data.hasjabs, [], 'hasjabs');
  assert.deepEqual(opmapWith(OpFlag.Local), sorted(data.haslocal), 'haslocal');
  assert.deepEqual(opmapWith(OpFlag.Free), sorted(data.hasfree), 'hasfree');
  assert.deepEqual(opmapWith(OpFlag.Exc), sorted(data.hasexc), 'hasexc');
  const backward = data.hasjump.filter((op) => has(op, OpFlag.Backward)).map((op) => OPCODE_NAMES[op]);
  assert.deepEqual(backward.sort(), [...data.backward_jumps].sort(), 'backward jumps');
});

test('_opcode.is_valid and _opcode.has_* for every opcode, specialized ones included', () => {
  const bits = {
    arg: OpFlag.Arg,
    const: OpFlag.Const,
    name: OpFlag.Name,
    jump: OpFlag.Jump,
    free: OpFlag.Free,
    local: OpFlag.Local,
    exc: OpFlag.Exc,
  } as const;
  for (let op = 0; op < 512; op++) {
    const expected = data.predicates[String(op)];
    const valid = op < OPCODE_COUNT && has(op, OpFlag.Valid);
    assert.equal(valid, expected !== undefined, `is_valid(${op})`);
    if (!expected) continue;
    for (const [key, bit] of Object.entries(bits)) {
      assert.equal(has(op, bit), expected[key as keyof typeof bits], `has_${key}(${OPCODE_NAMES[op]})`);
    }
  }
});

test('flags and instruction formats of pycore_opcode_metadata.h', () => {
  // CPython's HAS_*_FLAG values, which OpFlag keeps for the flags both have.
  const cpythonBits: Record<string, number> = {
    HAS_ARG_FLAG: 1,
    HAS_CONST_FLAG: 2,
    HAS_NAME_FLAG: 4,
    HAS_JUMP_FLAG: 8,
    HAS_FREE_FLAG: 16,
    HAS_LOCAL_FLAG: 32,
  };
  for (const [name, { valid, format, flags }] of Object.entries(data.header.metadata)) {
    const op = opcodeOf(name);
    assert.ok(valid && has(op, OpFlag.Valid), name);
    const expected = flags.reduce((bits, f) => bits | (cpythonBits[f] ?? 0), 0);
    assert.equal(OPCODE_FLAGS[op] & 0x3f, expected, `${name} flags`);
    if (format === '-1') {
      assert.ok(has(op, OpFlag.Pseudo), `${name} has no format: a pseudo-instruction`);
      continue;
    }
    // INSTR_FMT_I + B (takes an oparg) or X + one C or 0 per cache code unit.
    const m = /^INSTR_FMT_I([BX])([C0]*)$/.exec(format);
    assert.ok(m, format);
    assert.equal(m[1] === 'B', has(op, OpFlag.Arg), `${name} format ${format}`);
    assert.equal(CACHE_ENTRIES[op], m[2].length, `${name} cache units per format ${format}`);
  }
});

test('inline caches: sizes and named entries', () => {
  for (const [name, size] of Object.entries(data.inline_cache_entries)) {
    assert.equal(CACHE_ENTRIES[opcodeOf(name)], size, name);
  }
  for (const [name, size] of Object.entries(data.header.caches)) {
    assert.equal(CACHE_ENTRIES[opcodeOf(name)], size, `_PyOpcode_Caches[${name}]`);
  }
  for (const [name, op] of Object.entries(ALL_NAMES)) {
    // Others have no cache, but for members and instrumented instructions, which keep their
    // head's or base's (checked through the instruction formats above).
    if (name in data.inline_cache_entries || has(op, OpFlag.Specialized) || has(op, OpFlag.Instrumented)) continue;
    assert.equal(CACHE_ENTRIES[op], 0, name);
  }
  const owners = Object.keys(CACHE_FORMAT).map((op) => OPCODE_NAMES[Number(op)]);
  assert.deepEqual(owners.sort(), Object.keys(data.cache_format).sort());
  for (const [name, entries] of Object.entries(data.cache_format)) {
    assert.deepEqual(CACHE_FORMAT[opcodeOf(name)], Object.entries(entries), name);
  }
});

test('families and the deopt table', () => {
  const heads = Object.keys(FAMILIES).map((op) => OPCODE_NAMES[Number(op)]);
  assert.deepEqual(heads.sort(), Object.keys(data.specializations).sort());
  for (const [head, members] of Object.entries(data.specializations)) {
    assert.deepEqual(
      FAMILIES[opcodeOf(head)]!.map((op) => OPCODE_NAMES[op]),
      members,
      `members of ${head}, in CPython's order`,
    );
  }
  for (const [name, target] of Object.entries(data.header.deopt)) {
    assert.equal(OPCODE_NAMES[DEOPT[opcodeOf(name)]], target, `_PyOpcode_Deopt[${name}]`);
  }
  for (const [name, op] of Object.entries(ALL_NAMES)) {
    assert.equal(has(op, OpFlag.Specialized), name in data.specialized_opmap, `${name} is specialized`);
    if (!(name in data.header.deopt)) assert.equal(DEOPT[op], op, `${name} deoptimizes to itself`);
  }
});

test('pseudo-instructions and their targets', () => {
  const pseudos = Object.values(ALL_NAMES).filter((op) => has(op, OpFlag.Pseudo));
  assert.deepEqual(pseudos.map((op) => OPCODE_NAMES[op]).sort(), Object.keys(data.header.pseudo_targets).sort());
  for (const [name, targets] of Object.entries(data.header.pseudo_targets)) {
    assert.deepEqual(
      PSEUDO_TARGETS[opcodeOf(name)]!.map((op) => OPCODE_NAMES[op]),
      targets,
      name,
    );
  }
});

test('flow-graph predicates of pycore_opcode_utils.h', () => {
  const withFlag = (flag: OpFlag): string[] =>
    Object.entries(ALL_NAMES)
      .filter(([, op]) => has(op, flag))
      .map(([name]) => name)
      .sort();
  assert.deepEqual(withFlag(OpFlag.Exc), data.header.block_push, 'IS_BLOCK_PUSH_OPCODE');
  assert.deepEqual(withFlag(OpFlag.Backward), data.header.backwards_jump, 'IS_BACKWARDS_JUMP_OPCODE');
  assert.deepEqual(withFlag(OpFlag.Unconditional), data.header.unconditional_jump, 'IS_UNCONDITIONAL_JUMP_OPCODE');
  assert.deepEqual(withFlag(OpFlag.ScopeExit), data.header.scope_exit, 'IS_SCOPE_EXIT_OPCODE');
  assert.deepEqual(withFlag(OpFlag.Assembler), data.header.assembler_only, 'IS_ASSEMBLER_OPCODE');
});

test('instrumented instructions keep their base’s cache', () => {
  for (let op = MIN_INSTRUMENTED_OPCODE; op <= MAX_REAL_OPCODE; op++) {
    assert.ok(has(op, OpFlag.Instrumented), OPCODE_NAMES[op]);
    const base = INSTRUMENTED_BASE[op];
    if (base !== undefined) assert.equal(CACHE_ENTRIES[op], CACHE_ENTRIES[base], OPCODE_NAMES[op]);
  }
});

test('dis.stack_effect for every instruction of dis.opmap', () => {
  assert.ok(data.stack_effect.length > 1000);
  for (const [name, oparg, either, jump, noJump] of data.stack_effect) {
    const op = opcodeOf(name);
    const arg = oparg ?? 0;
    const where = `${name} ${oparg ?? ''}`;
    if (either === null) {
      assert.throws(() => stackEffect(op, arg), RangeError, where);
      continue;
    }
    assert.equal(stackEffect(op, arg), either, `${where} jump=None`);
    assert.equal(stackEffect(op, arg, true), jump, `${where} jump=True`);
    assert.equal(stackEffect(op, arg, false), noJump, `${where} jump=False`);
  }
});

test('popped and pushed counts of every instruction, specialized ones included', () => {
  for (const [name, rows] of Object.entries(data.header.num_popped_pushed)) {
    const op = opcodeOf(name);
    for (const [oparg, popped, pushed] of rows) {
      assert.equal(numPopped(op, oparg), popped, `_PyOpcode_num_popped(${name}, ${oparg})`);
      assert.equal(numPushed(op, oparg), pushed, `_PyOpcode_num_pushed(${name}, ${oparg})`);
    }
  }
  // The header leaves out pseudo-instructions and INSTRUMENTED_LINE; dis.stack_effect covered
  // the former, and the latter has none.
  assert.equal(numPopped(Opcode.INSTRUMENTED_LINE, 0), -1);
});

test('oparg tables', () => {
  assert.deepEqual(NB_OPS, data.nb_ops);
  assert.deepEqual(NB_OP_SYMBOLS, data.nb_ops.map(([, s]) => s));
  assert.equal(NbOp.NB_INPLACE_XOR, data.nb_ops.findIndex(([n]) => n === 'NB_INPLACE_XOR'));
  assert.deepEqual(INTRINSIC_1, data.intrinsic_1_descs);
  assert.deepEqual(INTRINSIC_1_NAMES, data.intrinsic_1_descs);
  assert.equal(Intrinsic1.INTRINSIC_LIST_TO_TUPLE, data.intrinsic_1_descs.indexOf('INTRINSIC_LIST_TO_TUPLE'));
  assert.deepEqual(INTRINSIC_2, data.intrinsic_2_descs);
  assert.deepEqual(INTRINSIC_2_NAMES, data.intrinsic_2_descs);
  assert.equal(Intrinsic2.INTRINSIC_PREP_RERAISE_STAR, data.intrinsic_2_descs.indexOf('INTRINSIC_PREP_RERAISE_STAR'));
  assert.deepEqual(CMP_OP, data.cmp_op);
  assert.deepEqual(CMP_OPS.map(([, s]) => s), data.cmp_op);
  assert.equal(CMP_OP[CmpOp.Py_GE], '>=');
  assert.deepEqual(FUNCTION_ATTR_FLAGS, data.function_attr_flags);
  assert.deepEqual(Object.fromEntries(FUNCTION_ATTRIBUTES.map(([n, , v]) => [n, v])), data.header.make_function_flags);
  FUNCTION_ATTRIBUTES.forEach(([, , bit], i) => assert.equal(bit, 1 << i, 'FUNCTION_ATTR_FLAGS is by bit position'));
  assert.equal(FunctionAttr.MAKE_FUNCTION_CLOSURE, data.header.make_function_flags.MAKE_FUNCTION_CLOSURE);
  for (const [oparg, argrepr] of data.convert_value_argreprs) {
    assert.equal(CONVERSION_NAMES[oparg], argrepr);
    assert.equal(CONVERSIONS[oparg][1], argrepr);
  }
  assert.deepEqual(Object.fromEntries(RESUME_OPARGS), data.header.resume_opargs);
  assert.equal(ResumeOparg.RESUME_AFTER_AWAIT, data.header.resume_opargs.RESUME_AFTER_AWAIT);
});

// ------------------------------------------------------------------ the notation and the rules

test('stack notation: counts and the TypeScript they become', () => {
  const cases: [string, string, string][] = [
    ['left, right -- res', '2', '1'],
    ['callable, self_or_null, args[oparg] -- res', '2 + oparg', '1'],
    ['owner -- attr, null if (oparg & 1)', '1', '1 + (oparg & 1 ? 1 : 0)'],
    ['owner -- attr, self if (1)', '1', '2'],
    ['owner -- attr, unused if (0)', '1', '1'],
    ['start, stop, step if (oparg == 3) -- slice', '2 + (oparg === 3 ? 1 : 0)', '1'],
    ['values[oparg*2] -- map', 'oparg * 2', '1'],
    ['bottom, unused[oparg-1] -- bottom, unused[oparg-1], top', '1 + (oparg - 1)', '2 + (oparg - 1)'],
    ['seq -- left[oparg & 0xFF], unused, right[oparg >> 8]', '1', '1 + (oparg & 0xFF) + (oparg >> 8)'],
    ['--', '0', '0'],
  ];
  for (const [text, popped, pushed] of cases) {
    const effect = parseStackEffect(text, 'test');
    assert.equal(countToTs(effect.inputs), popped, text);
    assert.equal(countToTs(effect.outputs), pushed, text);
  }
  const unpack = parseStackEffect('seq -- left[oparg & 0xFF], unused, right[oparg >> 8]', 'test');
  assert.equal(countItems(unpack.outputs, 0x0203), 6);
  // C's precedence: == binds tighter than &, so this is oparg & (1 == 1).
  const precedence = parseStackEffect('x if (oparg & 1 == 1) --', 'test');
  assert.equal(countToTs(precedence.inputs), '(oparg & 1 === 1 ? 1 : 0)');
  assert.equal(countItems(precedence.inputs, 3), 1);
  for (const bad of ['a -- b -- c', 'a b -- c', 'x[oparg -- y', 'a, a -- b', 'x if oparg --']) {
    assert.throws(() => parseStackEffect(bad, 'test'), Error, bad);
  }
});

test('definition rules are enforced', () => {
  const ok = [inst('NOP', 30, '--'), inst('LOAD_FAST', 85, '-- value', { flags: ['arg', 'local'] })];
  assert.doesNotThrow(() => buildInstructionSet(ok));
  const broken: [string, Parameters<typeof buildInstructionSet>[0]][] = [
    ['a repeated opcode', [...ok, inst('OTHER', 30, '--')]],
    ['a repeated name', [...ok, inst('NOP', 31, '--')]],
    ['an oparg below HAVE_ARGUMENT', [inst('X', 3, '--', { flags: ['arg'] })]],
    ['a table flag without arg', [inst('X', 50, '--', { flags: ['name'] })]],
    ['a jump without direction', [inst('X', 50, '--', { flags: ['arg', 'jump'] })]],
    ['a member with its own cache', [family(inst('H', 50, 'a -- b', { cache: 'counter/1' }), [inst('M', 150, 'a -- b', { cache: 'counter/1' })])]],
    ['a real opcode at 256', [inst('X', 256, '--')]],
    ['a pseudo target that does not exist', [pseudo('P', 256, '--', ['NOWHERE'])]],
    ['an instrumented base that does not exist', [instrumented('INSTRUMENTED_X', 240, '--', 'NOWHERE')]],
    ['an instrumented number for a plain instruction', [inst('X', 240, '--')]],
    ['a bad stack effect', [inst('X', 50, 'a b -- c')]],
  ];
  for (const [why, defs] of broken) assert.throws(() => buildInstructionSet(defs), Error, why);
  assert.throws(() => inst('X', 50, '--', { cache: 'counter' }), Error, 'a cache entry without its size');
});

test('generated text for a small instruction set', () => {
  const set = buildInstructionSet([
    family(inst('BINARY_OP', 45, 'lhs, rhs -- res', { flags: ['arg'], cache: 'counter/1' }), [
      inst('BINARY_OP_ADD_INT', 151, 'left, right -- res'),
    ]),
    inst('BUILD_LIST', 47, 'values[oparg] -- list', { flags: ['arg'] }),
    pseudo('JUMP', 256, '--', ['BUILD_LIST'], { flags: ['arg', 'jump', 'unconditional'], jump: 'either' }),
  ]);
  const text = generateOpcodes(set);
  assert.ok(text.startsWith('// Generated by scripts/generate.ts from src/instructions/ — do not edit.\n'));
  for (const line of [
    '  BINARY_OP_ADD_INT = 151, // BINARY_OP family',
    '  JUMP = 256, // pseudo: becomes BUILD_LIST',
    'export const OPCODE_COUNT = 257;',
    '  [Opcode.BINARY_OP]: [[\'counter\', 1]],',
    '    case Opcode.BINARY_OP: case Opcode.BINARY_OP_ADD_INT:\n      return 2;',
    '    case Opcode.BUILD_LIST:\n      return oparg;',
    '  [OpFlag.Arg | OpFlag.Jump | OpFlag.Unconditional | OpFlag.Pseudo | OpFlag.Valid, [\n    Opcode.JUMP,\n  ]],',
    '  [1, [\n    Opcode.BINARY_OP, Opcode.BINARY_OP_ADD_INT,\n  ]],',
  ]) {
    assert.ok(text.includes(line), `missing:\n${line}`);
  }
});
