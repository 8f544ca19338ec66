// The SyntaxErrors CPython 3.13's compile() raises for source its parser accepted: an AST pass
// between the parser and the (future) code generator. It runs CPython's three stages in
// CPython's order, so that of several errors in one source the one CPython reports is raised:
//   1. future features (Python/future.c), over the leading statements of the module; then the
//      recursion guard of CPython's AST optimizer (Python/ast_opt.c), measured during stage 2;
//   2. the symbol table (Python/symtable.c): one walk that records, for each scope, what it
//      binds, declares and uses (raising the errors CPython raises during that walk), then an
//      analysis of every name, scope by scope (raising the nonlocal/global errors);
//   3. the checks the code generator makes (Python/compile.c), which the walk of stage 3 meets in
//      the order CPython generates code — not always source order: a call's keywords are
//      validated before its callee, a class body is compiled before its bases, the iterable of a
//      generator expression after its body, a `finally` body once more for every `return` or
//      `break` that leaves it.
//
// Where an error points: CPython fills in compiler errors differently from parser errors. The
// offsets are the node's UTF-8 byte columns plus one — never converted to characters as the
// parser's are, so on a line with non-ASCII text before the error they are larger than a
// character count — and `text` is read back from the file named `filename`, so a source compiled
// under a name that is no file (`<string>`, `<stdin>`) has none. See ErrorFactory.
import type * as ast from '../generated/ast';
import type { NodeKind } from '../generated/ast';
import { bytesRepr, strRepr, strReprOfParts } from '../objects/str-repr';
import { complexRepr, floatRepr } from '../objects/float-repr';
import { intRepr } from '../objects/int-repr';
import { BytesConstant, ComplexConstant, ELLIPSIS, FloatConstant, SplitSurrogateStr, type ConstantValue } from './ast/constants';
import { AST_SCHEMA } from './ast/schema';
import { PyCompileError, PySyntaxError } from './errors';

/**
 * Throws what CPython 3.13's `compile(source, filename, mode)` raises for a tree its parser built
 * — a PySyntaxError, or a PyCompileError (RecursionError) for a tree nested too deep — or returns
 * when compile() would succeed. `sourceText` is the text of the file as CPython would read it
 * back for an error's `text` (see sourceTextForErrors).
 */
export function checkEarlyErrors(tree: ast.mod, filename: string, sourceText: string): void {
  if (tree._kind === 'FunctionType') return; // compile() refuses func_type input before these stages
  const errors = new ErrorFactory(filename, sourceText);
  const future = checkFuture(tree, errors);
  try {
    const table = new SymbolTableBuilder(future, errors).build(tree);
    new CodegenChecker(table, future, errors).check(tree);
  } catch (e) {
    // The walks keep their own stack for expressions, and statements nest at most 100 deep, so
    // this is not expected; if the JS stack runs out anyway, fail as CPython does on deep input.
    if (e instanceof RangeError) throw new PyCompileError('RecursionError', MSG.tooDeep);
    throw e;
  }
}

/**
 * The text CPython reads back to fill in a compiler error's `text`: it reopens the file and
 * decodes the line strictly as UTF-8, whatever encoding the file declares, keeping a byte order
 * mark (_PyErr_ProgramDecodedTextObject in Python/errors.c); a line that is not UTF-8 gives no
 * text. Such a line stands here as UNREADABLE_LINE (decoded source never holds a lone surrogate).
 */
export function sourceTextForErrors(source: string | Uint8Array): string {
  if (typeof source === 'string') return source;
  try {
    return strictUtf8Decoder.decode(source);
  } catch {
    // Some line is not UTF-8: decode line by line, as CPython reads them.
  }
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i < source.length && source[i] !== 0x0a && source[i] !== 0x0d) continue;
    lines.push(decodeLine(source.subarray(start, i)));
    if (source[i] === 0x0d && source[i + 1] === 0x0a) i++;
    start = i + 1;
  }
  return lines.join('\n');
}

/** A line of a bytes source that is not UTF-8, for which CPython gives no `text`. */
const UNREADABLE_LINE = '\udcff';

function decodeLine(bytes: Uint8Array): string {
  try {
    return strictUtf8Decoder.decode(bytes);
  } catch {
    return UNREADABLE_LINE;
  }
}

// ---------------------------------------------------------------------------------------------
// Messages, each written once. Names are substituted as CPython's %U does; %R of a str is its repr.

const MSG = {
  tooDeep: 'maximum recursion depth exceeded during compilation',
  futureNotFirst: 'from __future__ imports must occur at the beginning of the file',
  futureBraces: 'not a chance',
  futureUndefined: (feature: string) => `future feature ${feature} is not defined`,

  globalParam: (n: string) => `name '${n}' is parameter and global`,
  nonlocalParam: (n: string) => `name '${n}' is parameter and nonlocal`,
  globalAfterAssign: (n: string) => `name '${n}' is assigned to before global declaration`,
  nonlocalAfterAssign: (n: string) => `name '${n}' is assigned to before nonlocal declaration`,
  globalAfterUse: (n: string) => `name '${n}' is used prior to global declaration`,
  nonlocalAfterUse: (n: string) => `name '${n}' is used prior to nonlocal declaration`,
  globalAnnot: (n: string) => `annotated name '${n}' can't be global`,
  nonlocalAnnot: (n: string) => `annotated name '${n}' can't be nonlocal`,
  nonlocalAndGlobal: (n: string) => `name '${n}' is nonlocal and global`,
  nonlocalAtModuleLevel: 'nonlocal declaration not allowed at module level',
  nonlocalNoBinding: (n: string) => `no binding for nonlocal '${n}' found`,
  nonlocalTypeParam: (n: string) => `nonlocal binding not allowed for type parameter '${n}'`,
  duplicateArgument: (n: string) => `duplicate argument '${n}' in function definition`,
  duplicateTypeParam: (n: string) => `duplicate type parameter '${n}'`,
  importStar: 'import * only allowed at module level',
  yieldInComprehension: (what: string) => `'yield' inside ${what}`,
  namedExprCompConflict: (n: string) => `assignment expression cannot rebind comprehension iteration variable '${n}'`,
  namedExprCompInnerLoopConflict: (n: string) => `comprehension inner loop cannot rebind assignment expression target '${n}'`,
  namedExprCompIterExpr: 'assignment expression cannot be used in a comprehension iterable expression',
  namedExprCompInClass: 'assignment expression within a comprehension cannot be used in a class body',
  namedExprCompInTypeVarBound: 'assignment expression within a comprehension cannot be used in a TypeVar bound',
  namedExprCompInTypeAlias: 'assignment expression within a comprehension cannot be used in a type alias',
  namedExprCompInTypeParams:
    'assignment expression within a comprehension cannot be used within the definition of a generic',
  notAllowedInAnnotation: (what: string) => `${what} cannot be used within an annotation`,
  notAllowedInTypeVariable: (what: string, where: string) => `${what} cannot be used within ${where}`,
  notAllowedInTypeAlias: (what: string) => `${what} cannot be used within a type alias`,
  notAllowedInTypeParams: (what: string) => `${what} cannot be used within the definition of a generic`,

  returnOutsideFunction: "'return' outside function",
  returnValueInAsyncGenerator: "'return' with value in async generator",
  yieldOutsideFunction: "'yield' outside function",
  yieldFromOutsideFunction: "'yield from' outside function",
  yieldFromInAsync: "'yield from' inside async function",
  awaitOutsideFunction: "'await' outside function",
  awaitOutsideAsync: "'await' outside async function",
  asyncWithOutsideAsync: "'async with' outside async function",
  asyncForOutsideAsync: "'async for' outside async function",
  asyncComprehensionOutsideAsync: 'asynchronous comprehension outside of an asynchronous function',
  breakOutsideLoop: "'break' outside loop",
  continueOutsideLoop: "'continue' not properly in loop",
  jumpInExceptStar: "'break', 'continue' and 'return' cannot appear in an except* block",
  tooManyNestedBlocks: 'too many statically nested blocks',
  defaultExceptNotLast: "default 'except:' must be last",
  starredAssignTarget: 'starred assignment target must be in a list or tuple',
  starredHere: "can't use starred expression here",
  multipleStarredAssign: 'multiple starred expressions in assignment',
  tooManyStarUnpack: 'too many expressions in star-unpacking assignment',
  keywordRepeated: (n: string) => `keyword argument repeated: ${n}`,
  assignDebug: 'cannot assign to __debug__',
  deleteDebug: 'cannot delete __debug__',
  nonDefaultTypeParam: (n: string) => `non-default type parameter '${n}' follows default type parameter`,

  patternMultipleStarred: 'multiple starred names in sequence pattern',
  patternMultipleStarredUnpack: 'multiple starred expressions in sequence pattern',
  patternTooManyStarUnpack: 'too many expressions in star-unpacking sequence pattern',
  patternCaptureUnreachable: (n: string) => `name capture ${strRepr(n)} makes remaining patterns unreachable`,
  patternWildcardUnreachable: 'wildcard makes remaining patterns unreachable',
  patternDuplicateStore: (n: string) => `multiple assignments to name ${strRepr(n)} in pattern`,
  patternAlternativesDiffer: 'alternative patterns bind different names',
  patternValueKind: 'patterns may only match literals and attribute lookups',
  patternMappingKeyKind: 'mapping pattern keys may only match literals and attribute lookups',
  patternMappingDuplicateKey: (repr: string) => `mapping pattern checks duplicate key (${repr})`,
  patternAttributeRepeated: (n: string) => `attribute name repeated in class pattern: ${n}`,
} as const;

// ---------------------------------------------------------------------------------------------
// Where errors point.

/**
 * A source range as CPython's `location`: 1-based lines and 0-based UTF-8 byte columns, -1 where
 * there is none. Every positioned AST node is one.
 */
interface Loc {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

/** CPython's NO_LOCATION, which the code generator gives artificial code after an unwinding. */
const NO_LOCATION: Loc = Object.freeze({ lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 });

/** CPython's sizes for err_programtext's line buffer: it reads a line in pieces of this many bytes. */
const PROGRAM_TEXT_PIECE = 999;

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8');
/** Decodes as CPython reads lines back: strictly, a leading byte order mark kept. */
const strictUtf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Builds the errors of this pass with the fields CPython's compiler gives them. */
class ErrorFactory {
  /** The lines of the source, split lazily as universal newlines split them. */
  private lines: string[] | null = null;

  constructor(
    private readonly filename: string,
    private readonly sourceText: string,
  ) {}

