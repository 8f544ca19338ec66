// The sys module: what a program can ask of the interpreter without an operating system.
import type { PyValue } from '../objects/object';
import { PyModule } from '../objects/module';
import { PyList, PyTuple, PyFloat, StrSubclassValue } from '../objects/boxes';
import { PyDict } from '../objects/dict';
import { BuiltinFunction } from '../objects/function';
import { None } from '../objects/singletons';
import { checkArgs } from '../objects/args';
import { newException, PyBaseException, RecursionError, SystemExit, typeError, valueError } from '../objects/exceptions';
import { typeOf } from '../objects/ops/typeof';
import { indexAsNumber } from '../objects/ops/index-value';
import { newStructSeq, newStructSeqType } from '../objects/structseq';
import { threadState } from '../vm/thread-state';
import { newNamespace } from '../objects/namespace';
import { makeJitModule } from './sys-jit';
import type { Interpreter } from '../vm/interpreter';
import { nativeModuleNames } from './registry';
import { STDLIB_MODULE_NAMES } from './stdlib-module-names';
import { newFrozenSet } from '../objects/set';
import { getIntMaxStrDigits, setIntMaxStrDigits } from '../objects/int-limits';
import { repr } from '../objects/ops/repr';
import { call } from '../objects/ops/call';
import { getAttr } from '../objects/ops/attributes';

