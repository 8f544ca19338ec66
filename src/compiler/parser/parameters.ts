// Parameter lists of `def` and `lambda`: CPython's `parameters`/`lambda_parameters` rules
// and the `invalid_parameters`, `invalid_star_etc` and `invalid_kwds` messages.
import { arg, arguments_ as Arguments, expr } from '../../generated/ast';
import { Tok } from '../tokens';
import { parseExpression, parseStarExpression } from './expressions';
import { Parser } from './parser';

export function parseFunctionParameters(p: Parser): Arguments {
  return parseParameters(p, Tok.RPAR, false);
}

export function parseLambdaParameters(p: Parser): Arguments {
  return parseParameters(p, Tok.COLON, true);
}

/**
 * Reads parameters up to (not including) `close`. Lambdas take no annotations and no type
 * comments, and say "lambda" where a message differs.
 */
function parseParameters(p: Parser, close: Tok, isLambda: boolean): Arguments {
  let positional: arg[] = [];
  let posonly: arg[] = [];
  const defaults: expr[] = [];
  const kwonly: arg[] = [];
  const kwDefaults: (expr | null)[] = [];
  let vararg: arg | null = null;
  let kwarg: arg | null = null;
  let sawSlash = false;
  let sawStar = false;

  while (p.peek() !== close) {
    const k = p.peek();
    const at = p.pos;
    if (k === Tok.SLASH) {
      if (sawSlash) p.raiseAtToken(at, '/ may appear only once');
      if (sawStar) p.raiseAtToken(at, '/ must be ahead of *');
      if (positional.length === 0) {
        if (p.diagnosticKindAt(at + 1) === Tok.COMMA) p.raiseAtToken(at, 'at least one argument must precede /');
        p.fail();
      }
      p.pos++;
      sawSlash = true;
      posonly = positional;
      positional = [];
      if (p.peek() === Tok.STAR) p.raiseAtToken(p.pos, 'expected comma between / and *');
    } else if (k === Tok.STAR) {
      if (sawStar) {
        // invalid_star_etc: the second `*` must itself be followed by a parameter or a comma.
        const after = p.diagnosticKindAt(at + 1);
        if (after === Tok.NAME || after === Tok.COMMA) p.raiseAtToken(at, '* argument may appear only once');
        p.fail();
      }
      p.pos++;
      sawStar = true;
      const next = p.peek();
      if (next === Tok.NAME) {
        vararg = parseParameter(p, isLambda, true);
        if (p.peek() === Tok.EQUAL) p.raiseAtToken(p.pos, 'var-positional argument cannot have default value');
      } else if (next === Tok.COMMA) {
        const after = p.peek2();
        if (after === close || after === Tok.DOUBLESTAR) raiseBareStar(p, at, isLambda);
        if (after === Tok.TYPE_COMMENT) p.raiseAtToken(at + 2, 'bare * has associated type comment');
      } else if (next === close) {
        raiseBareStar(p, at, isLambda);
      } else {
        p.fail();
      }
    } else if (k === Tok.DOUBLESTAR) {
      p.pos++;
      if (p.peek() !== Tok.NAME) p.fail();
      kwarg = parseParameter(p, isLambda, false);
      if (p.peek() === Tok.EQUAL) p.raiseAtToken(p.pos, 'var-keyword argument cannot have default value');
      if (p.peek() === Tok.COMMA) {
        const after = p.peek2();
        if (after === Tok.NAME) {
          p.pos++;
          const extra = parseParameter(p, isLambda, false);
          p.raiseNode(extra, 'arguments cannot follow var-keyword argument');
        }
        if (after === Tok.STAR || after === Tok.DOUBLESTAR || after === Tok.SLASH) {
          p.raiseAtToken(p.pos + 1, 'arguments cannot follow var-keyword argument');
        }
      }
    } else if (k === Tok.NAME) {
      const param = parseParameter(p, isLambda, false);
      let value: expr | null = null;
      if (p.peek() === Tok.EQUAL) {
        const eq = p.pos++;
        const after = p.peek();
        // invalid_default: `'=' &(')' | ',')`, in a lambda too.
        if (after === Tok.RPAR || after === Tok.COMMA) {
          p.raiseAtToken(eq, 'expected default value expression');
        }
        value = parseExpression(p);
      }
      if (sawStar) {
        kwonly.push(param);
        kwDefaults.push(value);
      } else {
        if (value !== null) defaults.push(value);
        else if (defaults.length > 0) raiseMissingDefault(p, param, close);
        positional.push(param);
      }
    } else if (k === Tok.LPAR) {
      // invalid_parameters: `param_no_default* '(' …`, after plain parameters only.
      if (defaults.length > 0 || sawSlash || sawStar || kwarg !== null) p.fail();
      raiseParenthesizedParameters(p, isLambda);
    } else {
      p.fail();
    }
    // `param ',' TYPE_COMMENT?` or, last, `param TYPE_COMMENT? &')'`.
    if (p.eat(Tok.COMMA)) {
      if (p.peek() === Tok.TYPE_COMMENT) attachTypeComment(p, lastParameter(positional, posonly, kwonly, vararg, kwarg));
      continue;
    }
    if (p.peek() === Tok.TYPE_COMMENT) {
      attachTypeComment(p, lastParameter(positional, posonly, kwonly, vararg, kwarg));
    }
    if (p.peek() !== close) p.fail();
    break;
  }
  return new Arguments(posonly, positional, vararg, kwonly, kwDefaults, kwarg, defaults);
}