  /**
   * compiler_error (compile.c) and PyErr_RangedSyntaxLocationObject (symtable.c): a range whose
   * offsets are byte columns + 1. NO_LOCATION gives line -1, offsets 0 and no text, as in CPython.
   */
  at(msg: string, loc: Loc): PySyntaxError {
    return new PySyntaxError(
      'SyntaxError',
      msg,
      this.filename,
      loc.lineno,
      loc.col_offset + 1,
      this.lineText(loc.lineno),
      loc.end_lineno,
      loc.end_col_offset + 1,
    );
  }

  /** PyErr_SyntaxLocationObject (future.c): a start only; the end line is the start line, no end offset. */
  atStart(msg: string, loc: Loc): PySyntaxError {
    const text = this.lineText(loc.lineno);
    return new PySyntaxError('SyntaxError', msg, this.filename, loc.lineno, loc.col_offset + 1, text, loc.lineno, null);
  }

  /**
   * The `text` CPython gives: line `lineno` as err_programtext (Python/errors.c) reads it back from
   * the file — universal newlines, the line end kept as '\n', of a line longer than the buffer
   * only its last piece, no text at all past the end of the file or for a pseudo-file name.
   */
  private lineText(lineno: number): string | null {
    if (lineno <= 0 || isPseudoFilename(this.filename)) return null;
    this.lines ??= this.sourceText.split(/\r\n|\r|\n/);
    const lines = this.lines;
    if (lineno > lines.length || (lineno === lines.length && lines[lineno - 1] === '')) return null;
    if (lines[lineno - 1] === UNREADABLE_LINE) return null;
    const text = lines[lineno - 1] + (lineno < lines.length ? '\n' : '');
    return lastBufferPiece(text);
  }
}

/** `<string>`, `<stdin>`, `<snippet>`, '': names CPython cannot open to read a line back. */
function isPseudoFilename(filename: string): boolean {
  return filename === '' || (filename.startsWith('<') && filename.endsWith('>'));
}

/**
 * err_programtext reads a line in pieces of 999 bytes and keeps the last piece, which has no text
 * when it starts inside a character; a line that ends the file exactly at a piece boundary reads
 * as end of file (no text).
 */
function lastBufferPiece(text: string): string | null {
  if (text.length < PROGRAM_TEXT_PIECE / 3) return text; // fewer than 999 bytes whatever the characters
  const bytes = utf8Encoder.encode(text);
  let start = 0;
  for (;;) {
    const end = Math.min(start + PROGRAM_TEXT_PIECE, bytes.length);
    if (end === start) return null;
    if (end - start === PROGRAM_TEXT_PIECE && bytes[end - 1] !== 0x0a) {
      start = end;
      continue;
    }
    if (start === 0) return text;
    try {
      return strictUtf8Decoder.decode(bytes.subarray(start, end));
    } catch {
      return null;
    }
  }
}

/** CPython formats these names with `%.100s`: at most 100 bytes of UTF-8, a cut character replaced. */
function truncateUtf8(s: string, maxBytes: number): string {
  if (s.length * 3 <= maxBytes) return s;
  const bytes = utf8Encoder.encode(s);
  return bytes.length <= maxBytes ? s : utf8Decoder.decode(bytes.subarray(0, maxBytes));
}

// ---------------------------------------------------------------------------------------------
// Stage 1: future features (Python/future.c).

/** What the leading `from __future__ import …` statements enable (CPython's _PyFutureFeatures). */
export interface FutureFeatures {
  /** `annotations` (PEP 563): annotations are stored as strings and never evaluated. */
  annotations: boolean;
  /** `barry_as_FLUFL`, which only the parser reads; recorded for completeness. */
  barryAsFlufl: boolean;
  /**
   * Where the last of the leading future imports is (ff_location). A future import after it is
   * misplaced, which the code generator reports when it reaches it.
   */
  location: Loc;
}

/** The features `__future__` defines, all of them accepted (and most of them no-ops) in 3.13. */
const FUTURE_FEATURES: ReadonlySet<string> = new Set([
  'nested_scopes',
  'generators',
  'division',
  'absolute_import',
  'with_statement',
  'print_function',
  'unicode_literals',
  'barry_as_FLUFL',
  'generator_stop',
  'annotations',
]);

/** future_parse: the future imports that open the module (after its docstring) and their features. */
function checkFuture(tree: ast.mod, errors: ErrorFactory): FutureFeatures {
  const ff: FutureFeatures = { annotations: false, barryAsFlufl: false, location: NO_LOCATION };
  if (tree._kind !== 'Module' && tree._kind !== 'Interactive') return ff;
  const body = tree.body;
  for (let i = hasDocString(body) ? 1 : 0; i < body.length; i++) {
    const s = body[i];
    if (s._kind !== 'ImportFrom' || (s.level ?? 0) !== 0 || s.module !== '__future__') break;
    checkFutureFeatures(s, ff, errors);
    ff.location = s;
  }
  return ff;
}

/** future_check_features. */
function checkFutureFeatures(s: ast.ImportFrom, ff: FutureFeatures, errors: ErrorFactory): void {
  for (const alias of s.names) {
    const feature = alias.name;
    if (feature === 'annotations') ff.annotations = true;
    else if (feature === 'barry_as_FLUFL') ff.barryAsFlufl = true;
    else if (feature === 'braces') throw errors.atStart(MSG.futureBraces, s);
    else if (!FUTURE_FEATURES.has(feature)) throw errors.atStart(MSG.futureUndefined(truncateUtf8(feature, 100)), s);
  }
}

/** _PyAST_GetDocString: whether the body opens with a string constant statement. */
function hasDocString(body: readonly ast.stmt[]): boolean {
  const first = body[0];
  if (first === undefined || first._kind !== 'Expr' || first.value._kind !== 'Constant') return false;
  const v = first.value.value;
  return typeof v === 'string' || v instanceof SplitSurrogateStr;
}

// ---------------------------------------------------------------------------------------------
// Between stages 1 and 2: CPython's AST optimizer (Python/ast_opt.c) refuses deep trees.

/**
 * Py_C_RECURSION_LIMIT of a release build: how deeply statements, expressions and patterns may
 * nest. The optimizer counts from the C recursion depth at which compile() runs, which is 0 when
 * CPython compiles a script (`python file.py`); compile() called from Python code starts a little
 * deeper, which this does not model.
 */
const MAX_NESTING = 10000;

/** For each node kind: whether the recursion guard counts it, and which of its fields can hold such nodes. */
const NESTING: Readonly<Record<string, { readonly counted: boolean; readonly fields: readonly string[] }>> = (() => {
  const counted = new Set(['stmt', 'expr', 'pattern']);
  // The categories whose nodes contain statements, expressions or patterns.
  const containers = new Set([
    ...counted,
    ...['mod', 'arguments', 'arg', 'keyword', 'withitem', 'comprehension', 'excepthandler', 'match_case', 'type_param'],
  ]);
  const table: Record<string, { counted: boolean; fields: string[] }> = {};
  for (const category of AST_SCHEMA) {
    for (const node of category.nodes) {
      const fields = node.fields.filter(([, type]) => containers.has(type.replace(/[?*]+$/, ''))).map(([name]) => name);
      table[node.name] = { counted: counted.has(category.name), fields };
    }
  }
  return table;
})();

/**
 * The optimizer's recursion guard: RecursionError when the tree nests more than MAX_NESTING
 * deep, before any error of the symbol table or code generator. The symbol table's walk measures
 * the depth as it goes (it visits what the optimizer counts); this walk, with a stack of its own
 * (`a + a + …` nests as deep as it is long), is for when that walk stopped early at an error.
 * (Under PEP 563 the optimizer skips annotations and the symbol table's own guard, with the same
 * limit, catches a deep one during its walk; counting them always only moves that RecursionError
 * ahead of the errors found earlier in that walk.)
 */
function checkNestingDepth(tree: ast.mod): void {
  const nodes: object[] = [tree];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop() as { readonly _kind: NodeKind } & Record<string, unknown>;
    const info = NESTING[node._kind];
    const depth = depths.pop()! + (info.counted ? 1 : 0);
    if (depth > MAX_NESTING) throw new PyCompileError('RecursionError', MSG.tooDeep);
    for (const field of info.fields) {
      const value = node[field];
      if (value === null) continue;
      if (Array.isArray(value)) {
        for (const item of value) {
          if (item === null) continue;
          nodes.push(item as object);
          depths.push(depth);
        }
      } else {
        nodes.push(value as object);
        depths.push(depth);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Stage 2: the symbol table (Python/symtable.c).

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
}

/** DEF_BOUND: the flags that make a name local to its scope. */
const BOUND = SymbolFlag.Local | SymbolFlag.Param | SymbolFlag.Import;

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

  constructor(
    /** The name of the def or class, or `top`, `lambda`, `listcomp`, `_annotation`… */
    readonly name: string,
    readonly type: BlockType,
    readonly loc: Loc,
  ) {}

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

/** How `'yield' inside …` names each kind of comprehension. */
const COMPREHENSION_NAMES: Record<string, string> = {
  [ComprehensionType.List]: 'list comprehension',
  [ComprehensionType.Set]: 'set comprehension',
  [ComprehensionType.Dict]: 'dict comprehension',
  [ComprehensionType.Generator]: 'generator expression',
};

/** _Py_Mangle: a private name `__x` inside class `C` is `_C__x`. */
function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  return stripped === '' ? name : '_' + stripped + name;
}

/** The first walk of symtable.c (symtable_visit_*), then its analysis (symtable_analyze). */
class SymbolTableBuilder {
  /** st_stack: the scopes the walk is in, innermost last (a walrus in a comprehension searches it). */
  private readonly stack: Scope[] = [];
  /** st_cur: the innermost scope. */
  private cur!: Scope;
  /** st_top: the module's scope. */
  private top!: Scope;
  /** st_private: the class whose private names are being mangled, or null outside classes. */
  private privateName: string | null = null;
  /** st_global: the module's symbols, which `global` statements anywhere also mark. */
  private globals!: Map<string, number>;
  /** The scopes by the node that opens them, for the code generator (see SymbolTable). */
  private readonly blocks = new Map<object, Scope>();
  private readonly typeParamDefaults = new Map<object, Scope>();
  /** How many statements, expressions and patterns enclose the node being visited, and the most seen. */
  private depth = 0;
  private maxDepth = 0;

  constructor(
    private readonly future: FutureFeatures,
    private readonly errors: ErrorFactory,
  ) {}

  /** _PySymtable_Build, preceded by the optimizer's recursion guard (see checkNestingDepth). */
  build(tree: ast.mod): SymbolTable {
    try {
      this.walk(tree);
    } catch (e) {
      if (e instanceof PySyntaxError) checkNestingDepth(tree);
      throw e;
    }
    if (this.maxDepth > MAX_NESTING) throw new PyCompileError('RecursionError', MSG.tooDeep);
    new ScopeAnalysis(this.errors).analyze(this.top);
    return new SymbolTable(this.top, this.blocks, this.typeParamDefaults);
  }

  private walk(tree: ast.mod): void {
    this.enterBlock('top', BlockType.Module, tree, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    this.top = this.cur;
    switch (tree._kind) {
      case 'Module':
      case 'Interactive':
        this.visitStmts(tree.body);
        break;
      case 'Expression':
        this.visitExpr(tree.body);
        break;
      case 'FunctionType':
        break;
    }
    this.exitBlock();
  }

  /** A statement, expression or pattern begins: one level deeper (see checkNestingDepth). */
  private deeper(): void {
    if (++this.depth > this.maxDepth) this.maxDepth = this.depth;
  }

  /** Scheduled after an expression's children: back up a level. */
  private readonly shallower = (): void => {
    this.depth--;
  };

  // ---- scopes ----

  private enterBlock(name: string, type: BlockType, key: object | null, loc: Loc): void {
    const prev = this.stack.length > 0 ? this.cur : null;
    const ste = new Scope(name, type, loc);
    this.stack.push(ste);
    if (prev !== null) {
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

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length > 0) this.cur = this.stack[this.stack.length - 1];
  }

  private maybeMangle(name: string, ste: Scope = this.cur): string {
    if (ste.mangledNames !== null && !ste.mangledNames.has(name)) return name;
    return mangle(this.privateName, name);
  }

  /** symtable_lookup: the flags the current scope has for `name`, 0 if none. */
  private lookup(name: string, ste: Scope = this.cur): number {
    return ste.symbols.get(this.maybeMangle(name, ste)) ?? 0;
  }

  /** symtable_add_def. */
  private addDef(name: string, flag: number, loc: Loc): void {
    if (flag & SymbolFlag.TypeParam && this.cur.mangledNames !== null) this.cur.mangledNames.add(name);
    this.addDefTo(this.cur, name, flag, loc);
  }

  /** symtable_add_def_helper: records `flag` for `name` in `ste`. */
  private addDefTo(ste: Scope, name: string, flag: number, loc: Loc): void {
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
  private recordDirective(name: string, loc: Loc): void {
    const mangled = this.maybeMangle(name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, loc);
  }

  // ---- statements ----

  private visitStmts(stmts: readonly ast.stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitExprs(exprs: readonly (ast.expr | null)[]): void {
    for (const e of exprs) if (e !== null) this.visitExpr(e);
  }

  private visitStmt(s: ast.stmt): void {
    this.deeper();
    this.visitStmtKind(s);
    this.depth--;
  }

  private visitStmtKind(s: ast.stmt): void {
    switch (s._kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return this.visitFunctionDef(s);
      case 'ClassDef':
        return this.visitClassDef(s);
      case 'TypeAlias':
        return this.visitTypeAlias(s);
      case 'Return':
        if (s.value !== null) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        return;
      case 'Delete':
        return this.visitExprs(s.targets);
      case 'Assign':
        this.visitExprs(s.targets);
        return this.visitExpr(s.value);
      case 'AnnAssign':
        return this.visitAnnAssign(s);
      case 'AugAssign':
        this.visitExpr(s.target);
        return this.visitExpr(s.value);
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        return this.visitStmts(s.orelse);
      case 'While':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        return this.visitStmts(s.orelse);
      case 'If':
        return this.visitIf(s);
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard !== null) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        return;
      case 'Raise':
        if (s.exc !== null) {
          this.visitExpr(s.exc);
          if (s.cause !== null) this.visitExpr(s.cause);
        }
        return;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        for (const h of s.handlers) this.visitExceptHandler(h);
        this.visitStmts(s.orelse);
        return this.visitStmts(s.finalbody);
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        return;
      case 'Global':
        return this.visitDeclaration(s, SymbolFlag.Global);
      case 'Nonlocal':
        return this.visitDeclaration(s, SymbolFlag.Nonlocal);
      case 'Expr':
        return this.visitExpr(s.value);
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
        }
        return this.visitStmts(s.body);
      default: {
        const unreachable: never = s;
        throw new Error(`early errors: unhandled statement ${(unreachable as ast.stmt)._kind}`);
      }
    }
  }

  /** An `elif` chain nests If statements as deep as it is long (thousands): walked as a loop. */
  private visitIf(s: ast.If): void {
    const outerDepth = this.depth;
    for (let cur = s; ; ) {
      this.visitExpr(cur.test);
      this.visitStmts(cur.body);
      const next = elifOf(cur);
      if (next === null) {
        this.visitStmts(cur.orelse);
        break;
      }
      this.deeper();
      cur = next;
    }
    this.depth = outerDepth;
  }

  private visitFunctionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    this.addDef(s.name, SymbolFlag.Local, s);
    this.visitExprs(s.args.defaults);
    this.visitExprs(s.args.kw_defaults);
    this.visitExprs(s.decorator_list);
    const generic = s.type_params.length > 0;
    if (generic) {
      const hasKwDefaults = s.args.kw_defaults.some((d) => d !== null);
      this.enterTypeParamBlock(s.name, s.type_params, s.args.defaults.length > 0, hasKwDefaults, false, s);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.visitAnnotations(s, s.args, s.returns);
    this.enterBlock(s.name, BlockType.Function, s, s);
    if (s._kind === 'AsyncFunctionDef') this.cur.isCoroutine = true;
    this.visitParameters(s.args);
    this.visitStmts(s.body);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  private visitClassDef(s: ast.ClassDef): void {
    this.addDef(s.name, SymbolFlag.Local, s);
    this.visitExprs(s.decorator_list);
    const outerPrivate = this.privateName;
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(s.name, s.type_params, false, false, true, s);
      this.privateName = s.name;
      this.cur.mangledNames = new Set();
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.visitExprs(s.bases);
    for (const k of s.keywords) this.visitExpr(k.value);
    this.enterBlock(s.name, BlockType.Class, s, s);
    this.privateName = s.name;
    if (generic) {
      this.addDef('__type_params__', SymbolFlag.Local, s.type_params[0]);
      this.addDef('.type_params', SymbolFlag.Use, s.type_params[0]);
    }
    this.visitStmts(s.body);
    this.exitBlock();
    if (generic) this.exitBlock();
    this.privateName = outerPrivate;
  }

  private visitTypeAlias(s: ast.TypeAlias): void {
    this.visitExpr(s.name);
    const name = s.name._kind === 'Name' ? s.name.id : '';
    const inClass = this.cur.type === BlockType.Class;
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(name, s.type_params, false, false, false, s);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.enterBlock(name, BlockType.TypeAlias, s, s);
    this.cur.canSeeClassScope = inClass;
    if (inClass) this.addDef('__classdict__', SymbolFlag.Use, s.value);
    this.visitExpr(s.value);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  /** AnnAssign: a simple annotated name may not be declared global or nonlocal in a function or class. */
  private visitAnnAssign(s: ast.AnnAssign): void {
    const target = s.target;
    if (target._kind === 'Name') {
      const cur = this.lookup(target.id);
      if (cur & (SymbolFlag.Global | SymbolFlag.Nonlocal) && this.cur.symbols !== this.globals && s.simple) {
        const msg = cur & SymbolFlag.Global ? MSG.globalAnnot(target.id) : MSG.nonlocalAnnot(target.id);
        throw this.errors.at(msg, s);
      }
      if (s.simple) this.addDef(target.id, SymbolFlag.Annot | SymbolFlag.Local, target);
      else if (s.value !== null) this.addDef(target.id, SymbolFlag.Local, target);
    } else {
      this.visitExpr(target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value !== null) this.visitExpr(s.value);
  }

  /** `global` and `nonlocal`: the name must not already be a parameter, used, annotated or assigned here. */
  private visitDeclaration(s: ast.Global | ast.Nonlocal, flag: SymbolFlag.Global | SymbolFlag.Nonlocal): void {
    const isGlobal = flag === SymbolFlag.Global;
    for (const name of s.names) {
      const cur = this.lookup(name);
      if (cur & (SymbolFlag.Param | SymbolFlag.Local | SymbolFlag.Use | SymbolFlag.Annot)) {
        let msg: string;
        if (cur & SymbolFlag.Param) msg = isGlobal ? MSG.globalParam(name) : MSG.nonlocalParam(name);
        else if (cur & SymbolFlag.Use) msg = isGlobal ? MSG.globalAfterUse(name) : MSG.nonlocalAfterUse(name);
        else if (cur & SymbolFlag.Annot) msg = isGlobal ? MSG.globalAnnot(name) : MSG.nonlocalAnnot(name);
        else msg = isGlobal ? MSG.globalAfterAssign(name) : MSG.nonlocalAfterAssign(name);
        throw this.errors.at(msg, s);
      }
      this.addDef(name, flag, s);
      this.recordDirective(name, s);
    }
  }

  /** symtable_visit_alias: imports bind the first component of a dotted name; `import *` only in a module. */
  private visitAlias(a: ast.alias): void {
    const name = a.asname ?? a.name;
    if (name !== '*') {
      const dot = name.indexOf('.');
      this.addDef(dot >= 0 ? name.slice(0, dot) : name, SymbolFlag.Import, a);
    } else if (this.cur.type !== BlockType.Module) {
      throw this.errors.at(MSG.importStar, a);
    }
  }

  private visitExceptHandler(h: ast.ExceptHandler): void {
    if (h.type !== null) this.visitExpr(h.type);
    if (h.name !== null) this.addDef(h.name, SymbolFlag.Local, h);
    this.visitStmts(h.body);
  }

  // ---- parameters, annotations, type parameters ----

  /** symtable_visit_arguments: in the order CPython numbers them. */
  private visitParameters(a: ast.arguments_): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, SymbolFlag.Param, p);
    for (const p of a.args) this.addDef(p.arg, SymbolFlag.Param, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, SymbolFlag.Param, p);
    if (a.vararg !== null) this.addDef(a.vararg.arg, SymbolFlag.Param, a.vararg);
    if (a.kwarg !== null) this.addDef(a.kwarg.arg, SymbolFlag.Param, a.kwarg);
  }

  /**
   * symtable_visit_annotations: a def's parameter annotations (in one annotation scope under
   * PEP 563), then its return annotation.
   */
  private visitAnnotations(s: ast.FunctionDef | ast.AsyncFunctionDef, a: ast.arguments_, returns: ast.expr | null): void {
    const future = this.future.annotations;
    if (future) this.enterBlock('_annotation', BlockType.Annotation, null, s);
    for (const p of a.posonlyargs) if (p.annotation !== null) this.visitExpr(p.annotation);
    for (const p of a.args) if (p.annotation !== null) this.visitExpr(p.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const p of a.kwonlyargs) if (p.annotation !== null) this.visitExpr(p.annotation);
    if (future) this.exitBlock();
    if (returns !== null) this.visitAnnotation(returns);
  }

  /** symtable_visit_annotation. */
  private visitAnnotation(annotation: ast.expr): void {
    const future = this.future.annotations;
    if (future) this.enterBlock('_annotation', BlockType.Annotation, null, annotation);
    this.visitExpr(annotation);
    if (future) this.exitBlock();
  }

  /** symtable_enter_type_param_block, with the hidden names the code generator will use there. */
  private enterTypeParamBlock(
    name: string,
    key: readonly ast.type_param[],
    hasDefaults: boolean,
    hasKwDefaults: boolean,
    isClass: boolean,
    loc: Loc,
  ): void {
    const inClass = this.cur.type === BlockType.Class;
    this.enterBlock(name, BlockType.TypeParameters, key, loc);
    if (inClass) {
      this.cur.canSeeClassScope = true;
      this.addDef('__classdict__', SymbolFlag.Use, loc);
    }
    if (isClass) {
      this.addDef('.type_params', SymbolFlag.Local, loc);
      this.addDef('.type_params', SymbolFlag.Use, loc);
      this.addDef('.generic_base', SymbolFlag.Local, loc);
      this.addDef('.generic_base', SymbolFlag.Use, loc);
    }
    if (hasDefaults) this.addDef('.defaults', SymbolFlag.Param, loc);
    if (hasKwDefaults) this.addDef('.kwdefaults', SymbolFlag.Param, loc);
  }

  private visitTypeParam(tp: ast.type_param): void {
    this.addDef(tp.name, SymbolFlag.TypeParam | SymbolFlag.Local, tp);
    let defaultInfo: string;
    switch (tp._kind) {
      case 'TypeVar':
        if (tp.bound !== null) {
          const info = tp.bound._kind === 'Tuple' ? 'a TypeVar constraint' : 'a TypeVar bound';
          this.visitTypeVariable(tp.bound, tp.name, tp, this.blocks, info);
        }
        defaultInfo = 'a TypeVar default';
        break;
      case 'TypeVarTuple':
        defaultInfo = 'a TypeVarTuple default';
        break;
      case 'ParamSpec':
        defaultInfo = 'a ParamSpec default';
        break;
    }
    if (tp.default_value !== null) this.visitTypeVariable(tp.default_value, tp.name, tp, this.typeParamDefaults, defaultInfo);
  }

  /** symtable_visit_type_param_bound_or_default: a lazily evaluated bound or default gets its own scope. */
  private visitTypeVariable(e: ast.expr, name: string, key: ast.type_param, table: Map<object, Scope>, info: string): void {
    const inClass = this.cur.canSeeClassScope;
    this.enterBlock(name, BlockType.TypeVariable, null, e);
    table.set(key, this.cur);
    this.cur.canSeeClassScope = inClass;
    if (inClass) this.addDef('__classdict__', SymbolFlag.Use, e);
    this.cur.scopeInfo = info;
    this.visitExpr(e);
    this.exitBlock();
  }

  // ---- expressions ----

  /**
   * symtable_visit_expr. Expressions nest as deep as CPython allows (10000 levels of `a + a + …`),
   * deeper than the JS stack, so the walk keeps its own stack of what remains to do.
   */
  private visitExpr(root: ast.expr): void {
    const work: Work[] = [root];
    for (let item = work.pop(); item !== undefined; item = work.pop()) {
      if (typeof item === 'function') item();
      else this.expandExpr(item, work);
    }
  }

  /**
   * Does what visiting `e` does first, and schedules the rest (its children, then any last step).
   * The stack is last in, first out: children are pushed last first.
   */
  private expandExpr(e: ast.expr, work: Work[]): void {
    this.deeper();
    work.push(this.shallower);
    switch (e._kind) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        if (this.cur.compIterExpr > 0) throw this.errors.at(MSG.namedExprCompIterExpr, e);
        if (this.cur.comprehension !== ComprehensionType.None && e.target._kind === 'Name') {
          this.extendNamedExprScope(e.target);
        }
        return void work.push(e.target, e.value);
      case 'BoolOp':
        return schedule(work, e.values);
      case 'BinOp':
        return void work.push(e.right, e.left);
      case 'UnaryOp':
        return void work.push(e.operand);
      case 'Lambda':
        return schedule(work, [
          ...e.args.defaults,
          ...nonNull(e.args.kw_defaults),
          () => {
            this.enterBlock('lambda', BlockType.Function, e, e);
            this.visitParameters(e.args);
          },
          e.body,
          () => this.exitBlock(),
        ]);
      case 'IfExp':
        return void work.push(e.orelse, e.body, e.test);
      case 'Dict':
        schedule(work, e.values);
        return schedule(work, nonNull(e.keys));
      case 'Set':
        return schedule(work, e.elts);
      case 'GeneratorExp':
        return this.scheduleComprehension(work, e, 'genexpr', ComprehensionType.Generator, e.elt, null);
      case 'ListComp':
        return this.scheduleComprehension(work, e, 'listcomp', ComprehensionType.List, e.elt, null);
      case 'SetComp':
        return this.scheduleComprehension(work, e, 'setcomp', ComprehensionType.Set, e.elt, null);
      case 'DictComp':
        return this.scheduleComprehension(work, e, 'dictcomp', ComprehensionType.Dict, e.key, e.value);
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        return schedule(work, [
          ...nonNull([e.value]),
          () => {
            this.cur.isGenerator = true;
            if (this.cur.comprehension !== ComprehensionType.None) {
              throw this.errors.at(MSG.yieldInComprehension(COMPREHENSION_NAMES[this.cur.comprehension]), e);
            }
          },
        ]);
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        return schedule(work, [
          e.value,
          () => {
            this.cur.isCoroutine = true;
          },
        ]);
      case 'Compare':
        schedule(work, e.comparators);
        return void work.push(e.left);
      case 'Call':
        for (let i = e.keywords.length - 1; i >= 0; i--) work.push(e.keywords[i].value);
        schedule(work, e.args);
        return void work.push(e.func);
      case 'FormattedValue':
        if (e.format_spec !== null) work.push(e.format_spec);
        return void work.push(e.value);
      case 'JoinedStr':
        return schedule(work, e.values);
      case 'Constant':
        return;
      case 'Attribute':
        return void work.push(e.value);
      case 'Subscript':
        return void work.push(e.slice, e.value);
      case 'Starred':
        return void work.push(e.value);
      case 'Slice':
        return schedule(work, nonNull([e.lower, e.upper, e.step]));
      case 'Name':
        this.addDef(e.id, e.ctx._kind === 'Load' ? SymbolFlag.Use : SymbolFlag.Local, e);
        // super() reads the implicit __class__ cell.
        if (e.ctx._kind === 'Load' && this.cur.isFunctionLike && e.id === 'super') this.addDef('__class__', SymbolFlag.Use, e);
        return;
      case 'List':
      case 'Tuple':
        return schedule(work, e.elts);
      default: {
        const unreachable: never = e;
        throw new Error(`early errors: unhandled expression ${(unreachable as ast.expr)._kind}`);
      }
    }
  }

  /**
   * symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the nearest enclosing
   * function or module (PEP 572), declared there as if by nonlocal or global; it may not rebind
   * an iteration variable of a comprehension it is in, nor reach a class or an annotation scope.
   */
  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension !== ComprehensionType.None) {
        if (this.lookup(name, ste) & SymbolFlag.CompIter) throw this.errors.at(MSG.namedExprCompConflict(name), target);
        continue;
      }
      switch (ste.type) {
        case BlockType.Function:
          this.addDef(name, this.lookup(name, ste) & SymbolFlag.Global ? SymbolFlag.Global : SymbolFlag.Nonlocal, target);
          this.recordDirective(name, target);
          return this.addDefTo(ste, name, SymbolFlag.Local, target);
        case BlockType.Module:
          this.addDef(name, SymbolFlag.Global, target);
          this.recordDirective(name, target);
          return this.addDefTo(ste, name, SymbolFlag.Global, target);
        case BlockType.Class:
          throw this.errors.at(MSG.namedExprCompInClass, target);
        case BlockType.TypeParameters:
          throw this.errors.at(MSG.namedExprCompInTypeParams, target);
        case BlockType.TypeAlias:
          throw this.errors.at(MSG.namedExprCompInTypeAlias, target);
        case BlockType.TypeVariable:
          throw this.errors.at(MSG.namedExprCompInTypeVarBound, target);
        case BlockType.Annotation:
          continue;
      }
    }
    throw new Error('early errors: no scope for an assignment expression');
  }

