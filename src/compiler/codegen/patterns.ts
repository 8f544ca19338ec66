// Code generation for `match` (PEP 634; Python/compile.c). Each pattern consumes the subject on
// top of the stack and jumps to a "fail_pop" label on failure: fail_pop[n] pops n values first,
// so that whatever the pattern pushed (copies, unpacked items, captured values) is dropped.
// Captured values stay on the stack, under the items still in use, until the whole pattern has
// matched; then they are stored.
import type * as ast from '../../generated/ast';
import { Eq, GtE, Is } from '../../generated/ast';
import { NbOp, Opcode } from '../../generated/opcodes';
import { TupleConstant } from '../ast/constants';
import { NO_LOCATION, locOf, type Label, type Location } from '../instruction-sequence';
import type { Compiler } from './compiler';
import { addCompare, jumpIf, visitExpr } from './expressions';
import { unpackHelper } from './containers';
import { visitStmts } from './statements';

/** pattern_context. */
interface PatternContext {
  /** The names captured so far, in the order their values sit on the stack. */
  stores: string[];
  /** Whether an irrefutable pattern is allowed here. */
  allowIrrefutable: boolean;
  /** fail_pop[i] pops i values, then falls through to fail_pop[i - 1]. */
  failPop: Label[];
  /** Values on top of the stack that must stay there: captures go beneath them. */
  onTop: number;
}


function isWildcard(p: ast.pattern): boolean {
  return p._kind === 'MatchAs' && p.name === null && p.pattern === null;
}

function isWildcardStar(p: ast.pattern): boolean {
  return p._kind === 'MatchStar' && p.name === null;
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel());
}

function jumpToFailPop(c: Compiler, loc: Location, pc: PatternContext, op: Opcode): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJump(loc, op, pc.failPop[pops]);
}

/** emit_and_reset_fail_pop. */
function emitAndResetFailPop(c: Compiler, loc: Location, pc: PatternContext): void {
  if (pc.failPop.length === 0) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useLabel(pc.failPop[i]);
    c.addop(loc, Opcode.POP_TOP);
  }
  c.useLabel(pc.failPop[0]);
  pc.failPop = [];
}

/** pattern_helper_rotate: 3.10's ROT_N from SWAPs. */
function rotate(c: Compiler, loc: Location, count: number): void {
  while (count > 1) c.addopI(loc, Opcode.SWAP, count--);
}

function storeName(c: Compiler, loc: Location, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.addop(loc, Opcode.POP_TOP);
    return;
  }
  // Under the items that must stay on top.
  rotate(c, loc, pc.onTop + pc.stores.length + 1);
  pc.stores.push(n);
}

function sequenceUnpack(c: Compiler, loc: Location, patterns: readonly ast.pattern[], pc: PatternContext): void {
  unpackHelper(c, loc, patterns.map((p) => p._kind === 'MatchStar'));
  const size = patterns.length;
  // The items stay on the stack while each subpattern matches one.
  pc.onTop += size;
  for (const p of patterns) {
    pc.onTop--;
    subpattern(c, p, pc);
  }
}

/** pattern_helper_sequence_subscr: for a starred wildcard, index the subject instead of unpacking it. */
function sequenceSubscr(c: Compiler, loc: Location, patterns: readonly ast.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  patterns.forEach((p, i) => {
    if (isWildcard(p) || i === star) return;
    c.addopI(loc, Opcode.COPY, 1);
    if (i < star) {
      c.addLoadConst(loc, i);
    } else {
      // A non-negative index: the subject may not support negative ones.
      c.addop(loc, Opcode.GET_LEN);
      c.addLoadConst(loc, size - i);
      c.addopI(loc, Opcode.BINARY_OP, NbOp.NB_SUBTRACT);
    }
    c.addop(loc, Opcode.BINARY_SUBSCR);
    subpattern(c, p, pc);
  });
  pc.onTop--;
  c.addop(loc, Opcode.POP_TOP);
}

function subpattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function patternAs(c: Compiler, p: ast.MatchAs, pc: PatternContext): void {
  const loc = locOf(p);
  if (p.pattern === null) {
    storeName(c, loc, p.name, pc);
    return;
  }
  // A copy to store if it matches.
  pc.onTop++;
  c.addopI(loc, Opcode.COPY, 1);
  pattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, loc, p.name, pc);
}

function patternClass(c: Compiler, p: ast.MatchClass, pc: PatternContext): void {
  const loc = locOf(p);
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  visitExpr(c, p.cls);
  c.addLoadConst(loc, new TupleConstant(p.kwd_attrs));
  c.addopI(loc, Opcode.MATCH_CLASS, nargs);
  c.addopI(loc, Opcode.COPY, 1);
  c.addLoadConst(loc, null);
  c.addopI(loc, Opcode.IS_OP, 1);
  // A tuple of the attributes (or None) on top.
  pc.onTop++;
  jumpToFailPop(c, loc, pc, Opcode.POP_JUMP_IF_FALSE);
  c.addopI(loc, Opcode.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
    if (isWildcard(sub)) {
      c.addop(loc, Opcode.POP_TOP);
      continue;
    }
    subpattern(c, sub, pc);
  }
}

function patternMapping(c: Compiler, p: ast.MatchMapping, pc: PatternContext): void {
  const loc = locOf(p);
  let size = p.keys.length;
  const starTarget = p.rest;
  // The subject stays on top through the mapping and length checks.
  pc.onTop++;
  c.addop(loc, Opcode.MATCH_MAPPING);
  jumpToFailPop(c, loc, pc, Opcode.POP_JUMP_IF_FALSE);
  if (size === 0 && starTarget === null) {
    // `{}`: done.
    pc.onTop--;
    c.addop(loc, Opcode.POP_TOP);
    return;
  }
  if (size > 0) {
    c.addop(loc, Opcode.GET_LEN);
    c.addLoadConst(loc, size);
    addCompare(c, loc, GtE);
    jumpToFailPop(c, loc, pc, Opcode.POP_JUMP_IF_FALSE);
  }
  for (const key of p.keys) visitExpr(c, key);
  c.addopI(loc, Opcode.BUILD_TUPLE, size);
  c.addop(loc, Opcode.MATCH_KEYS);
  // A tuple of keys and a tuple of values (or None) on the subject.
  pc.onTop += 2;
  c.addopI(loc, Opcode.COPY, 1);
  c.addLoadConst(loc, null);
  c.addopI(loc, Opcode.IS_OP, 1);
  jumpToFailPop(c, loc, pc, Opcode.POP_JUMP_IF_FALSE);
  c.addopI(loc, Opcode.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const sub of p.patterns) {
    pc.onTop--;
    subpattern(c, sub, pc);
  }
  // A match: what follows consumes the keys and the subject.
  pc.onTop -= 2;
  if (starTarget !== null) {
    // rest = dict(subject), without the keys matched.
    c.addopI(loc, Opcode.BUILD_MAP, 0);
    c.addopI(loc, Opcode.SWAP, 3);
    c.addopI(loc, Opcode.DICT_UPDATE, 2);
    c.addopI(loc, Opcode.UNPACK_SEQUENCE, size);
    while (size > 0) {
      c.addopI(loc, Opcode.COPY, 1 + size--);
      c.addopI(loc, Opcode.SWAP, 2);
      c.addop(loc, Opcode.DELETE_SUBSCR);
    }
    storeName(c, loc, starTarget, pc);
  } else {
    c.addop(loc, Opcode.POP_TOP); // the keys
    c.addop(loc, Opcode.POP_TOP); // the subject
  }
}

