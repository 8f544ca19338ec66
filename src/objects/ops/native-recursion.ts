// CPython's C recursion guard (Py_EnterRecursiveCall in PyObject_Repr, PyObject_Str and
// PyObject_RichCompare): native code that recurses through nested containers stops at a depth
// of its own, separate from the Python frame limit, so that `repr` of a list nested 5000 deep
// works while one nested 100000 deep raises RecursionError instead of exhausting the stack.
import { newException, RecursionError } from '../exceptions';

/** CPython 3.13's Py_C_RECURSION_LIMIT on 64-bit Linux. */
const NATIVE_RECURSION_LIMIT = 10000;

let nativeDepth = 0;

/** Counts one level of native recursion; `where` completes "maximum recursion depth exceeded". */
export function enterNativeRecursion(where: string): void {
  if (++nativeDepth > NATIVE_RECURSION_LIMIT) {
    nativeDepth--;
    throw newException(RecursionError, `maximum recursion depth exceeded${where}`);
  }
}

export function leaveNativeRecursion(): void {
  nativeDepth--;
}
