// functools._lru_cache_wrapper: what lru_cache() returns. Written natively, as CPython's is,
// so that a memoized recursive function uses one Python frame per level, not two (its
// recursion depth is then what it is in CPython), and so that cache hits cost no Python code.
import { PyObject, type PyValue } from '../../objects/object';
import { PyTuple, EMPTY_TUPLE } from '../../objects/boxes';
import { PyDict } from '../../objects/dict';
import { PyMethod } from '../../objects/function';
import { newBuiltinType, IntType, StrType } from '../../objects/builtin-types';
import { None } from '../../objects/singletons';
import { typeError } from '../../objects/exceptions';
import { defineMethods, defineNew } from '../../objects/native';
import { checkArgs } from '../../objects/args';
import { call } from '../../objects/ops/call';
import { typeOf } from '../../objects/ops/typeof';
import { getAttr } from '../../objects/ops/attributes';
import { enterNativeRecursion, leaveNativeRecursion } from '../../objects/ops/native-recursion';
import { instanceDictGetSet } from '../../objects/object-type';

export const LruCacheWrapperType = newBuiltinType('functools._lru_cache_wrapper', undefined, { baseType: false, module: 'functools' });
LruCacheWrapperType.qualname = '_lru_cache_wrapper';
LruCacheWrapperType.hasInstanceDict = true;

/** Separates the positional arguments from the keyword items in a key (kwd_mark). */
const KEYWORD_MARK = new PyObject(newBuiltinType('_KeywordMark'));

/** One cached call in the recency list of a bounded cache. */
class Link extends PyObject {
  prev: Link = this;
  next: Link = this;
  constructor(
    public key: PyValue,
    public result: PyValue,
  ) {
    super(LruCacheWrapperType);
  }
}

class LruCacheWrapper extends PyObject {
  readonly cache = new PyDict();
  hits = 0;
  misses = 0;
  /** Sentinel of the recency list: root.next is the least recently used link. */
  private readonly root = new Link(None, None);
  constructor(
    readonly func: PyValue,
    /** null: unbounded. */
    readonly maxsize: number | null,
    readonly typed: boolean,
    readonly cacheInfoType: PyValue,
  ) {
    super(LruCacheWrapperType);
  }

  call(args: PyValue[], kwnames: readonly string[] | null): PyValue {
    if (this.maxsize === 0) {
      this.misses++;
      return callUser(this.func, args, kwnames);
    }
    const key = makeKey(args, kwnames, this.typed);
    return this.maxsize === null ? this.callUnbounded(key, args, kwnames) : this.callBounded(key, args, kwnames);
  }

  private callUnbounded(key: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
    const hit = this.cache.get(key);
    if (hit !== undefined) {
      this.hits++;
      return hit;
    }
    this.misses++;
    const result = callUser(this.func, args, kwnames);
    this.cache.set(key, result);
    return result;
  }

  private callBounded(key: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
    const hit = this.cache.get(key);
    if (hit !== undefined) {
      const link = hit as Link;
      this.unlink(link);
      this.append(link);
      this.hits++;
      return link.result;
    }
    this.misses++;
    const result = callUser(this.func, args, kwnames);
    // A recursive call may have cached this key meanwhile: that entry stays.
    if (this.cache.get(key) !== undefined) return result;
    if (this.cache.size >= this.maxsize!) {
      const oldest = this.root.next;
      this.unlink(oldest);
      this.cache.delete(oldest.key);
    }
    const link = new Link(key, result);
    this.append(link);
    this.cache.set(key, link);
    return result;
  }

  private unlink(link: Link): void {
    link.prev.next = link.next;
    link.next.prev = link.prev;
  }

  private append(link: Link): void {
    const last = this.root.prev;
    last.next = link;
    link.prev = last;
    link.next = this.root;
    this.root.prev = link;
  }

  clear(): void {
    this.cache.clear();
    this.root.prev = this.root.next = this.root;
    this.hits = this.misses = 0;
  }
}

function callUser(func: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  // Counted as CPython counts a C call into Python code (its C recursion limit).
  enterNativeRecursion(' while calling a Python object');
  try {
    return call(func, args, kwnames);
  } finally {
    leaveNativeRecursion();
  }
}

/**
 * The cache key of a call (lru_cache_make_key): a lone int or str argument is its own key;
 * otherwise a tuple of the positional arguments, then a marker and the keyword names and
 * values, then (typed) the types of all argument values.
 */
function makeKey(args: PyValue[], kwnames: readonly string[] | null, typed: boolean): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw === 0 && !typed && args.length === 1) {
    const t = typeOf(args[0]);
    if (t === IntType || t === StrType) return args[0];
  }
  const npos = args.length - nkw;
  const items: PyValue[] = args.slice(0, npos);
  if (nkw > 0) {
    items.push(KEYWORD_MARK);
    for (let k = 0; k < nkw; k++) items.push(kwnames![k], args[npos + k]);
  }
  if (typed) {
    for (let i = 0; i < npos; i++) items.push(typeOf(args[i]));
    for (let k = 0; k < nkw; k++) items.push(typeOf(args[npos + k]));
  }
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

function wrapper(v: PyValue): LruCacheWrapper {
  return v as LruCacheWrapper;
}

defineNew(LruCacheWrapperType, (args, kwnames) => {
  checkArgs('_lru_cache_wrapper', args.slice(1), kwnames, 4);
  const [, func, maxsizeArg, typedArg, cacheInfoType] = args;
  if (typeOf(func).lookup('__call__') === undefined) throw typeError('the first argument must be callable');
  let maxsize: number | null;
  if (maxsizeArg === None) maxsize = null;
  else if (typeof maxsizeArg === 'number' || typeof maxsizeArg === 'boolean') maxsize = Math.max(0, Number(maxsizeArg));
  else if (typeof maxsizeArg === 'bigint') maxsize = maxsizeArg < 0n ? 0 : null;
  else throw typeError('maxsize should be integer or None');
  const w = new LruCacheWrapper(func, maxsize, typedArg === true || (typedArg !== false && typedArg !== None && typedArg !== 0), cacheInfoType);
  return w;
});

// A wrapper in a class binds to instances as the function it replaces would.
LruCacheWrapperType.descrGet = (descr, obj) => (obj === null ? descr : new PyMethod(descr, obj));

defineMethods(LruCacheWrapperType, {
  __call__: (self, args, kwnames) => wrapper(self).call(args, kwnames),
  __get__(self, args) {
    const obj = args[0];
    return obj === None ? self : new PyMethod(self, obj);
  },
  cache_info(self, args, kwnames) {
    checkArgs('cache_info', args, kwnames, 0);
    const w = wrapper(self);
    return call(w.cacheInfoType, [w.hits, w.misses, w.maxsize ?? None, w.cache.size]);
  },
  cache_clear(self, args, kwnames) {
    checkArgs('cache_clear', args, kwnames, 0);
    wrapper(self).clear();
    return None;
  },
  __reduce__: (self) => getAttr(self, '__qualname__'),
  __copy__: (self) => self,
  __deepcopy__: (self) => self,
});
instanceDictGetSet(LruCacheWrapperType);
