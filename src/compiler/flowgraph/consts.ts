// A code unit's constants while the flow graph is optimized (the `consts` list of flowgraph.c):
// folding appends new constants, and remove_unused_consts drops the ones no instruction loads.
import { type CodeConstant } from '../code';
import { constantKey } from '../const-key';
import type { Cfg } from './cfg';
import { hasConst } from './cfg';

export class ConstPool {
  constructor(readonly values: CodeConstant[]) {}

  /** add_const: the index of an equal constant (by constant key), appending one if there is none. */
  add(v: CodeConstant): number {
    const key = constantKey(v);
    const i = this.values.findIndex((c) => constantKey(c) === key);
    if (i >= 0) return i;
    this.values.push(v);
    return this.values.length - 1;
  }
}

/**
 * remove_unused_consts: keeps the constants some instruction loads, in their order, and the first
 * one always (a function's docstring, or its None in the docstring's place); renumbers opargs.
 */
export function removeUnusedConsts(g: Cfg, consts: ConstPool): void {
  const n = consts.values.length;
  if (n === 0) return;
  const used = new Uint8Array(n);
  used[0] = 1;
  for (const b of g.blocks()) for (const i of b.instrs) if (hasConst(i.opcode)) used[i.oparg] = 1;
  if (used.every((u) => u === 1)) return;
  const newIndex = new Int32Array(n).fill(-1);
  const kept: CodeConstant[] = [];
  for (let i = 0; i < n; i++) {
    if (used[i]) {
      newIndex[i] = kept.length;
      kept.push(consts.values[i]);
    }
  }
  consts.values.length = 0;
  consts.values.push(...kept);
  for (const b of g.blocks()) for (const i of b.instrs) if (hasConst(i.opcode)) i.oparg = newIndex[i.oparg];
}
