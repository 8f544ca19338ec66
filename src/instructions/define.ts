// The notation every instruction is defined in: one record per instruction, written with
// inst/family/instrumented/pseudo the way CPython's Python/bytecodes.c writes its DSL.
//
// A record holds what is true of the instruction whatever executes it: its CPython 3.13
// opcode, its stack effect, its inline cache, its flags. What tier 1 and tier 2 need later
// (the uops an instruction is made of, the JS bodies of those uops, what it records while
// tracing) is added as further fields of InstructionOptions beside these, so that nothing
// written here changes when they arrive.

/**
 * What the oparg of an instruction means, and how it shapes the flow graph. The first six are
 * CPython's HAS_*_FLAG bits of `Include/internal/pycore_opcode_metadata.h`, which `dis.hasarg`,
 * `hasconst`, `hasname`, `hasjump`, `haslocal` and `hasfree` list and `_opcode.has_*` answer.
 * CPython derives them from what the instruction's body reads, so a specialized member can
 * differ from its head (LOAD_ATTR_WITH_HINT reads co_names and has 'name'; its siblings do
 * not; BINARY_OP_ADD_INT ignores its oparg and lacks 'arg'); the compiler and `dis` only ever
 * consult a family's head. The rest are CPython's `pycore_opcode_utils.h` predicates.
 */
export type Flag =
  /** The oparg is used (HAS_ARG_FLAG; `dis.hasarg`). */
  | 'arg'
  /** The oparg indexes co_consts (`dis.hasconst`). */
  | 'const'
  /** The oparg indexes co_names, possibly shifted as LOAD_GLOBAL's and LOAD_ATTR's are (`dis.hasname`). */
  | 'name'
  /** The oparg is a relative jump in code units (`dis.hasjump`, `hasjrel`); see Instruction.jump. */
  | 'jump'
  /** The oparg indexes the fast locals (`dis.haslocal`). */
  | 'local'
  /** The oparg indexes the cell and free variables, counted after the locals (`dis.hasfree`). */
  | 'free'
  /** Sets up an exception handler at its jump target (`dis.hasexc`, IS_BLOCK_PUSH_OPCODE). */
  | 'exc'
  /** Always jumps: nothing after it in its basic block runs (IS_UNCONDITIONAL_JUMP_OPCODE). */
  | 'unconditional'
  /** Leaves the frame (return or raise): it ends its basic block (IS_SCOPE_EXIT_OPCODE). */
  | 'scope-exit'
  /** Emitted only by the assembler, when it resolves a pseudo jump by direction (IS_ASSEMBLER_OPCODE). */
  | 'assembler';

/** Which way a jump's oparg counts: from the end of the instruction and its caches, forward or back. */
export type JumpDirection =
  | 'forward'
  | 'backward'
  /** A pseudo jump: the assembler picks JUMP_FORWARD or a backward jump once offsets are known. */
  | 'either';

/** What a definition may say beyond name, opcode and stack effect. */
export interface InstructionOptions {
  readonly flags?: readonly Flag[];
  /**
   * The inline cache that follows the instruction in the bytecode, as CPython's DSL writes
   * cache effects: `'counter/1, version/2'` names each entry with its size in 16-bit code
   * units (`dis._cache_format`). Only an instruction that owns its cache says so: family
   * members share their head's, and an instrumented instruction its base's.
   */
  readonly cache?: string;
  /** For an instruction whose oparg is a jump ('jump' flag), which way it counts. */
  readonly jump?: JumpDirection;
  /**
   * What tier 1 does, as TypeScript statements (see generate-loop.ts for the names a body can
   * use). Its stack inputs are bound to their names before it runs and its outputs are written
   * from theirs after it; an array item is bound to the index in `stack` of its first value.
   */
  readonly body?: string;
  /**
   * For a family head: the statement that specializes it (CPython's `specializing op`), run
   * in place of the body when the adaptive counter (the first cache entry) fires. It rewrites
   * the instruction into a member or back into the head with a backed-off counter, and the
   * instruction then runs again in its new form. It sees the body's inputs.
   */
  readonly specialize?: string;
  /**
   * For a family head: the raw values tier 2's recorder snapshots before the instruction runs,
   * the widest any member needs (CPython's _RECORD_* uops): members share their head's layout,
   * so a re-specialization between recording and lowering still finds what it needs.
   */
  readonly records?: readonly RecordedValue[];
}

/** A value the recorder can snapshot: the top of the stack, the one below, a CALL's callable. */
export type RecordedValue = 'TOS' | 'NOS' | 'CALLABLE';

