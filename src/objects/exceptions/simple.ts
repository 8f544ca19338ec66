// Exception types that add a field or two to BaseException: StopIteration.value,
// SystemExit.code, KeyError's str, ImportError(name=, path=, name_from=), AttributeError(name=,
// obj=) and NameError(name=).
import { unexpectedKeyword } from '../args';
import type { PyValue } from '../object';
import { PyDict } from '../dict';
import { PyTuple } from '../boxes';
import { None } from '../singletons';
import {
  AttributeError,
  ImportError,
  KeyError,
  NameError,
  PyBaseException,
  StopIteration,
  SystemExit,
  typeError,
} from '../exceptions';
import { defineMethods } from '../native';
import { noKeywords } from '../args';
import { repr } from '../ops/repr';
import { callMethodDescriptor } from '../ops/call';
import { BaseException } from '../exceptions';
import { asException, defineMember, getField, setField } from './fields';
import { positional, tupleOf } from './base';

function baseInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null, type = BaseException): PyBaseException {
  const exc = asException(self, type, '__init__');
  noKeywords(exc.type.name, kwnames);
  exc.args = tupleOf(args.slice());
  return exc;
}

/**
 * Keyword-only fields after the positional args, as PyArg_ParseTupleAndKeywords with
 * "|$O…:NAME" parses them: returns name → value for those given.
 */
function keywordFields(
  fname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  allowed: readonly string[],
): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  if (kwnames === null) return out;
  const npos = args.length - kwnames.length;
  kwnames.forEach((k, i) => {
    if (!allowed.includes(k)) throw unexpectedKeyword(fname, k, allowed);
    out.set(k, args[npos + i]);
  });
  return out;
}

defineMethods(StopIteration, {
  __init__(self, args, kwnames) {
    const exc = baseInit(self, args, kwnames, StopIteration);
    setField(exc, 'value', args.length > 0 ? args[0] : None);
    return None;
  },
});
defineMember(StopIteration, 'value', {
  derive: (exc) => (exc.args.items.length > 0 ? exc.args.items[0] : None),
  deleteStoresNone: true,
});

/** SystemExit.code from the arguments: None, the one argument, or all of them. */
function exitCode(exc: PyBaseException): PyValue {
  const a = exc.args.items;
  return a.length === 0 ? None : a.length === 1 ? a[0] : exc.args;
}

defineMethods(SystemExit, {
  __init__(self, args, kwnames) {
    const exc = baseInit(self, args, kwnames, SystemExit);
    setField(exc, 'code', exitCode(exc));
    return None;
  },
});
defineMember(SystemExit, 'code', { derive: exitCode, deleteStoresNone: true });

defineMethods(KeyError, {
  __str__(self) {
    const exc = asException(self, KeyError, '__str__');
    if (exc.args.items.length === 1) return repr(exc.args.items[0]);
    return callMethodDescriptor(BaseException.ns.getStr('__str__')!, self, []);
  },
});

const IMPORT_FIELDS = ['name', 'path', 'name_from'] as const;

defineMethods(ImportError, {
  __init__(self, args, kwnames) {
    const exc = asException(self, ImportError, '__init__');
    const pos = positional(args, kwnames);
    exc.args = tupleOf(pos);
    const given = keywordFields('ImportError', args, kwnames, IMPORT_FIELDS);
    for (const f of IMPORT_FIELDS) setField(exc, f, given.get(f));
    setField(exc, 'msg', pos.length === 1 ? pos[0] : None);
    return None;
  },
  __str__(self) {
    const exc = asException(self, ImportError, '__str__');
    const msg = importMsg(exc);
    if (typeof msg === 'string') return msg;
    return callMethodDescriptor(BaseException.ns.getStr('__str__')!, self, []);
  },
  __reduce__(self) {
    const exc = asException(self, ImportError, '__reduce__');
    const state = new PyDict();
    if (exc.dict !== null) for (const k of exc.dict.keyList()) state.set(k, exc.dict.get(k)!);
    for (const f of IMPORT_FIELDS) {
      const v = getField(exc, f);
      if (v !== undefined && v !== None) state.setStr(f, v);
    }
    if (state.size === 0) return new PyTuple([exc.type, exc.args]);
    return new PyTuple([exc.type, exc.args, state]);
  },
});
/** ImportError.msg: the only positional argument, if there was exactly one. */
function importMsg(exc: PyBaseException): PyValue {
  const v = getField(exc, 'msg');
  if (v !== undefined) return v;
  return exc.args.items.length === 1 ? exc.args.items[0] : None;
}

defineMember(ImportError, 'msg', { derive: importMsg, deleteStoresNone: true });
for (const f of IMPORT_FIELDS) defineMember(ImportError, f);

defineMethods(AttributeError, {
  __init__(self, args, kwnames) {
    const exc = asException(self, AttributeError, '__init__');
    exc.args = tupleOf(positional(args, kwnames));
    const given = keywordFields('AttributeError', args, kwnames, ['name', 'obj']);
    setField(exc, 'name', given.get('name'));
    setField(exc, 'obj', given.get('obj'));
    return None;
  },
});
defineMember(AttributeError, 'name');
defineMember(AttributeError, 'obj');

defineMethods(NameError, {
  __init__(self, args, kwnames) {
    const exc = asException(self, NameError, '__init__');
    exc.args = tupleOf(positional(args, kwnames));
    setField(exc, 'name', keywordFields('NameError', args, kwnames, ['name']).get('name'));
    return None;
  },
});
defineMember(NameError, 'name');
