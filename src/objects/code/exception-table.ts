// A code object's exception table (`co_exceptiontable`), in CPython 3.11+'s format
// (Objects/exception_handling_notes.txt): for each range of code units that has a handler,
// where to jump, how deep the value stack is there, and whether to push the offset of the
// raising instruction (`lasti`) before the exception.
//
// Each entry is four numbers: start, length, target (code units) and depth * 2 + lasti.
// A number is written in 6-bit groups, most significant first, bit 6 set on every group but
// the last; bit 7 marks the first byte of an entry, so that a reader can find entries.

/** One handler range. Offsets are in code units, as the table stores them. */
export interface ExceptionTableEntry {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  /** Value stack depth the handler starts from (the exception is pushed on top). */
  readonly depth: number;
  /** Whether the offset of the instruction that raised is pushed first. */
  readonly lasti: boolean;
}

export function encodeExceptionTable(entries: readonly ExceptionTableEntry[]): Uint8Array {
  const bytes: number[] = [];
  const item = (value: number, entryStart: boolean): void => {
    let shift = 24;
    while (shift > 0 && value < 2 ** shift) shift -= 6;
    let mark = entryStart ? 0x80 : 0;
    for (; shift > 0; shift -= 6) {
      bytes.push(((value >>> shift) & 63) | 0x40 | mark);
      mark = 0;
    }
    bytes.push((value & 63) | mark);
  };
  for (const e of entries) {
    item(e.start, true);
    item(e.end - e.start, false);
    item(e.target, false);
    item(e.depth * 2 + (e.lasti ? 1 : 0), false);
  }
  return Uint8Array.from(bytes);
}

export function decodeExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = [];
  let i = 0;
  const item = (): number => {
    let value = 0;
    for (;;) {
      const b = table[i++];
      value = value * 64 + (b & 63);
      if ((b & 64) === 0) return value;
    }
  };
  while (i < table.length) {
    const start = item();
    const end = start + item();
    const target = item();
    const depthLasti = item();
    entries.push({ start, end, target, depth: depthLasti >>> 1, lasti: (depthLasti & 1) === 1 });
  }
  return entries;
}
