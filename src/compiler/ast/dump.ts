// `ast.dump`, byte for byte as CPython 3.13.0 writes it (Lib/ast.py, `dump`): what
// `taipan -m ast` prints and what the conformance check compares with CPython's output.
import { NODE_INFO, type AstNode, type NodeKind } from '../../generated/ast';
import { BytesConstant, ComplexConstant, ELLIPSIS, FloatConstant, FrozensetConstant, SplitSurrogateStr, TupleConstant } from './constants';
import { complexRepr, floatRepr } from '../../objects/float-repr';
import { intRepr } from '../../objects/int-repr';
import { bytesRepr, strRepr, strReprOfParts } from '../../objects/str-repr';

export interface DumpOptions {
  /** `indent`: null (one line), a number of spaces, or the indent string itself. */
  readonly indent?: number | string | null;
  /** `include_attributes`: also write lineno, col_offset, end_lineno, end_col_offset. */
  readonly includeAttributes?: boolean;
  /** `annotate_fields` (default true): write `name=` before field values. */
  readonly annotateFields?: boolean;
  /** `show_empty` (default false): also write fields that are None or []. */
  readonly showEmpty?: boolean;
}

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

/** A field left out but remembered (annotate_fields=False writes it if a later one follows). */
class Pending {
  constructor(readonly text: string) {}
}

/**
 * `ast.dump(node, annotate_fields, include_attributes, indent=..., show_empty=...)`.
 * Throws what `repr` throws for a value (an int past the digit limit).
 */
export function dump(node: AstNode, options: DumpOptions = {}): string {
  const indent = options.indent ?? null;
  const writer = new DumpWriter(
    indent === null ? null : typeof indent === 'string' ? indent : ' '.repeat(Math.max(0, indent)),
    options.includeAttributes ?? false,
    options.annotateFields ?? true,
    options.showEmpty ?? false,
  );
  writer.run(node);
  return writer.out;
}

type Fields = Record<string, unknown>;

class DumpWriter {
  /**
   * The output so far. Appending to one string is V8's fastest way to build a large one
   * (it keeps a rope and flattens it once); an array of pieces joined at the end is slower.
   */
  out = '';
  /** Separator before the first item at each nesting level: a newline and that level's indent. */
  private readonly prefixes: string[] = [];
  /**
   * Work still to do, the next item last: a value to write at a nesting level, or, where the
   * level is -1, text to append. A stack instead of recursion, so that a tree nested as deep
   * as a long chain of `a.b.c…` or `1+1+…` cannot exhaust the JS stack.
   */
  private readonly pendingValues: unknown[] = [];
  private readonly pendingLevels: number[] = [];
  /** The items of the node or list being expanded, in order, before they go on the stack reversed. */
  private readonly itemValues: unknown[] = [];
  private readonly itemLevels: number[] = [];

  constructor(
    /** The indent unit, or null for single-line output. */
    private readonly indent: string | null,
    private readonly includeAttributes: boolean,
    private readonly annotateFields: boolean,
    private readonly showEmpty: boolean,
  ) {}

  private prefix(level: number): string {
    let p = this.prefixes[level];
    if (p === undefined) p = this.prefixes[level] = '\n' + (this.indent as string).repeat(level);
    return p;
  }

  run(root: unknown): void {
    const values = this.pendingValues;
    const levels = this.pendingLevels;
    values.push(root);
    levels.push(0);
    while (values.length > 0) {
      const level = levels.pop() as number;
      const v = values.pop();
      if (level < 0) this.out += v as string;
      else this.value(v, level);
    }
  }

  /** Queues text, then a value at `level`, to be written after what is queued before them. */
  private text(s: string): void {
    this.itemValues.push(s);
    this.itemLevels.push(-1);
  }

  private item(v: unknown, level: number): void {
    this.itemValues.push(v);
    this.itemLevels.push(level);
  }

