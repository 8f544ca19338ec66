// Stage 1 of the checks after the parse: the future features (Python/future.c) — which leading
// `from __future__ import …` statements the module opens with, what they enable, and the errors
// for a feature that does not exist.
import type * as ast from '../generated/ast';
import { SplitSurrogateStr } from './ast/constants';
import { NO_LOCATION, truncateUtf8, type ErrorFactory, type Loc } from './compile-errors';
import { MSG } from './compile-messages';

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
export function checkFuture(tree: ast.mod, errors: ErrorFactory): FutureFeatures {
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

