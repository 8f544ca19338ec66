// The symbol table's second pass (analyze_block, analyze_name, analyze_cells, update_symbols and
// inline_comprehension in Python/symtable.c), over the scopes the walk built: what every name is
// in every scope — local, global (explicit or implicit), free or cell — which comprehensions run
// inline (PEP 709) and what their names become in the scope that inlines them, which classes need
// the implicit `__class__` and `__classdict__` cells, and the errors of nonlocal and global names.
import type { ErrorFactory } from '../compile-errors';
import { MSG } from '../compile-messages';
import type { PySyntaxError } from '../errors';
import { BOUND, BlockType, ComprehensionType, SymbolFlag, SymbolScope, type Scope } from './scope';

/**
 * The second pass of symtable.c. Scopes are analyzed parent first, names in the order each scope
 * first met them, so that of several errors the one CPython reports is raised.
 */
export class ScopeAnalysis {
  constructor(private readonly errors: ErrorFactory) {}

  analyze(top: Scope): void {
    this.analyzeBlock(top, null, new Set(), new Set(), new Set(), null);
  }

  /**
   * analyze_block. `bound`: the names bound in enclosing function scopes (null for the module);
   * `free`: receives the names free in this scope and the scopes nested in it that an enclosing
   * scope must provide; `global`: the names known to be global; `typeParams`: enclosing type
   * parameters not rebound since; `classEntry`: the class whose namespace an annotation scope
   * can see. All sets but `free` are this scope's own copies.
   */
  private analyzeBlock(
    ste: Scope,
    bound: Set<string> | null,
    free: Set<string>,
    global: Set<string>,
    typeParams: Set<string>,
    classEntry: Scope | null,
  ): void {
    const local = new Set<string>();
    const newBound = new Set<string>();
    const newGlobal = new Set<string>();
    const newFree = new Set<string>();
    const inlinedCells = new Set<string>();
    // A class's names are invisible to the scopes nested in it.
    if (ste.type === BlockType.Class) {
      addAll(newGlobal, global);
      if (bound !== null) addAll(newBound, bound);
    }
    for (const [name, flags] of ste.symbols) {
      this.analyzeName(ste, name, flags, bound, local, free, global, typeParams, classEntry);
    }
    if (ste.type !== BlockType.Class) {
      if (ste.isFunctionLike) addAll(newBound, local);
      if (bound !== null) addAll(newBound, bound);
      addAll(newGlobal, global);
    } else {
      newBound.add('__class__');
      newBound.add('__classdict__');
    }
    for (const child of ste.children) {
      let newClassEntry: Scope | null = null;
      if (child.canSeeClassScope) {
        if (ste.type === BlockType.Class) newClassEntry = ste;
        else if (classEntry !== null) newClassEntry = classEntry;
      }
      // PEP 709: list, set and dict comprehensions run inline, except in annotation scopes of classes.
      const inlineComp = child.comprehension !== ComprehensionType.None && !child.isGenerator && !ste.canSeeClassScope;
      const childFree = new Set(newFree);
      this.analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), new Set(typeParams), newClassEntry);
      if (inlineComp) {
        inlineComprehension(ste, child, childFree, inlinedCells);
        child.compInlined = true;
      }
      addAll(newFree, childFree);
    }
    // The scopes nested in an inlined comprehension become this scope's children.
    for (let i = ste.children.length - 1; i >= 0; i--) {
      const child = ste.children[i];
      if (child.compInlined) ste.children.splice(i, 1, ...child.children);
    }
    if (ste.isFunctionLike) analyzeCells(ste, newFree, inlinedCells);
    else if (ste.type === BlockType.Class) dropClassFree(ste, newFree);
    updateSymbols(ste, bound, newFree, inlinedCells, ste.type === BlockType.Class || ste.canSeeClassScope);
    addAll(free, newFree);
  }

  /** analyze_name: decides the scope of one name, and raises the errors of its declarations. */
  private analyzeName(
    ste: Scope,
    name: string,
    flags: number,
    bound: Set<string> | null,
    local: Set<string>,
    free: Set<string>,
    global: Set<string>,
    typeParams: Set<string>,
    classEntry: Scope | null,
  ): void {
    if (flags & SymbolFlag.Global) {
      if (flags & SymbolFlag.Nonlocal) throw this.errorAtDirective(ste, name, MSG.nonlocalAndGlobal(name));
      ste.scopes.set(name, SymbolScope.GlobalExplicit);
      global.add(name);
      bound?.delete(name);
      return;
    }
    if (flags & SymbolFlag.Nonlocal) {
      if (bound === null) throw this.errorAtDirective(ste, name, MSG.nonlocalAtModuleLevel);
      if (!bound.has(name)) throw this.errorAtDirective(ste, name, MSG.nonlocalNoBinding(name));
      if (typeParams.has(name)) throw this.errorAtDirective(ste, name, MSG.nonlocalTypeParam(name));
      ste.scopes.set(name, SymbolScope.Free);
      free.add(name);
      return;
    }
    if (flags & BOUND) {
      ste.scopes.set(name, SymbolScope.Local);
      local.add(name);
      global.delete(name);
      if (flags & SymbolFlag.TypeParam) typeParams.add(name);
      else typeParams.delete(name);
      return;
    }
    // In an annotation scope that can see a class, a name the class binds is looked up in the
    // class namespace first (LOAD_FROM_DICT_OR_*), with the global or closure lookup as fallback.
    if (classEntry !== null) {
      const classFlags = classEntry.getSymbol(name);
      if (classFlags & SymbolFlag.Global) {
        ste.scopes.set(name, SymbolScope.GlobalExplicit);
        return;
      }
      if (classFlags & BOUND && !(classFlags & SymbolFlag.Nonlocal)) {
        ste.scopes.set(name, SymbolScope.GlobalImplicit);
        return;
      }
    }
    // Bound in an enclosing function: a free variable rather than a global one.
    if (bound !== null && bound.has(name)) {
      ste.scopes.set(name, SymbolScope.Free);
      free.add(name);
      return;
    }
    ste.scopes.set(name, SymbolScope.GlobalImplicit);
  }

  /** error_at_directive: the error points at the first global/nonlocal declaration of the name. */
  private errorAtDirective(ste: Scope, name: string, msg: string): PySyntaxError {
    const loc = ste.directives.get(name);
    if (loc === undefined) throw new Error('symtable: internal directive bookkeeping broken');
    return this.errors.at(msg, loc);
  }
}

