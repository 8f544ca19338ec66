// Code generation for annotations as CPython 3.13 evaluates them (Python/compile.c): eagerly.
// An annotated name in a module or class body is stored in `__annotations__` (which
// SETUP_ANNOTATIONS creates when the body has any annotation); a function's annotations are
// built into a tuple of names and values that MAKE_FUNCTION receives. Under
// `from __future__ import annotations` (PEP 563) they are stored as strings instead.
import type * as ast from '../../generated/ast';
import { Opcode } from '../../generated/opcodes';
import { locOf, type Location } from '../instruction-sequence';
import { type Compiler, ScopeType } from './compiler';
import { visitExpr } from './expressions';
import { unparseAnnotation } from './unparse';

/**
 * find_ann: whether a body (not the functions and classes in it) has an annotated assignment.
 * The bodies still to look at are kept in a list of their own: an `elif` chain nests thousands deep.
 */
export function findAnn(body: readonly ast.stmt[]): boolean {
  const pending: (readonly ast.stmt[])[] = [body];
  for (let stmts = pending.pop(); stmts !== undefined; stmts = pending.pop()) {
    for (const st of stmts) {
      switch (st._kind) {
        case 'AnnAssign':
          return true;
        case 'For':
        case 'AsyncFor':
        case 'While':
        case 'If':
          pending.push(st.body, st.orelse);
          break;
        case 'With':
        case 'AsyncWith':
          pending.push(st.body);
          break;
        case 'Try':
        case 'TryStar':
          for (const h of st.handlers) pending.push(h.body);
          pending.push(st.body, st.finalbody, st.orelse);
          break;
        case 'Match':
          for (const m of st.cases) pending.push(m.body);
          break;
      }
    }
  }
  return false;
}

/** compiler_visit_annexpr: under PEP 563 an annotation is its source text. */
function visitAnnExpr(c: Compiler, annotation: ast.expr): void {
  c.addLoadConst(locOf(annotation), unparseAnnotation(annotation));
}

function isModuleOrClass(c: Compiler): boolean {
  return c.u.scopeType === ScopeType.Module || c.u.scopeType === ScopeType.Class;
}

/** check_ann_expr: an annotation that is not stored is still evaluated (and dropped). */
function checkAnnExpr(c: Compiler, e: ast.expr): void {
  visitExpr(c, e);
  c.addop(locOf(e), Opcode.POP_TOP);
}

/** check_ann_subscr: the parts of a subscript target's slice are evaluated. */
function checkAnnSubscr(c: Compiler, e: ast.expr): void {
  switch (e._kind) {
    case 'Slice':
      if (e.lower !== null) checkAnnExpr(c, e.lower);
      if (e.upper !== null) checkAnnExpr(c, e.upper);
      if (e.step !== null) checkAnnExpr(c, e.step);
      return;
    case 'Tuple':
      for (const elt of e.elts) checkAnnSubscr(c, elt);
      return;
    default:
      return checkAnnExpr(c, e);
  }
}

/** compiler_annassign. */
export function visitAnnAssign(c: Compiler, s: ast.AnnAssign): void {
  const loc = locOf(s);
  const targ = s.target;
  // The assignment first.
  if (s.value !== null) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  switch (targ._kind) {
    case 'Name':
      // A simple name in a module or class: the annotation is stored.
      if (s.simple && isModuleOrClass(c)) {
        if (c.future.annotations) visitAnnExpr(c, s.annotation);
        else visitExpr(c, s.annotation);
        c.addopName(loc, Opcode.LOAD_NAME, '__annotations__');
        c.addLoadConst(loc, c.maybeMangle(targ.id));
        c.addop(loc, Opcode.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      if (s.value === null) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (s.value === null) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw new Error(`compiler: invalid node type ${targ._kind} for annotated assignment`);
  }
  // The annotation of a complex target is evaluated last, in a module or class.
  if (!s.simple && !c.future.annotations && isModuleOrClass(c)) checkAnnExpr(c, s.annotation);
}

/** compiler_visit_argannotation: pushes the name and value of one annotation; returns how many values. */
function argAnnotation(c: Compiler, id: string, annotation: ast.expr | null, loc: Location): number {
  if (annotation === null) return 0;
  c.addLoadConst(loc, c.maybeMangle(id));
  if (c.future.annotations) {
    visitAnnExpr(c, annotation);
  } else if (annotation._kind === 'Starred') {
    // `*args: *Ts`: [value] = [*Ts].
    visitExpr(c, annotation.value);
    c.addopI(loc, Opcode.UNPACK_SEQUENCE, 1);
  } else {
    visitExpr(c, annotation);
  }
  return 2;
}

/**
 * compiler_visit_annotations: the annotations of a def as a tuple (name, value, name, value…),
 * in the order args, positional-only, *args, keyword-only, **kwargs, return. Returns whether
 * there were any.
 */
export function visitFunctionAnnotations(c: Compiler, loc: Location, args: ast.arguments_, returns: ast.expr | null): boolean {
  let len = 0;
  for (const a of args.args) len += argAnnotation(c, a.arg, a.annotation, loc);
  for (const a of args.posonlyargs) len += argAnnotation(c, a.arg, a.annotation, loc);
  if (args.vararg !== null) len += argAnnotation(c, args.vararg.arg, args.vararg.annotation, loc);
  for (const a of args.kwonlyargs) len += argAnnotation(c, a.arg, a.annotation, loc);
  if (args.kwarg !== null) len += argAnnotation(c, args.kwarg.arg, args.kwarg.annotation, loc);
  len += argAnnotation(c, 'return', returns, loc);
  if (len > 0) {
    c.addopI(loc, Opcode.BUILD_TUPLE, len);
    return true;
  }
  return false;
}
