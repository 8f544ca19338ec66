// The symbol table's second pass (analyze_block and analyze_name in Python/symtable.c), over the
// scopes the walk built: the errors of nonlocal and global names, and which comprehensions run
// inline (PEP 709), which the code generator reads.
import type { ErrorFactory } from '../compile-errors';
import { MSG } from '../compile-messages';
import type { PySyntaxError } from '../errors';
import { BOUND, BlockType, ComprehensionType, SymbolFlag, type Scope } from './scope';

/**
 * The second pass of symtable.c (analyze_block, analyze_name), reduced to what raises errors: a
 * nonlocal name must be bound in an enclosing function, may not be global too or a type
 * parameter. Scopes are analyzed parent first, names in the order each scope first met them.
 */
export class ScopeAnalysis {
  constructor(private readonly errors: ErrorFactory) {}

  analyze(top: Scope): void {
    this.analyzeBlock(top, null, new Set(), new Set());
  }

  /**
   * `bound`: the names bound in enclosing function scopes (null for the module); `global`: the
   * names known to be global; `typeParams`: enclosing type parameters not rebound since. The
   * sets are this scope's own copies.
   */
  private analyzeBlock(ste: Scope, bound: Set<string> | null, global: Set<string>, typeParams: Set<string>): void {
    const local = new Set<string>();
    const newBound = new Set<string>();
    const newGlobal = new Set<string>();
    // A class's names are invisible to the scopes nested in it.
    if (ste.type === BlockType.Class) {
      addAll(newGlobal, global);
      if (bound !== null) addAll(newBound, bound);
    }
    for (const [name, flags] of ste.symbols) this.analyzeName(ste, name, flags, bound, local, global, typeParams);
    if (ste.type !== BlockType.Class) {
      if (ste.isFunctionLike) addAll(newBound, local);
      if (bound !== null) addAll(newBound, bound);
      addAll(newGlobal, global);
    } else {
      newBound.add('__class__');
      newBound.add('__classdict__');
    }
    for (const child of ste.children) {
      this.analyzeBlock(child, new Set(newBound), new Set(newGlobal), new Set(typeParams));
      // PEP 709: list, set and dict comprehensions run inline, except in annotation scopes of classes.
      child.compInlined = child.comprehension !== ComprehensionType.None && !child.isGenerator && !ste.canSeeClassScope;
    }
  }

  private analyzeName(
    ste: Scope,
    name: string,
    flags: number,
    bound: Set<string> | null,
    local: Set<string>,
    global: Set<string>,
    typeParams: Set<string>,
  ): void {
    if (flags & SymbolFlag.Global) {
      if (flags & SymbolFlag.Nonlocal) throw this.errorAtDirective(ste, name, MSG.nonlocalAndGlobal(name));
      global.add(name);
      bound?.delete(name);
      return;
    }
    if (flags & SymbolFlag.Nonlocal) {
      if (bound === null) throw this.errorAtDirective(ste, name, MSG.nonlocalAtModuleLevel);
      if (!bound.has(name)) throw this.errorAtDirective(ste, name, MSG.nonlocalNoBinding(name));
      if (typeParams.has(name)) throw this.errorAtDirective(ste, name, MSG.nonlocalTypeParam(name));
      return;
    }
    if (flags & BOUND) {
      local.add(name);
      global.delete(name);
      if (flags & SymbolFlag.TypeParam) typeParams.add(name);
      else typeParams.delete(name);
    }
  }

  /** error_at_directive: the error points at the first global/nonlocal declaration of the name. */
  private errorAtDirective(ste: Scope, name: string, msg: string): PySyntaxError {
    const loc = ste.directives.get(name);
    if (loc === undefined) throw new Error('early errors: internal directive bookkeeping broken');
    return this.errors.at(msg, loc);
  }
}

function addAll(to: Set<string>, from: ReadonlySet<string>): void {
  for (const x of from) to.add(x);
}