const VersionInfo = newStructSeqType('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const FloatInfo = newStructSeqType('sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'], { constructible: true });
const IntInfo = newStructSeqType('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'], { constructible: true });
const HashInfo = newStructSeqType('sys.hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'], { constructible: true });
const Flags = newStructSeqType('sys.flags', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits']);

export const VERSION = '3.13.0 (main, Taipan) [Node.js]';

function fn(name: string, f: (args: PyValue[], kwnames: readonly string[] | null) => PyValue): BuiltinFunction {
  return BuiltinFunction.ofModule('sys', name, f);
}

export function makeSysModule(interp: Interpreter): PyModule {
  const m = new PyModule('sys');
  const d = m.dict;
  const set = (k: string, v: PyValue): void => d.setStr(k, v);
  set('argv', new PyList(interp.argv.slice()));
  set('orig_argv', new PyList(['taipan', ...interp.argv]));
  set('path', interp.path);
  set('modules', interp.modules);
  set('stdout', interp.stdout);
  set('stderr', interp.stderr);
  set('stdin', interp.stdin);
  set('__stdout__', interp.stdout);
  set('__stderr__', interp.stderr);
  set('__stdin__', interp.stdin);
  set('version', VERSION);
  const versionInfo = newStructSeq(VersionInfo, [3, 13, 0, 'final', 0]);
  set('version_info', versionInfo);
  set('hexversion', 0x030d00f0);
  set('api_version', 1013);
  set('implementation', newNamespace({ name: 'taipan', cache_tag: None, version: versionInfo, hexversion: 0x030d00f0 }));
  set('platform', process.platform === 'win32' ? 'win32' : process.platform);
  set('byteorder', 'little');
  set('maxsize', 2n ** 63n - 1n);
  set('maxunicode', 0x10ffff);
  set('executable', process.execPath);
  set('prefix', '');
  set('exec_prefix', '');
  set('copyright', 'Copyright (c) Taipan authors.');
  set('float_info', newStructSeq(FloatInfo, [new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1]));
  set('int_info', newStructSeq(IntInfo, [30, 4, 4300, 640]));
  set('hash_info', newStructSeq(HashInfo, [64, 2n ** 61n - 1n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
  set('flags', newStructSeq(Flags, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, interp.hashRandomization ? 1 : 0, 0, false, 0, 0, false, 4300]));
  set('float_repr_style', 'short');
  set('builtin_module_names', new PyTuple(['builtins', 'sys', ...nativeModuleNames()].sort()));
  set('stdlib_module_names', newFrozenSet(STDLIB_MODULE_NAMES));
  set('dont_write_bytecode', true);
  set('_jit', makeJitModule());
  const xoptions = new PyDict();
  for (const [k, v] of interp.xoptions) xoptions.setStr(k, v);
  set('_xoptions', xoptions);
  set('warnoptions', new PyList([]));
  set('meta_path', new PyList([]));
  set('path_hooks', new PyList([]));
  set('path_importer_cache', new PyDict());
  set('ps1', '>>> ');
  set('ps2', '... ');

  set('exit', fn('exit', (args) => {
    if (args.length > 1) throw typeError(`exit expected at most 1 argument, got ${args.length}`);
    // sys.exit(None) raises SystemExit() with no arguments, as CPython's PyErr_SetObject does.
    throw args.length === 0 || args[0] === None ? newException(SystemExit) : newException(SystemExit, args[0]);
  }));
  set('getrecursionlimit', fn('getrecursionlimit', () => threadState.recursionLimit));
  set('setrecursionlimit', fn('setrecursionlimit', (args) => {
    const v = args[0];
    if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') throw typeError("'" + typeOf(v).name + "' object cannot be interpreted as an integer");
    const n = indexAsNumber(v);
    if (n < 1) throw valueError('recursion limit must be greater or equal than 1');
    if (n <= threadState.depth) {
      throw newException(RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${threadState.depth}: the limit is too low`);
    }
    threadState.recursionLimit = n;
    return None;
  }));
  set('exc_info', fn('exc_info', () => {
    const e = threadState.handled;
    if (!(e instanceof PyBaseException)) return new PyTuple([None, None, None]);
    return new PyTuple([typeOf(e), e, e.traceback]);
  }));
  set('exception', fn('exception', () => threadState.handled));
  set('getdefaultencoding', fn('getdefaultencoding', () => 'utf-8'));
  set('getfilesystemencoding', fn('getfilesystemencoding', () => 'utf-8'));
  set('intern', fn('intern', (args, kwnames) => {
    checkArgs('sys.intern', args, kwnames, 1);
    const s = args[0];
    if (typeof s === 'string') return s;
    if (s instanceof StrSubclassValue) throw typeError(`can't intern ${typeOf(s).name}`);
    throw typeError(`intern() argument must be str, not ${s === None ? 'None' : typeOf(s).name}`);
  }));
  set('getsizeof', fn('getsizeof', (args) => {
    const v = args[0];
    return typeof v === 'string' ? 49 + v.length : 64;
  }));
  set('get_int_max_str_digits', fn('get_int_max_str_digits', () => getIntMaxStrDigits()));
  set('set_int_max_str_digits', fn('set_int_max_str_digits', (args) => {
    const n = indexAsNumber(args[0]);
    if (n !== 0 && n < 640) throw valueError('maxdigits must be 0 or larger than 640');
    setIntMaxStrDigits(n);
    return None;
  }));
  set('_getframe', fn('_getframe', (args) => {
    let depth = args.length > 0 ? indexAsNumber(args[0]) : 0;
    let f = threadState.frame;
    while (depth-- > 0 && f !== null) f = f.previous;
    if (f === null) throw valueError('call stack is not deep enough');
    return f;
  }));
  const displayhook = fn('displayhook', (args) => {
    const v = args[0];
    if (v === None) return None;
    // As CPython: _ is cleared first (repr may fail), the repr and the newline are two writes.
    interp.builtins.dict.setStr('_', None);
    const write = getAttr(interp.sysAttr('stdout')!, 'write');
    call(write, [repr(v)]);
    call(write, ['\n']);
    interp.builtins.dict.setStr('_', v);
    return None;
  });
  set('displayhook', displayhook);
  set('__displayhook__', displayhook);
  set('is_finalizing', fn('is_finalizing', () => false));
  set('audit', fn('audit', () => None));
  set('addaudithook', fn('addaudithook', () => None));
  set('getswitchinterval', fn('getswitchinterval', () => new PyFloat(0.005)));
  set('setswitchinterval', fn('setswitchinterval', () => None));
  set('gettrace', fn('gettrace', () => None));
  set('getprofile', fn('getprofile', () => None));
  set('settrace', fn('settrace', () => None));
  set('setprofile', fn('setprofile', () => None));
  return m;
}
