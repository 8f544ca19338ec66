// The code generator's output and the assembler's input (Python/instruction_sequence.c): a flat
// list of instructions, pseudo-instructions included, whose jumps name labels. A label is a
// number handed out by newLabel and placed before the next instruction by useLabel; applyLabelMap
// turns the labels of jumps and handlers into instruction indexes.
import type { Opcode } from '../generated/opcodes';
import type { Loc } from './compile-errors';

/**
 * A source span as CPython's compiler keeps it (`_Py_SourceLocation`): 1-based lines, 0-based
 * UTF-8 byte columns, -1 where there is none. Every positioned AST node is one.
 */
export type Location = Loc;

export const NO_LOCATION: Location = Object.freeze({ lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 });

export function location(lineno: number, endLineno: number, col: number, endCol: number): Location {
  return { lineno, end_lineno: endLineno, col_offset: col, end_col_offset: endCol };
}

/** The span of an AST node (LOC in compile.c): a copy, so that nodes never alias locations. */
export function locOf(node: Loc): Location {
  return { lineno: node.lineno, end_lineno: node.end_lineno, col_offset: node.col_offset, end_col_offset: node.end_col_offset };
}

export function sameLocation(a: Location, b: Location): boolean {
  return a.lineno === b.lineno && a.end_lineno === b.end_lineno && a.col_offset === b.col_offset && a.end_col_offset === b.end_col_offset;
}

/** A jump target: a number from newLabel. */
export type Label = number & { readonly __label: unique symbol };

export const NO_LABEL = -1 as Label;

/** Where an instruction's exceptions go (_PyExceptHandlerInfo), once the flow graph knows. */
export interface ExceptHandlerInfo {
  /** The handler's label (an instruction index after applyLabelMap), -1 for none. */
  label: number;
  /** The value stack depth at the handler, the exception included. */
  startDepth: number;
  /** Whether the handler wants the raising instruction's offset pushed (SETUP_CLEANUP, SETUP_WITH). */
  preserveLasti: boolean;
}

export interface SequenceInstruction {
  opcode: Opcode;
  /** The oparg; for a jump or handler set-up, its target label (an index after applyLabelMap). */
  oparg: number;
  loc: Location;
  /** Set by the flow graph's conversion back to a sequence. */
  except: ExceptHandlerInfo | null;
  /** The assembler's work: the offset in code units, and a jump's target index. */
  offset: number;
  target: number;
}

export class InstructionSequence {
  readonly instrs: SequenceInstruction[] = [];
  /** Each label's instruction index; null once applyLabelMap has run. */
  private labelMap: number[] | null = [];

  newLabel(): Label {
    this.labelMap!.push(-1);
    return (this.labelMap!.length - 1) as Label;
  }

  useLabel(label: Label): void {
    this.labelMap![label] = this.instrs.length;
  }

  addop(opcode: Opcode, oparg: number, loc: Location): void {
    this.instrs.push({ opcode, oparg, loc, except: null, offset: 0, target: 0 });
  }

  /** Inserts an instruction before index `pos`, moving the labels placed there or later. */
  insert(pos: number, opcode: Opcode, oparg: number, loc: Location): void {
    this.instrs.splice(pos, 0, { opcode, oparg, loc, except: null, offset: 0, target: 0 });
    const map = this.labelMap!;
    for (let i = 0; i < map.length; i++) if (map[i] >= pos) map[i]++;
  }

  /** Replaces the labels of jumps and handlers by the indexes of the instructions they name. */
  applyLabelMap(hasTarget: (opcode: Opcode) => boolean): void {
    const map = this.labelMap;
    if (map === null) return;
    for (const instr of this.instrs) {
      if (hasTarget(instr.opcode)) instr.oparg = map[instr.oparg];
      if (instr.except !== null && instr.except.label >= 0) instr.except.label = map[instr.except.label];
    }
    this.labelMap = null;
  }
}
