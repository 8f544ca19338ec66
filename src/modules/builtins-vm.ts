// The builtins that need the interpreter itself: __build_class__, __import__, exec, eval,
// compile.
import type { PyValue } from '../objects/object';
import { PyDict } from '../objects/dict';
import { PyBytes } from '../objects/boxes';
import { BuiltinFunction } from '../objects/function';
import { PyCode } from '../objects/code/code';
import { None } from '../objects/singletons';
import { typeError, valueError } from '../objects/exceptions';
import { bindArgs } from '../objects/args';
import { typeOf } from '../objects/ops/typeof';
import { indexAsNumber } from '../objects/ops/index-value';
import { buildClass } from '../vm/classes';
import { importModule, importWith } from '../vm/imports';
import { call } from '../objects/ops/call';
import { getAttr } from '../objects/ops/attributes';
import { compileToCode } from '../vm/compile';
import { execCode } from '../vm/exec';
import { threadState } from '../vm/thread-state';
import { frameLocals } from '../vm/frame-locals';
import { systemError } from '../objects/exceptions';
import { isTrue } from '../objects/ops/truth';
import { CodeFlag } from '../compiler/code';

function sourceText(v: PyValue, fname: string): string | Uint8Array {
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) return v.bytes;
  throw typeError(`${fname}() arg 1 must be a string, bytes or code object`);
}

function namespaces(fname: string, globals: PyValue | undefined, locals: PyValue | undefined): [PyDict, PyValue] {
  if (globals === undefined || globals === None) {
    const frame = threadState.frame;
    if (frame === null) throw systemError(`${fname}(): no current frame`);
    const g = frame.globals;
    const l = locals === undefined || locals === None ? frameLocals(frame) : locals;
    return [g, l];
  }
  if (!(globals instanceof PyDict)) {
    throw typeError(fname === 'exec' ? `exec() globals must be a dict, not ${typeOf(globals).name}` : `globals must be a dict`);
  }
  if (locals !== undefined && locals !== None && typeOf(locals).lookup('__getitem__') === undefined) {
    throw typeError(`locals must be a mapping`);
  }
  return [globals, locals === undefined || locals === None ? globals : locals];
}

/** The future features that compile(), exec() and eval() of source inherit from their caller. */
function inheritedFutureFlags(): number {
  const frame = threadState.frame;
  return frame === null ? 0 : frame.code.flags & CodeFlag.CO_FUTURE_ANNOTATIONS;
}

function stripLeading(s: string | Uint8Array): string | Uint8Array {
  return typeof s === 'string' ? s.replace(/^[ \t]+/, '') : s;
}

export function addVmBuiltins(dict: PyDict): BuiltinFunction {
  dict.setStr('__build_class__', buildClass);
  const importFunction = BuiltinFunction.ofModule('builtins', '__import__',
    (args, kwnames) => {
      const [name, globals, , fromlist, level] = bindArgs('__import__', args, kwnames, ['name', 'globals', 'locals', 'fromlist', 'level'], { required: 1 });
      if (typeof name !== 'string') throw typeError(`__import__() argument 1 must be str, not ${typeOf(name!).name}`);
      return importWith(name, globals instanceof PyDict ? globals : null, fromlist ?? None, level === undefined ? 0 : indexAsNumber(level));
    },
  );
  dict.setStr('__import__', importFunction);
  // open() is io.open (lib/python/io.py), imported on first call.
  dict.setStr(
    'open',
    BuiltinFunction.ofModule('io', 'open', (args, kwnames) => call(getAttr(importModule('io'), 'open'), args, kwnames)),
  );
  dict.setStr(
    'exec',
    BuiltinFunction.ofModule('builtins', 'exec',
      (args, kwnames) => {
        const [source, globals, locals] = bindArgs('exec', args, kwnames, ['source', 'globals', 'locals', 'closure'], { required: 1, positionalOnly: 3 });
        const [g, l] = namespaces('exec', globals, locals);
        const code = source instanceof PyCode ? source : compileToCode(sourceText(source!, 'exec'), '<string>', 'exec', 0, inheritedFutureFlags());
        execCode(code, g, l);
        return None;
      },
    ),
  );
  dict.setStr(
    'eval',
    BuiltinFunction.ofModule('builtins', 'eval',
      (args, kwnames) => {
        const [source, globals, locals] = bindArgs('eval', args, kwnames, ['source', 'globals', 'locals'], { required: 1, positionalOnly: 3 });
        const [g, l] = namespaces('eval', globals, locals);
        const code = source instanceof PyCode ? source : compileToCode(stripLeading(sourceText(source!, 'eval')), '<string>', 'eval', 0, inheritedFutureFlags());
        return execCode(code, g, l);
      },
    ),
  );
  dict.setStr(
    'compile',
    BuiltinFunction.ofModule('builtins', 'compile',
      (args, kwnames) => {
        const [source, filename, mode, flags, dontInherit, optimize] = bindArgs(
          'compile',
          args,
          kwnames,
          ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'],
          { required: 3 },
        );
        if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
        const name = typeof filename === 'string' ? filename : filename instanceof PyBytes ? new TextDecoder().decode(filename.bytes) : '<unknown>';
        const level = optimize === undefined ? 0 : indexAsNumber(optimize);
        const given = flags === undefined ? 0 : indexAsNumber(flags);
        const inherited = dontInherit !== undefined && isTrue(dontInherit) ? 0 : inheritedFutureFlags();
        return compileToCode(sourceText(source!, 'compile'), name, mode, level < 0 ? 0 : level, given | inherited);
      },
    ),
  );
  return importFunction;
}
