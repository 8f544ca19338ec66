// The code generator's state (struct compiler and struct compiler_unit in Python/compile.c) and
// its primitives: entering and leaving code units, adding instructions, constants and names,
// resolving a name to the instruction that loads, stores or deletes it. The walk over statements
// and expressions is in the other files of this folder; optimizeAndAssemble hands a finished
// unit to the flow graph and the assembler.
import { Opcode } from '../../generated/opcodes';
import { assembleCode } from '../assemble';
import { FrozensetConstant, TupleConstant, type ConstantValue } from '../ast/constants';
import { ZERO_HASH_KEY } from '../ast-optimizer';
import { makeFrozenset } from '../ast-optimizer/frozenset';
import { type CodeConstant, CodeFlag, type CompiledCode } from '../code';
import { constantKey } from '../const-key';
import { ConstPool, optimizeAndLower } from '../flowgraph';
import type { FutureFeatures } from '../future';
import { internConstants } from '../interned';
import { InstructionSequence, NO_LABEL, NO_LOCATION, location, type Label, type Location } from '../instruction-sequence';
import { BlockType, type Scope, SymbolFlag, SymbolScope, type SymbolTable, mangle } from '../symtable';

/** The kind of code a unit compiles (COMPILER_SCOPE_*). */
export const enum ScopeType {
  Module,
  Class,
  Function,
  AsyncFunction,
  Lambda,
  Comprehension,
  TypeParams,
}

/** What the open blocks of a unit are, for break, continue and return to unwind (enum fblocktype). */
export const enum FBlockType {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  ExceptionGroupHandler,
  AsyncComprehensionGenerator,
  StopIteration,
}

/** One open block (struct fblockinfo). */
export interface FBlockInfo {
  readonly type: FBlockType;
  /** The loop's head (where `continue` goes), or the block's start. */
  readonly block: Label;
  /** The loop's exit (where `break` goes). */
  readonly exit: Label;
  /** A finally body to run when unwinding, or the name an except handler binds. */
  readonly datum: unknown;
  readonly loc: Location;
}

export type ExprContext = 'Load' | 'Store' | 'Del';

/** A code object being compiled (struct compiler_unit with its _PyCompile_CodeUnitMetadata). */
export class CompilerUnit {
  /** The code generated so far. */
  readonly seq = new InstructionSequence();
  /** Constants by key (constantKey), to their index in co_consts. */
  readonly consts = new Map<string, number>();
  /** The constants in index order. */
  readonly constValues: CodeConstant[] = [];
  /** co_names: globals, attributes, imported names, by index. */
  readonly names = new Map<string, number>();
  /** The fast locals by index: the parameters first, then the locals in the order code uses them. */
  readonly varnames = new Map<string, number>();
  /** The cells by index (renumbered after the locals by the flow graph's prepare_localsplus). */
  readonly cellvars: Map<string, number>;
  /** The free variables by index, numbered after the cells. */
  readonly freevars: Map<string, number>;
  /** Locals of inlined comprehensions made fast in a scope that is not function-like; true while hidden. */
  readonly fasthidden = new Map<string, boolean>();
  /** The open loops, try blocks and handlers that break, continue and return must unwind. */
  readonly fblocks: FBlockInfo[] = [];
  /** The class whose private names are mangled here, if any. */
  private: string | null = null;
  /** For a class: the attributes its methods assign through `self` (__static_attributes__). */
  readonly staticAttributes: Set<string> | null;
  /** The dotted name (co_qualname); the module's stays null and its code takes co_name. */
  qualname: string | null = null;
  /** co_argcount less the positional-only ones (CPython's u_argcount). */
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** How deep the code being generated is in inlined comprehensions. */
  inInlinedComp = 0;

  constructor(
    readonly ste: Scope,
    readonly name: string,
    readonly scopeType: ScopeType,
    readonly firstlineno: number,
  ) {
    ste.varnames.forEach((v, i) => this.varnames.set(v, i));
    // Cells and free variables are numbered in sorted order (dictbytype), cells first.
    this.cellvars = dictByScope(ste, SymbolScope.Cell, true, 0);
    if (ste.needsClassClosure) addName(this.cellvars, '__class__');
    if (ste.needsClassdict) addName(this.cellvars, '__classdict__');
    this.freevars = dictByScope(ste, SymbolScope.Free, false, this.cellvars.size);
    this.staticAttributes = scopeType === ScopeType.Class ? new Set() : null;
  }
}