  /** symtable_raise_if_annotation_block: yield, await and walrus are refused in annotation-like scopes. */
  private raiseIfAnnotationBlock(what: string, e: ast.expr): void {
    let msg: string;
    switch (this.cur.type) {
      case BlockType.Annotation:
        msg = MSG.notAllowedInAnnotation(what);
        break;
      case BlockType.TypeVariable:
        msg = MSG.notAllowedInTypeVariable(what, this.cur.scopeInfo ?? '');
        break;
      case BlockType.TypeAlias:
        msg = MSG.notAllowedInTypeAlias(what);
        break;
      case BlockType.TypeParameters:
        msg = MSG.notAllowedInTypeParams(what);
        break;
      default:
        return;
    }
    throw this.errors.at(msg, e);
  }

  /**
   * symtable_handle_comprehension: the outermost iterable is evaluated in the enclosing scope; the
   * rest gets a scope of its own, where the iteration targets are marked (a walrus may not rebind
   * them) and the other iterables are, like the outermost one, no place for a walrus. An async
   * list, set or dict comprehension makes its enclosing scope a coroutine.
   */
  private scheduleComprehension(
    work: Work[],
    e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    scopeName: string,
    type: ComprehensionType,
    elt: ast.expr,
    value: ast.expr | null,
  ): void {
    const [outermost, ...rest] = e.generators;
    let steps: Work[] = [
      () => this.cur.compIterExpr++,
      outermost.iter,
      () => {
        this.cur.compIterExpr--;
        this.enterBlock(scopeName, BlockType.Function, e, e);
        this.cur.comprehension = type;
        if (outermost.is_async) this.cur.isCoroutine = true;
        this.addDef('.0', SymbolFlag.Param, e); // the outermost iterator, received as an argument
      },
      ...this.comprehensionTargetSteps(outermost.target),
      ...outermost.ifs,
    ];
    for (const g of rest) {
      steps.push(
        ...this.comprehensionTargetSteps(g.target),
        () => this.cur.compIterExpr++,
        g.iter,
        () => this.cur.compIterExpr--,
        ...g.ifs,
        () => {
          if (g.is_async) this.cur.isCoroutine = true;
        },
      );
    }
    steps.push(...nonNull([value]), elt, () => {
      const isGenerator = type === ComprehensionType.Generator;
      this.cur.isGenerator = isGenerator;
      const isAsync = this.cur.isCoroutine && !isGenerator;
      this.exitBlock();
      // Whether an async comprehension is allowed here, the code generator decides.
      if (isAsync) this.cur.isCoroutine = true;
    });
    schedule(work, [...steps]);
  }

