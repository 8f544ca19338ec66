// The identity of a constant for the compiler (_PyCode_ConstantKey in Objects/codeobject.c):
// two constants share a slot of co_consts exactly when their keys are equal. Values of different
// types never do (`1`, `1.0` and `True` are three constants), nor do `0.0` and `-0.0`; a NaN
// equals only itself (the same object); tuples and frozensets compare by their items' keys;
// code objects by their contents (code_richcompare), so that code compiled twice from the same
// source — a `while` test, a finally body — is one constant.
import { BytesConstant, ComplexConstant, ELLIPSIS, FloatConstant, FrozensetConstant, SplitSurrogateStr, TupleConstant } from './ast/constants';
import { isCompiledCode, type CodeConstant, type CompiledCode } from './code';

const codeKeys = new WeakMap<CompiledCode, string>();
const nanIds = new WeakMap<object, number>();
let nextNanId = 0;

function floatKey(x: number, owner: object): string {
  if (x !== x) {
    let id = nanIds.get(owner);
    if (id === undefined) nanIds.set(owner, (id = nextNanId++));
    return 'nan' + id;
  }
  return Object.is(x, -0) ? '-0' : String(x);
}

/**
 * Bytes as a string of one char per byte. The WHATWG windows-1252 decoder ("latin1") maps every
 * byte to a distinct character (0x80–0x9F not all to U+0080–U+009F, but injectively), natively.
 */
const LATIN1 = new TextDecoder('latin1');
function bytesKey(bytes: Uint8Array): string {
  return LATIN1.decode(bytes);
}

/** Keys of tuples and frozensets, which are compared again each time they are added. */
const containerKeys = new WeakMap<TupleConstant | FrozensetConstant, string>();

/** A str by its length and code units: unambiguous inside a tuple's key. */
function strKey(s: string): string {
  return s.length + ':' + s;
}

/** code_richcompare's fields: not the qualname, the filename or the kinds of the locals. */
function codeKey(co: CompiledCode): string {
  let key = codeKeys.get(co);
  if (key === undefined) {
    // Each part prefixed by its length, so that no separator needs escaping.
    const parts = [
      co.co_name,
      String(co.co_argcount),
      String(co.co_posonlyargcount),
      String(co.co_kwonlyargcount),
      String(co.co_flags),
      String(co.co_firstlineno),
      bytesKey(co.co_code),
      ...co.co_consts.map(constantKey),
      '|',
      ...co.co_names,
      '|',
      ...co.co_localsplusnames,
      '|',
      bytesKey(co.co_linetable),
      bytesKey(co.co_exceptiontable),
    ];
    key = parts.map((p) => p.length + ':' + p).join('');
    codeKeys.set(co, key);
  }
  return key;
}

/** A string equal for two constants exactly when CPython's constant keys are equal. */
export function constantKey(v: CodeConstant): string {
  if (v === null) return 'N';
  if (v === ELLIPSIS) return 'E';
  switch (typeof v) {
    case 'boolean':
      return v ? 'T' : 'F';
    case 'number':
    case 'bigint':
      return 'i' + String(v);
    case 'string':
      return 's' + strKey(v);
  }
  if (v instanceof SplitSurrogateStr) return 'S' + v.parts.length + ':' + v.parts.map(strKey).join('');
  if (v instanceof FloatConstant) return 'f' + floatKey(v.value, v);
  if (v instanceof ComplexConstant) return 'c' + floatKey(v.real, v) + ',' + floatKey(v.imag, v);
  if (v instanceof BytesConstant) return 'y' + v.bytes.length + ':' + bytesKey(v.bytes);
  if (v instanceof TupleConstant || v instanceof FrozensetConstant) {
    let key = containerKeys.get(v);
    if (key === undefined) {
      const items = v.items.map(constantKey);
      key = v instanceof TupleConstant ? '(' + items.join(',') + ')' : '{' + items.sort().join(',') + '}';
      containerKeys.set(v, key);
    }
    return key;
  }
  if (isCompiledCode(v)) return 'C' + codeKey(v);
  throw new Error('compiler: not a constant');
}
