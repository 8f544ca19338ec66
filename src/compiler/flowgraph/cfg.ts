// The control-flow graph the optimizer works on (Python/flowgraph.c): basic blocks of instructions,
// built from the code generator's instruction sequence and turned back into one. A block ends at
// a jump or a return/raise, or where a jump lands; `next` links the blocks in layout order (the
// order they are emitted), which is also the fall-through edge of a block that can fall through.
import { CACHE_ENTRIES, OPCODE_FLAGS, Opcode, OpFlag } from '../../generated/opcodes';
import { InstructionSequence, NO_LOCATION, type Location } from '../instruction-sequence';

// ---- opcode predicates (Include/internal/pycore_opcode_utils.h) ----

export function hasArg(op: Opcode): boolean {
  return (OPCODE_FLAGS[op] & OpFlag.Arg) !== 0;
}

/** OPCODE_HAS_JUMP: a jump, conditional or not (FOR_ITER and SEND included). */
export function isJump(op: Opcode): boolean {
  return (OPCODE_FLAGS[op] & OpFlag.Jump) !== 0;
}

/** IS_BLOCK_PUSH_OPCODE: the SETUP_* pseudo-instructions, whose target is an exception handler. */
export function isBlockPush(op: Opcode): boolean {
  return op === Opcode.SETUP_FINALLY || op === Opcode.SETUP_CLEANUP || op === Opcode.SETUP_WITH;
}

/** HAS_TARGET: an instruction whose oparg names a block. */
export function hasTarget(op: Opcode): boolean {
  return isJump(op) || isBlockPush(op);
}

/** IS_SCOPE_EXIT_OPCODE: return or raise. */
export function isScopeExit(op: Opcode): boolean {
  return (OPCODE_FLAGS[op] & OpFlag.ScopeExit) !== 0;
}

export function isUnconditionalJump(op: Opcode): boolean {
  return (OPCODE_FLAGS[op] & OpFlag.Unconditional) !== 0;
}

/** IS_TERMINATOR_OPCODE: an instruction that ends its block. */
export function isTerminator(op: Opcode): boolean {
  return isJump(op) || isScopeExit(op);
}

/** OPCODE_HAS_CONST: the oparg indexes co_consts. */
export function hasConst(op: Opcode): boolean {
  return (OPCODE_FLAGS[op] & OpFlag.Const) !== 0;
}

/** _PyCompile_InstrSize: code units, EXTENDED_ARGs and inline caches included. */
export function instrSize(op: Opcode, oparg: number): number {
  const arg = hasArg(op) ? oparg : 0;
  const extendedArgs = (arg > 0xffffff ? 1 : 0) + (arg > 0xffff ? 1 : 0) + (arg > 0xff ? 1 : 0);
  return extendedArgs + 1 + CACHE_ENTRIES[op];
}

// ---- blocks ----

/** One instruction of the graph (cfg_instr). */
export interface Instr {
  opcode: Opcode;
  oparg: number;
  loc: Location;
  /** The block a jump or handler set-up names. */
  target: BasicBlock | null;
  /** The handler in force at this instruction (label_exception_targets), or null. */
  except: BasicBlock | null;
}

export function copyInstr(i: Instr): Instr {
  return { opcode: i.opcode, oparg: i.oparg, loc: i.loc, target: i.target, except: i.except };
}

/** INSTR_SET_OP0 / INSTR_SET_OP1: changes an instruction in place, keeping its location. */
export function setOp(i: Instr, opcode: Opcode, oparg = 0): void {
  i.opcode = opcode;
  i.oparg = oparg;
}

export const NO_BLOCK_LABEL = -1;

export class BasicBlock {
  /** The label of this block if some jump or handler set-up names it, -1 otherwise. */
  label = NO_BLOCK_LABEL;
  instrs: Instr[] = [];
  /** The next block in layout order; reached by falling through unless the block ends in a jump or exit. */
  next: BasicBlock | null = null;
  /** How many edges lead here (remove_unreachable counts them). */
  predecessors = 0;
  /** Value stack depth on entry (calculate_stackdepth); -2**31 until computed. */
  startDepth = -(2 ** 31);
  /** A handler that wants the raising instruction's offset pushed (SETUP_CLEANUP or SETUP_WITH target). */
  preserveLasti = false;
  /** Scratch mark of the pass walking the graph. */
  visited = false;
  /** The target of a handler set-up: an exception handler. */
  exceptHandler = false;
  /** Reached only through exception handlers: moved to the end (push_cold_blocks_to_end). */
  cold = false;
  /** Reached from the entry without an exception handler. */
  warm = false;
  /** Locals that may be unbound on entry (add_checks_for_loads_of_uninitialized_variables): bit i for local i < 64. */
  unsafeLocalsMask = 0n;
  /** The stack of handlers in force on entry, while label_exception_targets runs. */
  exceptStack: BasicBlock[] | null = null;

  get last(): Instr | null {
    return this.instrs.length > 0 ? this.instrs[this.instrs.length - 1] : null;
  }