/** Python's sort order for str: by code point (JS compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const cx = x.value.codePointAt(0)!;
    const cy = y.value.codePointAt(0)!;
    if (cx !== cy) return cx - cy;
  }
}

/**
 * dictbytype: the names of `ste` with scope `scope` — or, for the cells, the CompCell flag (the
 * cells of inlined comprehensions), for the free variables the FreeClass flag — sorted, numbered
 * from `offset`.
 */
function dictByScope(ste: Scope, scope: SymbolScope, cells: boolean, offset: number): Map<string, number> {
  const flag = cells ? SymbolFlag.CompCell : SymbolFlag.FreeClass;
  const names = [...ste.symbols.keys()].sort(compareCodePoints);
  const dest = new Map<string, number>();
  for (const name of names) {
    if (ste.getScope(name) === scope || (ste.getSymbol(name) & flag) !== 0) dest.set(name, offset + dest.size);
  }
  return dest;
}

/** dict_add_o: the index of `name`, adding it at the end if it is new. */
export function addName(dict: Map<string, number>, name: string): number {
  let i = dict.get(name);
  if (i === undefined) dict.set(name, (i = dict.size));
  return i;
}

/** The state of one compilation (struct compiler). */
export class Compiler {
  /** The unit being compiled; the enclosing ones are on `stack`. */
  u!: CompilerUnit;
  readonly stack: CompilerUnit[] = [];
  /** Compiling a statement typed at the interactive prompt (c_interactive). */
  interactive = false;

  constructor(
    readonly filename: string,
    readonly st: SymbolTable,
    readonly future: FutureFeatures,
    /** The optimization level (-O): 1 drops asserts and `__debug__` code, 2 docstrings too. */
    readonly optimize: number,
    /**
     * The strings interned before the code objects are made (see interned.ts); asked for only
     * when a code object has a frozenset constant.
     */
    private readonly interned: () => ReadonlySet<string> = () => new Set(),
    /** Receives the SyntaxWarnings code generation emits (see warnings.ts). */
    private readonly onWarning?: (message: string, lineno: number, col: number) => void,
  ) {}

  /** compiler_warn: a SyntaxWarning at `loc` (its line is what Python reports). */
  warn(loc: Location, message: string): void {
    this.onWarning?.(message, loc.lineno, loc.col_offset);
  }

  // ---- instructions ----

  addop(loc: Location, opcode: Opcode): void {
    this.u.seq.addop(opcode, 0, loc);
  }

  addopI(loc: Location, opcode: Opcode, oparg: number): void {
    this.u.seq.addop(opcode, oparg, loc);
  }

  addopJump(loc: Location, opcode: Opcode, target: Label): void {
    this.u.seq.addop(opcode, target, loc);
  }

  newLabel(): Label {
    return this.u.seq.newLabel();
  }

  useLabel(label: Label): void {
    this.u.seq.useLabel(label);
  }

  /**
   * The constants of the whole compilation by key (c_const_cache): the first of equal constants
   * is the one every code object gets, with the rebuilt frozensets of mergeConst.
   */
  private readonly constCache = new Map<string, CodeConstant>();

  /**
   * merge_consts_recursive: the cached equal of a constant. The first time a frozenset is seen
   * (alone or in a tuple) it is rebuilt from its own items, in its iteration order — which can
   * change that order, as CPython's cache does.
   */
  mergeConst(v: CodeConstant): CodeConstant {
    const key = constantKey(v);
    const cached = this.constCache.get(key);
    if (cached !== undefined) return cached;
    this.constCache.set(key, v);
    let merged = v;
    if (v instanceof TupleConstant) {
      merged = new TupleConstant(v.items.map((item) => this.mergeConst(item) as ConstantValue));
    } else if (v instanceof FrozensetConstant && v.items.length > 0) {
      merged = makeFrozenset(v.items.map((item) => this.mergeConst(item) as ConstantValue), ZERO_HASH_KEY);
    }
    this.constCache.set(key, merged);
    return merged;
  }

  /** _PyCompile_AddConst: the index of a constant, added if new. */
  addConst(v: CodeConstant): number {
    v = this.mergeConst(v);
    const key = constantKey(v);
    let i = this.u.consts.get(key);
    if (i === undefined) {
      i = this.u.constValues.length;
      this.u.consts.set(key, i);
      this.u.constValues.push(v);
    }
    return i;
  }

  addLoadConst(loc: Location, v: CodeConstant): void {
    this.addopI(loc, Opcode.LOAD_CONST, this.addConst(v));
  }

  /** ADDOP_N: an instruction whose oparg indexes one of the unit's name tables. */
  addopN(loc: Location, opcode: Opcode, name: string, dict: Map<string, number>): void {
    this.addopI(loc, opcode, addName(dict, name));
  }

  /** _Py_MaybeMangle for the current unit. */
  maybeMangle(name: string): string {
    return maybeMangle(this.u.private, this.u.ste, name);
  }