  /** Moves the queued items onto the work stack, so that they are written next, in order. */
  private flushItems(): void {
    const values = this.itemValues;
    const levels = this.itemLevels;
    for (let i = values.length - 1; i >= 0; i--) {
      this.pendingValues.push(values[i]);
      this.pendingLevels.push(levels[i]);
    }
    values.length = 0;
    levels.length = 0;
  }

  /** Writes a field value; `level` is its parent's nesting level. */
  private value(v: unknown, level: number): void {
    if (typeof v === 'object' && v !== null) {
      if (Array.isArray(v)) this.list(v, level);
      else if (typeof (v as { _kind?: unknown })._kind === 'string') {
        if (this.annotateFields) this.node(v as AstNode, level);
        else this.unannotatedNode(v as AstNode, level);
      } else this.out += constantRepr(v);
    } else {
      this.out += constantRepr(v);
    }
  }

  private list(items: readonly unknown[], level: number): void {
    if (items.length === 0) {
      this.out += '[]';
      return;
    }
    const inner = level + 1;
    const multiline = this.indent !== null;
    this.out += multiline ? '[' + this.prefix(inner) : '[';
    const sep = multiline ? ',' + this.prefix(inner) : ', ';
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.text(sep);
      this.item(items[i], inner);
    }
    this.text(']');
    this.flushItems();
  }

  /** Whether a field is left out, as dump's loop skips it (the None/[] rules). */
  private omitted(kind: NodeKind, value: unknown, optional: boolean): boolean {
    if (value === undefined) return true;
    if (value === null && optional) return true;
    return (
      !this.showEmpty &&
      (value === null || (Array.isArray(value) && value.length === 0)) &&
      kind !== 'Constant' &&
      kind !== 'MatchSingleton'
    );
  }

  /** Whether dump writes anything between the node's parentheses. */
  private hasArgs(node: AstNode): boolean {
    const kind = node._kind;
    const info = NODE_INFO[kind];
    const fields = node as unknown as Fields;
    for (let k = 0; k < info.fields.length; k++) {
      if (!this.omitted(kind, fields[info.fields[k]], info.optional[k])) return true;
    }
    if (this.includeAttributes && info.positioned) {
      for (const name of ATTRIBUTES) if (attributeWritten(name, fields[name])) return true;
    }
    return false;
  }

  /** dump's "simple" values: those that cannot make their parent break lines. */
  private isSimple(v: unknown): boolean {
    if (typeof v !== 'object' || v === null || v instanceof Pending) return true;
    if (Array.isArray(v)) return v.length === 0;
    if (typeof (v as { _kind?: unknown })._kind === 'string') return !this.hasArgs(v as AstNode);
    return true;
  }

  /**
   * A node with annotated fields, the usual case. Two passes over the fields, the first to
   * count what is written and choose the layout, so that nothing is allocated per node.
   */
  private node(node: AstNode, level: number): void {
    const kind = node._kind;
    const info = NODE_INFO[kind];
    const names = info.fields;
    const optional = info.optional;
    const fields = node as unknown as Fields;
    const attributes = this.includeAttributes && info.positioned;
    let n = 0;
    for (let k = 0; k < names.length; k++) {
      if (!this.omitted(kind, fields[names[k]], optional[k])) n++;
    }
    if (attributes) {
      for (const name of ATTRIBUTES) if (attributeWritten(name, fields[name])) n++;
    }
    if (n === 0) {
      this.out += kind + '()';
      return;
    }
    // One line when every value is simple and there are at most three.
    let multiline = false;
    if (this.indent !== null) {
      multiline = n > 3;
      for (let k = 0; k < names.length && !multiline; k++) {
        const v = fields[names[k]];
        if (!this.omitted(kind, v, optional[k]) && !this.isSimple(v)) multiline = true;
      }
    }
    const inner = level + 1;
    const sep = multiline ? ',' + this.prefix(inner) : ', ';
    this.out += multiline ? kind + '(' + this.prefix(inner) : kind + '(';
    let first = true;
    for (let k = 0; k < names.length; k++) {
      const v = fields[names[k]];
      if (this.omitted(kind, v, optional[k])) continue;
      this.text(first ? names[k] + '=' : sep + names[k] + '=');
      first = false;
      this.item(v, inner);
    }
    if (attributes) {
      for (const name of ATTRIBUTES) {
        const v = fields[name];
        if (!attributeWritten(name, v)) continue;
        this.text((first ? name + '=' : sep + name + '=') + constantRepr(v));
        first = false;
      }
    }
    this.text(')');
    this.flushItems();
  }

  /**
   * A node with `annotate_fields=False`: values alone until a field is skipped, after which
   * dump names the rest; None and [] fields skipped before a written one are written after all.
   */
  private unannotatedNode(node: AstNode, level: number): void {
    const kind = node._kind;
    const info = NODE_INFO[kind];
    const fields = node as unknown as Fields;
    const names: (string | null)[] = [];
    const values: unknown[] = [];
    let keywords = false;
    let pending: Pending[] | null = null;
    for (let k = 0; k < info.fields.length; k++) {
      const name = info.fields[k];
      const value = fields[name];
      if (value === undefined || (value === null && info.optional[k])) {
        keywords = true;
        continue;
      }
      if (this.omitted(kind, value, false)) {
        (pending ??= []).push(new Pending(value === null ? 'None' : '[]'));
        continue;
      }
      if (!keywords && pending !== null) {
        for (const p of pending) {
          names.push(null);
          values.push(p);
        }
        pending = null;
      }
      names.push(keywords ? name : null);
      values.push(value);
    }
    if (this.includeAttributes && info.positioned) {
      for (const name of ATTRIBUTES) {
        const value = fields[name];
        if (!attributeWritten(name, value)) continue;
        names.push(name);
        values.push(value);
      }
    }
    const n = values.length;
    if (n === 0) {
      this.out += kind + '()';
      return;
    }
    let multiline = this.indent !== null && n > 3;
    if (this.indent !== null && !multiline) {
      for (let i = 0; i < n; i++) {
        if (!this.isSimple(values[i])) {
          multiline = true;
          break;
        }
      }
    }
    const inner = level + 1;
    this.out += multiline ? kind + '(' + this.prefix(inner) : kind + '(';
    const sep = multiline ? ',' + this.prefix(inner) : ', ';
    for (let i = 0; i < n; i++) {
      if (i > 0) this.text(sep);
      const name = names[i];
      if (name !== null) this.text(name + '=');
      const value = values[i];
      if (value instanceof Pending) this.text(value.text);
      else this.item(value, inner);
    }
    this.text(')');
    this.flushItems();
  }
}

