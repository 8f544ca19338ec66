// The symbol table walk's state (CPython's `struct symtable`) and the primitives every part of
// the walk uses: entering and leaving scopes, mangling private names, recording what a scope
// binds, declares and uses (raising the errors CPython raises as it records them). The walk
// itself is in statements.ts and expressions.ts; index.ts runs it.
import type * as ast from '../../generated/ast';
import type { ErrorFactory, Loc } from '../compile-errors';
import { MSG } from '../compile-messages';
import type { FutureFeatures } from '../future';
import { BlockType, Scope, SymbolFlag } from './scope';

/** _Py_Mangle: a private name `__x` inside class `C` is `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  return stripped === '' ? name : '_' + stripped + name;
}

/** The state of the first walk of symtable.c (symtable_visit_*), which the walk's functions share. */
export class SymbolTableBuilder {
  /** st_stack: the scopes the walk is in, innermost last (a walrus in a comprehension searches it). */
  readonly stack: Scope[] = [];
  /** st_cur: the innermost scope. */
  cur!: Scope;
  /** st_top: the module's scope. */
  top!: Scope;
  /** st_private: the class whose private names are being mangled, or null outside classes. */
  privateName: string | null = null;
  /** st_global: the module's symbols, which `global` statements anywhere also mark. */
  globals!: Map<string, number>;
  /** The scopes by the node that opens them, for the code generator (see SymbolTable). */
  readonly blocks = new Map<object, Scope>();
  readonly typeParamDefaults = new Map<object, Scope>();
  /** How many statements, expressions and patterns enclose the node being visited, and the most seen. */
  depth = 0;
  maxDepth = 0;

  constructor(
    readonly future: FutureFeatures,
    readonly errors: ErrorFactory,
  ) {}

  // ---- depth ----

  /** A statement, expression or pattern begins: one level deeper (see checkNestingDepth). */
  deeper(): void {
    if (++this.depth > this.maxDepth) this.maxDepth = this.depth;
  }

  /** Scheduled after an expression's children: back up a level. */
  readonly shallower = (): void => {
    this.depth--;
  };

  // ---- scopes ----

  enterBlock(name: string, type: BlockType, key: object | null, loc: Loc): void {
    const prev = this.stack.length > 0 ? this.cur : null;
    const ste = new Scope(name, type, loc);
    this.stack.push(ste);
    if (prev !== null) {
      if (prev.nested || prev.isFunctionLike) ste.nested = true;
      // bpo-37757: a walrus is refused anywhere inside a comprehension's iterable, even in a
      // nested comprehension or lambda there.
      ste.compIterExpr = prev.compIterExpr;
      if (prev.mangledNames !== null && type !== BlockType.Class) ste.mangledNames = prev.mangledNames;
    }
    this.cur = ste;
    // Annotation scopes under PEP 563 only check what appears in them; they join no table.
    if (type === BlockType.Annotation) return;
    if (type === BlockType.Module) this.globals = ste.symbols;
    if (prev !== null) prev.children.push(ste);
    if (key !== null) this.blocks.set(key, ste);
  }

  exitBlock(): void {
    this.stack.pop();
    if (this.stack.length > 0) this.cur = this.stack[this.stack.length - 1];
  }

  maybeMangle(name: string, ste: Scope = this.cur): string {
    if (ste.mangledNames !== null && !ste.mangledNames.has(name)) return name;
    return mangle(this.privateName, name);
  }

  /** symtable_lookup: the flags the current scope has for `name`, 0 if none. */
  lookup(name: string, ste: Scope = this.cur): number {
    return ste.symbols.get(this.maybeMangle(name, ste)) ?? 0;
  }

  /** symtable_add_def. */
  addDef(name: string, flag: number, loc: Loc): void {
    if (flag & SymbolFlag.TypeParam && this.cur.mangledNames !== null) this.cur.mangledNames.add(name);
    this.addDefTo(this.cur, name, flag, loc);
  }

  /** symtable_add_def_helper: records `flag` for `name` in `ste`. */
  addDefTo(ste: Scope, name: string, flag: number, loc: Loc): void {
    const mangled = this.maybeMangle(name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & SymbolFlag.Param && val & SymbolFlag.Param) throw this.errors.at(MSG.duplicateArgument(name), loc);
      if (flag & SymbolFlag.TypeParam && val & SymbolFlag.TypeParam) throw this.errors.at(MSG.duplicateTypeParam(name), loc);
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // A comprehension's iteration variable may not rebind a walrus target of the comprehension.
      if (val & (SymbolFlag.Global | SymbolFlag.Nonlocal)) throw this.errors.at(MSG.namedExprCompInnerLoopConflict(name), loc);
      val |= SymbolFlag.CompIter;
    }
    ste.symbols.set(mangled, val);
    if (flag & SymbolFlag.Param) ste.varnames.push(mangled);
    else if (flag & SymbolFlag.Global) this.globals.set(mangled, (this.globals.get(mangled) ?? 0) | flag);
  }

  /** symtable_record_directive. */
  recordDirective(name: string, loc: Loc): void {
    const mangled = this.maybeMangle(name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, loc);
  }

  // ---- parameters ----

  /** symtable_visit_arguments, for a def and a lambda: in the order CPython numbers them. */
  visitParameters(a: ast.arguments_): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, SymbolFlag.Param, p);
    for (const p of a.args) this.addDef(p.arg, SymbolFlag.Param, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, SymbolFlag.Param, p);
    if (a.vararg !== null) {
      this.addDef(a.vararg.arg, SymbolFlag.Param, a.vararg);
      this.cur.hasVarargs = true;
    }
    if (a.kwarg !== null) {
      this.addDef(a.kwarg.arg, SymbolFlag.Param, a.kwarg);
      this.cur.hasVarkeywords = true;
    }
  }
}
