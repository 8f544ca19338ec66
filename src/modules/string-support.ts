// The _string module: str.format's parser exposed to string.Formatter (formatter_parser and
// formatter_field_name_split), sharing the parser of str.format itself.
import type { PyValue } from '../objects/object';
import { PyModule } from '../objects/module';
import { BuiltinFunction } from '../objects/function';
import { PyTuple } from '../objects/boxes';
import { typeError } from '../objects/exceptions';
import { checkArgs } from '../objects/args';
import { NativeIterator } from '../objects/ops/iter';
import { newIteratorType } from '../objects/iterator-type';
import { typeOf } from '../objects/ops/typeof';
import { None } from '../objects/singletons';
import { parseMarkup, splitFieldName } from '../objects/str/format';
import { registerNativeModule } from './registry';

const FormatterIteratorType = newIteratorType('formatteriterator');
const FieldNameIteratorType = newIteratorType('fieldnameiterator');

/** Steps a JS generator; its errors surface at the step that meets them, as CPython's do. */
class GeneratorIterator extends NativeIterator {
  private done = false;
  constructor(
    type: typeof FormatterIteratorType,
    private readonly source: Iterator<PyValue>,
  ) {
    super(type);
  }
  next(): PyValue | undefined {
    if (this.done) return undefined;
    const step = this.source.next();
    if (step.done === true) {
      this.done = true;
      return undefined;
    }
    return step.value;
  }
}

function* markupTuples(format: string): Generator<PyValue> {
  for (const piece of parseMarkup(format)) {
    const field = piece.field;
    yield field === null
      ? new PyTuple([piece.literal, None, None, None])
      : new PyTuple([piece.literal, field.name, field.spec, field.conversion ?? None]);
  }
}

function strArgument(v: PyValue): string {
  if (typeof v !== 'string') throw typeError(`expected str, got ${typeOf(v).name}`);
  return v;
}

/** An all-digits first part is a positional index. */
function firstPart(first: string): PyValue {
  return /^[0-9]+$/.test(first) ? Number(first) : first;
}

export function makeStringSupportModule(): PyModule {
  const m = new PyModule('_string');
  m.dict.setStr('__doc__', 'string helper module');
  m.dict.setStr(
    'formatter_parser',
    BuiltinFunction.ofModule('_string', 'formatter_parser', (args, kwnames) => {
      checkArgs('formatter_parser', args, kwnames, 1);
      return new GeneratorIterator(FormatterIteratorType, markupTuples(strArgument(args[0])));
    }),
  );
  m.dict.setStr(
    'formatter_field_name_split',
    BuiltinFunction.ofModule('_string', 'formatter_field_name_split', (args, kwnames) => {
      checkArgs('formatter_field_name_split', args, kwnames, 1);
      const name = strArgument(args[0]);
      let split: ReturnType<typeof splitFieldName> | null = null;
      let failure: unknown = null;
      try {
        split = splitFieldName(name);
      } catch (e) {
        failure = e;
      }
      const first = split?.first ?? name.slice(0, name.search(/[.[]|$/));
      function* accessors(): Generator<PyValue> {
        if (failure !== null) throw failure;
        for (const [isAttribute, key] of split!.rest) yield new PyTuple([isAttribute, key]);
      }
      return new PyTuple([firstPart(first), new GeneratorIterator(FieldNameIteratorType, accessors())]);
    }),
  );
  return m;
}

registerNativeModule('_string', makeStringSupportModule);