  private comprehensionTargetSteps(target: ast.expr): Work[] {
    return [() => (this.cur.compIterTarget = true), target, () => (this.cur.compIterTarget = false)];
  }

  // ---- patterns ----

  private visitPattern(p: ast.pattern): void {
    this.deeper();
    this.visitPatternKind(p);
    this.depth--;
  }

  private visitPatternKind(p: ast.pattern): void {
    switch (p._kind) {
      case 'MatchValue':
        return this.visitExpr(p.value);
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
        for (const sub of p.patterns) this.visitPattern(sub);
        return;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, SymbolFlag.Local, p);
        return;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const sub of p.patterns) this.visitPattern(sub);
        if (p.rest !== null) this.addDef(p.rest, SymbolFlag.Local, p);
        return;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const sub of p.patterns) this.visitPattern(sub);
        for (const sub of p.kwd_patterns) this.visitPattern(sub);
        return;
      case 'MatchAs':
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, SymbolFlag.Local, p);
        return;
      case 'MatchOr':
        for (const sub of p.patterns) this.visitPattern(sub);
        return;
    }
  }
}

/**
 * The second pass of symtable.c (analyze_block, analyze_name), reduced to what raises errors: a
 * nonlocal name must be bound in an enclosing function, may not be global too or a type
 * parameter. Scopes are analyzed parent first, names in the order each scope first met them.
 */