/** analyze_cells: a local of a function that a nested scope reads freely becomes a cell. */
function analyzeCells(ste: Scope, free: Set<string>, inlinedCells: Set<string>): void {
  for (const [name, scope] of ste.scopes) {
    if (scope !== SymbolScope.Local) continue;
    if (!free.has(name) && !inlinedCells.has(name)) continue;
    ste.scopes.set(name, SymbolScope.Cell);
    free.delete(name);
  }
}

/**
 * drop_class_free: `__class__` and `__classdict__` free in a method are provided by the class
 * body itself, as implicit cells.
 */
function dropClassFree(ste: Scope, free: Set<string>): void {
  if (free.delete('__class__')) ste.needsClassClosure = true;
  if (free.delete('__classdict__')) ste.needsClassdict = true;
}

/**
 * update_symbols: records the cells kept for inlined comprehensions, and the free names of nested
 * scopes that must pass through this one (as free variables here too, unless this scope binds
 * them or they are global). In a class, a free name the class also binds is marked FreeClass:
 * the class code needs it as a free variable besides its own binding.
 */
function updateSymbols(ste: Scope, bound: Set<string> | null, free: Set<string>, inlinedCells: Set<string>, classFlag: boolean): void {
  for (const [name, flags] of ste.symbols) {
    if (inlinedCells.has(name)) ste.symbols.set(name, flags | SymbolFlag.CompCell);
  }
  for (const name of free) {
    const flags = ste.symbols.get(name);
    if (flags !== undefined) {
      if (classFlag) ste.symbols.set(name, flags | SymbolFlag.FreeClass);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue; // a global
    ste.symbols.set(name, 0);
    ste.scopes.set(name, SymbolScope.Free);
  }
}

/**
 * inline_comprehension: the names of a comprehension compiled inline (PEP 709) join the scope
 * that inlines it. A name new to that scope is copied with the comprehension's scope for it;
 * a name free in the comprehension that the enclosing function binds is simply local there,
 * unless a scope nested in the comprehension reads it freely. Cells of the comprehension are
 * collected in `inlinedCells`: they stay cells of the enclosing scope.
 */
function inlineComprehension(ste: Scope, comp: Scope, compFree: Set<string>, inlinedCells: Set<string>): void {
  let removeDunderClass = false;
  for (const [name, compFlags] of comp.symbols) {
    // The comprehension's parameter `.0` (the outermost iterator) stays its own.
    if (compFlags & SymbolFlag.Param) continue;
    let scope = comp.getScope(name);
    if (scope === SymbolScope.Cell || compFlags & SymbolFlag.CompCell) inlinedCells.add(name);
    const existing = ste.symbols.get(name);
    // __class__ is never free through a class scope (see dropClassFree).
    if (scope === SymbolScope.Free && ste.type === BlockType.Class && name === '__class__') {
      scope = SymbolScope.GlobalImplicit;
      compFree.delete(name);
      removeDunderClass = true;
    }
    if (existing === undefined) {
      ste.symbols.set(name, compFlags);
      ste.scopes.set(name, scope);
    } else if (existing & BOUND && !isFreeInAnyChild(comp, name) && ste.type !== BlockType.Class) {
      compFree.delete(name);
    }
  }
  if (removeDunderClass) {
    comp.symbols.delete('__class__');
    comp.scopes.delete('__class__');
  }
}

function isFreeInAnyChild(entry: Scope, name: string): boolean {
  return entry.children.some((child) => child.getScope(name) === SymbolScope.Free);
}

function addAll(to: Set<string>, from: ReadonlySet<string>): void {
  for (const x of from) to.add(x);
}
