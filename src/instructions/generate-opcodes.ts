// Writes src/generated/opcodes.ts from the instruction set: the Opcode enum, names, flag
// bits, inline cache sizes and layouts, families and the deopt table, pseudo-instruction
// targets, the stack-effect switches, and the oparg enumerations of opargs.ts.
import { Flag, Instruction } from './define';
import {
  HAVE_ARGUMENT,
  INSTRUCTION_SET,
  InstructionInfo,
  InstructionSet,
  MAX_REAL_OPCODE,
  MIN_INSTRUMENTED_OPCODE,
  MIN_PSEUDO_OPCODE,
} from './index';
import { CMP_OPS, CONVERSIONS, FUNCTION_ATTRIBUTES, INTRINSIC_1, INTRINSIC_2, NB_OPS, RESUME_OPARGS } from './opargs';
import { countToTs, StackItem } from './stack-notation';

/** Lines are wrapped to this width where the generator packs lists. */
const WIDTH = 110;

/**
 * The bits of OPCODE_FLAGS. The six that CPython also has keep the values of its HAS_*_FLAG
 * (pycore_opcode_metadata.h), and Taipan's own start at bit 16, so that the flags CPython
 * derives from instruction bodies can take CPython's values too once bodies are defined here.
 */
const FLAG_BITS: readonly (readonly [string, number, string])[] = [
  ['Arg', 1 << 0, 'Reads its oparg (`dis.hasarg`).'],
  ['Const', 1 << 1, 'The oparg indexes co_consts (`dis.hasconst`).'],
  ['Name', 1 << 2, 'The oparg indexes co_names, maybe shifted (`dis.hasname`).'],
  ['Jump', 1 << 3, 'The oparg is a relative jump (`dis.hasjump`, `dis.hasjrel`).'],
  ['Free', 1 << 4, 'The oparg indexes cells and free variables (`dis.hasfree`).'],
  ['Local', 1 << 5, 'The oparg indexes fast locals (`dis.haslocal`).'],
  ['Exc', 1 << 16, 'Sets up an exception handler at its jump target (`dis.hasexc`).'],
  ['Unconditional', 1 << 17, 'Always jumps.'],
  ['ScopeExit', 1 << 18, 'Returns or raises out of the frame.'],
  ['Assembler', 1 << 19, 'Only the assembler emits it, resolving a pseudo jump.'],
  ['Backward', 1 << 20, 'A jump whose oparg counts backward.'],
  ['Specialized', 1 << 21, 'A family member: only specialization writes it.'],
  ['Instrumented', 1 << 22, 'An instrumented instruction (monitoring).'],
  ['Pseudo', 1 << 23, 'A pseudo-instruction: never in bytecode.'],
  ['Valid', 1 << 24, 'CPython has metadata for it (`_opcode.is_valid`): all but INSTRUMENTED_LINE.'],
];

const FLAG_OF: Readonly<Record<Flag, string>> = {
  arg: 'Arg',
  const: 'Const',
  name: 'Name',
  jump: 'Jump',
  free: 'Free',
  local: 'Local',
  exc: 'Exc',
  unconditional: 'Unconditional',
  'scope-exit': 'ScopeExit',
  assembler: 'Assembler',
};

function bitOf(name: string): number {
  const entry = FLAG_BITS.find(([n]) => n === name);
  if (!entry) throw new Error(`no flag bit ${name}`);
  return entry[1];
}

/** The OpFlag names of one instruction, in bit order. */
function flagNames(info: InstructionInfo): string[] {
  const names = new Set(info.def.flags.map((f) => FLAG_OF[f]));
  if (info.def.jump === 'backward') names.add('Backward');
  if (info.kind === 'specialized') names.add('Specialized');
  if (info.kind === 'instrumented') names.add('Instrumented');
  if (info.kind === 'pseudo') names.add('Pseudo');
  if (info.stack !== null) names.add('Valid');
  return [...names].sort((a, b) => bitOf(a) - bitOf(b));
}