class ScopeAnalysis {
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

/** The If an `elif` makes of an If's else clause, or null. */
function elifOf(s: ast.If): ast.If | null {
  const only = s.orelse.length === 1 ? s.orelse[0] : null;
  return only !== null && only._kind === 'If' ? only : null;
}

function addAll(to: Set<string>, from: ReadonlySet<string>): void {
  for (const x of from) to.add(x);
}

/** What remains of an expression walk: an expression to visit, or a step to take in between. */
type Work = ast.expr | (() => void);

/** Pushes `items` on the work stack so that they are done in order, before what is there already. */
function schedule(work: Work[], items: readonly Work[]): void {
  for (let i = items.length - 1; i >= 0; i--) work.push(items[i]);
}

function nonNull<T>(items: readonly (T | null)[]): T[] {
  return items.filter((x): x is T => x !== null);
}

/** starunpack_helper: the items of a display or a call's positional arguments, `*x` compiled as `x`. */
function unpackedElements(elts: readonly ast.expr[]): ast.expr[] {
  return elts.map((elt) => (elt._kind === 'Starred' ? elt.value : elt));
}

/** Schedules unpackedElements(elts) without building it. */
function scheduleElements(work: Work[], elts: readonly ast.expr[]): void {
  for (let i = elts.length - 1; i >= 0; i--) {
    const elt = elts[i];
    work.push(elt._kind === 'Starred' ? elt.value : elt);
  }
}

/** compiler_call_helper: the positional arguments, then the keyword values (`**` ones among them). */
function callArguments(args: readonly ast.expr[], keywords: readonly ast.keyword[]): ast.expr[] {
  return [...unpackedElements(args), ...keywords.map((k) => k.value)];
}

// ---------------------------------------------------------------------------------------------
// Stage 3: the code generator's checks (Python/compile.c).

/** The compiler's scope types (COMPILER_SCOPE_*): what kind of code object is being compiled. */
const enum UnitKind {
  Module,
  Class,
  Function,
  AsyncFunction,
  Lambda,
  Comprehension,
  TypeParams,
}

/** fblocktype: the blocks a `break`, `continue` or `return` may have to leave. */
const enum FBlockType {
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

/** CO_MAXBLOCKS: how many blocks may be open at once in one code object. */
const MAX_BLOCKS = 21;

/** The unpacking opcodes count the targets before a starred one in 8 bits, those after it in 24. */
const MAX_TARGETS_BEFORE_STAR = 1 << 8;
const MAX_TARGETS_AFTER_STAR = 0x7fffffff >> 8;

/** fblockinfo. */
interface FBlock {
  readonly type: FBlockType;
  /** Where the block was opened; a `with` block's unwinding uses it. */
  readonly loc: Loc;
  /** For FinallyTry: the finally body, compiled again wherever a jump leaves the try. */
  readonly finalBody: readonly ast.stmt[] | null;
}

/** A code object being compiled (compiler_unit): its kind, its scope, its open blocks. */
class CodeUnit {
  readonly fblocks: FBlock[] = [];
  constructor(
    readonly kind: UnitKind,
    readonly scope: Scope,
  ) {}
}

/** pattern_context: what a pattern has captured so far and whether it may be irrefutable. */
interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
}

/** A location to be updated by an unwinding, as compile.c passes `location *ploc`. */
interface LocRef {
  loc: Loc;
}

/**
 * Walks the tree as compile.c generates code for it, raising the errors it raises. Only the
 * walk is kept: every node is visited in CPython's order, with the state the checks read (the
 * code unit, its open blocks, the future features).
 */
class CodegenChecker {
  private unit: CodeUnit;

  constructor(
    private readonly table: SymbolTable,
    private readonly future: FutureFeatures,
    private readonly errors: ErrorFactory,
  ) {
    this.unit = new CodeUnit(UnitKind.Module, table.top);
  }

  check(tree: ast.mod): void {
    switch (tree._kind) {
      case 'Module':
      case 'Interactive':
        return this.visitStmts(tree.body);
      case 'Expression':
        return this.visitExpr(tree.body);
      case 'FunctionType':
        return;
    }
  }

  // ---- units and blocks ----

  /** compiler_enter_scope … compiler_exit_scope: `body` compiled as a code object of its own. */
  private inUnit(kind: UnitKind, scope: Scope, body: () => void): void {
    const outer = this.unit;
    this.unit = new CodeUnit(kind, scope);
    body();
    this.unit = outer;
  }

  /** compiler_push_fblock. */
  private pushBlock(loc: Loc, type: FBlockType, finalBody: readonly ast.stmt[] | null = null): void {
    if (this.unit.fblocks.length >= MAX_BLOCKS) throw this.errors.at(MSG.tooManyNestedBlocks, loc);
    this.unit.fblocks.push({ type, loc, finalBody });
  }

  private popBlock(): void {
    this.unit.fblocks.pop();
  }

  /** A block around `body`. */
  private inBlock(loc: Loc, type: FBlockType, body: () => void, finalBody: readonly ast.stmt[] | null = null): void {
    this.pushBlock(loc, type, finalBody);
    body();
    this.popBlock();
  }

  /**
   * compiler_unwind_fblock_stack: leaves the open blocks, innermost first, up to the innermost
   * loop when `toLoop` (returned, or null if there is none). Leaving a `finally` compiles its body
   * again; nothing may leave an except* handler.
   */
  private unwindBlocks(ref: LocRef, preserveTos: boolean, toLoop: boolean): FBlock | null {
    const fblocks = this.unit.fblocks;
    if (fblocks.length === 0) return null;
    const top = fblocks[fblocks.length - 1];
    if (top.type === FBlockType.ExceptionGroupHandler) throw this.errors.at(MSG.jumpInExceptStar, ref.loc);
    if (toLoop && (top.type === FBlockType.WhileLoop || top.type === FBlockType.ForLoop)) return top;
    fblocks.pop();
    this.unwindBlock(top, ref, preserveTos);
    const loop = this.unwindBlocks(ref, preserveTos, toLoop);
    fblocks.push(top);
    return loop;
  }

  /** compiler_unwind_fblock: only leaving a finally or a with can raise, or move the location. */
  private unwindBlock(block: FBlock, ref: LocRef, preserveTos: boolean): void {
    switch (block.type) {
      case FBlockType.FinallyTry:
        if (preserveTos) this.pushBlock(ref.loc, FBlockType.PopValue);
        this.visitStmts(block.finalBody ?? []);
        if (preserveTos) this.popBlock();
        // The finally body runs after the jumping statement: what follows has no location.
        ref.loc = NO_LOCATION;
        return;
      case FBlockType.With:
      case FBlockType.AsyncWith:
        ref.loc = NO_LOCATION;
        return;
      default:
        return;
    }
  }

  // ---- names ----

  /** forbidden_name: `__debug__` may be read, never bound or deleted. */
  private checkName(loc: Loc, name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    if (name !== '__debug__') return;
    if (ctx === 'Store') throw this.errors.at(MSG.assignDebug, loc);
    if (ctx === 'Del') throw this.errors.at(MSG.deleteDebug, loc);
  }

  /** compiler_check_debug_args. */
  private checkParameterNames(a: ast.arguments_): void {
    for (const p of a.posonlyargs) this.checkName(p, p.arg, 'Store');
    for (const p of a.args) this.checkName(p, p.arg, 'Store');
    if (a.vararg !== null) this.checkName(a.vararg, a.vararg.arg, 'Store');
    for (const p of a.kwonlyargs) this.checkName(p, p.arg, 'Store');
    if (a.kwarg !== null) this.checkName(a.kwarg, a.kwarg.arg, 'Store');
  }

  // ---- statements ----

