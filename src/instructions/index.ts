// The instruction set: every definition of this folder gathered in one place, checked for
// the rules a definition must keep, and indexed for the generators.
import { ATTRIBUTES } from './attributes';
import { CALLS } from './calls';
import { CONTAINERS } from './containers';
import { CONTROL_FLOW } from './control-flow';
import { Definition, Family, Flag, Instruction, isFamily } from './define';
import { EXCEPTIONS } from './exceptions';
import { GENERATORS } from './generators';
import { INSTRUMENTED } from './instrumented';
import { LOADS_STORES } from './loads-stores';
import { OPERATORS } from './operators';
import { PSEUDO } from './pseudo';
import { STACK } from './stack';
import { parseStackEffect, StackEffect } from './stack-notation';

/** Every definition, by area. */
export const DEFINITIONS: readonly Definition[] = [
  ...LOADS_STORES,
  ...ATTRIBUTES,
  ...OPERATORS,
  ...CONTAINERS,
  ...CALLS,
  ...CONTROL_FLOW,
  ...STACK,
  ...EXCEPTIONS,
  ...GENERATORS,
  ...INSTRUMENTED,
  ...PSEUDO,
];

/** Real opcodes below this take no oparg (CPython's numbering puts them first). */
export const HAVE_ARGUMENT = 44;
/** Instrumented instructions are numbered from here up to MAX_REAL_OPCODE. */
export const MIN_INSTRUMENTED_OPCODE = 236;
/** The highest opcode that can appear in bytecode; 255 stays unused. */
export const MAX_REAL_OPCODE = 254;
/** Pseudo-instructions are numbered from here. */
export const MIN_PSEUDO_OPCODE = 256;

/** How an instruction stands in the instruction set. */
export type Kind =
  /** A real instruction the compiler may emit: standalone, or the head of a family. */
  | 'base'
  /** A member of a family, which only specialization writes into the bytecode. */
  | 'specialized'
  | 'instrumented'
  | 'pseudo';

/** One instruction with what the generators derive from its definition. */
export interface InstructionInfo {
  readonly def: Instruction;
  readonly kind: Kind;
  /** The parsed stack effect; null where CPython defines none. */
  readonly stack: StackEffect | null;
  /** The family this instruction heads or belongs to. */
  readonly family: Family | null;
  /** The instruction a specialized one deoptimizes to: its family's head; itself otherwise. */
  readonly deopt: Instruction;
  /** Code units of inline cache after the instruction in the bytecode. */
  readonly cacheSize: number;
}

export interface InstructionSet {
  /** Ascending by opcode. */
  readonly instructions: readonly InstructionInfo[];
  /** In definition order. */
  readonly families: readonly Family[];
  readonly byName: ReadonlyMap<string, InstructionInfo>;
}

/** Flags that say how the oparg is read; only an instruction that has 'arg' may have them. */
const OPARG_FLAGS: readonly Flag[] = ['const', 'name', 'jump', 'local', 'free'];

function cacheUnits(def: Instruction): number {
  return def.cache.reduce((n, e) => n + e.size, 0);
}

