// The flow-graph stage (Python/flowgraph.c): the code generator's instruction sequence becomes a
// graph of basic blocks, which the passes below optimize in CPython's order, and which then
// becomes the sequence of real instructions the assembler lays out.
import type { InstructionSequence } from '../instruction-sequence';
import { Cfg, isTerminator } from './cfg';
import { pushColdBlocksToEnd } from './cold-blocks';
import { ConstPool, removeUnusedConsts } from './consts';
import { labelExceptionTargets, markExceptHandlers, translateJumpLabelsToTargets } from './exception-targets';
import { inlineSmallOrNoLinenoBlocks } from './inline-blocks';
import { resolveLineNumbers } from './line-numbers';
import { type LocalsMetadata, prepareLocalsplus } from './localsplus';
import { removeRedundantNopsAndJumps, removeRedundantNopsAndPairs } from './nops';
import { optimizeBasicBlock } from './optimize-block';
import { convertPseudoOps, normalizeJumps } from './pseudo-ops';
import { calculateStackDepth } from './stack-depth';
import { insertSuperinstructions } from './superinstructions';
import { addChecksForLoadsOfUninitializedVariables } from './uninitialized';
import { removeUnreachable } from './unreachable';

export { ConstPool } from './consts';
export type { LocalsMetadata } from './localsplus';

/** check_cfg: a jump, return or raise must end its block. */
function checkCfg(g: Cfg): void {
  for (const b of g.blocks()) {
    for (let n = 0; n < b.instrs.length - 1; n++) {
      if (isTerminator(b.instrs[n].opcode)) throw new Error('flowgraph: malformed control flow graph');
    }
  }
}

/** optimize_cfg. */
function optimizeCfg(g: Cfg, consts: ConstPool): void {
  checkCfg(g);
  inlineSmallOrNoLinenoBlocks(g);
  removeUnreachable(g);
  resolveLineNumbers(g);
  for (const b of g.blocks()) optimizeBasicBlock(b, consts);
  removeRedundantNopsAndPairs(g);
  removeUnreachable(g);
  removeRedundantNopsAndJumps(g);
}

/** _PyCfg_OptimizeCodeUnit: the optimizations, up to the final block order. */
export function optimizeCodeUnit(g: Cfg, consts: ConstPool, nlocals: number, nparams: number): void {
  translateJumpLabelsToTargets(g);
  markExceptHandlers(g);
  labelExceptionTargets(g);
  optimizeCfg(g, consts);
  removeUnusedConsts(g, consts);
  addChecksForLoadsOfUninitializedVariables(g, nlocals, nparams);
  insertSuperinstructions(g);
  pushColdBlocksToEnd(g);
  resolveLineNumbers(g);
}

/** What the assembler needs from the flow graph. */
export interface OptimizedUnit {
  readonly instrs: InstructionSequence;
  readonly stackDepth: number;
  readonly nlocalsplus: number;
}

/** _PyCfg_OptimizedCfgToInstructionSequence. */
export function optimizedCfgToInstructionSequence(g: Cfg, umd: LocalsMetadata, codeFlags: number): OptimizedUnit {
  const stackDepth = calculateStackDepth(g);
  const nlocalsplus = prepareLocalsplus(umd, g, codeFlags);
  convertPseudoOps(g);
  normalizeJumps(g);
  return { instrs: g.toSequence(), stackDepth, nlocalsplus };
}

/** The whole stage for one code unit. */
export function optimizeAndLower(seq: InstructionSequence, consts: ConstPool, umd: LocalsMetadata, nparams: number, codeFlags: number): OptimizedUnit {
  const g = Cfg.fromSequence(seq);
  optimizeCodeUnit(g, consts, umd.varnames.size, nparams);
  return optimizedCfgToInstructionSequence(g, umd, codeFlags);
}
