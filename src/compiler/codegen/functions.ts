// Code generation for definitions (Python/compile.c): def and async def, lambda, class, the PEP
// 695 type parameter scopes of generic functions, classes and type aliases, and the closure and
// defaults MAKE_FUNCTION receives.
import type * as ast from '../../generated/ast';
import { Load, Name } from '../../generated/ast';
import { FunctionAttr, Intrinsic1, Intrinsic2, Opcode } from '../../generated/opcodes';
import { type CompiledCode } from '../code';
import { NO_LOCATION, location, locOf, type Location } from '../instruction-sequence';
import { TupleConstant } from '../ast/constants';
import { SymbolScope, type Scope } from '../symtable';
import { visitFunctionAnnotations } from './annotations';
import { callHelper } from './calls';
import { compareCodePoints, type Compiler, FBlockType, ScopeType } from './compiler';
import { cleanDoc, getDocString } from './docstring';
import { visitExpr, visitExprs } from './expressions';
import { compileBody } from './module';
import { visitStmt } from './statements';

/** get_ref_type: how the current unit sees a name a nested code closes over. */
function getRefType(c: Compiler, name: string): SymbolScope {
  if (c.u.scopeType === ScopeType.Class && (name === '__class__' || name === '__classdict__')) return SymbolScope.Cell;
  return c.u.ste.getScope(name);
}

/** compiler_lookup_arg: the cell or free variable of this unit that provides `name` to a closure. */
function lookupArg(c: Compiler, code: CompiledCode, name: string): number {
  const dict = getRefType(c, name) === SymbolScope.Cell ? c.u.cellvars : c.u.freevars;
  const arg = dict.get(name);
  if (arg === undefined) throw new Error(`compiler_lookup_arg(name='${name}') failed in ${c.u.name}; freevars of code ${code.co_name}: ${code.co_freevars}`);
  return arg;
}

/**
 * compiler_make_closure: the function object for `code`, with its closure (the cells of its free
 * variables) and the attributes `flags` says are on the stack.
 */
export function makeClosure(c: Compiler, loc: Location, code: CompiledCode, flags: number): void {
  const nfree = code.co_freevars.length;
  if (nfree > 0) {
    const names = code.co_localsplusnames;
    for (let i = names.length - nfree; i < names.length; i++) c.addopI(loc, Opcode.LOAD_CLOSURE, lookupArg(c, code, names[i]));
    flags |= FunctionAttr.MAKE_FUNCTION_CLOSURE;
    c.addopI(loc, Opcode.BUILD_TUPLE, nfree);
  }
  c.addLoadConst(loc, code);
  c.addop(loc, Opcode.MAKE_FUNCTION);
  for (const attr of [
    FunctionAttr.MAKE_FUNCTION_CLOSURE,
    FunctionAttr.MAKE_FUNCTION_ANNOTATIONS,
    FunctionAttr.MAKE_FUNCTION_KWDEFAULTS,
    FunctionAttr.MAKE_FUNCTION_DEFAULTS,
  ]) {
    if (flags & attr) c.addopI(loc, Opcode.SET_FUNCTION_ATTRIBUTE, attr);
  }
}

/** compiler_default_arguments: pushes the defaults tuple and kw-defaults dict; returns the flags. */
function defaultArguments(c: Compiler, loc: Location, args: ast.arguments_): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    visitExprs(c, args.defaults);
    c.addopI(loc, Opcode.BUILD_TUPLE, args.defaults.length);
    flags |= FunctionAttr.MAKE_FUNCTION_DEFAULTS;
  }
  // Keyword-only defaults: the values, then the tuple of their (mangled) names.
  const keys: string[] = [];
  args.kwonlyargs.forEach((arg, i) => {
    const d = args.kw_defaults[i];
    if (d === null) return;
    keys.push(c.maybeMangle(arg.arg));
    visitExpr(c, d);
  });
  if (keys.length > 0) {
    c.addLoadConst(loc, new TupleConstant(keys));
    c.addopI(loc, Opcode.BUILD_CONST_KEY_MAP, keys.length);
    flags |= FunctionAttr.MAKE_FUNCTION_KWDEFAULTS;
  }
  return flags;
}

function setArgCounts(c: Compiler, args: ast.arguments_): void {
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
}

/**
 * wrap_in_stopiteration_handler: a generator's or coroutine's body runs under a handler that
 * turns a StopIteration escaping it into a RuntimeError (PEP 479).
 */
