// `pwd` and `grp`: the password and group databases, read from /etc/passwd and /etc/group
// (what glibc's "files" source gives; other NSS sources such as LDAP are not consulted).
// Entries are struct sequences with CPython's field names; lookups that find nothing raise
// KeyError with CPython's messages.
import * as fs from 'node:fs';
import type { PyValue } from '../objects/object';
import { PyModule } from '../objects/module';
import { BuiltinFunction } from '../objects/function';
import { PyList } from '../objects/boxes';
import { EXCEPTION_TYPES, typeError } from '../objects/exceptions';
import { checkArgs } from '../objects/args';
import { call } from '../objects/ops/call';
import { indexValue } from '../objects/ops/index-value';
import { typeOf } from '../objects/ops/typeof';
import { newStructSeq, newStructSeqType } from '../objects/structseq';
import { StrSubclassValue } from '../objects/boxes';
import type { PyType } from '../objects/type';
import { registerNativeModule } from './registry';

const PASSWD_FIELDS = ['pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'];
const GROUP_FIELDS = ['gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'];

/** The colon-separated records of a database file; none if it cannot be read. */
function records(file: string, fieldCount: number): string[][] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('+') && !line.startsWith('-'))
    .map((line) => line.split(':'))
    .filter((fields) => fields.length >= fieldCount);
}

function keyError(message: string): never {
  throw call(EXCEPTION_TYPES.get('KeyError')!, [message]);
}

function strArg(fname: string, v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof StrSubclassValue) return v.value;
  throw typeError(`${fname}() argument must be str, not ${typeOf(v).name}`);
}

/** A uid or gid argument: an int (or an object with __index__), as CPython's _Py_Uid_Converter takes. */
function idArg(what: 'uid' | 'gid', v: PyValue): bigint {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return BigInt(indexValue(v));
  if (typeOf(v).lookup('__index__') === undefined) throw typeError(`${what} should be integer, not ${typeOf(v).name}`);
  return BigInt(indexValue(v));
}

function byId(fname: string, what: 'uid' | 'gid', id: bigint, rows: string[][], idField: number, make: (row: string[]) => PyValue): PyValue {
  // -1 means (uid_t)-1; other values outside uid_t cannot name anyone.
  const wanted = id === -1n ? 0xffffffffn : id;
  if (wanted < 0n || wanted > 0xffffffffn) keyError(`${fname}(): ${what} not found`);
  const row = rows.find((r) => /^\d+$/.test(r[idField]) && BigInt(r[idField]) === wanted);
  if (row === undefined) keyError(`${fname}(): ${what} not found: ${wanted}`);
  return make(row);
}

function fn(module: string, name: string, min: number, max: number, f: (args: PyValue[]) => PyValue): BuiltinFunction {
  return BuiltinFunction.ofModule(module, name, (args, kwnames) => {
    checkArgs(`${module}.${name}`, args, kwnames, min, max);
    return f(args);
  });
}

/** The one argument of grp.getgrgid(id) / grp.getgrnam(name), positional or by keyword
 * (Argument Clinic's messages, which name the function without its module). */
function grpFn(name: string, param: string, f: (arg: PyValue) => PyValue): BuiltinFunction {
  return BuiltinFunction.ofModule('grp', name, (args, kwnames) => {
    const keywords = kwnames ?? [];
    if (args.length > 1) throw typeError(`${name}() takes at most 1 argument (${args.length} given)`);
    if (args.length === 0 || (keywords.length === 1 && keywords[0] !== param)) throw typeError(`${name}() missing required argument '${param}' (pos 1)`);
    return f(args[0]);
  });
}

let passwdType: PyType | undefined;
let groupType: PyType | undefined;

function makePwdModule(): PyModule {
  passwdType ??= newStructSeqType('pwd.struct_passwd', PASSWD_FIELDS, { constructible: true });
  const type = passwdType;
  const entry = (r: string[]): PyValue => newStructSeq(type, [r[0], r[1], Number(r[2]), Number(r[3]), r[4], r[5], r[6]]);
  const rows = (): string[][] => records('/etc/passwd', 7).filter((r) => /^\d+$/.test(r[2]) && /^\d+$/.test(r[3]));
  const m = new PyModule('pwd');
  m.dict.setStr('struct_passwd', type);
  m.dict.setStr('getpwuid', fn('pwd', 'getpwuid', 1, 1, (args) => byId('getpwuid', 'uid', idArg('uid', args[0]), rows(), 2, entry)));
  m.dict.setStr(
    'getpwnam',
    fn('pwd', 'getpwnam', 1, 1, (args) => {
      const name = strArg('getpwnam', args[0]);
      const row = rows().find((r) => r[0] === name);
      if (row === undefined) keyError(`getpwnam(): name not found: '${name}'`);
      return entry(row);
    }),
  );
  m.dict.setStr('getpwall', fn('pwd', 'getpwall', 0, 0, () => new PyList(rows().map(entry))));
  return m;
}

function makeGrpModule(): PyModule {
  groupType ??= newStructSeqType('grp.struct_group', GROUP_FIELDS, { constructible: true });
  const type = groupType;
  const entry = (r: string[]): PyValue => newStructSeq(type, [r[0], r[1], Number(r[2]), new PyList(r[3] === '' ? [] : r[3].split(','))]);
  const rows = (): string[][] => records('/etc/group', 4).filter((r) => /^\d+$/.test(r[2]));
  const m = new PyModule('grp');
  m.dict.setStr('struct_group', type);
  m.dict.setStr('getgrgid', grpFn('getgrgid', 'id', (arg) => byId('getgrgid', 'gid', idArg('gid', arg), rows(), 2, entry)));
  m.dict.setStr(
    'getgrnam',
    grpFn('getgrnam', 'name', (arg) => {
      if (typeof arg !== 'string' && !(arg instanceof StrSubclassValue)) throw typeError(`getgrnam() argument 1 must be str, not ${typeOf(arg).name}`);
      const name = strArg('getgrnam', arg);
      const row = rows().find((r) => r[0] === name);
      if (row === undefined) keyError(`getgrnam(): name not found: '${name}'`);
      return entry(row);
    }),
  );
  m.dict.setStr('getgrall', fn('grp', 'getgrall', 0, 0, () => new PyList(rows().map(entry))));
  return m;
}

registerNativeModule('pwd', makePwdModule);
registerNativeModule('grp', makeGrpModule);
