// The peephole optimizations within one basic block (flowgraph.c, optimize_basic_block as of
// 3.13): a constant that decides a conditional jump or a TO_BOOL is folded, `LOAD_CONST None;
// IS_OP; POP_JUMP_IF_*` becomes POP_JUMP_IF_(NOT_)NONE, LOAD_CONST + RETURN_VALUE becomes
// RETURN_CONST, a tuple of constants becomes one constant, a jump to a jump is threaded, boolean
// conversions that a comparison already made are dropped, and runs of SWAPs are simplified.
import { Opcode } from '../../generated/opcodes';
import { TupleConstant, type ConstantValue } from '../ast/constants';
import { isTrue } from '../ast-optimizer/values';
import { NO_LOCATION } from '../instruction-sequence';
import { type BasicBlock, type Instr, addJump, hasConst, hasTarget, setOp } from './cfg';
import type { ConstPool } from './consts';
import { applyStaticSwaps, swaptimize } from './swaps';

/**
 * jump_thread: the jump `inst`, last of `bb`, lands on the jump `target`: it becomes a NOP (kept
 * only if it holds a line) followed by a jump straight to where `target` goes, with `opcode`.
 * Returns whether anything changed (not when both already go to the same place, bpo-45773).
 */
function jumpThread(bb: BasicBlock, inst: Instr, target: Instr, opcode: Opcode): boolean {
  if (inst.target === target.target) return false;
  setOp(inst, Opcode.NOP);
  addJump(bb, opcode, target.target!, target.loc);
  return true;
}

/** fold_tuple_on_constants: LOAD_CONSTs of the `n` items then BUILD_TUPLE n, at index `i`. */
function foldTupleOnConstants(bb: BasicBlock, i: number, n: number, consts: ConstPool): void {
  const start = i - n;
  for (let k = start; k < i; k++) if (!hasConst(bb.instrs[k].opcode)) return;
  const items: ConstantValue[] = [];
  for (let k = start; k < i; k++) items.push(consts.values[bb.instrs[k].oparg] as ConstantValue);
  const index = consts.add(new TupleConstant(items));
  for (let k = start; k < i; k++) setOp(bb.instrs[k], Opcode.NOP);
  setOp(bb.instrs[i], Opcode.LOAD_CONST, index);
}