export function wrapInStopIterationHandler(c: Compiler): void {
  const handler = c.newLabel();
  c.u.seq.insert(0, Opcode.SETUP_CLEANUP, handler, NO_LOCATION);
  c.addLoadConst(NO_LOCATION, null);
  c.addop(NO_LOCATION, Opcode.RETURN_VALUE);
  c.useLabel(handler);
  c.addopI(NO_LOCATION, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_STOPITERATION_ERROR);
  c.addopI(NO_LOCATION, Opcode.RERAISE, 1);
}

/** compiler_function_body: the function's own code object, and the function made from it. */
function functionBody(c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef, funcflags: number, firstlineno: number): void {
  const scopeType = s._kind === 'AsyncFunctionDef' ? ScopeType.AsyncFunction : ScopeType.Function;
  c.enterScope(s.name, scopeType, c.st.lookup(s), firstlineno);
  let firstInstr = 0;
  let docstring = getDocString(s.body);
  if (docstring !== null) {
    firstInstr = 1;
    docstring = c.optimize < 2 ? cleanDoc(docstring) : null;
  }
  // The first constant of a function is its docstring, or None.
  c.addConst(docstring);
  setArgCounts(c, s.args);
  const start = c.newLabel();
  c.useLabel(start);
  const ste = c.u.ste;
  const addStopIterationHandler = ste.isCoroutine || ste.isGenerator;
  if (addStopIterationHandler) c.pushFBlock(NO_LOCATION, FBlockType.StopIteration, start);
  for (let i = firstInstr; i < s.body.length; i++) visitStmt(c, s.body[i]);
  if (addStopIterationHandler) {
    wrapInStopIterationHandler(c);
    c.popFBlock();
  }
  const code = c.optimizeAndAssemble(true);
  c.exitScope();
  makeClosure(c, locOf(s), code, funcflags);
}

function applyDecorators(c: Compiler, decos: readonly ast.expr[]): void {
  for (let i = decos.length - 1; i >= 0; i--) c.addopI(locOf(decos[i]), Opcode.CALL, 0);
}

/** compiler_function. */
export function visitFunctionDef(c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef): void {
  const decos = s.decorator_list;
  visitExprs(c, decos);
  const firstlineno = decos.length > 0 ? decos[0].lineno : s.lineno;
  const loc = locOf(s);
  const isGeneric = s.type_params.length > 0;
  let funcflags = defaultArguments(c, loc, s.args);
  let numTypeparamArgs = 0;
  if (isGeneric) {
    if (funcflags & FunctionAttr.MAKE_FUNCTION_DEFAULTS) numTypeparamArgs++;
    if (funcflags & FunctionAttr.MAKE_FUNCTION_KWDEFAULTS) numTypeparamArgs++;
    if (numTypeparamArgs === 2) c.addopI(loc, Opcode.SWAP, 2);
    c.enterScope(`<generic parameters of ${s.name}>`, ScopeType.TypeParams, c.st.lookup(s.type_params), firstlineno);
    visitTypeParams(c, s.type_params);
    for (let i = 0; i < numTypeparamArgs; i++) c.addopI(loc, Opcode.LOAD_FAST, i);
  }
  if (visitFunctionAnnotations(c, loc, s.args, s.returns)) funcflags |= FunctionAttr.MAKE_FUNCTION_ANNOTATIONS;
  functionBody(c, s, funcflags, firstlineno);
  if (isGeneric) {
    c.addopI(loc, Opcode.SWAP, 2);
    c.addopI(loc, Opcode.CALL_INTRINSIC_2, Intrinsic2.INTRINSIC_SET_FUNCTION_TYPE_PARAMS);
    c.u.argcount = numTypeparamArgs;
    const code = c.optimizeAndAssemble(false);
    c.exitScope();
    makeClosure(c, loc, code, 0);
    if (numTypeparamArgs > 0) {
      c.addopI(loc, Opcode.SWAP, numTypeparamArgs + 1);
      c.addopI(loc, Opcode.CALL, numTypeparamArgs - 1);
    } else {
      c.addop(loc, Opcode.PUSH_NULL);
      c.addopI(loc, Opcode.CALL, 0);
    }
  }
  applyDecorators(c, decos);
  c.nameop(loc, s.name, 'Store');
}

