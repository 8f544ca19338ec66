// Parses the stack-effect notation of the definitions, `inputs -- outputs`, as CPython's
// instruction DSL writes it (Tools/cases_generator/interpreter_definition.md), and turns the
// sizes into TypeScript expressions of `oparg` for the generated tables.
//
//   'left, right -- res'                        two in, one out
//   'values[oparg] -- list'                     an array whose size depends on the oparg
//   'owner -- attr, null if (oparg & 1)'        an item present only when the condition holds
//   'bottom, unused[oparg-1] -- bottom, unused[oparg-1], top'
//                                               the same name at the same depth on both sides is
//                                               a peek: CPython still counts it as popped and pushed
//
// Sizes and conditions are small C expressions of `oparg` and integers with + - * << >> & |
// == != and parentheses, read with C's precedence (which is also JavaScript's).

/** An expression of `oparg`. */
export type Expr =
  | { readonly kind: 'number'; readonly value: number; readonly text: string }
  | { readonly kind: 'oparg' }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr };

export type BinaryOp = '*' | '+' | '-' | '<<' | '>>' | '==' | '!=' | '&' | '|';

/** Binding strength of each operator, as in C and JavaScript: higher binds tighter. */
const PRECEDENCE: Readonly<Record<BinaryOp, number>> = {
  '*': 10,
  '+': 9,
  '-': 9,
  '<<': 8,
  '>>': 8,
  '==': 6,
  '!=': 6,
  '&': 5,
  '|': 3,
};

/** One named stack item. */
export interface StackItem {
  readonly name: string;
  /** The number of values for an array item (`name[size]`); null for a single value. */
  readonly size: Expr | null;
  /** The item is there only when this is nonzero (`name if (cond)`); null when always there. */
  readonly condition: Expr | null;
}

export interface StackEffect {
  /** Bottom first, as written. */
  readonly inputs: readonly StackItem[];
  readonly outputs: readonly StackItem[];
}

// ------------------------------------------------------------------ expressions

const TOKEN = /\s*(0[xX][0-9a-fA-F]+|\d+|oparg|<<|>>|==|!=|[-+*&|()])/y;

class ExprParser {
  private readonly tokens: string[] = [];
  private pos = 0;

  constructor(private readonly text: string) {
    TOKEN.lastIndex = 0;
    let at = 0;
    while (at < text.length) {
      if (/^\s*$/.test(text.slice(at))) break;
      TOKEN.lastIndex = at;
      const m = TOKEN.exec(text);
      if (!m) throw new Error(`bad expression '${text}' at '${text.slice(at)}'`);
      this.tokens.push(m[1]);
      at = TOKEN.lastIndex;
    }
  }

  parse(): Expr {
    const e = this.binary(0);
    if (this.pos !== this.tokens.length) throw new Error(`bad expression '${this.text}': unexpected '${this.tokens[this.pos]}'`);
    return e;
  }

  private binary(minPrecedence: number): Expr {
    let left = this.primary();
    for (;;) {
      const op = this.tokens[this.pos] as BinaryOp | undefined;
      if (op === undefined || !(op in PRECEDENCE) || PRECEDENCE[op] < minPrecedence) return left;
      this.pos++;
      // All these operators are left-associative: the right side binds one level tighter.
      const right = this.binary(PRECEDENCE[op] + 1);
      left = { kind: 'binary', op, left, right };
    }
  }

  private primary(): Expr {
    const t = this.tokens[this.pos++];
    if (t === undefined) throw new Error(`bad expression '${this.text}': unexpected end`);
    if (t === '(') {
      const e = this.binary(0);
      if (this.tokens[this.pos++] !== ')') throw new Error(`bad expression '${this.text}': missing ')'`);
      return e;
    }
    if (t === 'oparg') return { kind: 'oparg' };
    if (/^(0[xX][0-9a-fA-F]+|\d+)$/.test(t)) return { kind: 'number', value: Number(t), text: t };
    throw new Error(`bad expression '${this.text}': unexpected '${t}'`);
  }
}

export function parseExpr(text: string): Expr {
  return new ExprParser(text).parse();
}

/** The value of an expression for one oparg, with C's int semantics for the operators used. */
export function evaluate(e: Expr, oparg: number): number {
  switch (e.kind) {
    case 'number':
      return e.value;
    case 'oparg':
      return oparg;
    case 'binary': {
      const l = evaluate(e.left, oparg);
      const r = evaluate(e.right, oparg);
      switch (e.op) {
        case '*':
          return l * r;
        case '+':
          return l + r;
        case '-':
          return l - r;
        case '<<':
          return l << r;
        case '>>':
          return l >> r;
        case '==':
          return l === r ? 1 : 0;
        case '!=':
          return l !== r ? 1 : 0;
        case '&':
          return l & r;
        case '|':
          return l | r;
        default:
          return assertNever(e.op);
      }
    }
    default:
      return assertNever(e);
  }
}