/** Builds the instruction set from definitions, throwing on the first broken rule. */
export function buildInstructionSet(definitions: readonly Definition[]): InstructionSet {
  const families: Family[] = [];
  const kinds = new Map<Instruction, { kind: Kind; family: Family | null }>();
  for (const d of definitions) {
    if (isFamily(d)) {
      for (const i of [d.head, ...d.members]) {
        if (i.kind !== 'real') throw new Error(`${i.name}: only real instructions form families`);
      }
      families.push(d);
      kinds.set(d.head, { kind: 'base', family: d });
      for (const m of d.members) kinds.set(m, { kind: 'specialized', family: d });
    } else {
      kinds.set(d, { kind: d.kind === 'real' ? 'base' : d.kind, family: null });
    }
  }

  const byName = new Map<string, Instruction>();
  const byOpcode = new Map<number, Instruction>();
  for (const def of kinds.keys()) {
    if (byName.has(def.name)) throw new Error(`${def.name} is defined twice`);
    const clash = byOpcode.get(def.opcode);
    if (clash) throw new Error(`${def.name} and ${clash.name} share opcode ${def.opcode}`);
    byName.set(def.name, def);
    byOpcode.set(def.opcode, def);
  }

  const infos: InstructionInfo[] = [];
  for (const [def, { kind, family }] of kinds) {
    const fail = (why: string): never => {
      throw new Error(`${def.name}: ${why}`);
    };
    if (!/^[A-Z][A-Z0-9_]*$/.test(def.name)) fail('names are CPython instruction names');
    if (!Number.isInteger(def.opcode) || def.opcode < 0) fail('bad opcode');
    if (kind === 'pseudo' ? def.opcode < MIN_PSEUDO_OPCODE : def.opcode > MAX_REAL_OPCODE) {
      fail(`opcode ${def.opcode} is out of range for a ${kind} instruction`);
    }
    if ((kind === 'instrumented') !== (def.opcode >= MIN_INSTRUMENTED_OPCODE && def.opcode <= MAX_REAL_OPCODE)) {
      fail(`instrumented instructions, and only they, are numbered ${MIN_INSTRUMENTED_OPCODE}..${MAX_REAL_OPCODE}`);
    }
    const has = (f: Flag): boolean => def.flags.includes(f);
    if (new Set(def.flags).size !== def.flags.length) fail('a flag is repeated');
    if (kind !== 'pseudo' && def.opcode < HAVE_ARGUMENT && has('arg')) fail(`opcodes below ${HAVE_ARGUMENT} take no oparg`);
    if (kind !== 'specialized') {
      // A specialized body may read a table without the oparg (BINARY_OP_INPLACE_ADD_UNICODE
      // finds its local through the next instruction); everything else reads through it.
      for (const f of OPARG_FLAGS) if (has(f) && !has('arg')) fail(`'${f}' needs 'arg'`);
    }
    if (has('exc') && kind !== 'pseudo') fail(`only pseudo-instructions set up handlers`);
    if (kind === 'specialized') {
      if (def.cache.length > 0) fail('a family member shares its head’s cache and declares none');
      if (def.jump !== null) fail('a family member jumps as its head does and declares no direction');
    } else if (kind !== 'instrumented' && has('jump') !== (def.jump !== null)) {
      fail(`'jump' flag and jump direction go together`);
    }
    if (kind === 'instrumented' && def.jump !== null) fail('instrumented jumps take their direction from their base');
    if (def.specialize !== null) {
      if (kind !== 'base' || family === null) fail('only a family head specializes');
      if (def.cache[0]?.name !== 'counter') fail('a specializing head keeps its adaptive counter in its first cache entry');
    }
    if (def.jump === 'either' && kind !== 'pseudo') fail('only a pseudo jump can go either way');
    if (def.records.length > 0 && (kind !== 'base' || family === null)) fail('only a family head declares what tier 2 records');
    if (new Set(def.cache.map((e) => e.name)).size !== def.cache.length) fail('a cache entry name is repeated');
    if (def.targets !== null) {
      for (const t of def.targets) {
        const target = byName.get(t);
        if (!target || kinds.get(target)!.kind !== 'base') fail(`target ${t} is not a base instruction`);
      }
    }
    if (def.instruments !== null) {
      const base = byName.get(def.instruments);
      if (!base || kinds.get(base)!.kind !== 'base') fail(`${def.instruments} is not a base instruction`);
    }
    const stack = def.stack === null ? null : parseStackEffect(def.stack, def.name);
    if (stack === null && kind !== 'instrumented') fail('only an instrumented instruction may lack a stack effect');

    const owner =
      kind === 'specialized' ? family!.head : def.instruments !== null ? byName.get(def.instruments)! : def;
    infos.push({
      def,
      kind,
      stack,
      family,
      deopt: kind === 'specialized' ? family!.head : def,
      cacheSize: cacheUnits(owner),
    });
  }
  infos.sort((a, b) => a.def.opcode - b.def.opcode);
  const infoByName = new Map(infos.map((i) => [i.def.name, i] as const));
  return { instructions: infos, families, byName: infoByName };
}

/** The instruction set of CPython 3.13. */
export const INSTRUCTION_SET: InstructionSet = buildInstructionSet(DEFINITIONS);