/** Position attributes are skipped when missing; end_lineno and end_col_offset also when None. */
function attributeWritten(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  return value !== null || (name !== 'end_lineno' && name !== 'end_col_offset');
}

/** `repr()` of a leaf value: a constant, an identifier, or an int field such as lineno. */
function constantRepr(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'number':
    case 'bigint':
      return intRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'object':
      if (v === null) return 'None';
      if (v instanceof FloatConstant) return floatRepr(v.value);
      if (v instanceof ComplexConstant) return complexRepr(v.real, v.imag);
      if (v instanceof BytesConstant) return bytesRepr(v.bytes);
      if (v instanceof SplitSurrogateStr) return strReprOfParts(v.parts);
      if (v === ELLIPSIS) return 'Ellipsis';
      // Folded by the AST optimizer: tuple.__repr__ and set_repr (Objects/tupleobject.c, setobject.c).
      if (v instanceof TupleConstant) {
        const items = v.items.map(constantRepr);
        return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
      }
      if (v instanceof FrozensetConstant) {
        return v.items.length === 0 ? 'frozenset()' : `frozenset({${v.items.map(constantRepr).join(', ')}})`;
      }
      break;
    case 'undefined':
      return 'None';
  }
  throw new TypeError(`ast.dump: no repr for ${String(v)}`);
}