  /** codegen_addop_name: LOAD_ATTR and the method and super forms encode flags in the oparg. */
  addopName(loc: Location, opcode: Opcode, name: string): void {
    let arg = addName(this.u.names, this.maybeMangle(name));
    switch (opcode) {
      case Opcode.LOAD_ATTR:
        arg <<= 1;
        break;
      case Opcode.LOAD_METHOD:
        opcode = Opcode.LOAD_ATTR;
        arg = (arg << 1) | 1;
        break;
      case Opcode.LOAD_SUPER_ATTR:
        arg = (arg << 2) | 2;
        break;
      case Opcode.LOAD_SUPER_METHOD:
        opcode = Opcode.LOAD_SUPER_ATTR;
        arg = (arg << 2) | 3;
        break;
      case Opcode.LOAD_ZERO_SUPER_ATTR:
        opcode = Opcode.LOAD_SUPER_ATTR;
        arg <<= 2;
        break;
      case Opcode.LOAD_ZERO_SUPER_METHOD:
        opcode = Opcode.LOAD_SUPER_ATTR;
        arg = (arg << 2) | 1;
        break;
    }
    this.addopI(loc, opcode, arg);
  }

  /** compiler_nameop: the instruction that loads, stores or deletes a name, by the name's scope. */
  nameop(loc: Location, name: string, ctx: ExprContext): void {
    const u = this.u;
    const ste = u.ste;
    const mangled = this.maybeMangle(name);
    const scope = ste.getScope(mangled);
    let dict = u.names;
    let optype: 'fast' | 'global' | 'deref' | 'name' = 'name';
    switch (scope) {
      case SymbolScope.Free:
        dict = u.freevars;
        optype = 'deref';
        break;
      case SymbolScope.Cell:
        dict = u.cellvars;
        optype = 'deref';
        break;
      case SymbolScope.Local:
        if (ste.isFunctionLike || u.fasthidden.get(mangled) === true) optype = 'fast';
        break;
      case SymbolScope.GlobalImplicit:
        if (ste.isFunctionLike) optype = 'global';
        break;
      case SymbolScope.GlobalExplicit:
        optype = 'global';
        break;
    }
    let op: Opcode;
    switch (optype) {
      case 'deref':
        if (ctx === 'Load') {
          if (ste.type === BlockType.Class && u.inInlinedComp === 0) {
            op = Opcode.LOAD_FROM_DICT_OR_DEREF;
            this.addop(loc, Opcode.LOAD_LOCALS);
          } else if (ste.canSeeClassScope) {
            op = Opcode.LOAD_FROM_DICT_OR_DEREF;
            this.addopN(loc, Opcode.LOAD_DEREF, '__classdict__', u.freevars);
          } else {
            op = Opcode.LOAD_DEREF;
          }
        } else {
          op = ctx === 'Store' ? Opcode.STORE_DEREF : Opcode.DELETE_DEREF;
        }
        break;
      case 'fast':
        op = ctx === 'Load' ? Opcode.LOAD_FAST : ctx === 'Store' ? Opcode.STORE_FAST : Opcode.DELETE_FAST;
        this.addopN(loc, op, mangled, u.varnames);
        return;
      case 'global':
        if (ctx === 'Load') {
          if (ste.canSeeClassScope && scope === SymbolScope.GlobalImplicit) {
            op = Opcode.LOAD_FROM_DICT_OR_GLOBALS;
            this.addopN(loc, Opcode.LOAD_DEREF, '__classdict__', u.freevars);
          } else {
            op = Opcode.LOAD_GLOBAL;
          }
        } else {
          op = ctx === 'Store' ? Opcode.STORE_GLOBAL : Opcode.DELETE_GLOBAL;
        }
        break;
      case 'name':
        if (ctx === 'Load') op = ste.type === BlockType.Class && u.inInlinedComp > 0 ? Opcode.LOAD_GLOBAL : Opcode.LOAD_NAME;
        else op = ctx === 'Store' ? Opcode.STORE_NAME : Opcode.DELETE_NAME;
        break;
    }
    let arg = addName(dict, mangled);
    if (op === Opcode.LOAD_GLOBAL) arg <<= 1;
    this.addopI(loc, op, arg);
  }

  // ---- frame blocks ----

  pushFBlock(loc: Location, type: FBlockType, block: Label, exit: Label = NO_LABEL, datum: unknown = null): void {
    this.u.fblocks.push({ type, block, exit, datum, loc });
  }

  popFBlock(): void {
    this.u.fblocks.pop();
  }

