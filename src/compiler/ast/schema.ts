// The shape of Python 3.13's abstract syntax tree: every node, its fields in order, and
// which nodes carry source positions. This is the one definition; src/generated/ast.ts is
// generated from it (npm run generate). It follows the grammar documented for CPython's
// `ast` module (Parser/Python.asdl), so `ast.dump` output can be reproduced exactly.

/**
 * A field's type, in ASDL notation: a base type name, then `?` for optional or `*` for a
 * sequence. Base types are node categories (`expr`, `stmt`, …) or the builtin leaves
 * `identifier`, `string`, `int` and `constant`.
 */
export type FieldType = string;

export interface NodeSchema {
  /** The node class name as `ast` spells it (`BinOp`, `FunctionDef`). */
  readonly name: string;
  /** Fields in `_fields` order: [name, type]. */
  readonly fields: readonly (readonly [string, FieldType])[];
}

export interface CategorySchema {
  /** The abstract category (`expr`, `stmt`, `mod`, …). */
  readonly name: string;
  readonly nodes: readonly NodeSchema[];
  /**
   * Position attributes every node of the category carries. `lineno`, `col_offset`,
   * `end_lineno`, `end_col_offset`; columns are UTF-8 byte offsets as CPython reports them.
   */
  readonly positioned: boolean;
  /**
   * A category whose nodes have no fields (operators, expression contexts). `ast` shares
   * one instance of each, and so do we.
   */
  readonly singletons?: boolean;
}

const node = (name: string, ...fields: (readonly [string, FieldType])[]): NodeSchema => ({ name, fields });
const f = (name: string, type: FieldType) => [name, type] as const;

const functionFields = [
  f('name', 'identifier'),
  f('args', 'arguments'),
  f('body', 'stmt*'),
  f('decorator_list', 'expr*'),
  f('returns', 'expr?'),
  f('type_comment', 'string?'),
  f('type_params', 'type_param*'),
] as const;
const forFields = [
  f('target', 'expr'),
  f('iter', 'expr'),
  f('body', 'stmt*'),
  f('orelse', 'stmt*'),
  f('type_comment', 'string?'),
] as const;
const withFields = [f('items', 'withitem*'), f('body', 'stmt*'), f('type_comment', 'string?')] as const;
const tryFields = [
  f('body', 'stmt*'),
  f('handlers', 'excepthandler*'),
  f('orelse', 'stmt*'),
  f('finalbody', 'stmt*'),
] as const;
const comprehensionFields = [f('elt', 'expr'), f('generators', 'comprehension*')] as const;