export function visitLambda(c: Compiler, e: ast.Lambda): void {
  const loc = locOf(e);
  const funcflags = defaultArguments(c, loc, e.args);
  c.enterScope('<lambda>', ScopeType.Lambda, c.st.lookup(e), e.lineno);
  // None as the first constant: a lambda has no docstring.
  c.addConst(null);
  setArgCounts(c, e.args);
  visitExpr(c, e.body);
  let code: CompiledCode;
  if (c.u.ste.isGenerator) {
    code = c.optimizeAndAssemble(false);
  } else {
    c.addop(locOf(e.body), Opcode.RETURN_VALUE);
    code = c.optimizeAndAssemble(true);
  }
  c.exitScope();
  makeClosure(c, loc, code, funcflags);
}

// ---- classes ----

/** The class body's code object, then LOAD_BUILD_CLASS, NULL, the body function and the name. */
function classBody(c: Compiler, s: ast.ClassDef, firstlineno: number): void {
  c.enterScope(s.name, ScopeType.Class, c.st.lookup(s), firstlineno);
  const loc = location(firstlineno, firstlineno, 0, 0);
  // Private names in the class mangle with its name.
  c.u.private = s.name;
  c.nameop(loc, '__name__', 'Load');
  c.nameop(loc, '__module__', 'Store');
  c.addLoadConst(loc, c.u.qualname!);
  c.nameop(loc, '__qualname__', 'Store');
  c.addLoadConst(loc, c.u.firstlineno);
  c.nameop(loc, '__firstlineno__', 'Store');
  if (s.type_params.length > 0) {
    c.nameop(loc, '.type_params', 'Load');
    c.nameop(loc, '__type_params__', 'Store');
  }
  if (c.u.ste.needsClassdict) {
    c.addop(loc, Opcode.LOAD_LOCALS);
    c.addopN(loc, Opcode.STORE_DEREF, '__classdict__', c.u.cellvars);
  }
  compileBody(c, loc, s.body);
  const attributes = [...c.u.staticAttributes!].sort(compareCodePoints);
  c.addLoadConst(NO_LOCATION, new TupleConstant(attributes));
  c.nameop(NO_LOCATION, '__static_attributes__', 'Store');
  // The rest is artificial.
  if (c.u.ste.needsClassdict) {
    c.addopI(NO_LOCATION, Opcode.LOAD_CLOSURE, c.u.cellvars.get('__classdict__')!);
    c.nameop(NO_LOCATION, '__classdictcell__', 'Store');
  }
  // Return the __class__ cell if a method reads it (and store it as __classcell__), else None.
  if (c.u.ste.needsClassClosure) {
    c.addopI(NO_LOCATION, Opcode.LOAD_CLOSURE, c.u.cellvars.get('__class__')!);
    c.addopI(NO_LOCATION, Opcode.COPY, 1);
    c.nameop(NO_LOCATION, '__classcell__', 'Store');
  } else {
    c.addLoadConst(NO_LOCATION, null);
  }
  c.addop(NO_LOCATION, Opcode.RETURN_VALUE);
  const code = c.optimizeAndAssemble(true);
  c.exitScope();
  // Attributed to the class line, not to a decorator's.
  const sloc = locOf(s);
  c.addop(sloc, Opcode.LOAD_BUILD_CLASS);
  c.addop(sloc, Opcode.PUSH_NULL);
  makeClosure(c, sloc, code, 0);
  c.addLoadConst(sloc, s.name);
}

/** compiler_class: `name = __build_class__(<body function>, name, *bases, **keywords)`, decorated. */
export function visitClassDef(c: Compiler, s: ast.ClassDef): void {
  const decos = s.decorator_list;
  visitExprs(c, decos);
  const firstlineno = decos.length > 0 ? decos[0].lineno : s.lineno;
  const loc = locOf(s);
  const isGeneric = s.type_params.length > 0;
  if (isGeneric) {
    c.u.private = s.name;
    c.enterScope(`<generic parameters of ${s.name}>`, ScopeType.TypeParams, c.st.lookup(s.type_params), firstlineno);
    visitTypeParams(c, s.type_params);
    c.nameop(loc, '.type_params', 'Store');
  }
  classBody(c, s, firstlineno);
  if (isGeneric) {
    c.nameop(loc, '.type_params', 'Load');
    c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_SUBSCRIPT_GENERIC);
    c.nameop(loc, '.generic_base', 'Store');
    const genericBase = new Name('.generic_base', Load, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
    callHelper(c, loc, 2, [...s.bases, genericBase], s.keywords);
    const code = c.optimizeAndAssemble(false);
    c.exitScope();
    makeClosure(c, loc, code, 0);
    c.addop(loc, Opcode.PUSH_NULL);
    c.addopI(loc, Opcode.CALL, 0);
  } else {
    callHelper(c, loc, 2, s.bases, s.keywords);
  }
  applyDecorators(c, decos);
  c.nameop(loc, s.name, 'Store');
}

