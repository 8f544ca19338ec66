// prepare_localsplus (flowgraph.c): the frame's "locals plus" are the fast locals, then the cells
// that are not parameters, then the free variables. The code generator numbered cells and free
// variables from 0; here they get their final indexes (a parameter that is also a cell keeps its
// local slot), and the prefix every such code needs is inserted: COPY_FREE_VARS, MAKE_CELL for
// each cell, and RETURN_GENERATOR + POP_TOP for generators and coroutines.
import { Opcode } from '../../generated/opcodes';
import { CodeFlag } from '../code';
import { NO_LOCATION, location } from '../instruction-sequence';
import type { Cfg, Instr } from './cfg';

/** What the flow graph needs of a code unit's names (a subset of _PyCompile_CodeUnitMetadata). */
export interface LocalsMetadata {
  /** Fast locals by name, in index order. */
  readonly varnames: ReadonlyMap<string, number>;
  /** Cells by name (numbered from 0 in insertion order). */
  readonly cellvars: ReadonlyMap<string, number>;
  /** Free variables by name, numbered after the cells. */
  readonly freevars: ReadonlyMap<string, number>;
  readonly firstlineno: number;
}

const GENERATOR_FLAGS = CodeFlag.CO_GENERATOR | CodeFlag.CO_COROUTINE | CodeFlag.CO_ASYNC_GENERATOR;

function instr(opcode: Opcode, oparg: number, loc = NO_LOCATION): Instr {
  return { opcode, oparg, loc, target: null, except: null };
}

/** build_cellfixedoffsets: each cell or free variable's slot, a cell that is a parameter at its local's. */
function buildCellFixedOffsets(umd: LocalsMetadata): number[] {
  const nlocals = umd.varnames.size;
  const noffsets = umd.cellvars.size + umd.freevars.size;
  const fixed: number[] = [];
  for (let i = 0; i < noffsets; i++) fixed.push(nlocals + i);
  for (const [name, cellIndex] of umd.cellvars) {
    const varIndex = umd.varnames.get(name);
    if (varIndex !== undefined) fixed[cellIndex] = varIndex;
  }
  return fixed;
}

function insertPrefixInstructions(umd: LocalsMetadata, g: Cfg, fixed: number[], nfreevars: number, codeFlags: number): void {
  const entry = g.entry.instrs;
  if (codeFlags & GENERATOR_FLAGS) {
    const loc = location(umd.firstlineno, umd.firstlineno, -1, -1);
    entry.splice(0, 0, instr(Opcode.RETURN_GENERATOR, 0, loc), instr(Opcode.POP_TOP, 0, loc));
  }
  const ncellvars = umd.cellvars.size;
  if (ncellvars > 0) {
    // MAKE_CELLs in slot order; the opargs are fixed up by fixCellOffsets.
    const nvars = ncellvars + umd.varnames.size;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]] = i + 1;
    for (let i = 0, used = 0; used < ncellvars; i++) {
      const oldIndex = sorted[i] - 1;
      if (oldIndex === -1) continue;
      entry.splice(used, 0, instr(Opcode.MAKE_CELL, oldIndex));
      used++;
    }
  }
  if (nfreevars > 0) entry.splice(0, 0, instr(Opcode.COPY_FREE_VARS, nfreevars));
}

/** fix_cell_offsets: returns how many cells share a parameter's slot. */
function fixCellOffsets(umd: LocalsMetadata, g: Cfg, fixedMap: number[]): number {
  const nlocals = umd.varnames.size;
  const noffsets = umd.cellvars.size + umd.freevars.size;
  let numDropped = 0;
  for (let i = 0; i < noffsets; i++) {
    if (fixedMap[i] === i + nlocals) fixedMap[i] -= numDropped;
    else numDropped++;
  }
  for (const b of g.blocks()) {
    for (const inst of b.instrs) {
      switch (inst.opcode) {
        case Opcode.MAKE_CELL:
        case Opcode.LOAD_CLOSURE:
        case Opcode.LOAD_DEREF:
        case Opcode.STORE_DEREF:
        case Opcode.DELETE_DEREF:
        case Opcode.LOAD_FROM_DICT_OR_DEREF:
          inst.oparg = fixedMap[inst.oparg];
      }
    }
  }
  return numDropped;
}

/** Returns the number of locals plus. */
export function prepareLocalsplus(umd: LocalsMetadata, g: Cfg, codeFlags: number): number {
  const nlocalsplus = umd.varnames.size + umd.cellvars.size + umd.freevars.size;
  const fixed = buildCellFixedOffsets(umd);
  insertPrefixInstructions(umd, g, fixed, umd.freevars.size, codeFlags);
  return nlocalsplus - fixCellOffsets(umd, g, fixed);
}