  /** basicblock_nofallthrough: ends in a return, raise or unconditional jump. */
  get noFallthrough(): boolean {
    const last = this.last;
    return last !== null && (isScopeExit(last.opcode) || isUnconditionalJump(last.opcode));
  }

  get hasFallthrough(): boolean {
    return !this.noFallthrough;
  }

  /** basicblock_exits_scope: ends in a return or raise. */
  get exitsScope(): boolean {
    const last = this.last;
    return last !== null && isScopeExit(last.opcode);
  }

  addop(opcode: Opcode, oparg: number, loc: Location, target: BasicBlock | null = null): void {
    this.instrs.push({ opcode, oparg, loc, target, except: null });
  }
}

/** The graph of one code unit (cfg_builder). */
export class Cfg {
  readonly entry = new BasicBlock();
  /** Every block ever created, newest last (g_block_list, in the opposite order). */
  readonly allBlocks: BasicBlock[] = [this.entry];
  private current = this.entry;
  private currentLabel = NO_BLOCK_LABEL;

  newBlock(): BasicBlock {
    const b = new BasicBlock();
    this.allBlocks.push(b);
    return b;
  }

  *blocks(): IterableIterator<BasicBlock> {
    for (let b: BasicBlock | null = this.entry; b !== null; b = b.next) yield b;
  }

  /** The highest label any block has (get_max_label). */
  maxLabel(): number {
    let lbl = -1;
    for (const b of this.blocks()) if (b.label > lbl) lbl = b.label;
    return lbl;
  }

  // ---- building (cfg_builder_*) ----

  useLabel(label: number): void {
    this.currentLabel = label;
    this.maybeStartNewBlock();
  }

  addop(opcode: Opcode, oparg: number, loc: Location): void {
    this.maybeStartNewBlock();
    this.current.addop(opcode, oparg, loc);
  }

  private maybeStartNewBlock(): void {
    if (this.currentBlockIsTerminated()) {
      const b = this.newBlock();
      b.label = this.currentLabel;
      this.currentLabel = NO_BLOCK_LABEL;
      this.current.next = b;
      this.current = b;
    }
  }

  private currentBlockIsTerminated(): boolean {
    const last = this.current.last;
    if (last !== null && isTerminator(last.opcode)) return true;
    if (this.currentLabel !== NO_BLOCK_LABEL) {
      if (last !== null || this.current.label !== NO_BLOCK_LABEL) return true;
      // An empty block takes the label.
      this.current.label = this.currentLabel;
      this.currentLabel = NO_BLOCK_LABEL;
    }
    return false;
  }

  /**
   * _PyCfg_FromInstructionSequence: one block per run of instructions between jump targets and
   * terminators. A block that a jump or handler set-up names gets the label of its first instruction's index.
   */
  static fromSequence(seq: InstructionSequence): Cfg {
    seq.applyLabelMap(hasTarget);
    const isTarget = new Uint8Array(seq.instrs.length + 1);
    for (const instr of seq.instrs) if (hasTarget(instr.opcode)) isTarget[instr.oparg] = 1;
    const g = new Cfg();
    seq.instrs.forEach((instr, i) => {
      if (isTarget[i]) g.useLabel(i);
      g.addop(instr.opcode, instr.oparg, instr.loc);
    });
    return g;
  }

  /**
   * _PyCfg_ToInstructionSequence: the blocks in layout order, each labelled by its position;
   * jumps name their target's label and every instruction carries its handler.
   */
  toSequence(): InstructionSequence {
    const seq = new InstructionSequence();
    let lbl = 0;
    for (const b of this.blocks()) b.label = lbl++;
    for (let i = 0; i < lbl; i++) seq.newLabel();
    for (const b of this.blocks()) {
      seq.useLabel(b.label as never);
      for (const instr of b.instrs) {
        if (hasTarget(instr.opcode)) instr.oparg = instr.target!.label;
        seq.addop(instr.opcode, instr.oparg, instr.loc);
        const h = instr.except;
        seq.instrs[seq.instrs.length - 1].except =
          h !== null ? { label: h.label, startDepth: h.startDepth, preserveLasti: h.preserveLasti } : { label: -1, startDepth: 0, preserveLasti: false };
      }
    }
    seq.applyLabelMap(hasTarget);
    return seq;
  }
}

/** next_nonempty_block: the first block from `b` on, in layout order, that has instructions. */
export function nextNonemptyBlock(b: BasicBlock | null): BasicBlock | null {
  while (b !== null && b.instrs.length === 0) b = b.next;
  return b;
}

/** Resets every block's visited mark (make_cfg_traversal_stack). */
export function resetVisited(g: Cfg): void {
  for (const b of g.blocks()) b.visited = false;
}

/** basicblock_add_jump. */
export function addJump(b: BasicBlock, opcode: Opcode, target: BasicBlock, loc: Location): void {
  b.addop(opcode, target.label, loc, target);
}

/** copy_basicblock: a new block with the instructions of one that cannot fall through. */
export function copyBasicBlock(g: Cfg, block: BasicBlock): BasicBlock {
  const result = g.newBlock();
  result.instrs = block.instrs.map(copyInstr);
  return result;
}

export { NO_LOCATION };