/** Packs items into lines of at most WIDTH characters, each line indented. */
function wrap(items: readonly string[], indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line !== '' && indent.length + line.length + 1 + item.length > WIDTH) {
      lines.push(indent + line);
      line = '';
    }
    line = line === '' ? item : `${line} ${item}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

/** Opcode.X references, packed into lines. */
function opcodeList(defs: readonly Instruction[], indent: string): string[] {
  return wrap(
    defs.map((d) => `Opcode.${d.name},`),
    indent,
  );
}

/** Groups instructions by a key, keeping the first appearance order of keys. */
function groupBy<K>(infos: readonly InstructionInfo[], key: (i: InstructionInfo) => K): Map<K, InstructionInfo[]> {
  const groups = new Map<K, InstructionInfo[]>();
  for (const info of infos) {
    const k = key(info);
    const list = groups.get(k);
    if (list) list.push(info);
    else groups.set(k, [info]);
  }
  return groups;
}

function jsString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

// ------------------------------------------------------------------ sections

function opcodeEnum(set: InstructionSet): string[] {
  const out = [
    '/** Every opcode of CPython 3.13, with its number: real ones, then pseudo-instructions from 256. */',
    'export const enum Opcode {',
  ];
  for (const info of set.instructions) {
    const def = info.def;
    let note = '';
    if (info.kind === 'specialized') note = ` // ${info.deopt.name} family`;
    else if (info.kind === 'instrumented') note = def.instruments ? ` // instruments ${def.instruments}` : '';
    else if (info.kind === 'pseudo') note = ` // pseudo: becomes ${def.targets!.join(' or ')}`;
    out.push(`  ${def.name} = ${def.opcode},${note}`);
  }
  out.push('}', '');
  return out;
}

function constants(set: InstructionSet): string[] {
  const count = set.instructions[set.instructions.length - 1].def.opcode + 1;
  return [
    '/** Real opcodes below this take no oparg. */',
    `export const HAVE_ARGUMENT = ${HAVE_ARGUMENT};`,
    '/** Instrumented instructions are numbered from here to MAX_REAL_OPCODE. */',
    `export const MIN_INSTRUMENTED_OPCODE = ${MIN_INSTRUMENTED_OPCODE};`,
    '/** The highest opcode that can appear in bytecode. */',
    `export const MAX_REAL_OPCODE = ${MAX_REAL_OPCODE};`,
    '/** Pseudo-instructions are numbered from here. */',
    `export const MIN_PSEUDO_OPCODE = ${MIN_PSEUDO_OPCODE};`,
    '/** One more than the highest opcode: the length of the per-opcode tables. */',
    `export const OPCODE_COUNT = ${count};`,
    '',
  ];
}

function names(set: InstructionSet): string[] {
  const count = set.instructions[set.instructions.length - 1].def.opcode + 1;
  const byOpcode = new Map(set.instructions.map((i) => [i.def.opcode, i.def.name] as const));
  const all: string[] = [];
  for (let op = 0; op < count; op++) all.push(jsString(byOpcode.get(op) ?? `<${op}>`));
  return [
    '/** The name of each opcode, and `<n>` for a number no instruction has (as `dis.opname` writes it). */',
    'export const OPCODE_NAMES: readonly string[] = [',
    ...wrap(all.map((n) => `${n},`), '  '),
    '];',
    '',
    '/** Each instruction by name. */',
    'export const OPMAP: ReadonlyMap<string, Opcode> = new Map(',
    "  OPCODE_NAMES.flatMap((name, op) => (name.startsWith('<') ? [] : [[name, op as Opcode] as const])),",
    ');',
    '',
  ];
}

function flags(set: InstructionSet): string[] {
  const out = ['/** The bits of OPCODE_FLAGS. */', 'export const enum OpFlag {'];
  for (const [name, bit, doc] of FLAG_BITS) {
    out.push(`  /** ${doc} */`);
    out.push(`  ${name} = 0x${bit.toString(16)},`);
  }
  out.push('}', '');
  out.push('/** The OpFlag bits of each opcode. */');
  out.push('export const OPCODE_FLAGS: Uint32Array = perOpcode(Uint32Array, [');
  const groups = groupBy(set.instructions, (i) => flagNames(i).join(' | '));
  for (const [key, infos] of groups) {
    if (key === '') continue;
    const value = key
      .split(' | ')
      .map((n) => `OpFlag.${n}`)
      .join(' | ');
    out.push(`  [${value}, [`);
    out.push(...opcodeList(infos.map((i) => i.def), '    '));
    out.push('  ]],');
  }
  out.push(']);', '');
  return out;
}

