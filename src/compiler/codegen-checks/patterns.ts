// The code generator's checks over the patterns of `match` (compiler_pattern in Python/compile.c):
// which patterns make the rest unreachable, what a pattern may capture and match, and the limits
// of unpacking a sequence.
import type * as ast from '../../generated/ast';
import type { Loc } from '../compile-errors';
import { MSG } from '../compile-messages';
import { MAX_TARGETS_AFTER_STAR, MAX_TARGETS_BEFORE_STAR, type CodegenChecker } from './checker';
import { visitExpr } from './expressions';
import { constantKey, constantRepr, foldConstant } from './pattern-constants';

/** pattern_context: what a pattern has captured so far and whether it may be irrefutable. */
export interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
}

/** compiler_pattern. */
export function visitPattern(cg: CodegenChecker, p: ast.pattern, pc: PatternContext): void {
  switch (p._kind) {
    case 'MatchValue':
      if (!isMatchValueExpr(p.value)) throw cg.errors.at(MSG.patternValueKind, p);
      return visitExpr(cg, p.value);
    case 'MatchSingleton':
      return;
    case 'MatchSequence':
      return visitSequencePattern(cg, p, pc);
    case 'MatchMapping':
      return visitMappingPattern(cg, p, pc);
    case 'MatchClass':
      return visitClassPattern(cg, p, pc);
    case 'MatchStar':
      return storePatternName(cg, p, p.name, pc);
    case 'MatchAs':
      if (p.pattern === null) {
        if (!pc.allowIrrefutable) {
          throw cg.errors.at(p.name !== null ? MSG.patternCaptureUnreachable(p.name) : MSG.patternWildcardUnreachable, p);
        }
        return storePatternName(cg, p, p.name, pc);
      }
      visitPattern(cg, p.pattern, pc);
      return storePatternName(cg, p, p.name, pc);
    case 'MatchOr':
      return visitOrPattern(cg, p, pc);
  }
}

/** compiler_pattern_subpattern: a pattern inside another may be irrefutable. */
function visitSubpattern(cg: CodegenChecker, p: ast.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  visitPattern(cg, p, pc);
  pc.allowIrrefutable = allow;
}

/** pattern_helper_store_name: a capture may not bind `__debug__`, nor a name captured already. */
function storePatternName(cg: CodegenChecker, loc: Loc, name: string | null, pc: PatternContext): void {
  if (name === null) return;
  cg.checkName(loc, name, 'Store');
  if (pc.stores.includes(name)) throw cg.errors.at(MSG.patternDuplicateStore(name), loc);
  pc.stores.push(name);
}

/** compiler_pattern_sequence. */
function visitSequencePattern(cg: CodegenChecker, p: ast.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < patterns.length; i++) {
    const sub = patterns[i];
    if (sub._kind === 'MatchStar') {
      if (star >= 0) throw cg.errors.at(MSG.patternMultipleStarred, p);
      starWildcard = sub.name === null;
      onlyWildcard &&= starWildcard;
      star = i;
    } else {
      onlyWildcard &&= isWildcard(sub);
    }
  }
  if (onlyWildcard) return;
  if (starWildcard) {
    // pattern_helper_sequence_subscr: the items around a `*_` are read by index.
    for (const sub of patterns) if (!isWildcard(sub) && sub._kind !== 'MatchStar') visitSubpattern(cg, sub, pc);
    return;
  }
  checkPatternUnpack(cg, p);
  for (const sub of patterns) visitSubpattern(cg, sub, pc);
}

/** pattern_unpack_helper: the limits of UNPACK_EX, as for assignment targets. */
function checkPatternUnpack(cg: CodegenChecker, p: ast.MatchSequence): void {
  const elts = p.patterns;
  let seenStar = false;
  elts.forEach((elt, i) => {
    if (elt._kind !== 'MatchStar') return;
    if (seenStar) throw cg.errors.at(MSG.patternMultipleStarredUnpack, p);
    if (i >= MAX_TARGETS_BEFORE_STAR || elts.length - i - 1 >= MAX_TARGETS_AFTER_STAR) {
      throw cg.errors.at(MSG.patternTooManyStarUnpack, p);
    }
    seenStar = true;
  });
}

/** compiler_pattern_mapping: keys are literals (no two equal) or attribute lookups. */
function visitMappingPattern(cg: CodegenChecker, p: ast.MatchMapping, pc: PatternContext): void {
  if (p.keys.length === 0 && p.rest === null) return;
  const seen = new Set<string>();
  for (const key of p.keys) {
    const value = foldConstant(key);
    if (value !== undefined) {
      const identity = constantKey(value);
      if (seen.has(identity)) throw cg.errors.at(MSG.patternMappingDuplicateKey(constantRepr(value)), p);
      seen.add(identity);
    } else if (key._kind !== 'Attribute') {
      throw cg.errors.at(MSG.patternMappingKeyKind, p);
    }
    visitExpr(cg, key);
  }
  for (const sub of p.patterns) visitSubpattern(cg, sub, pc);
  storePatternName(cg, p, p.rest, pc);
}

/** compiler_pattern_class: keyword attributes first (validate_kwd_attrs), then the class and the sub-patterns. */
function visitClassPattern(cg: CodegenChecker, p: ast.MatchClass, pc: PatternContext): void {
  const attrs = p.kwd_attrs;
  attrs.forEach((attr, i) => {
    cg.checkName(p.kwd_patterns[i], attr, 'Store');
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[j] === attr) throw cg.errors.at(MSG.patternAttributeRepeated(attr), p.kwd_patterns[j]);
    }
  });
  visitExpr(cg, p.cls);
  for (const sub of [...p.patterns, ...p.kwd_patterns]) if (!isWildcard(sub)) visitSubpattern(cg, sub, pc);
}

/**
 * compiler_pattern_or: only the last alternative may be irrefutable (and only where the whole
 * may be); every alternative must bind the same names, which then join the enclosing captures.
 */
function visitOrPattern(cg: CodegenChecker, p: ast.MatchOr, pc: PatternContext): void {
  const outer = pc.stores;
  const outerAllow = pc.allowIrrefutable;
  let control: string[] = [];
  for (let i = 0; i < p.patterns.length; i++) {
    pc.stores = [];
    pc.allowIrrefutable = i === p.patterns.length - 1 && outerAllow;
    visitPattern(cg, p.patterns[i], pc);
    const stores = pc.stores;
    if (i === 0) control = stores;
    else if (stores.length !== control.length || !control.every((name) => stores.includes(name))) {
      throw cg.errors.at(MSG.patternAlternativesDiffer, p);
    }
  }
  pc.stores = outer;
  pc.allowIrrefutable = outerAllow;
  for (const name of control) {
    if (outer.includes(name)) throw cg.errors.at(MSG.patternDuplicateStore(name), p);
    outer.push(name);
  }
}

/** WILDCARD_CHECK: `_`. */
export function isWildcard(p: ast.pattern): boolean {
  return p._kind === 'MatchAs' && p.name === null;
}

/** MATCH_VALUE_EXPR, after CPython's AST optimizer has folded `-1` and `1+2j` into constants. */
function isMatchValueExpr(e: ast.expr): boolean {
  return foldConstant(e) !== undefined || e._kind === 'Attribute';
}