/** The value of an expression that does not read `oparg`, else null. */
export function constantValue(e: Expr): number | null {
  if (e.kind === 'number') return e.value;
  if (e.kind === 'oparg') return null;
  const l = constantValue(e.left);
  const r = constantValue(e.right);
  return l === null || r === null ? null : evaluate(e, 0);
}

/** TypeScript source for an expression, parenthesized only where precedence needs it. */
export function exprToTs(e: Expr, outer = 0): string {
  switch (e.kind) {
    case 'number':
      return e.text;
    case 'oparg':
      return 'oparg';
    case 'binary': {
      const p = PRECEDENCE[e.op];
      const op = e.op === '==' ? '===' : e.op === '!=' ? '!==' : e.op;
      const text = `${exprToTs(e.left, p)} ${op} ${exprToTs(e.right, p + 1)}`;
      return p < outer ? `(${text})` : text;
    }
    default:
      return assertNever(e);
  }
}

// ------------------------------------------------------------------ stack effects

/** Stack item names that are JS reserved words or the loops' own variables get a trailing underscore in generated code. */
const RENAMED = new Set(['null', 'from', 'class', 'names', 'stack', 'frame', 'code', 'caches', 'base', 'entry', 'consts', 'pc', 'sp', 'at', 'ts', 'oparg', 'opcode', 'word', 'pending', 'stats', 'executor', 'exits', 'ip']);

/** The JS variable a stack item is bound to in generated code. */
export function stackName(name: string): string {
  return RENAMED.has(name) ? `${name}_` : name;
}

const ITEM = /^([A-Za-z_]\w*)(?:\[(.+)\])?(?:\s+if\s+\((.+)\))?$/;

function parseItems(text: string, where: string): StackItem[] {
  if (text.trim() === '') return [];
  return text.split(',').map((raw) => {
    const part = raw.trim();
    const m = ITEM.exec(part);
    if (!m) throw new Error(`${where}: bad stack item '${part}'`);
    return {
      name: m[1],
      size: m[2] === undefined ? null : parseExpr(m[2]),
      condition: m[3] === undefined ? null : parseExpr(m[3]),
    };
  });
}

/** Parses `inputs -- outputs`; `where` names the definition in error messages. */
export function parseStackEffect(text: string, where: string): StackEffect {
  const sides = text.split('--');
  if (sides.length !== 2) throw new Error(`${where}: stack effect '${text}' needs exactly one '--'`);
  const inputs = parseItems(sides[0], where);
  const outputs = parseItems(sides[1], where);
  for (const [side, items] of [['inputs', inputs], ['outputs', outputs]] as const) {
    const seen = new Set<string>();
    for (const item of items) {
      if (item.name === 'unused') continue;
      if (seen.has(item.name)) throw new Error(`${where}: '${item.name}' appears twice in the ${side}`);
      seen.add(item.name);
    }
  }
  return { inputs, outputs };
}

/** How many values a list of items holds for one oparg. */
export function countItems(items: readonly StackItem[], oparg: number): number {
  let n = 0;
  for (const item of items) {
    if (item.condition !== null && evaluate(item.condition, oparg) === 0) continue;
    n += item.size === null ? 1 : evaluate(item.size, oparg);
  }
  return n;
}

/**
 * TypeScript source for how many values a list of items holds, as a function of `oparg`:
 * constants folded into one leading number, each variable part after it (`2 + oparg`,
 * `1 + (oparg & 1 ? 1 : 0)`).
 */
export function countToTs(items: readonly StackItem[]): string {
  let constant = 0;
  const terms: string[] = [];
  for (const item of items) {
    let term: string | null;
    let fixed: number | null;
    const size = item.size === null ? 1 : constantValue(item.size);
    const present = item.condition === null ? 1 : constantValue(item.condition);
    if (present === 0) continue;
    if (present !== null && size !== null) {
      fixed = size;
      term = null;
    } else if (present !== null && item.size !== null) {
      fixed = null;
      term = exprToTs(item.size, PRECEDENCE['+'] + 1);
    } else if (item.condition !== null && size !== null) {
      fixed = null;
      // An item under a condition is one value or none; CPython allows no conditional arrays.
      if (size !== 1) throw new Error(`conditional array '${item.name}' is not supported`);
      term = `(${exprToTs(item.condition)} ? 1 : 0)`;
    } else {
      throw new Error(`conditional array '${item.name}' is not supported`);
    }
    if (fixed !== null) constant += fixed;
    if (term !== null) terms.push(term);
  }
  if (terms.length === 0) return String(constant);
  return constant === 0 ? terms.join(' + ') : `${constant} + ${terms.join(' + ')}`;
}

function assertNever(x: never): never {
  throw new Error(`unexpected ${JSON.stringify(x)}`);
}