export function optimizeBasicBlock(bb: BasicBlock, consts: ConstPool): void {
  const nop: Instr = { opcode: Opcode.NOP, oparg: 0, loc: NO_LOCATION, target: null, except: null };
  let target: Instr = nop;
  let opcode = 0 as Opcode;
  let oparg = 0;
  for (let i = 0; i < bb.instrs.length; i++) {
    const inst = bb.instrs[i];
    // COPY 1 of a constant is that constant again.
    const isCopyOfLoadConst = opcode === Opcode.LOAD_CONST && inst.opcode === Opcode.COPY && inst.oparg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.opcode;
      oparg = inst.oparg;
      target = hasTarget(opcode) ? inst.target!.instrs[0] : nop;
    }
    const nextop = i + 1 < bb.instrs.length ? bb.instrs[i + 1].opcode : (0 as Opcode);
    switch (opcode) {
      case Opcode.LOAD_CONST:
        switch (nextop) {
          case Opcode.POP_JUMP_IF_FALSE:
          case Opcode.POP_JUMP_IF_TRUE: {
            const isTrueConst = isTrue(consts.values[oparg] as ConstantValue);
            setOp(inst, Opcode.NOP);
            const jumpIfTrue = nextop === Opcode.POP_JUMP_IF_TRUE;
            if (isTrueConst === jumpIfTrue) bb.instrs[i + 1].opcode = Opcode.JUMP;
            else setOp(bb.instrs[i + 1], Opcode.NOP);
            break;
          }
          case Opcode.IS_OP: {
            // LOAD_CONST None; IS_OP; [TO_BOOL;] POP_JUMP_IF_TRUE/FALSE → POP_JUMP_IF_(NOT_)NONE.
            if (consts.values[oparg] !== null) break;
            if (bb.instrs.length <= i + 2) break;
            const isInstr = bb.instrs[i + 1];
            let jumpInstr = bb.instrs[i + 2];
            if (jumpInstr.opcode === Opcode.TO_BOOL) {
              setOp(jumpInstr, Opcode.NOP);
              if (bb.instrs.length <= i + 3) break;
              jumpInstr = bb.instrs[i + 3];
            }
            let invert = isInstr.oparg !== 0;
            if (jumpInstr.opcode === Opcode.POP_JUMP_IF_FALSE) invert = !invert;
            else if (jumpInstr.opcode !== Opcode.POP_JUMP_IF_TRUE) break;
            setOp(inst, Opcode.NOP);
            setOp(isInstr, Opcode.NOP);
            jumpInstr.opcode = invert ? Opcode.POP_JUMP_IF_NOT_NONE : Opcode.POP_JUMP_IF_NONE;
            break;
          }
          case Opcode.RETURN_VALUE:
            setOp(inst, Opcode.NOP);
            setOp(bb.instrs[++i], Opcode.RETURN_CONST, oparg);
            break;
          case Opcode.TO_BOOL: {
            const index = consts.add(isTrue(consts.values[oparg] as ConstantValue));
            setOp(inst, Opcode.NOP);
            setOp(bb.instrs[i + 1], Opcode.LOAD_CONST, index);
            break;
          }
        }
        break;
      case Opcode.BUILD_TUPLE:
        // BUILD_TUPLE n; UNPACK_SEQUENCE n: nothing for 1, a SWAP for 2 and 3.
        if (nextop === Opcode.UNPACK_SEQUENCE && oparg === bb.instrs[i + 1].oparg) {
          if (oparg === 1) {
            setOp(inst, Opcode.NOP);
            setOp(bb.instrs[i + 1], Opcode.NOP);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            setOp(inst, Opcode.NOP);
            bb.instrs[i + 1].opcode = Opcode.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(bb, i, oparg, consts);
        break;
      case Opcode.POP_JUMP_IF_NOT_NONE:
      case Opcode.POP_JUMP_IF_NONE:
      case Opcode.POP_JUMP_IF_FALSE:
      case Opcode.POP_JUMP_IF_TRUE:
        if (target.opcode === Opcode.JUMP) i -= jumpThread(bb, inst, target, inst.opcode) ? 1 : 0;
        break;
      case Opcode.JUMP:
      case Opcode.JUMP_NO_INTERRUPT:
        if (target.opcode === Opcode.JUMP) {
          i -= jumpThread(bb, inst, target, Opcode.JUMP) ? 1 : 0;
          continue;
        }
        if (target.opcode === Opcode.JUMP_NO_INTERRUPT) {
          i -= jumpThread(bb, inst, target, opcode) ? 1 : 0;
          continue;
        }
        break;
      case Opcode.STORE_FAST:
        // A store overwritten at once on the same line is only a pop.
        if (opcode === nextop && oparg === bb.instrs[i + 1].oparg && inst.loc.lineno === bb.instrs[i + 1].loc.lineno) {
          setOp(inst, Opcode.POP_TOP);
        }
        break;
      case Opcode.SWAP:
        if (oparg === 1) setOp(inst, Opcode.NOP);
        break;
      case Opcode.LOAD_GLOBAL:
        if (nextop === Opcode.PUSH_NULL && (oparg & 1) === 0) {
          setOp(inst, Opcode.LOAD_GLOBAL, oparg | 1);
          setOp(bb.instrs[i + 1], Opcode.NOP);
        }
        break;
      case Opcode.COMPARE_OP:
        if (nextop === Opcode.TO_BOOL) {
          setOp(inst, Opcode.NOP);
          setOp(bb.instrs[i + 1], Opcode.COMPARE_OP, oparg | 16);
          continue;
        }
        break;
      case Opcode.CONTAINS_OP:
      case Opcode.IS_OP:
        if (nextop === Opcode.TO_BOOL) {
          setOp(inst, Opcode.NOP);
          setOp(bb.instrs[i + 1], opcode, oparg);
          continue;
        }
        break;
      case Opcode.TO_BOOL:
        if (nextop === Opcode.TO_BOOL) {
          setOp(inst, Opcode.NOP);
          continue;
        }
        break;
      case Opcode.UNARY_NOT:
        if (nextop === Opcode.TO_BOOL) {
          setOp(inst, Opcode.NOP);
          setOp(bb.instrs[i + 1], Opcode.UNARY_NOT);
          continue;
        }
        if (nextop === Opcode.UNARY_NOT) {
          setOp(inst, Opcode.NOP);
          setOp(bb.instrs[i + 1], Opcode.NOP);
          continue;
        }
        break;
    }
  }
  for (let i = 0; i < bb.instrs.length; i++) {
    if (bb.instrs[i].opcode === Opcode.SWAP) {
      i = swaptimize(bb, i);
      applyStaticSwaps(bb, i);
    }
  }
}

