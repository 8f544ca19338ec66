// The dis module, natively: dis.dis() of a function, method, class, code object or source
// string prints what CPython 3.13's dis.dis prints (the disassembler is the compiler's, the
// one `taipan -m dis` uses), plus the opcode tables.
import type { PyValue } from '../objects/object';
import { PyModule } from '../objects/module';
import { BuiltinFunction, PyFunction, PyMethod, PyClassMethod, PyStaticMethod } from '../objects/function';
import { PyCode } from '../objects/code/code';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/boxes';
import { None } from '../objects/singletons';
import { typeError } from '../objects/exceptions';
import { bindArgs } from '../objects/args';
import { isTrue } from '../objects/ops/truth';
import { typeOf } from '../objects/ops/typeof';
import { call } from '../objects/ops/call';
import { getAttr } from '../objects/ops/attributes';
import { dis as disassembleCode, disassemble, type DisOptions } from '../compiler/dis';
import type { CompiledCode } from '../compiler/code';
import { HAVE_ARGUMENT, OPCODE_NAMES, OPMAP } from '../generated/opcodes';
import { compileToCode } from '../vm/compile';
import type { Interpreter } from '../vm/interpreter';
import { registerNativeModule } from './registry';

/** The code object behind what dis.dis was given, or null for a class (handled apart). */
function codeOf(x: PyValue): PyCode | null {
  if (x instanceof PyCode) return x;
  if (x instanceof PyFunction) return x.code;
  if (x instanceof PyMethod) return codeOf(x.func);
  if (x instanceof PyClassMethod || x instanceof PyStaticMethod) return codeOf(x.callable);
  if (typeof x === 'string') return compileToCode(x, '<dis>', 'exec');
  return null;
}

/** The code objects of `code` and of those nested in its constants, by what the compiler made. */
export function runtimeCodes(code: PyCode, into = new Map<CompiledCode, PyCode>()): Map<CompiledCode, PyCode> {
  into.set(code.compiled, code);
  for (const c of code.consts) if (c instanceof PyCode) runtimeCodes(c, into);
  return into;
}

/** The bytecode as it runs now, in co_code's byte order: specialized opcodes, counters. */
export function adaptiveBytes(code: PyCode): Uint8Array {
  const units = code.instructions;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    bytes[2 * i] = units[i] & 255;
    bytes[2 * i + 1] = units[i] >> 8;
  }
  return bytes;
}

interface DisFlags {
  showCaches: boolean;
  showOffsets: boolean;
  adaptive: boolean;
}

function disText(x: PyValue, flags: DisFlags): string {
  const code = codeOf(x);
  const options = (c: PyCode): DisOptions => {
    const shown = { showCaches: flags.showCaches, showOffsets: flags.showOffsets };
    if (!flags.adaptive) return shown;
    const codes = runtimeCodes(c);
    return { ...shown, adaptive: (co) => (codes.has(co) ? adaptiveBytes(codes.get(co)!) : null) };
  };
  if (code !== null) return disassembleCode(code.compiled, options(code));
  if (x instanceof PyType) {
    // A class: each of its functions, in namespace order (Lib/dis.py's _disassemble_recursive).
    let out = '';
    for (const name of x.ns.keyList()) {
      const v = x.ns.get(name)!;
      const c = codeOf(v);
      if (c === null || typeof v === 'string') continue;
      out += `Disassembly of ${String(name)}:\n` + disassembleCode(c.compiled, options(c)) + '\n';
    }
    return out;
  }
  throw typeError(`don't know how to disassemble ${typeOf(x).name} objects`);
}

function writeTo(interp: Interpreter, file: PyValue | undefined, text: string): void {
  const target = file === undefined || file === None ? interp.sysAttr('stdout')! : file;
  call(getAttr(target, 'write'), [text]);
}

export function makeDisModule(interp: Interpreter): PyModule {
  const m = new PyModule('dis');
  m.dict.setStr(
    'dis',
    BuiltinFunction.ofModule('dis', 'dis', (args, kwnames) => {
      const [x, file, , showCaches, adaptive, showOffsets] = bindArgs(
        'dis',
        args,
        kwnames,
        ['x', 'file', 'depth', 'show_caches', 'adaptive', 'show_offsets'],
        { maxPositional: 1 },
      );
      if (x === undefined || x === None) throw typeError('dis() without an argument (the last traceback) is not supported');
      const flag = (v: PyValue | undefined): boolean => v !== undefined && isTrue(v);
      const text = disText(x, { showCaches: flag(showCaches), showOffsets: flag(showOffsets), adaptive: flag(adaptive) });
      writeTo(interp, file, text);
      return None;
    }),
  );
  m.dict.setStr(
    'disassemble',
    BuiltinFunction.ofModule('dis', 'disassemble', (args, kwnames) => {
      const [co, , file, showCaches, adaptive, showOffsets] = bindArgs('disassemble', args, kwnames, ['co', 'lasti', 'file', 'show_caches', 'adaptive', 'show_offsets'], { required: 1 });
      const code = codeOf(co!);
      if (code === null) throw typeError('disassemble() needs a code object');
      const flag = (v: PyValue | undefined): boolean => v !== undefined && isTrue(v);
      const bytes = flag(adaptive) ? adaptiveBytes(code) : null;
      writeTo(interp, file, disassemble(code.compiled, { showCaches: flag(showCaches), showOffsets: flag(showOffsets), adaptive: () => bytes }));
      return None;
    }),
  );
  m.dict.setStr('opname', new PyList(OPCODE_NAMES.slice(0, 256).map((n, i) => (n.startsWith('<') ? `<${i}>` : n))));
  const opmap = new PyDict();
  for (const [name, op] of OPMAP) opmap.setStr(name, op);
  m.dict.setStr('opmap', opmap);
  m.dict.setStr('HAVE_ARGUMENT', HAVE_ARGUMENT);
  return m;
}

registerNativeModule('dis', makeDisModule);
