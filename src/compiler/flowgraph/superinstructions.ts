// insert_superinstructions (flowgraph.c): two fast-local accesses in a row on one line become one
// instruction — LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST — with both
// indexes (each below 16) packed in the oparg.
import { Opcode } from '../../generated/opcodes';
import { type Cfg, type Instr, setOp } from './cfg';
import { removeRedundantNops } from './nops';

function makeSuperInstruction(inst1: Instr, inst2: Instr, superOp: Opcode): void {
  const line1 = inst1.loc.lineno;
  const line2 = inst2.loc.lineno;
  if (line1 >= 0 && line2 >= 0 && line1 !== line2) return;
  if (inst1.oparg >= 16 || inst2.oparg >= 16) return;
  setOp(inst1, superOp, (inst1.oparg << 4) | inst2.oparg);
  setOp(inst2, Opcode.NOP);
}

export function insertSuperinstructions(g: Cfg): void {
  for (const b of g.blocks()) {
    for (let i = 0; i < b.instrs.length; i++) {
      const inst = b.instrs[i];
      const next = i + 1 < b.instrs.length ? b.instrs[i + 1] : null;
      if (next === null) continue;
      if (inst.opcode === Opcode.LOAD_FAST && next.opcode === Opcode.LOAD_FAST) {
        makeSuperInstruction(inst, next, Opcode.LOAD_FAST_LOAD_FAST);
      } else if (inst.opcode === Opcode.STORE_FAST) {
        if (next.opcode === Opcode.LOAD_FAST) makeSuperInstruction(inst, next, Opcode.STORE_FAST_LOAD_FAST);
        else if (next.opcode === Opcode.STORE_FAST) makeSuperInstruction(inst, next, Opcode.STORE_FAST_STORE_FAST);
      }
    }
  }
  removeRedundantNops(g);
}
