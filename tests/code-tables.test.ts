// The location and exception tables of code objects, byte for byte as CPython 3.13 writes
// them, and read back as CPython reads them (co_positions, co_lines, the exception table dis
// shows), on every code object of a few stdlib modules. The data was recorded from CPython by
// scripts/generate-code-table-data.py.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeExceptionTable, encodeExceptionTable } from '../src/objects/code/exception-table';
import { LocationTableWriter, codeLines, decodeLocationTable } from '../src/objects/code/location-table';
import { hexOfBytes, readDataFile } from './data-files';

interface CodeRecord {
  readonly name: string;
  readonly firstlineno: number;
  /** co_positions(), four numbers per code unit, -1 for None. */
  readonly positions: number[];
  readonly linetable: string;
  readonly lines: [number, number, number][];
  /** start, end, target (code units), depth, lasti. */
  readonly exceptions: [number, number, number, number, number][];
  readonly exceptiontable: string;
}

const data = readDataFile<{ code: CodeRecord[] }>('code-tables.json');

test('location tables are written as CPython writes them', () => {
  assert.ok(data.code.length > 200);
  for (const code of data.code) {
    const writer = new LocationTableWriter(code.firstlineno);
    const p = code.positions;
    for (let i = 0; i < p.length; i += 4) writer.add({ line: p[i], endLine: p[i + 1], col: p[i + 2], endCol: p[i + 3] }, 1);
    assert.equal(hexOfBytes(writer.finish()), code.linetable, code.name);
  }
});

test('location tables read back as co_positions() and co_lines()', () => {
  for (const code of data.code) {
    const ranges = decodeLocationTable(Buffer.from(code.linetable, 'hex'), code.firstlineno);
    const positions: number[] = [];
    for (const r of ranges) for (let u = r.start; u < r.end; u++) positions.push(r.line, r.endLine, r.col, r.endCol);
    assert.deepEqual(positions, code.positions, code.name);
    assert.deepEqual(codeLines(ranges), code.lines, code.name);
  }
});

test('exception tables are written and read as CPython does', () => {
  let entries = 0;
  for (const code of data.code) {
    const expected = code.exceptions.map(([start, end, target, depth, lasti]) => ({ start, end, target, depth, lasti: lasti === 1 }));
    entries += expected.length;
    assert.equal(hexOfBytes(encodeExceptionTable(expected)), code.exceptiontable, code.name);
    assert.deepEqual(decodeExceptionTable(Buffer.from(code.exceptiontable, 'hex')), expected, code.name);
  }
  assert.ok(entries > 100);
});