function caches(set: InstructionSet): string[] {
  const out = [
    '/**',
    ' * Code units of inline cache that follow each instruction in the bytecode: a family member',
    " * has its head's, an instrumented instruction its base's (CPython's `_PyOpcode_Caches` lists",
    ' * only the owners, `dis._inline_cache_entries` only by head name).',
    ' */',
    'export const CACHE_ENTRIES: Uint8Array = perOpcode(Uint8Array, [',
  ];
  const groups = groupBy(
    set.instructions.filter((i) => i.cacheSize > 0),
    (i) => i.cacheSize,
  );
  for (const [size, infos] of [...groups].sort((a, b) => a[0] - b[0])) {
    out.push(`  [${size}, [`);
    out.push(...opcodeList(infos.map((i) => i.def), '    '));
    out.push('  ]],');
  }
  out.push(']);', '');
  out.push('/** The named entries of each inline cache, first to last, with their sizes in code units (`dis._cache_format`). */');
  out.push('export const CACHE_FORMAT: { readonly [opcode: number]: readonly (readonly [string, number])[] | undefined } = {');
  for (const info of set.instructions) {
    if (info.def.cache.length === 0) continue;
    const entries = info.def.cache.map((e) => `[${jsString(e.name)}, ${e.size}]`).join(', ');
    out.push(`  [Opcode.${info.def.name}]: [${entries}],`);
  }
  out.push('};', '');
  return out;
}

function families(set: InstructionSet): string[] {
  const out = [
    "/** Each family's specialized members by head, in CPython's order (`dis._specializations`). */",
    'export const FAMILIES: { readonly [head: number]: readonly Opcode[] | undefined } = {',
  ];
  for (const f of set.families) {
    out.push(`  [Opcode.${f.head.name}]: [`);
    out.push(...opcodeList(f.members, '    '));
    out.push('  ],');
  }
  out.push('};', '');
  out.push(
    "/** The opcode each one deoptimizes to: a family member's head, and itself for all others (`_PyOpcode_Deopt`). */",
    'export const DEOPT: Uint16Array = (() => {',
    '  const table = new Uint16Array(OPCODE_COUNT);',
    '  for (let op = 0; op < OPCODE_COUNT; op++) table[op] = op;',
    '  for (const head in FAMILIES) for (const member of FAMILIES[head]!) table[member] = Number(head);',
    '  return table;',
    '})();',
    '',
    '/** The family heads that specialize themselves, their adaptive counter in their first cache unit. */',
    'export const ADAPTIVE: ReadonlySet<Opcode> = new Set([',
    ...opcodeList(set.families.map((f) => f.head).filter((h) => h.specialize !== null), '  '),
    ']);',
    '',
  );
  return out;
}

function relations(set: InstructionSet): string[] {
  const out = [
    "/** The real instructions each pseudo-instruction may become (`_PyOpcode_PseudoTargets`). */",
    'export const PSEUDO_TARGETS: { readonly [opcode: number]: readonly Opcode[] | undefined } = {',
  ];
  for (const info of set.instructions) {
    if (info.def.targets === null) continue;
    out.push(`  [Opcode.${info.def.name}]: [${info.def.targets.map((t) => `Opcode.${t}`).join(', ')}],`);
  }
  out.push('};', '');
  out.push('/** The instruction each instrumented one stands in for. */');
  out.push('export const INSTRUMENTED_BASE: { readonly [opcode: number]: Opcode | undefined } = {');
  for (const info of set.instructions) {
    if (info.def.instruments === null) continue;
    out.push(`  [Opcode.${info.def.name}]: Opcode.${info.def.instruments},`);
  }
  out.push('};', '');
  return out;
}

/** A switch from opcode to a count of stack items, grouped by the count's expression. */
function countSwitch(set: InstructionSet, name: string, doc: string, side: (i: InstructionInfo) => readonly StackItem[] | null): string[] {
  const out = [`/** ${doc} */`, `export function ${name}(opcode: Opcode, oparg: number): number {`, '  switch (opcode) {'];
  const groups = groupBy(set.instructions, (i) => {
    const items = side(i);
    return items === null ? '-1' : countToTs(items);
  });
  const ordered = [...groups].sort((a, b) => a[1][0].def.opcode - b[1][0].def.opcode);
  for (const [expr, infos] of ordered) {
    out.push(...wrap(infos.map((i) => `case Opcode.${i.def.name}:`), '    '));
    out.push(`      return ${expr};`);
  }
  out.push('    default:', '      return unknownOpcode(opcode);', '  }', '}', '');
  return out;
}

function stackEffects(set: InstructionSet): string[] {
  return [
    ...countSwitch(
      set,
      'numPopped',
      'How many values the instruction takes from the stack, counting those it only peeks at; -1 where it has no stack effect.',
      (i) => i.stack?.inputs ?? null,
    ),
    ...countSwitch(
      set,
      'numPushed',
      'How many values the instruction leaves in their place, counting the peeked ones; -1 where it has no stack effect.',
      (i) => i.stack?.outputs ?? null,
    ),
    '/**',
    ' * The net change of stack depth, as `dis.stack_effect` computes it: `jump` true for the path',
    ' * that jumps (into the handler, for the SETUP_* pseudo-instructions), false for the one that',
    ' * falls through, and undefined for the larger of the two. Unlike `dis.stack_effect`, it also',
    ' * answers for specialized instructions.',
    ' */',
    'export function stackEffect(opcode: Opcode, oparg: number, jump?: boolean): number {',
    '  const popped = numPopped(opcode, oparg);',
    '  const pushed = numPushed(opcode, oparg);',
    '  if (popped < 0 || pushed < 0) throw new RangeError(`${OPCODE_NAMES[opcode]} has no stack effect`);',
    '  // A handler set-up changes the stack only on the way into its handler.',
    '  if (jump === false && (OPCODE_FLAGS[opcode] & OpFlag.Exc) !== 0) return 0;',
    '  return pushed - popped;',
    '}',
    '',
  ];
}