  private visitStmts(stmts: readonly ast.stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitStmt(s: ast.stmt): void {
    switch (s._kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return this.visitFunctionDef(s);
      case 'ClassDef':
        return this.visitClassDef(s);
      case 'TypeAlias':
        return this.visitTypeAlias(s);
      case 'Return':
        return this.visitReturn(s);
      case 'Delete':
        return this.visitExprs(s.targets);
      case 'Assign':
        this.visitExpr(s.value);
        return this.visitExprs(s.targets);
      case 'AugAssign':
        return this.visitAugAssign(s);
      case 'AnnAssign':
        return this.visitAnnAssign(s);
      case 'For':
        this.visitExpr(s.iter);
        this.inBlock(s, FBlockType.ForLoop, () => {
          this.visitExpr(s.target);
          this.visitStmts(s.body);
        });
        return this.visitStmts(s.orelse);
      case 'AsyncFor':
        if (this.unit.kind !== UnitKind.AsyncFunction) throw this.errors.at(MSG.asyncForOutsideAsync, s);
        this.visitExpr(s.iter);
        this.inBlock(s, FBlockType.ForLoop, () => {
          this.visitExpr(s.target);
          this.visitStmts(s.body);
        });
        return this.visitStmts(s.orelse);
      case 'While':
        this.inBlock(s, FBlockType.WhileLoop, () => {
          this.visitExpr(s.test);
          this.visitStmts(s.body);
        });
        return this.visitStmts(s.orelse);
      case 'If':
        // compiler_if; an elif chain, as deep as it is long, is walked as a loop.
        for (let cur: ast.If | null = s; cur !== null; ) {
          this.visitExpr(cur.test);
          this.visitStmts(cur.body);
          const next: ast.If | null = elifOf(cur);
          if (next === null) this.visitStmts(cur.orelse);
          cur = next;
        }
        return;
      case 'Match':
        return this.visitMatch(s);
      case 'Raise':
        if (s.exc !== null) {
          this.visitExpr(s.exc);
          if (s.cause !== null) this.visitExpr(s.cause);
        }
        return;
      case 'Try':
        if (s.finalbody.length > 0) return this.visitTryFinally(s, () => this.visitTryExcept(s));
        return this.visitTryExcept(s);
      case 'TryStar':
        if (s.finalbody.length > 0) return this.visitTryFinally(s, () => this.visitTryStarExcept(s));
        return this.visitTryStarExcept(s);
      case 'Assert':
        // compile() without -O compiles asserts (with -O CPython skips them and their errors).
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        return;
      case 'Import':
        for (const a of s.names) this.checkName(s, a.asname ?? a.name.split('.')[0], 'Store');
        return;
      case 'ImportFrom':
        return this.visitImportFrom(s);
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        return;
      case 'Expr':
        if (s.value._kind !== 'Constant') this.visitExpr(s.value);
        return;
      case 'Break':
        return this.visitJump(s, MSG.breakOutsideLoop);
      case 'Continue':
        return this.visitJump(s, MSG.continueOutsideLoop);
      case 'With':
        return this.visitWith(s, 0, FBlockType.With);
      case 'AsyncWith':
        return this.visitWith(s, 0, FBlockType.AsyncWith);
      default: {
        const unreachable: never = s;
        throw new Error(`early errors: unhandled statement ${(unreachable as ast.stmt)._kind}`);
      }
    }
  }

  /**
   * compiler_function: parameter names, decorators, defaults, then (in the type parameter scope of
   * a generic def) type parameters and annotations, then the body, and last the name is bound.
   */
  private visitFunctionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    this.checkParameterNames(s.args);
    this.visitExprs(s.decorator_list);
    this.visitDefaults(s.args);
    const signatureAndBody = (): void => {
      if (s.type_params.length > 0) this.visitTypeParams(s.type_params);
      this.visitParameterAnnotations(s.args, s.returns);
      const scope = this.table.lookup(s);
      this.inUnit(s._kind === 'AsyncFunctionDef' ? UnitKind.AsyncFunction : UnitKind.Function, scope, () => {
        // Generators and coroutines run their body inside a StopIteration handler.
        if (scope.isCoroutine || scope.isGenerator) this.pushBlock(NO_LOCATION, FBlockType.StopIteration);
        this.visitStmts(s.body);
      });
    };
    if (s.type_params.length > 0) this.inUnit(UnitKind.TypeParams, this.table.lookup(s.type_params), signatureAndBody);
    else signatureAndBody();
    this.checkName(s, s.name, 'Store');
  }

  /** compiler_default_arguments: positional defaults, then keyword-only ones. */
  private visitDefaults(a: ast.arguments_): void {
    this.visitExprs(a.defaults);
    for (const d of a.kw_defaults) if (d !== null) this.visitExpr(d);
  }

  /** compiler_annotations: evaluated unless PEP 563 makes them strings; `*args: *Ts` unpacks. */
  private visitParameterAnnotations(a: ast.arguments_, returns: ast.expr | null): void {
    if (this.future.annotations) return;
    const visit = (annotation: ast.expr | null): void => {
      if (annotation === null) return;
      this.visitExpr(annotation._kind === 'Starred' ? annotation.value : annotation);
    };
    for (const p of a.args) visit(p.annotation);
    for (const p of a.posonlyargs) visit(p.annotation);
    if (a.vararg !== null) visit(a.vararg.annotation);
    for (const p of a.kwonlyargs) visit(p.annotation);
    if (a.kwarg !== null) visit(a.kwarg.annotation);
    visit(returns);
  }

  /** compiler_class: decorators, type parameters, the body, then the bases as a call, then the name. */
  private visitClassDef(s: ast.ClassDef): void {
    this.visitExprs(s.decorator_list);
    const bodyAndBases = (): void => {
      if (s.type_params.length > 0) this.visitTypeParams(s.type_params);
      this.inUnit(UnitKind.Class, this.table.lookup(s), () => this.visitStmts(s.body));
      this.visitCallArguments(s.bases, s.keywords);
    };
    if (s.type_params.length > 0) this.inUnit(UnitKind.TypeParams, this.table.lookup(s.type_params), bodyAndBases);
    else bodyAndBases();
    this.checkName(s, s.name, 'Store');
  }

  /** compiler_typealias. */
  private visitTypeAlias(s: ast.TypeAlias): void {
    const value = (): void => {
      if (s.type_params.length > 0) this.visitTypeParams(s.type_params);
      this.inUnit(UnitKind.Function, this.table.lookup(s), () => this.visitExpr(s.value));
    };
    if (s.type_params.length > 0) this.inUnit(UnitKind.TypeParams, this.table.lookup(s.type_params), value);
    else value();
    if (s.name._kind === 'Name') this.checkName(s, s.name.id, 'Store');
  }

  /**
   * compiler_type_params: each bound and default in a scope of its own; a parameter without a
   * default may not follow one with a default.
   */
  private visitTypeParams(typeParams: readonly ast.type_param[]): void {
    let seenDefault = false;
    for (const tp of typeParams) {
      if (tp._kind === 'TypeVar' && tp.bound !== null) {
        const bound = tp.bound;
        this.inUnit(UnitKind.TypeParams, this.table.lookup(tp), () => this.visitExpr(bound));
      }
      const dflt = tp.default_value;
      if (dflt !== null) {
        seenDefault = true;
        this.inUnit(UnitKind.TypeParams, this.table.lookupDefault(tp), () => {
          this.visitExpr(tp._kind === 'TypeVarTuple' && dflt._kind === 'Starred' ? dflt.value : dflt);
        });
      } else if (seenDefault) {
        throw this.errors.at(MSG.nonDefaultTypeParam(tp.name), tp);
      }
      this.checkName(tp, tp.name, 'Store');
    }
  }

  /** compiler_return. */
  private visitReturn(s: ast.Return): void {
    const value = s.value;
    const preserveTos = value !== null && value._kind !== 'Constant';
    const scope = this.unit.scope;
    if (!scope.isFunctionLike) throw this.errors.at(MSG.returnOutsideFunction, s);
    if (value !== null && scope.isCoroutine && scope.isGenerator) throw this.errors.at(MSG.returnValueInAsyncGenerator, s);
    let loc: Loc = s;
    if (preserveTos) this.visitExpr(value);
    else if (value !== null) loc = value;
    if (value === null || value.lineno !== s.lineno) loc = s;
    this.unwindBlocks({ loc }, preserveTos, false);
  }

  /** compiler_break, compiler_continue. */
  private visitJump(s: ast.Break | ast.Continue, outsideLoop: string): void {
    const loop = this.unwindBlocks({ loc: s }, false, true);
    if (loop === null) throw this.errors.at(outsideLoop, s);
  }

  /** compiler_augassign: the target's object and index, the value, then the store. */
  private visitAugAssign(s: ast.AugAssign): void {
    const target = s.target;
    if (target._kind === 'Attribute') this.visitExpr(target.value);
    else if (target._kind === 'Subscript') {
      this.visitExpr(target.value);
      this.visitExpr(target.slice);
    }
    this.visitExpr(s.value);
    if (target._kind === 'Name') this.checkName(target, target.id, 'Store');
  }

  /**
   * compiler_annassign: the assignment, then the annotation where it is evaluated: for a simple
   * name in a module or class body; for other targets (check_annotation) in a module or class body.
   */
  private visitAnnAssign(s: ast.AnnAssign): void {
    const target = s.target;
    if (s.value !== null) {
      this.visitExpr(s.value);
      this.visitExpr(target);
    }
    const evaluatesAnnotations =
      !this.future.annotations && (this.unit.kind === UnitKind.Module || this.unit.kind === UnitKind.Class);
    switch (target._kind) {
      case 'Name':
        this.checkName(s, target.id, 'Store');
        if (s.simple && evaluatesAnnotations) this.visitExpr(s.annotation);
        break;
      case 'Attribute':
        this.checkName(s, target.attr, 'Store');
        if (s.value === null) this.visitExpr(target.value);
        break;
      case 'Subscript':
        if (s.value === null) {
          this.visitExpr(target.value);
          this.visitAnnotatedSubscript(target.slice);
        }
        break;
      default:
        break;
    }
    if (!s.simple && evaluatesAnnotations) this.visitExpr(s.annotation);
  }

  /** check_ann_subscr: the parts of a slice, and of a tuple of them, are evaluated one by one. */
  private visitAnnotatedSubscript(e: ast.expr): void {
    if (e._kind === 'Slice') {
      if (e.lower !== null) this.visitExpr(e.lower);
      if (e.upper !== null) this.visitExpr(e.upper);
      if (e.step !== null) this.visitExpr(e.step);
    } else if (e._kind === 'Tuple') {
      for (const elt of e.elts) this.visitAnnotatedSubscript(elt);
    } else {
      this.visitExpr(e);
    }
  }

  /** compiler_from_import: a future import is only allowed among the leading ones (ff_location). */
  private visitImportFrom(s: ast.ImportFrom): void {
    if (locationIsAfter(s, this.future.location) && s.module === '__future__' && (s.level ?? 0) === 0) {
      throw this.errors.at(MSG.futureNotFirst, s);
    }
    if (s.names.length > 0 && s.names[0].name.startsWith('*')) return;
    for (const a of s.names) this.checkName(s, a.asname ?? a.name, 'Store');
  }

  /** compiler_with / compiler_async_with: one block per item, the body inside the last. */
  private visitWith(s: ast.With | ast.AsyncWith, pos: number, type: FBlockType.With | FBlockType.AsyncWith): void {
    if (type === FBlockType.AsyncWith && this.unit.kind !== UnitKind.AsyncFunction) {
      throw this.errors.at(MSG.asyncWithOutsideAsync, s);
    }
    const item = s.items[pos];
    this.visitExpr(item.context_expr);
    this.inBlock(item.context_expr, type, () => {
      if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
      if (pos + 1 === s.items.length) this.visitStmts(s.body);
      else this.visitWith(s, pos + 1, type);
    });
  }