/** A parameter without a default after one with a default, if CPython's `param_no_default` matches it (a `,` or the end follows). */
function raiseMissingDefault(p: Parser, param: arg, close: Tok): void {
  let k = p.peek();
  if (k === Tok.TYPE_COMMENT) k = p.diagnosticKindAt(p.pos + 1);
  if (k === Tok.COMMA || k === close) p.raiseNode(param, 'parameter without a default follows parameter with a default');
}

/** "named arguments must follow bare *": at the star in a def, at the last token read in a lambda. */
function raiseBareStar(p: Parser, star: number, isLambda: boolean): never {
  if (isLambda) p.raiseAtLastToken('named arguments must follow bare *');
  p.raiseAtToken(star, 'named arguments must follow bare *');
}

function lastParameter(positional: arg[], posonly: arg[], kwonly: arg[], vararg: arg | null, kwarg: arg | null): arg | null {
  if (kwarg !== null) return kwarg;
  if (kwonly.length > 0) return kwonly[kwonly.length - 1];
  if (vararg !== null) return vararg;
  if (positional.length > 0) return positional[positional.length - 1];
  if (posonly.length > 0) return posonly[posonly.length - 1];
  return null;
}

function attachTypeComment(p: Parser, param: arg | null): void {
  const i = p.pos++;
  if (param !== null) param.type_comment = p.valueAt(i);
}

/** `param`: a name and, outside lambdas, an optional annotation (`*args: *Ts` when `starAnnotation`). */
function parseParameter(p: Parser, isLambda: boolean, starAnnotation: boolean): arg {
  const name = p.expect(Tok.NAME);
  const t = p.toks;
  let annotation: expr | null = null;
  if (!isLambda && p.eat(Tok.COLON)) {
    annotation = starAnnotation && p.peek() === Tok.STAR ? parseStarExpression(p) : parseExpression(p);
  }
  return new arg(p.valueAt(name), annotation, null, t.line[name], t.col[name], p.endLine(), p.endCol());
}

/**
 * `def f((a, b)):`, Python 2's tuple parameters: CPython's invalid_parameters reads names (with
 * annotations, in a def) separated by commas up to `)`, with its invalid rules on.
 */
function raiseParenthesizedParameters(p: Parser, isLambda: boolean): never {
  const open = p.pos;
  p.diagnose(() => {
    p.pos++;
    let count = 0;
    while (p.peek() === Tok.NAME) {
      if (p.secondPass(() => parseParameter(p, isLambda, false)) === null) return;
      count++;
      if (!p.eat(Tok.COMMA)) break;
    }
    if (count > 0 && p.peek() === Tok.RPAR) {
      const what = isLambda ? 'Lambda expression parameters' : 'Function parameters';
      p.raiseRange(p.tokenLoc(open), p.tokenLoc(p.pos), `${what} cannot be parenthesized`);
    }
  });
  p.fail();
}