export const AST_SCHEMA: readonly CategorySchema[] = [
  {
    name: 'mod',
    positioned: false,
    nodes: [
      node('Module', f('body', 'stmt*'), f('type_ignores', 'type_ignore*')),
      node('Interactive', f('body', 'stmt*')),
      node('Expression', f('body', 'expr')),
      node('FunctionType', f('argtypes', 'expr*'), f('returns', 'expr')),
    ],
  },
  {
    name: 'stmt',
    positioned: true,
    nodes: [
      node('FunctionDef', ...functionFields),
      node('AsyncFunctionDef', ...functionFields),
      node(
        'ClassDef',
        f('name', 'identifier'),
        f('bases', 'expr*'),
        f('keywords', 'keyword*'),
        f('body', 'stmt*'),
        f('decorator_list', 'expr*'),
        f('type_params', 'type_param*'),
      ),
      node('Return', f('value', 'expr?')),
      node('Delete', f('targets', 'expr*')),
      node('Assign', f('targets', 'expr*'), f('value', 'expr'), f('type_comment', 'string?')),
      node('TypeAlias', f('name', 'expr'), f('type_params', 'type_param*'), f('value', 'expr')),
      node('AugAssign', f('target', 'expr'), f('op', 'operator'), f('value', 'expr')),
      node('AnnAssign', f('target', 'expr'), f('annotation', 'expr'), f('value', 'expr?'), f('simple', 'int')),
      node('For', ...forFields),
      node('AsyncFor', ...forFields),
      node('While', f('test', 'expr'), f('body', 'stmt*'), f('orelse', 'stmt*')),
      node('If', f('test', 'expr'), f('body', 'stmt*'), f('orelse', 'stmt*')),
      node('With', ...withFields),
      node('AsyncWith', ...withFields),
      node('Match', f('subject', 'expr'), f('cases', 'match_case*')),
      node('Raise', f('exc', 'expr?'), f('cause', 'expr?')),
      node('Try', ...tryFields),
      node('TryStar', ...tryFields),
      node('Assert', f('test', 'expr'), f('msg', 'expr?')),
      node('Import', f('names', 'alias*')),
      node('ImportFrom', f('module', 'identifier?'), f('names', 'alias*'), f('level', 'int?')),
      node('Global', f('names', 'identifier*')),
      node('Nonlocal', f('names', 'identifier*')),
      node('Expr', f('value', 'expr')),
      node('Pass'),
      node('Break'),
      node('Continue'),
    ],
  },
  {
    name: 'expr',
    positioned: true,
    nodes: [
      node('BoolOp', f('op', 'boolop'), f('values', 'expr*')),
      node('NamedExpr', f('target', 'expr'), f('value', 'expr')),
      node('BinOp', f('left', 'expr'), f('op', 'operator'), f('right', 'expr')),
      node('UnaryOp', f('op', 'unaryop'), f('operand', 'expr')),
      node('Lambda', f('args', 'arguments'), f('body', 'expr')),
      node('IfExp', f('test', 'expr'), f('body', 'expr'), f('orelse', 'expr')),
      // A `**mapping` entry has a null key.
      node('Dict', f('keys', 'expr?*'), f('values', 'expr*')),
      node('Set', f('elts', 'expr*')),
      node('ListComp', ...comprehensionFields),
      node('SetComp', ...comprehensionFields),
      node('DictComp', f('key', 'expr'), f('value', 'expr'), f('generators', 'comprehension*')),
      node('GeneratorExp', ...comprehensionFields),
      node('Await', f('value', 'expr')),
      node('Yield', f('value', 'expr?')),
      node('YieldFrom', f('value', 'expr')),
      node('Compare', f('left', 'expr'), f('ops', 'cmpop*'), f('comparators', 'expr*')),
      node('Call', f('func', 'expr'), f('args', 'expr*'), f('keywords', 'keyword*')),
      node('FormattedValue', f('value', 'expr'), f('conversion', 'int'), f('format_spec', 'expr?')),
      node('JoinedStr', f('values', 'expr*')),
      node('Constant', f('value', 'constant'), f('kind', 'string?')),
      node('Attribute', f('value', 'expr'), f('attr', 'identifier'), f('ctx', 'expr_context')),
      node('Subscript', f('value', 'expr'), f('slice', 'expr'), f('ctx', 'expr_context')),
      node('Starred', f('value', 'expr'), f('ctx', 'expr_context')),
      node('Name', f('id', 'identifier'), f('ctx', 'expr_context')),
      node('List', f('elts', 'expr*'), f('ctx', 'expr_context')),
      node('Tuple', f('elts', 'expr*'), f('ctx', 'expr_context')),
      node('Slice', f('lower', 'expr?'), f('upper', 'expr?'), f('step', 'expr?')),
    ],
  },
  { name: 'expr_context', positioned: false, singletons: true, nodes: [node('Load'), node('Store'), node('Del')] },
  { name: 'boolop', positioned: false, singletons: true, nodes: [node('And'), node('Or')] },
  {
    name: 'operator',
    positioned: false,
    singletons: true,
    nodes: [
      node('Add'),
      node('Sub'),
      node('Mult'),
      node('MatMult'),
      node('Div'),
      node('Mod'),
      node('Pow'),
      node('LShift'),
      node('RShift'),
      node('BitOr'),
      node('BitXor'),
      node('BitAnd'),
      node('FloorDiv'),
    ],
  },
  {
    name: 'unaryop',
    positioned: false,
    singletons: true,
    nodes: [node('Invert'), node('Not'), node('UAdd'), node('USub')],
  },
  {
    name: 'cmpop',
    positioned: false,
    singletons: true,
    nodes: [
      node('Eq'),
      node('NotEq'),
      node('Lt'),
      node('LtE'),
      node('Gt'),
      node('GtE'),
      node('Is'),
      node('IsNot'),
      node('In'),
      node('NotIn'),
    ],
  },
  {
    name: 'comprehension',
    positioned: false,
    nodes: [
      node('comprehension', f('target', 'expr'), f('iter', 'expr'), f('ifs', 'expr*'), f('is_async', 'int')),
    ],
  },
  {
    name: 'excepthandler',
    positioned: true,
    nodes: [node('ExceptHandler', f('type', 'expr?'), f('name', 'identifier?'), f('body', 'stmt*'))],
  },
  {
    name: 'arguments',
    positioned: false,
    nodes: [
      node(
        'arguments',
        f('posonlyargs', 'arg*'),
        f('args', 'arg*'),
        f('vararg', 'arg?'),
        f('kwonlyargs', 'arg*'),
        // A keyword-only parameter without a default has a null entry.
        f('kw_defaults', 'expr?*'),
        f('kwarg', 'arg?'),
        f('defaults', 'expr*'),
      ),
    ],
  },
  {
    name: 'arg',
    positioned: true,
    nodes: [node('arg', f('arg', 'identifier'), f('annotation', 'expr?'), f('type_comment', 'string?'))],
  },
  { name: 'keyword', positioned: true, nodes: [node('keyword', f('arg', 'identifier?'), f('value', 'expr'))] },
  { name: 'alias', positioned: true, nodes: [node('alias', f('name', 'identifier'), f('asname', 'identifier?'))] },
  {
    name: 'withitem',
    positioned: false,
    nodes: [node('withitem', f('context_expr', 'expr'), f('optional_vars', 'expr?'))],
  },
  {
    name: 'match_case',
    positioned: false,
    nodes: [node('match_case', f('pattern', 'pattern'), f('guard', 'expr?'), f('body', 'stmt*'))],
  },
  {
    name: 'pattern',
    positioned: true,
    nodes: [
      node('MatchValue', f('value', 'expr')),
      node('MatchSingleton', f('value', 'constant')),
      node('MatchSequence', f('patterns', 'pattern*')),
      node('MatchMapping', f('keys', 'expr*'), f('patterns', 'pattern*'), f('rest', 'identifier?')),
      node(
        'MatchClass',
        f('cls', 'expr'),
        f('patterns', 'pattern*'),
        f('kwd_attrs', 'identifier*'),
        f('kwd_patterns', 'pattern*'),
      ),
      node('MatchStar', f('name', 'identifier?')),
      node('MatchAs', f('pattern', 'pattern?'), f('name', 'identifier?')),
      node('MatchOr', f('patterns', 'pattern*')),
    ],
  },
  {
    name: 'type_ignore',
    positioned: false,
    nodes: [node('TypeIgnore', f('lineno', 'int'), f('tag', 'string'))],
  },
  {
    name: 'type_param',
    positioned: true,
    nodes: [
      node('TypeVar', f('name', 'identifier'), f('bound', 'expr?'), f('default_value', 'expr?')),
      node('ParamSpec', f('name', 'identifier'), f('default_value', 'expr?')),
      node('TypeVarTuple', f('name', 'identifier'), f('default_value', 'expr?')),
    ],
  },
];

/** The four position attributes, in `_attributes` order. */
export const POSITION_ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;