  /** compiler_try_finally: the finally body compiled twice, for the normal and the exceptional path. */
  private visitTryFinally(s: ast.Try | ast.TryStar, tryPart: () => void): void {
    this.inBlock(
      s,
      FBlockType.FinallyTry,
      () => (s.handlers.length > 0 ? tryPart() : this.visitStmts(s.body)),
      s.finalbody,
    );
    this.visitStmts(s.finalbody);
    this.inBlock(NO_LOCATION, FBlockType.FinallyEnd, () => this.visitStmts(s.finalbody));
  }

  /** compiler_try_except: the body, the else clause, then the handlers. */
  private visitTryExcept(s: ast.Try): void {
    this.inBlock(s, FBlockType.TryExcept, () => this.visitStmts(s.body));
    this.visitStmts(s.orelse);
    const n = s.handlers.length;
    this.inBlock(s, FBlockType.ExceptionHandler, () => {
      s.handlers.forEach((h, i) => {
        if (h.type === null && i < n - 1) throw this.errors.at(MSG.defaultExceptNotLast, h);
        this.visitHandler(h);
      });
    });
  }

  /** compiler_try_star_except: the body, the handlers (from which no jump may leave), then the else clause. */
  private visitTryStarExcept(s: ast.TryStar): void {
    this.inBlock(s, FBlockType.TryExcept, () => this.visitStmts(s.body));
    this.inBlock(s, FBlockType.ExceptionGroupHandler, () => {
      for (const h of s.handlers) this.visitHandler(h);
    });
    this.visitStmts(s.orelse);
  }

  private visitHandler(h: ast.ExceptHandler): void {
    if (h.type !== null) this.visitExpr(h.type);
    if (h.name !== null) this.checkName(h, h.name, 'Store');
    this.inBlock(h, FBlockType.HandlerCleanup, () => this.visitStmts(h.body));
  }

  // ---- expressions ----

  private visitExprs(exprs: readonly ast.expr[]): void {
    for (const e of exprs) this.visitExpr(e);
  }

  /** compiler_visit_expr, with a stack of its own as in the symbol table's walk. */
  private visitExpr(root: ast.expr): void {
    const work: Work[] = [root];
    for (let item = work.pop(); item !== undefined; item = work.pop()) {
      if (typeof item === 'function') item();
      else this.expandExpr(item, work);
    }
  }

  /** Does what compiling `e` checks first, and schedules the rest in CPython's order (pushed last first). */
  private expandExpr(e: ast.expr, work: Work[]): void {
    switch (e._kind) {
      case 'NamedExpr':
        return void work.push(e.target, e.value);
      case 'BoolOp':
        return schedule(work, e.values);
      case 'BinOp':
        return void work.push(e.right, e.left);
      case 'UnaryOp':
        return void work.push(e.operand);
      case 'Lambda':
        return this.scheduleLambda(work, e);
      case 'IfExp':
        return void work.push(e.orelse, e.body, e.test);
      case 'Dict':
        // compiler_dict: each key, then its value.
        for (let i = e.values.length - 1; i >= 0; i--) {
          work.push(e.values[i]);
          const key = e.keys[i];
          if (key !== null) work.push(key);
        }
        return;
      case 'Set':
        return scheduleElements(work, e.elts);
      case 'GeneratorExp':
      case 'ListComp':
      case 'SetComp':
        return this.scheduleComprehension(work, e, e.elt, null);
      case 'DictComp':
        return this.scheduleComprehension(work, e, e.key, e.value);
      case 'Yield':
        if (!this.unit.scope.isFunctionLike) throw this.errors.at(MSG.yieldOutsideFunction, e);
        return schedule(work, nonNull([e.value]));
      case 'YieldFrom':
        if (!this.unit.scope.isFunctionLike) throw this.errors.at(MSG.yieldFromOutsideFunction, e);
        if (this.unit.kind === UnitKind.AsyncFunction) throw this.errors.at(MSG.yieldFromInAsync, e);
        return void work.push(e.value);
      case 'Await':
        if (!this.unit.scope.isFunctionLike) throw this.errors.at(MSG.awaitOutsideFunction, e);
        if (this.unit.kind !== UnitKind.AsyncFunction && this.unit.kind !== UnitKind.Comprehension) {
          throw this.errors.at(MSG.awaitOutsideAsync, e);
        }
        return void work.push(e.value);
      case 'Compare':
        schedule(work, e.comparators);
        return void work.push(e.left);
      case 'Call':
        // compiler_call: the keywords are validated before anything is compiled.
        this.validateKeywords(e.keywords);
        for (let i = e.keywords.length - 1; i >= 0; i--) work.push(e.keywords[i].value);
        scheduleElements(work, e.args);
        return void work.push(e.func);
      case 'Constant':
        return;
      case 'JoinedStr':
        return schedule(work, e.values);
      case 'FormattedValue':
        if (e.format_spec !== null) work.push(e.format_spec);
        return void work.push(e.value);
      case 'Attribute':
        if (e.ctx._kind === 'Store') work.push(() => this.checkName(attributeLocation(e), e.attr, 'Store'));
        return void work.push(e.value);
      case 'Subscript':
        return void work.push(e.slice, e.value);
      case 'Starred':
        // Lists, tuples, sets and calls unpack their starred items themselves; any other is misplaced.
        throw this.errors.at(e.ctx._kind === 'Store' ? MSG.starredAssignTarget : MSG.starredHere, e);
      case 'Slice':
        return schedule(work, nonNull([e.lower, e.upper, e.step]));
      case 'Name':
        return this.checkName(e, e.id, e.ctx._kind);
      case 'List':
      case 'Tuple':
        if (e.ctx._kind === 'Store') this.checkAssignmentTargets(e, e.elts);
        return e.ctx._kind === 'Del' ? schedule(work, e.elts) : scheduleElements(work, e.elts);
      default: {
        const unreachable: never = e;
        throw new Error(`early errors: unhandled expression ${(unreachable as ast.expr)._kind}`);
      }
    }
  }

  /** unpack_helper: an assignment unpacks into at most one starred target, with at most 255 before it. */
  private checkAssignmentTargets(loc: Loc, elts: readonly ast.expr[]): void {
    let seenStar = false;
    for (let i = 0; i < elts.length; i++) {
      if (elts[i]._kind !== 'Starred') continue;
      if (seenStar) throw this.errors.at(MSG.multipleStarredAssign, loc);
      if (i >= MAX_TARGETS_BEFORE_STAR || elts.length - i - 1 >= MAX_TARGETS_AFTER_STAR) {
        throw this.errors.at(MSG.tooManyStarUnpack, loc);
      }
      seenStar = true;
    }
  }

  /** compiler_call_helper, for a class's bases and keywords. */
  private visitCallArguments(args: readonly ast.expr[], keywords: readonly ast.keyword[]): void {
    this.validateKeywords(keywords);
    this.visitExprs(callArguments(args, keywords));
  }