// ---- PEP 695 ----

/** compiler_type_param_bound_or_default: a lazily evaluated bound or default is a function of its own. */
function typeParamBoundOrDefault(c: Compiler, e: ast.expr, name: string, ste: Scope, allowStarred: boolean): void {
  c.enterScope(name, ScopeType.TypeParams, ste, e.lineno);
  if (allowStarred && e._kind === 'Starred') {
    visitExpr(c, e.value);
    c.addopI(locOf(e), Opcode.UNPACK_SEQUENCE, 1);
  } else {
    visitExpr(c, e);
  }
  c.addop(locOf(e), Opcode.RETURN_VALUE);
  const code = c.optimizeAndAssemble(true);
  c.exitScope();
  makeClosure(c, locOf(e), code, 0);
}

/** compiler_type_params: builds each TypeVar, TypeVarTuple and ParamSpec, binds it, and leaves a tuple of them. */
function visitTypeParams(c: Compiler, typeParams: readonly ast.type_param[]): void {
  for (const tp of typeParams) {
    const loc = locOf(tp);
    c.addLoadConst(loc, tp.name);
    switch (tp._kind) {
      case 'TypeVar':
        if (tp.bound !== null) {
          typeParamBoundOrDefault(c, tp.bound, tp.name, c.st.lookup(tp), false);
          const intrinsic = tp.bound._kind === 'Tuple' ? Intrinsic2.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : Intrinsic2.INTRINSIC_TYPEVAR_WITH_BOUND;
          c.addopI(loc, Opcode.CALL_INTRINSIC_2, intrinsic);
        } else {
          c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_TYPEVAR);
        }
        break;
      case 'TypeVarTuple':
        c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_TYPEVARTUPLE);
        break;
      case 'ParamSpec':
        c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_PARAMSPEC);
        break;
    }
    if (tp.default_value !== null) {
      typeParamBoundOrDefault(c, tp.default_value, tp.name, c.st.lookupDefault(tp), tp._kind === 'TypeVarTuple');
      c.addopI(loc, Opcode.CALL_INTRINSIC_2, Intrinsic2.INTRINSIC_SET_TYPEPARAM_DEFAULT);
    }
    c.addopI(loc, Opcode.COPY, 1);
    c.nameop(loc, tp.name, 'Store');
  }
  c.addopI(locOf(typeParams[0]), Opcode.BUILD_TUPLE, typeParams.length);
}

/** The lazily evaluated value of a type alias: a function of its own. */
function typeAliasBody(c: Compiler, s: ast.TypeAlias): void {
  const loc = locOf(s);
  const name = (s.name as ast.Name).id;
  c.enterScope(name, ScopeType.Function, c.st.lookup(s), loc.lineno);
  c.addConst(null);
  visitExpr(c, s.value);
  c.addop(loc, Opcode.RETURN_VALUE);
  const code = c.optimizeAndAssemble(false);
  c.exitScope();
  makeClosure(c, loc, code, 0);
  c.addopI(loc, Opcode.BUILD_TUPLE, 3);
  c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_TYPEALIAS);
}

export function visitTypeAlias(c: Compiler, s: ast.TypeAlias): void {
  const loc = locOf(s);
  const name = (s.name as ast.Name).id;
  const isGeneric = s.type_params.length > 0;
  if (isGeneric) {
    c.enterScope(`<generic parameters of ${name}>`, ScopeType.TypeParams, c.st.lookup(s.type_params), loc.lineno);
    c.addLoadConst(loc, name);
    visitTypeParams(c, s.type_params);
  } else {
    c.addLoadConst(loc, name);
    c.addLoadConst(loc, null);
  }
  typeAliasBody(c, s);
  if (isGeneric) {
    const code = c.optimizeAndAssemble(false);
    c.exitScope();
    makeClosure(c, loc, code, 0);
    c.addop(loc, Opcode.PUSH_NULL);
    c.addopI(loc, Opcode.CALL, 0);
  }
  c.nameop(loc, name, 'Store');
}
