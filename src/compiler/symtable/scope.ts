// The symbol table's structures (Include/internal/pycore_symtable.h): the scopes of a program
// (PySTEntryObject), the flags each records of a name, and the table that finds a scope by the
// AST node that opens it. The walk (builder.ts and the files it drives) fills them in; the
// analysis and the code generator read them.
import type * as ast from '../../generated/ast';
import type { Loc } from '../compile-errors';

/** What a scope records of a name: symtable.h's DEF_* and USE flags, with CPython's values. */
export const enum SymbolFlag {
  /** Named by a `global` statement (or a walrus target bound in the module from a comprehension). */
  Global = 1,
  /** Bound by assignment, a def or class statement, a for/with/except/match target… */
  Local = 2,
  /** A parameter of the function. */
  Param = 2 << 1,
  /** Named by a `nonlocal` statement (or a walrus target bound in a function from a comprehension). */
  Nonlocal = 2 << 2,
  /** Read. */
  Use = 2 << 3,
  /** Bound by an import. */
  Import = 2 << 6,
  /** Annotated by `name: annotation`. */
  Annot = 2 << 7,
  /** An iteration variable of a comprehension (walrus targets may not rebind it). */
  CompIter = 2 << 8,
  /** A PEP 695 type parameter. */
  TypeParam = 2 << 9,
  /** Set by the analysis: a name free in a method that the class also binds (DEF_FREE_CLASS). */
  FreeClass = 2 << 5,
  /** Set by the analysis: a cell of an inlined comprehension, kept as a cell of this scope (DEF_COMP_CELL). */
  CompCell = 2 << 10,
}

/** What the analysis decides a name is in a scope (symtable.h's scope values); 0 for a name the scope never mentions. */
export const enum SymbolScope {
  None = 0,
  Local = 1,
  GlobalExplicit = 2,
  GlobalImplicit = 3,
  Free = 4,
  Cell = 5,
}

/** DEF_BOUND: the flags that make a name local to its scope. */
export const BOUND = SymbolFlag.Local | SymbolFlag.Param | SymbolFlag.Import;

/** _Py_block_ty. */
export const enum BlockType {
  Function,
  Class,
  Module,
  /** The scope of the annotations of one statement, under `from __future__ import annotations` only. */
  Annotation,
  /** The value of a `type X = …` statement, evaluated lazily. */
  TypeAlias,
  /** The scope holding the type parameters of a generic def, class or type alias. */
  TypeParameters,
  /** The bound, constraints or default of one type parameter, evaluated lazily. */
  TypeVariable,
}

/** _Py_comprehension_ty: which comprehension a scope is, if it is one. */
export const enum ComprehensionType {
  None,
  List,
  Set,
  Dict,
  Generator,
}

/**
 * One scope of the program (CPython's PySTEntryObject): a module, class, function or lambda,
 * comprehension, or one of the annotation scopes of PEP 695. The first walk fills it in; the
 * analysis then reads it.
 */
export class Scope {
  /** Each name the scope mentions, mangled, with its SymbolFlags, in the order first met. */
  readonly symbols = new Map<string, number>();
  /** The parameters, mangled, in the order CPython numbers them. */
  readonly varnames: string[] = [];
  /**
   * For each name (mangled) declared global or nonlocal here, where it was first declared: the
   * analysis errors about such a name point there (ste_directives, error_at_directive).
   */
  readonly directives = new Map<string, Loc>();
  /** The scopes nested directly in this one, in source order (annotation scopes excepted). */
  readonly children: Scope[] = [];
  /** A generator: `yield` appears directly in it (or it is a generator expression). */
  isGenerator = false;
  /** A coroutine or async generator: an async def, or `await` or an async comprehension (or clause) in it. */
  isCoroutine = false;
  /** `return` with a value appears in it. */
  returnsValue = false;
  /** Which comprehension it is, if one. */
  comprehension: ComprehensionType = ComprehensionType.None;
  /** A list, set or dict comprehension compiled inline in its parent (PEP 709); set by the analysis. */
  compInlined = false;
  /** While its comprehension iteration targets are being visited (ste_comp_iter_target). */
  compIterTarget = false;
  /** How deep the walk is in comprehension iterables visited here; inherited by nested scopes. */
  compIterExpr = 0;
  /** An annotation scope in a class body, which can read the class's names (PEP 695). */
  canSeeClassScope = false;
  /**
   * The names this scope mangles, when only some are: in the type parameter scope of a generic
   * class only its type parameters are private names. Null where every private name is mangled.
   */
  mangledNames: Set<string> | null = null;
  /** For a TypeVariable scope, what it is, for messages: "a TypeVar bound", "a ParamSpec default"… */
  scopeInfo: string | null = null;
  /** Nested in a function-like scope, directly or not (ste_nested): its code gets CO_NESTED. */
  nested = false;
  /** Has a `*args` parameter (ste_varargs): CO_VARARGS. */
  hasVarargs = false;
  /** Has a `**kwargs` parameter (ste_varkeywords): CO_VARKEYWORDS. */
  hasVarkeywords = false;

  // ---- filled in by the analysis (analysis.ts) ----

  /** The scope of each name, as analyze_name and analyze_cells decide it (the SCOPE_OFFSET bits of ste_symbols). */
  readonly scopes = new Map<string, SymbolScope>();
  /** A class some method of which reads `__class__` (or calls super()): the class body makes the cell. */
  needsClassClosure = false;
  /** A class whose annotation scopes read its namespace: the class body stores it in a `__classdict__` cell. */
  needsClassdict = false;

  constructor(
    /** The name of the def or class, or `top`, `lambda`, `listcomp`, `_annotation`… */
    readonly name: string,
    readonly type: BlockType,
    readonly loc: Loc,
  ) {}

  /** _PyST_GetScope: what the analysis decided `name` (mangled) is here. */
  getScope(name: string): SymbolScope {
    return this.scopes.get(name) ?? SymbolScope.None;
  }

  /** _PyST_GetSymbol: the flags the scope has for `name` (mangled), 0 if none. */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** _PyST_IsFunctionLike: a scope whose names are fast locals, where `return` and `yield` may appear. */
  get isFunctionLike(): boolean {
    return (
      this.type === BlockType.Function ||
      this.type === BlockType.TypeVariable ||
      this.type === BlockType.TypeAlias ||
      this.type === BlockType.TypeParameters
    );
  }
}

/** The result of stage 2: the scopes, found by the node (or node list) that opens each. */
export class SymbolTable {
  constructor(
    readonly top: Scope,
    /** st_blocks: keyed as CPython keys them, by the AST node (a type parameter list for its scope). */
    private readonly blocks: ReadonlyMap<object, Scope>,
    /** The default of a type parameter has its own scope; keyed by the type parameter. */
    private readonly typeParamDefaults: ReadonlyMap<object, Scope>,
  ) {}

  /** The scope opened by `key`, or null (_PySymtable_LookupOptional). */
  lookupOptional(key: object): Scope | null {
    return this.blocks.get(key) ?? null;
  }

  lookup(key: object): Scope {
    const scope = this.blocks.get(key);
    if (scope === undefined) throw new Error('early errors: no scope recorded for a node');
    return scope;
  }

  lookupDefault(typeParam: ast.type_param): Scope {
    const scope = this.typeParamDefaults.get(typeParam);
    if (scope === undefined) throw new Error('early errors: no scope recorded for a type parameter default');
    return scope;
  }
}
