// The source text of an annotation under `from __future__ import annotations` (PEP 563), as
// Python/ast_unparse.c writes it — not ast.unparse(): fewer parentheses rules, `1e309` for an
// infinite float, f-strings as `f` and the repr of their body.
import type * as ast from '../../generated/ast';
import { ComplexConstant, ELLIPSIS, FloatConstant, TupleConstant, type ConstantValue } from '../ast/constants';
import { constRepr } from '../const-repr';
import { strRepr } from '../../objects/str-repr';

/** Operator precedences, lowest first. */
const enum Pr {
  Tuple,
  Test,
  Or,
  And,
  Not,
  Cmp,
  Expr,
  BOr = Expr,
  BXor,
  BAnd,
  Shift,
  Arith,
  Term,
  Factor,
  Power,
  Await,
  Atom,
}

const BINOPS: Record<ast.operator['_kind'], [string, Pr]> = {
  Add: [' + ', Pr.Arith],
  Sub: [' - ', Pr.Arith],
  Mult: [' * ', Pr.Term],
  MatMult: [' @ ', Pr.Term],
  Div: [' / ', Pr.Term],
  Mod: [' % ', Pr.Term],
  LShift: [' << ', Pr.Shift],
  RShift: [' >> ', Pr.Shift],
  BitOr: [' | ', Pr.BOr],
  BitXor: [' ^ ', Pr.BXor],
  BitAnd: [' & ', Pr.BAnd],
  FloorDiv: [' // ', Pr.Term],
  Pow: [' ** ', Pr.Power],
};

const CMPOPS: Record<ast.cmpop['_kind'], string> = {
  Eq: ' == ',
  NotEq: ' != ',
  Lt: ' < ',
  LtE: ' <= ',
  Gt: ' > ',
  GtE: ' >= ',
  Is: ' is ',
  IsNot: ' is not ',
  In: ' in ',
  NotIn: ' not in ',
};

/** append_repr: a float or complex that is infinite is written as 1e309. */
function reprOf(v: ConstantValue): string {
  const r = constRepr(v);
  return v instanceof FloatConstant || v instanceof ComplexConstant ? r.replaceAll('inf', '1e309') : r;
}

function constant(v: ConstantValue): string {
  if (v === ELLIPSIS) return '...';
  if (v instanceof TupleConstant) {
    const items = v.items.map(reprOf);
    return '(' + items.join(', ') + (items.length === 1 ? ',' : '') + ')';
  }
  return reprOf(v);
}

function paren(cond: boolean, s: string): string {
  return cond ? '(' + s + ')' : s;
}

function args(a: ast.arguments_): string {
  const parts: string[] = [];
  const arg = (p: ast.arg): string => p.arg + (p.annotation !== null ? ': ' + expr(p.annotation, Pr.Test) : '');
  const positional = [...a.posonlyargs, ...a.args];
  positional.forEach((p, i) => {
    let s = arg(p);
    const di = i - positional.length + a.defaults.length;
    if (di >= 0) s += '=' + expr(a.defaults[di], Pr.Test);
    if (a.posonlyargs.length > 0 && i + 1 === a.posonlyargs.length) s += ', /';
    parts.push(s);
  });
  if (a.vararg !== null || a.kwonlyargs.length > 0) parts.push('*' + (a.vararg !== null ? arg(a.vararg) : ''));
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    parts.push(arg(p) + (d !== null && d !== undefined ? '=' + expr(d, Pr.Test) : ''));
  });
  if (a.kwarg !== null) parts.push('**' + arg(a.kwarg));
  return parts.join(', ');
}

function comprehensions(gens: readonly ast.comprehension[]): string {
  return gens
    .map((g) => (g.is_async ? ' async for ' : ' for ') + expr(g.target, Pr.Tuple) + ' in ' + expr(g.iter, Pr.Test + 1) + g.ifs.map((i) => ' if ' + expr(i, Pr.Test + 1)).join(''))
    .join('');
}

function escapeBraces(s: string): string {
  return s.replaceAll('{', '{{').replaceAll('}', '}}');
}

function fstringElement(e: ast.expr, isFormatSpec: boolean): string {
  switch (e._kind) {
    case 'Constant':
      return escapeBraces(e.value as string);
    case 'JoinedStr':
      return joinedStr(e, isFormatSpec);
    case 'FormattedValue':
      return formattedValue(e);
    default:
      throw new Error('compiler: unknown expression kind inside f-string');
  }
}

function joinedStr(e: ast.JoinedStr, isFormatSpec: boolean): string {
  const body = e.values.map((v) => fstringElement(v, isFormatSpec)).join('');
  return isFormatSpec ? body : 'f' + strRepr(body);
}

