// tee(iterable, n=2): n iterators over one input. They share a chain of fixed-size buffers
// that the one in the lead fills; a buffer is dropped once every iterator is past it.
import type { PyValue } from '../../objects/object';
import { PyTuple } from '../../objects/boxes';
import { BuiltinIterator } from '../../objects/iterator-types';
import { runtimeError, valueError } from '../../objects/exceptions';
import { defineMethods } from '../../objects/native';
import { BuiltinFunction } from '../../objects/function';
import { checkArgs, noKeywords } from '../../objects/args';
import { checkPositional, ssizeArg } from '../builtins/clinic';
import { getIter, iterNext } from '../../objects/ops/iter';
import { getAttrOrUndefined } from '../../objects/ops/attributes';
import { call } from '../../objects/ops/call';
import { definePositionalConstructor, itertoolsType } from './types';

export const TeeType = itertoolsType('_tee', 'One of the iterators tee() makes.', false);

/** Items per buffer (CPython's LINKCELLS). */
const BUFFER_SIZE = 57;

class TeeSource {
  /** Set while the input is being stepped, to refuse a re-entrant step. */
  running = false;
  constructor(readonly it: PyValue) {}
}

class TeeBuffer {
  readonly values: PyValue[] = [];
  next: TeeBuffer | null = null;
  constructor(readonly source: TeeSource) {}
}

class TeeIterator extends BuiltinIterator {
  constructor(
    private buffer: TeeBuffer,
    private index: number,
  ) {
    super(TeeType, TeeType);
  }
  step(): PyValue | undefined {
    let buffer = this.buffer;
    if (this.index >= BUFFER_SIZE) {
      buffer = this.buffer = buffer.next ??= new TeeBuffer(buffer.source);
      this.index = 0;
    }
    if (this.index < buffer.values.length) return buffer.values[this.index++];
    // The lead iterator: read on (again after the input ended, as CPython does).
    const source = buffer.source;
    if (source.running) throw runtimeError('cannot re-enter the tee iterator');
    source.running = true;
    let v: PyValue | undefined;
    try {
      v = iterNext(source.it);
    } finally {
      source.running = false;
    }
    if (v === undefined) return undefined;
    buffer.values.push(v);
    this.index++;
    return v;
  }
  copy(): TeeIterator {
    return new TeeIterator(this.buffer, this.index);
  }
}

/** A tee iterator over the iterator of `iterable`; a copy when that is a tee iterator already. */
function teeFromIterable(iterable: PyValue): TeeIterator {
  const it = getIter(iterable);
  if (it instanceof TeeIterator) return it.copy();
  return new TeeIterator(new TeeBuffer(new TeeSource(it)), 0);
}

definePositionalConstructor(TeeType, (_cls, args) => {
  checkPositional('_tee', args, 1);
  return teeFromIterable(args[0]);
});
defineMethods(TeeType, {
  __copy__(self, args, kwnames) {
    checkArgs('__copy__', args, kwnames, 0);
    return (self as TeeIterator).copy();
  },
});

function tee(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKeywords('itertools.tee', kwnames);
  checkPositional('tee', args, 1, 2);
  const n = args.length > 1 ? ssizeArg(args[1]) : 2;
  if (n < 0) throw valueError('n must be >= 0');
  if (n === 0) return new PyTuple([]);
  const it = getIter(args[0]);
  // An input that can copy itself is copied; any other is wrapped in a tee iterator first.
  let first: PyValue;
  let copy: () => PyValue;
  const ownCopy = it instanceof TeeIterator ? undefined : getAttrOrUndefined(it, '__copy__');
  if (ownCopy !== undefined) {
    first = it;
    copy = () => call(ownCopy, []);
  } else {
    const teeIt = it instanceof TeeIterator ? it : new TeeIterator(new TeeBuffer(new TeeSource(it)), 0);
    first = teeIt;
    copy = () => teeIt.copy();
  }
  const out: PyValue[] = [first];
  for (let i = 1; i < n; i++) out.push(copy());
  return new PyTuple(out);
}

export function teeFunction(): BuiltinFunction {
  return BuiltinFunction.ofModule('itertools', 'tee', tee, 'tee(iterable, n=2): a tuple of n independent iterators over iterable.');
}