  /** validate_keywords: no keyword named `__debug__`, none given twice. */
  private validateKeywords(keywords: readonly ast.keyword[]): void {
    keywords.forEach((key, i) => {
      if (key.arg === null) return;
      this.checkName(key, key.arg, 'Store');
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j];
        if (other.arg === key.arg) throw this.errors.at(MSG.keywordRepeated(key.arg), other);
      }
    });
  }

  /** compiler_lambda: parameter names, defaults, then the body in a code unit of its own. */
  private scheduleLambda(work: Work[], e: ast.Lambda): void {
    this.checkParameterNames(e.args);
    const outer = this.unit;
    schedule(work, [
      ...e.args.defaults,
      ...nonNull(e.args.kw_defaults),
      () => (this.unit = new CodeUnit(UnitKind.Lambda, this.table.lookup(e))),
      e.body,
      () => (this.unit = outer),
    ]);
  }

  /**
   * compiler_comprehension: an inlined comprehension (PEP 709) evaluates its outermost iterable
   * first and compiles in the enclosing code unit; another compiles its body in a unit of its own
   * and evaluates the iterable afterwards. Either way, before the body: an asynchronous list, set
   * or dict comprehension needs an async def around it (or another comprehension).
   */
  private scheduleComprehension(
    work: Work[],
    e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    elt: ast.expr,
    value: ast.expr | null,
  ): void {
    const scope = this.table.lookup(e);
    const outer = this.unit;
    const checkAsync = (): void => {
      const allowed = outer.kind === UnitKind.AsyncFunction || outer.kind === UnitKind.Comprehension;
      if (scope.isCoroutine && e._kind !== 'GeneratorExp' && !allowed) {
        throw this.errors.at(MSG.asyncComprehensionOutsideAsync, e);
      }
    };
    const body = this.generatorSteps(e, 0, elt, value);
    const iter = e.generators[0].iter;
    if (scope.compInlined) {
      schedule(work, [iter, checkAsync, ...body]);
    } else {
      const enter = (): void => {
        this.unit = new CodeUnit(UnitKind.Comprehension, scope);
        checkAsync();
      };
      schedule(work, [enter, ...body, () => (this.unit = outer), iter]);
    }
  }

  /**
   * compiler_comprehension_generator: each `for` clause — its iterable (the outermost one is
   * compiled apart), target and conditions — encloses the next; the element goes innermost. An
   * async clause opens a block.
   */
  private generatorSteps(
    e: Loc & { generators: ast.comprehension[] },
    index: number,
    elt: ast.expr,
    value: ast.expr | null,
  ): Work[] {
    const gen = e.generators[index];
    const inner = index + 1 < e.generators.length ? this.generatorSteps(e, index + 1, elt, value) : [elt, ...nonNull([value])];
    const clause: Work[] = [gen.target, ...gen.ifs, ...inner];
    const steps = gen.is_async
      ? [() => this.pushBlock(e, FBlockType.AsyncComprehensionGenerator), ...clause, () => this.popBlock()]
      : clause;
    return index > 0 ? [gen.iter, ...steps] : steps;
  }

  // ---- match statements ----

  /** compiler_match_inner: a trailing `case _:` is compiled apart, and only it may be irrefutable unguarded. */
  private visitMatch(s: ast.Match): void {
    this.visitExpr(s.subject);
    const cases = s.cases;
    const last = cases[cases.length - 1];
    const hasDefault = isWildcard(last.pattern) && cases.length > 1;
    const n = cases.length - (hasDefault ? 1 : 0);
    for (let i = 0; i < n; i++) {
      const c = cases[i];
      const pc: PatternContext = { stores: [], allowIrrefutable: c.guard !== null || i === cases.length - 1 };
      this.visitPattern(c.pattern, pc);
      if (c.guard !== null) this.visitExpr(c.guard);
      this.visitStmts(c.body);
    }
    if (hasDefault) {
      if (last.guard !== null) this.visitExpr(last.guard);
      this.visitStmts(last.body);
    }
  }

  private visitPattern(p: ast.pattern, pc: PatternContext): void {
    switch (p._kind) {
      case 'MatchValue':
        if (!isMatchValueExpr(p.value)) throw this.errors.at(MSG.patternValueKind, p);
        return this.visitExpr(p.value);
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
        return this.visitSequencePattern(p, pc);
      case 'MatchMapping':
        return this.visitMappingPattern(p, pc);
      case 'MatchClass':
        return this.visitClassPattern(p, pc);
      case 'MatchStar':
        return this.storePatternName(p, p.name, pc);
      case 'MatchAs':
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) {
            throw this.errors.at(p.name !== null ? MSG.patternCaptureUnreachable(p.name) : MSG.patternWildcardUnreachable, p);
          }
          return this.storePatternName(p, p.name, pc);
        }
        this.visitPattern(p.pattern, pc);
        return this.storePatternName(p, p.name, pc);
      case 'MatchOr':
        return this.visitOrPattern(p, pc);
    }
  }

  /** compiler_pattern_subpattern: a pattern inside another may be irrefutable. */
  private visitSubpattern(p: ast.pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.visitPattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  /** pattern_helper_store_name: a capture may not bind `__debug__`, nor a name captured already. */
  private storePatternName(loc: Loc, name: string | null, pc: PatternContext): void {
    if (name === null) return;
    this.checkName(loc, name, 'Store');
    if (pc.stores.includes(name)) throw this.errors.at(MSG.patternDuplicateStore(name), loc);
    pc.stores.push(name);
  }

  /** compiler_pattern_sequence. */
  private visitSequencePattern(p: ast.MatchSequence, pc: PatternContext): void {
    const patterns = p.patterns;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    for (let i = 0; i < patterns.length; i++) {
      const sub = patterns[i];
      if (sub._kind === 'MatchStar') {
        if (star >= 0) throw this.errors.at(MSG.patternMultipleStarred, p);
        starWildcard = sub.name === null;
        onlyWildcard &&= starWildcard;
        star = i;
      } else {
        onlyWildcard &&= isWildcard(sub);
      }
    }
    if (onlyWildcard) return;
    if (starWildcard) {
      // pattern_helper_sequence_subscr: the items around a `*_` are read by index.
      for (const sub of patterns) if (!isWildcard(sub) && sub._kind !== 'MatchStar') this.visitSubpattern(sub, pc);
      return;
    }
    this.checkPatternUnpack(p);
    for (const sub of patterns) this.visitSubpattern(sub, pc);
  }

  /** pattern_unpack_helper: the limits of UNPACK_EX, as for assignment targets. */
  private checkPatternUnpack(p: ast.MatchSequence): void {
    const elts = p.patterns;
    let seenStar = false;
    elts.forEach((elt, i) => {
      if (elt._kind !== 'MatchStar') return;
      if (seenStar) throw this.errors.at(MSG.patternMultipleStarredUnpack, p);
      if (i >= MAX_TARGETS_BEFORE_STAR || elts.length - i - 1 >= MAX_TARGETS_AFTER_STAR) {
        throw this.errors.at(MSG.patternTooManyStarUnpack, p);
      }
      seenStar = true;
    });
  }

  /** compiler_pattern_mapping: keys are literals (no two equal) or attribute lookups. */
  private visitMappingPattern(p: ast.MatchMapping, pc: PatternContext): void {
    if (p.keys.length === 0 && p.rest === null) return;
    const seen = new Set<string>();
    for (const key of p.keys) {
      const value = foldConstant(key);
      if (value !== undefined) {
        const identity = constantKey(value);
        if (seen.has(identity)) throw this.errors.at(MSG.patternMappingDuplicateKey(constantRepr(value)), p);
        seen.add(identity);
      } else if (key._kind !== 'Attribute') {
        throw this.errors.at(MSG.patternMappingKeyKind, p);
      }
      this.visitExpr(key);
    }
    for (const sub of p.patterns) this.visitSubpattern(sub, pc);
    this.storePatternName(p, p.rest, pc);
  }

  /** compiler_pattern_class: keyword attributes first (validate_kwd_attrs), then the class and the sub-patterns. */
  private visitClassPattern(p: ast.MatchClass, pc: PatternContext): void {
    const attrs = p.kwd_attrs;
    attrs.forEach((attr, i) => {
      this.checkName(p.kwd_patterns[i], attr, 'Store');
      for (let j = i + 1; j < attrs.length; j++) {
        if (attrs[j] === attr) throw this.errors.at(MSG.patternAttributeRepeated(attr), p.kwd_patterns[j]);
      }
    });
    this.visitExpr(p.cls);
    for (const sub of [...p.patterns, ...p.kwd_patterns]) if (!isWildcard(sub)) this.visitSubpattern(sub, pc);
  }

  /**
   * compiler_pattern_or: only the last alternative may be irrefutable (and only where the whole
   * may be); every alternative must bind the same names, which then join the enclosing captures.
   */
  private visitOrPattern(p: ast.MatchOr, pc: PatternContext): void {
    const outer = pc.stores;
    const outerAllow = pc.allowIrrefutable;
    let control: string[] = [];
    for (let i = 0; i < p.patterns.length; i++) {
      pc.stores = [];
      pc.allowIrrefutable = i === p.patterns.length - 1 && outerAllow;
      this.visitPattern(p.patterns[i], pc);
      const stores = pc.stores;
      if (i === 0) control = stores;
      else if (stores.length !== control.length || !control.every((name) => stores.includes(name))) {
        throw this.errors.at(MSG.patternAlternativesDiffer, p);
      }
    }
    pc.stores = outer;
    pc.allowIrrefutable = outerAllow;
    for (const name of control) {
      if (outer.includes(name)) throw this.errors.at(MSG.patternDuplicateStore(name), p);
      outer.push(name);
    }
  }
}

/** location_is_after. */
function locationIsAfter(a: Loc, b: Loc): boolean {
  return a.lineno > b.lineno || (a.lineno === b.lineno && a.col_offset > b.col_offset);
}

/**
 * update_start_location_to_match_attr: an attribute on a later line than its object's start is
 * located from the start of the attribute name.
 */
function attributeLocation(e: ast.Attribute): Loc {
  if (e.lineno === e.end_lineno) return e;
  const len = [...e.attr].length;
  // CPython subtracts the name's length in characters from a byte column, and drops the
  // columns of impossible trees.
  if (len > e.end_col_offset) return { lineno: e.end_lineno, col_offset: -1, end_lineno: e.end_lineno, end_col_offset: -1 };
  return { lineno: e.end_lineno, col_offset: e.end_col_offset - len, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

/** WILDCARD_CHECK: `_`. */
function isWildcard(p: ast.pattern): boolean {
  return p._kind === 'MatchAs' && p.name === null;
}

/** MATCH_VALUE_EXPR, after CPython's AST optimizer has folded `-1` and `1+2j` into constants. */
function isMatchValueExpr(e: ast.expr): boolean {
  return foldConstant(e) !== undefined || e._kind === 'Attribute';
}

// ---- constants of patterns ----

/**
 * The constant CPython's AST optimizer makes of a pattern literal: a constant, a negated number,
 * or a real number plus or minus an imaginary one. Undefined for anything else.
 */
function foldConstant(e: ast.expr): ConstantValue | undefined {
  switch (e._kind) {
    case 'Constant':
      return e.value;
    case 'UnaryOp': {
      if (e.op._kind !== 'USub') return undefined;
      const v = foldConstant(e.operand);
      return v === undefined ? undefined : negate(v);
    }
    case 'BinOp': {
      if (e.op._kind !== 'Add' && e.op._kind !== 'Sub') return undefined;
      const left = foldConstant(e.left);
      const right = foldConstant(e.right);
      if (left === undefined || right === undefined) return undefined;
      return addComplex(left, right, e.op._kind === 'Sub');
    }
    default:
      return undefined;
  }
}

function negate(v: ConstantValue): ConstantValue | undefined {
  if (typeof v === 'number') return v === 0 ? 0 : -v;
  if (typeof v === 'bigint') return canonicalInt(-v);
  if (v instanceof FloatConstant) return new FloatConstant(-v.value);
  if (v instanceof ComplexConstant) return new ComplexConstant(-v.real, -v.imag);
  return undefined;
}

/** A real number plus (or minus) a complex one, as Python 3.13 computes it: the real as complex(x, 0.0). */
function addComplex(a: ConstantValue, b: ConstantValue, subtract: boolean): ConstantValue | undefined {
  const ca = asComplex(a);
  const cb = asComplex(b);
  if (ca === undefined || cb === undefined || !(b instanceof ComplexConstant)) return undefined;
  return subtract
    ? new ComplexConstant(ca[0] - cb[0], ca[1] - cb[1])
    : new ComplexConstant(ca[0] + cb[0], ca[1] + cb[1]);
}

function asComplex(v: ConstantValue): [number, number] | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return [Number(v), 0];
  if (v instanceof FloatConstant) return [v.value, 0];
  if (v instanceof ComplexConstant) return [v.real, v.imag];
  return undefined;
}

function canonicalInt(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

/**
 * A string equal for two constants exactly when Python's set would hold them as one key:
 * `1`, `1.0`, `True` and `(1+0j)` are one; `-0.0` is `0`.
 */
function constantKey(v: ConstantValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'n:1' : 'n:0';
  if (typeof v === 'number' || typeof v === 'bigint') return 'n:' + v.toString();
  if (typeof v === 'string') return 's:' + v;
  if (v instanceof SplitSurrogateStr) return 'ss:' + JSON.stringify(v.parts);
  if (v instanceof FloatConstant) return realKey(v.value);
  if (v instanceof ComplexConstant) return v.imag === 0 ? realKey(v.real) : `c:${realKey(v.real)},${v.imag}`;
  if (v instanceof BytesConstant) return 'b:' + Array.from(v.bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return 'Ellipsis';
}

function realKey(x: number): string {
  return Number.isInteger(x) ? 'n:' + BigInt(x).toString() : 'f:' + String(x);
}

/** `%R` of a constant. */
function constantRepr(v: ConstantValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return intRepr(v);
  if (typeof v === 'string') return strRepr(v);
  if (v instanceof SplitSurrogateStr) return strReprOfParts(v.parts);
  if (v instanceof FloatConstant) return floatRepr(v.value);
  if (v instanceof ComplexConstant) return complexRepr(v.real, v.imag);
  if (v instanceof BytesConstant) return bytesRepr(v.bytes);
  if (v === ELLIPSIS) return 'Ellipsis';
  return String(v);
}