function formattedValue(e: ast.FormattedValue): string {
  // A lambda's ':' needs parentheses, hence a level above Test.
  const value = expr(e.value, Pr.Test + 1);
  let s = (value.startsWith('{') ? '{ ' : '{') + value;
  if (e.conversion > 0) s += '!' + String.fromCharCode(e.conversion);
  if (e.format_spec !== null) s += ':' + fstringElement(e.format_spec, true);
  return s + '}';
}

function expr(e: ast.expr, level: Pr): string {
  switch (e._kind) {
    case 'BoolOp': {
      const [op, pr] = e.op._kind === 'And' ? [' and ', Pr.And] : [' or ', Pr.Or];
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(op));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op._kind];
      const rassoc = e.op._kind === 'Pow' ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] =
        e.op._kind === 'Invert' ? ['~', Pr.Factor] : e.op._kind === 'Not' ? ['not ', Pr.Not] : e.op._kind === 'UAdd' ? ['+', Pr.Factor] : ['-', Pr.Factor];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      const positional = e.args.args.length + e.args.posonlyargs.length;
      return paren(level > Pr.Test, (positional > 0 ? 'lambda ' : 'lambda') + args(e.args) + ': ' + expr(e.body, Pr.Test));
    }
    case 'IfExp':
      return paren(level > Pr.Test, expr(e.body, Pr.Test + 1) + ' if ' + expr(e.test, Pr.Test + 1) + ' else ' + expr(e.orelse, Pr.Test));
    case 'Dict':
      return '{' + e.keys.map((k, i) => (k !== null ? expr(k, Pr.Test) + ': ' + expr(e.values[i], Pr.Test) : '**' + expr(e.values[i], Pr.Expr))).join(', ') + '}';
    case 'Set':
      return '{' + e.elts.map((x) => expr(x, Pr.Test)).join(', ') + '}';
    case 'GeneratorExp':
      return '(' + expr(e.elt, Pr.Test) + comprehensions(e.generators) + ')';
    case 'ListComp':
      return '[' + expr(e.elt, Pr.Test) + comprehensions(e.generators) + ']';
    case 'SetComp':
      return '{' + expr(e.elt, Pr.Test) + comprehensions(e.generators) + '}';
    case 'DictComp':
      return '{' + expr(e.key, Pr.Test) + ': ' + expr(e.value, Pr.Test) + comprehensions(e.generators) + '}';
    case 'Yield':
      return e.value === null ? '(yield)' : '(yield ' + expr(e.value, Pr.Test) + ')';
    case 'YieldFrom':
      return '(yield from ' + expr(e.value, Pr.Test) + ')';
    case 'Await':
      return paren(level > Pr.Await, 'await ' + expr(e.value, Pr.Atom));
    case 'Compare':
      return paren(level > Pr.Cmp, expr(e.left, Pr.Cmp + 1) + e.ops.map((op, i) => CMPOPS[op._kind] + expr(e.comparators[i], Pr.Cmp + 1)).join(''));
    case 'Call': {
      const func = expr(e.func, Pr.Atom);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._kind === 'GeneratorExp') return func + expr(e.args[0], Pr.Test);
      const parts = [...e.args.map((a) => expr(a, Pr.Test)), ...e.keywords.map((k) => (k.arg === null ? '**' : k.arg + '=') + expr(k.value, Pr.Test))];
      return func + '(' + parts.join(', ') + ')';
    }
    case 'Constant':
      return constant(e.value);
    case 'JoinedStr':
      return joinedStr(e, false);
    case 'FormattedValue':
      return formattedValue(e);
    case 'Attribute': {
      const v = e.value;
      // `1 .real`: an int needs a space before the dot.
      const isInt = v._kind === 'Constant' && (typeof v.value === 'number' || typeof v.value === 'bigint');
      return expr(v, Pr.Atom) + (isInt ? ' .' : '.') + e.attr;
    }
    case 'Subscript':
      return expr(e.value, Pr.Atom) + '[' + expr(e.slice, Pr.Tuple) + ']';
    case 'Starred':
      return '*' + expr(e.value, Pr.Expr);
    case 'Slice':
      return (e.lower !== null ? expr(e.lower, Pr.Test) : '') + ':' + (e.upper !== null ? expr(e.upper, Pr.Test) : '') + (e.step !== null ? ':' + expr(e.step, Pr.Test) : '');
    case 'Name':
      return e.id;
    case 'List':
      return '[' + e.elts.map((x) => expr(x, Pr.Test)).join(', ') + ']';
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      return paren(level > Pr.Tuple, e.elts.map((x) => expr(x, Pr.Test)).join(', ') + (e.elts.length === 1 ? ',' : ''));
    case 'NamedExpr':
      return paren(level > Pr.Tuple, expr(e.target, Pr.Atom) + ' := ' + expr(e.value, Pr.Atom));
  }
}

/** _PyAST_ExprAsUnicode. */
export function unparseAnnotation(e: ast.expr): string {
  return expr(e, Pr.Test);
}