/** One instruction: a real one (standalone, family head or member), instrumented, or pseudo. */
export interface Instruction {
  /** Which constructor made it: inst, instrumented or pseudo. */
  readonly kind: 'real' | 'instrumented' | 'pseudo';
  /** CPython's name (LOAD_ATTR_INSTANCE_VALUE, …), so CPython's docs and `dis` describe ours. */
  readonly name: string;
  /** CPython 3.13's number: real instructions below 256, pseudo-instructions from 256. */
  readonly opcode: number;
  /**
   * The stack effect in CPython's notation, `inputs -- outputs` (see stack-notation.ts):
   * `'left, right -- res'`, `'values[oparg] -- list'`, `'owner -- attr, null if (oparg & 1)'`.
   * null where CPython defines none (INSTRUMENTED_LINE, which lives outside its DSL).
   */
  readonly stack: string | null;
  /** CPython's flags for this very opcode (a member's may differ from its head's; see Flag). */
  readonly flags: readonly Flag[];
  /** The cache entries this instruction owns, parsed from InstructionOptions.cache. */
  readonly cache: readonly CacheEntry[];
  /** Which way the oparg jumps, for a standalone, head or pseudo jump; null otherwise. */
  readonly jump: JumpDirection | null;
  /** For a pseudo-instruction: the real instructions it may become (`_PyOpcode_PseudoTargets`). */
  readonly targets: readonly string[] | null;
  /** For an instrumented instruction: the instruction it stands in for while monitoring is on. */
  readonly instruments: string | null;
  /** The tier-1 body (InstructionOptions.body), or null when tier 1 does not execute it. */
  readonly body: string | null;
  /** The specializing statement of a family head (InstructionOptions.specialize), or null. */
  readonly specialize: string | null;
  /** What tier 2 records before a family head or its members run (InstructionOptions.records). */
  readonly records: readonly RecordedValue[];
}

/** One named entry of an inline cache. */
export interface CacheEntry {
  readonly name: string;
  /** Size in 16-bit code units. */
  readonly size: number;
}

/**
 * A family: a base instruction and the specialized members the adaptive interpreter may
 * rewrite it into, in CPython's order (`dis._specializations`). Deoptimizing a member
 * turns it back into the head. Members share the head's inline cache.
 */
export interface Family {
  readonly head: Instruction;
  readonly members: readonly Instruction[];
}

export type Definition = Instruction | Family;

export function isFamily(d: Definition): d is Family {
  return 'members' in d;
}

function parseCache(text: string | undefined, where: string): CacheEntry[] {
  if (text === undefined || text.trim() === '') return [];
  return text.split(',').map((part) => {
    const m = /^\s*([A-Za-z_]\w*)\/(\d+)\s*$/.exec(part);
    if (!m) throw new Error(`${where}: bad cache entry '${part}' (want name/size)`);
    return { name: m[1], size: Number(m[2]) };
  });
}

function record(
  kind: Instruction['kind'],
  name: string,
  opcode: number,
  stack: string | null,
  options: InstructionOptions,
  targets: readonly string[] | null,
  instruments: string | null,
): Instruction {
  return {
    kind,
    name,
    opcode,
    stack,
    flags: options.flags ?? [],
    cache: parseCache(options.cache, name),
    jump: options.jump ?? null,
    targets,
    instruments,
    body: options.body ?? null,
    specialize: options.specialize ?? null,
    records: options.records ?? [],
  };
}

/** A real instruction: standalone, or the head or a member of a family. */
export function inst(name: string, opcode: number, stack: string, options: InstructionOptions = {}): Instruction {
  return record('real', name, opcode, stack, options, null, null);
}

/** A family: its head, then its specialized members in CPython's order. */
export function family(head: Instruction, members: readonly Instruction[]): Family {
  return { head, members };
}

/**
 * An instrumented instruction (opcode MIN_INSTRUMENTED_OPCODE and up): what `sys.monitoring`
 * writes over `base` to report events. It keeps the base's oparg and inline cache; its stack
 * effect is CPython's, which for most of them is empty because they hand the work to the base.
 */
export function instrumented(
  name: string,
  opcode: number,
  stack: string | null,
  base: string | null,
  options: Omit<InstructionOptions, 'cache'> = {},
): Instruction {
  return record('instrumented', name, opcode, stack, options, null, base);
}

/**
 * A pseudo-instruction: the compiler emits it, the flow-graph passes reason about it, and the
 * assembler replaces it with one of `targets` before the bytecode exists.
 */
export function pseudo(
  name: string,
  opcode: number,
  stack: string,
  targets: readonly string[],
  options: Omit<InstructionOptions, 'cache'> = {},
): Instruction {
  return record('pseudo', name, opcode, stack, options, targets, null);
}