function patternOr(c: Compiler, p: ast.MatchOr, pc: PatternContext): void {
  const loc = locOf(p);
  const end = c.newLabel();
  const size = p.patterns.length;
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  // The names the first alternative binds; the others bind the same, maybe in another order.
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(locOf(alt), Opcode.COPY, 1);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (control === null) {
      control = pc.stores;
    } else if (nstores > 0) {
      // Reorder the captured values to control's order.
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const name = control[icontrol];
        const istores = pc.stores.indexOf(name);
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, locOf(alt), icontrol + 1);
        }
      }
    }
    c.addopJump(locOf(alt), Opcode.JUMP, end);
    emitAndResetFailPop(c, locOf(alt), pc);
  });
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: pop the copy of the subject and fail.
  c.addop(loc, Opcode.POP_TOP);
  jumpToFailPop(c, loc, pc, Opcode.JUMP);
  c.useLabel(end);
  const stores = control as string[] | null ?? [];
  const nrots = stores.length + 1 + pc.onTop + pc.stores.length;
  for (const name of stores) {
    rotate(c, loc, nrots);
    pc.stores.push(name);
  }
  // Pop the copy of the subject.
  c.addop(loc, Opcode.POP_TOP);
}

function patternSequence(c: Compiler, p: ast.MatchSequence, pc: PatternContext): void {
  const loc = locOf(p);
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  patterns.forEach((sub, i) => {
    if (sub._kind === 'MatchStar') {
      starWildcard = isWildcardStar(sub);
      onlyWildcard &&= starWildcard;
      star = i;
    } else {
      onlyWildcard &&= isWildcard(sub);
    }
  });
  // The subject stays on top through the sequence and length checks.
  pc.onTop++;
  c.addop(loc, Opcode.MATCH_SEQUENCE);
  jumpToFailPop(c, loc, pc, Opcode.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(loc, Opcode.GET_LEN);
    c.addLoadConst(loc, size);
    addCompare(c, loc, Eq);
    jumpToFailPop(c, loc, pc, Opcode.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addop(loc, Opcode.GET_LEN);
    c.addLoadConst(loc, size - 1);
    addCompare(c, loc, GtE);
    jumpToFailPop(c, loc, pc, Opcode.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(loc, Opcode.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, loc, patterns, star, pc);
  else sequenceUnpack(c, loc, patterns, pc);
}

function pattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const loc = locOf(p);
  switch (p._kind) {
    case 'MatchValue':
      visitExpr(c, p.value);
      addCompare(c, loc, Eq);
      c.addop(loc, Opcode.TO_BOOL);
      jumpToFailPop(c, loc, pc, Opcode.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSingleton':
      c.addLoadConst(loc, p.value);
      addCompare(c, loc, Is);
      jumpToFailPop(c, loc, pc, Opcode.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSequence':
      return patternSequence(c, p, pc);
    case 'MatchMapping':
      return patternMapping(c, p, pc);
    case 'MatchClass':
      return patternClass(c, p, pc);
    case 'MatchStar':
      return storeName(c, loc, p.name, pc);
    case 'MatchAs':
      return patternAs(c, p, pc);
    case 'MatchOr':
      return patternOr(c, p, pc);
  }
}

/** compiler_match. */
export function visitMatch(c: Compiler, s: ast.Match): void {
  visitExpr(c, s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  const last = s.cases[cases - 1];
  const hasDefault = isWildcard(last.pattern) && cases > 1 ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    const m = s.cases[i];
    const ploc = locOf(m.pattern);
    // Copy the subject unless this is the last case.
    if (i !== cases - hasDefault - 1) c.addopI(ploc, Opcode.COPY, 1);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    // A match: store the captured names.
    for (const name of pc.stores) c.nameop(ploc, name, 'Store');
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, ploc, m.guard, pc.failPop[0], false);
    }
    // Done with the subject.
    if (i !== cases - hasDefault - 1) c.addop(ploc, Opcode.POP_TOP);
    visitStmts(c, m.body);
    c.addopJump(NO_LOCATION, Opcode.JUMP, end);
    // The clean-up of a failed pattern has the pattern's line, not the body's last.
    emitAndResetFailPop(c, ploc, pc);
  }
  if (hasDefault) {
    // A trailing `case _:` needs no copy of the subject.
    const m = s.cases[cases - 1];
    const ploc = locOf(m.pattern);
    if (cases === 1) c.addop(ploc, Opcode.POP_TOP);
    else c.addop(ploc, Opcode.NOP);
    if (m.guard !== null) jumpIf(c, ploc, m.guard, end, false);
    visitStmts(c, m.body);
  }
  c.useLabel(end);
}