  topFBlock(): FBlockInfo | null {
    const f = this.u.fblocks;
    return f.length > 0 ? f[f.length - 1] : null;
  }

  // ---- units ----

  /**
   * compiler_enter_scope: a new unit for the scope `ste` (which the symbol table finds by the
   * node that opens it) opens, and starts with RESUME.
   */
  enterScope(name: string, scopeType: ScopeType, ste: Scope, lineno: number): void {
    const u = new CompilerUnit(ste, name, scopeType, lineno);
    if (this.u !== undefined) {
      this.stack.push(this.u);
      u.private = this.u.private;
    }
    this.u = u;
    if (scopeType !== ScopeType.Module) this.setQualname();
    const loc = location(scopeType === ScopeType.Module ? 0 : lineno, lineno, 0, 0);
    this.addopI(loc, Opcode.RESUME, 0);
  }

  exitScope(): void {
    this.u = this.stack.pop()!;
  }

  /** compiler_set_qualname. */
  private setQualname(): void {
    const u = this.u;
    const stack = this.stack;
    let base: string | null = null;
    if (stack.length > 1) {
      let parent = stack[stack.length - 1];
      let forceGlobal = false;
      if (parent.scopeType === ScopeType.TypeParams) {
        // The parent is a type parameter scope: look at the grandparent.
        if (stack.length === 2) {
          u.qualname = u.name;
          return;
        }
        parent = stack[stack.length - 2];
      }
      if (u.scopeType === ScopeType.Function || u.scopeType === ScopeType.AsyncFunction || u.scopeType === ScopeType.Class) {
        const mangled = mangle(parent.private, u.name);
        if (parent.ste.getScope(mangled) === SymbolScope.GlobalExplicit) forceGlobal = true;
      }
      if (!forceGlobal) {
        const p = parent.scopeType;
        if (p === ScopeType.Function || p === ScopeType.AsyncFunction || p === ScopeType.Lambda) {
          base = parent.qualname + '.<locals>';
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  /** The innermost enclosing class unit (get_class_compiler_unit), not the current one. */
  classUnit(): CompilerUnit | null {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i].scopeType === ScopeType.Class) return this.stack[i];
    return null;
  }

  /** compute_code_flags. */
  private codeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.isFunctionLike) {
      flags |= CodeFlag.CO_NEWLOCALS | CodeFlag.CO_OPTIMIZED;
      if (ste.nested) flags |= CodeFlag.CO_NESTED;
      if (ste.isGenerator && !ste.isCoroutine) flags |= CodeFlag.CO_GENERATOR;
      if (ste.isGenerator && ste.isCoroutine) flags |= CodeFlag.CO_ASYNC_GENERATOR;
      if (ste.hasVarargs) flags |= CodeFlag.CO_VARARGS;
      if (ste.hasVarkeywords) flags |= CodeFlag.CO_VARKEYWORDS;
    }
    if (ste.isCoroutine && !ste.isGenerator) flags |= CodeFlag.CO_COROUTINE;
    if (this.future.annotations) flags |= CodeFlag.CO_FUTURE_ANNOTATIONS;
    return flags;
  }

  /**
   * optimize_and_assemble: ends the unit (with `return None` if `addNone`, always with
   * RETURN_VALUE, so that no path falls off the end) and turns it into a code object.
   */
  optimizeAndAssemble(addNone: boolean): CompiledCode {
    const u = this.u;
    const codeFlags = this.codeFlags();
    if (addNone) this.addLoadConst(NO_LOCATION, null);
    this.addop(NO_LOCATION, Opcode.RETURN_VALUE);
    const consts = new ConstPool(u.constValues.slice());
    const umd = { varnames: u.varnames, cellvars: u.cellvars, freevars: u.freevars, firstlineno: u.firstlineno };
    const lowered = optimizeAndLower(u.seq, consts, umd, u.ste.varnames.length, codeFlags);
    const fasthidden = new Set(u.fasthidden.keys());
    return assembleCode(
      {
        name: u.name,
        qualname: u.qualname ?? u.name,
        names: u.names,
        varnames: u.varnames,
        cellvars: u.cellvars,
        freevars: u.freevars,
        fasthidden,
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        firstlineno: u.firstlineno,
      },
      internConstants(consts.values, this.interned),
      lowered.stackDepth,
      lowered.instrs,
      lowered.nlocalsplus,
      codeFlags,
      this.filename,
    );
  }
}

/** _Py_MaybeMangle: a type parameter scope of a generic class mangles only its type parameters. */
export function maybeMangle(privateName: string | null, ste: Scope, name: string): string {
  if (ste.mangledNames !== null && !ste.mangledNames.has(name)) return name;
  return mangle(privateName, name);
}
