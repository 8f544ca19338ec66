// Which strings CPython has interned before it creates a code object, as far as the compiler can
// tell. It matters for one visible detail: creating a code object interns its name-like str
// constants (intern_constants in Objects/codeobject.c), and a frozenset constant one of whose
// items is replaced by an equal string interned earlier is rebuilt — which can change the order
// of its items, and so its repr. The parser interns every identifier of the module, and the
// interpreter the names of the builtins; strings interned by modules imported before the compile
// cannot be known here (the order of such frozensets may still differ from CPython's).
import type * as ast from '../generated/ast';
import { FrozensetConstant, TupleConstant, type ConstantValue } from './ast/constants';
import { ZERO_HASH_KEY } from './ast-optimizer';
import { makeFrozenset } from './ast-optimizer/frozenset';
import type { CodeConstant } from './code';

/** The builtins' names and the keyword constants: interned in every CPython process. */
const ALWAYS_INTERNED: ReadonlySet<string> = new Set(
  (
    'ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError ' +
    'BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ' +
    'ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning ' +
    'EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError ' +
    'FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError ' +
    'InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ' +
    'ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError ' +
    'OverflowError PendingDeprecationWarning PermissionError ProcessLookupError PythonFinalizationError ' +
    'RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration ' +
    'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError ' +
    'UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError ' +
    'UnicodeWarning UserWarning ValueError Warning ZeroDivisionError __build_class__ __debug__ __doc__ ' +
    '__import__ __loader__ __name__ __package__ __spec__ abs aiter all anext any ascii bin bool ' +
    'breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr dict ' +
    'dir divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash help ' +
    'hex id input int isinstance issubclass iter len license list locals map max memoryview min next ' +
    'object oct open ord pow print property quit range repr reversed round set setattr slice sorted ' +
    'staticmethod str sum super tuple type vars zip'
  ).split(' '),
);

/** all_name_chars: the strings intern_constants interns — ASCII letters, digits and underscores only. */
export function allNameChars(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

/** The identifiers the parser interned for a module, and the names always interned. */
export function internedStrings(tree: ast.mod): Set<string> {
  const names = new Set(ALWAYS_INTERNED);
  const add = (v: unknown): void => {
    if (typeof v === 'string') for (const part of v.split('.')) names.add(part);
  };
  // Trees nest deeper than the JS stack allows recursion: an explicit stack.
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const n of node) stack.push(n);
      continue;
    }
    const n = node as { _kind?: string } & Record<string, unknown>;
    if (n._kind === undefined) continue;
    switch (n._kind) {
      case 'Name':
        add(n['id']);
        break;
      case 'Attribute':
        add(n['attr']);
        break;
      case 'alias':
        add(n['name']);
        add(n['asname']);
        break;
      case 'ImportFrom':
        add(n['module']);
        break;
      case 'Global':
      case 'Nonlocal':
      case 'MatchClass':
        for (const name of (n['names'] ?? n['kwd_attrs']) as string[]) add(name);
        break;
      case 'MatchMapping':
        add(n['rest']);
        break;
      default:
        add(n['arg']);
        if (n._kind !== 'Constant') add(n['name']);
    }
    for (const key of Object.keys(n)) stack.push(n[key]);
  }
  return names;
}

/**
 * intern_constants for a new code object's constants: a frozenset with a name-like str item that
 * was interned before (as another object) is rebuilt from its items in their iteration order.
 */
export function internConstants(values: readonly CodeConstant[], interned: () => ReadonlySet<string>): CodeConstant[] {
  const replaced = (v: ConstantValue): boolean => typeof v === 'string' && allNameChars(v) && interned().has(v);
  const visit = (v: CodeConstant): CodeConstant => {
    if (v instanceof TupleConstant) {
      const items = v.items.map((item) => visit(item) as ConstantValue);
      return items.every((item, i) => item === v.items[i]) ? v : new TupleConstant(items);
    }
    if (v instanceof FrozensetConstant && v.items.some(replaced)) return makeFrozenset(v.items, ZERO_HASH_KEY);
    return v;
  };
  return values.map(visit);
}