/** A const enum of oparg values and the table of what `dis` prints for each. */
function opargEnum(name: string, doc: string, members: readonly (readonly [string, number])[]): string[] {
  return [`/** ${doc} */`, `export const enum ${name} {`, ...members.map(([n, v]) => `  ${n} = ${v},`), '}', ''];
}

function opargTable(name: string, doc: string, values: readonly string[]): string[] {
  return [`/** ${doc} */`, `export const ${name}: readonly string[] = [`, ...wrap(values.map((v) => `${jsString(v)},`), '  '), '];', ''];
}

function opargs(): string[] {
  return [
    '// ---- oparg values',
    '',
    ...opargEnum('NbOp', "BINARY_OP's oparg.", NB_OPS.map(([n], i) => [n, i] as const)),
    ...opargTable('NB_OP_SYMBOLS', 'The operator of each NbOp, as `dis` prints it.', NB_OPS.map(([, s]) => s)),
    ...opargEnum('Intrinsic1', "CALL_INTRINSIC_1's oparg.", INTRINSIC_1.map((n, i) => [n, i] as const)),
    ...opargTable('INTRINSIC_1_NAMES', 'The name `dis` prints for each Intrinsic1.', INTRINSIC_1),
    ...opargEnum('Intrinsic2', "CALL_INTRINSIC_2's oparg.", INTRINSIC_2.map((n, i) => [n, i] as const)),
    ...opargTable('INTRINSIC_2_NAMES', 'The name `dis` prints for each Intrinsic2.', INTRINSIC_2),
    ...opargEnum('CmpOp', "COMPARE_OP's oparg >> 5.", CMP_OPS.map(([n], i) => [n, i] as const)),
    ...opargTable('CMP_OP', 'The operator of each CmpOp (`dis.cmp_op`).', CMP_OPS.map(([, s]) => s)),
    ...opargEnum('FunctionAttr', "SET_FUNCTION_ATTRIBUTE's oparg.", FUNCTION_ATTRIBUTES.map(([n, , v]) => [n, v] as const)),
    ...opargTable(
      'FUNCTION_ATTR_FLAGS',
      'The name `dis` prints for each FunctionAttr, by bit position (`dis.FUNCTION_ATTR_FLAGS`).',
      FUNCTION_ATTRIBUTES.map(([, s]) => s),
    ),
    ...opargEnum('Conversion', "CONVERT_VALUE's oparg.", CONVERSIONS.map(([n], i) => [n, i] as const)),
    ...opargTable('CONVERSION_NAMES', 'The name `dis` prints for each Conversion.', CONVERSIONS.map(([, s]) => s)),
    ...opargEnum('ResumeOparg', "RESUME's oparg: the location in the low two bits, and a depth bit.", RESUME_OPARGS),
  ];
}

export function generateOpcodes(set: InstructionSet = INSTRUCTION_SET): string {
  return [
    '// Generated by scripts/generate.ts from src/instructions/ — do not edit.',
    "// CPython 3.13's instruction set: opcodes, names, flags, inline caches, families, stack effects.",
    '',
    ...opcodeEnum(set),
    ...constants(set),
    ...names(set),
    ...flags(set),
    ...caches(set),
    ...families(set),
    ...relations(set),
    ...stackEffects(set),
    ...opargs(),
    '/** A table indexed by opcode, from groups of opcodes that share a value (0 for the rest). */',
    'function perOpcode<T extends Uint8Array | Uint32Array>(',
    '  make: new (length: number) => T,',
    '  groups: readonly (readonly [number, readonly Opcode[]])[],',
    '): T {',
    '  const table = new make(OPCODE_COUNT);',
    '  for (const [value, opcodes] of groups) for (const op of opcodes) table[op] = value;',
    '  return table;',
    '}',
    '',
    'function unknownOpcode(opcode: never): never {',
    '  throw new RangeError(`unknown opcode ${String(opcode)}`);',
    '}',
    '',
  ].join('\n');
}
