// A code object's location table (`co_linetable`), in CPython 3.11+'s format (PEP 626 and
// PEP 657; Objects/locations.md): the source span of every code unit, written by the
// compiler's assembler and read back for tracebacks, `co_lines()`, `co_positions()` and `dis`.
//
// The table is a sequence of entries, each covering 1–8 code units. An entry's first byte has
// bit 7 set, a 4-bit form code in bits 3–6 and the number of code units less one in bits 0–2:
//   0–9   short form: same line as before; one more byte holds the columns
//         (start = code * 8 + high 3 bits, end = start + low 4 bits)
//   10–12 one-line form: line advances by code - 10; start and end column, a byte each
//   13    no columns: line delta as a signed varint
//   14    long form: line delta (signed varint), end line delta, start column + 1 and end
//         column + 1 (varints)
//   15    no location
// Varints are 6 bits a byte, least significant first, bit 6 saying another byte follows;
// a signed varint keeps the sign in its lowest bit. Line deltas are from the line of the
// previous entry that had one, starting at `co_firstlineno`.

/**
 * A source span as CPython's compiler keeps it: lines 1-based, columns 0-based UTF-8 byte
 * offsets, and -1 for "none" (a whole location of -1s is no location; columns of -1 alone
 * are a line without columns).
 */
export interface Location {
  readonly line: number;
  readonly endLine: number;
  readonly col: number;
  readonly endCol: number;
}

export const NO_LOCATION: Location = Object.freeze({ line: -1, endLine: -1, col: -1, endCol: -1 });

const enum Form {
  ONE_LINE_0 = 10,
  NO_COLUMNS = 13,
  LONG = 14,
  NONE = 15,
}

/** How many code units one entry covers at most. */
const MAX_ENTRY_UNITS = 8;

function sameLocation(a: Location, b: Location): boolean {
  return a.line === b.line && a.endLine === b.endLine && a.col === b.col && a.endCol === b.endCol;
}

/**
 * Builds a location table as CPython's assembler does: instructions are added in order with
 * their size in code units (caches and EXTENDED_ARGs included); consecutive ones at the same
 * location share entries, and each entry takes the most compact form that fits.
 */
export class LocationTableWriter {
  private readonly bytes: number[] = [];
  /** The line the next entry's delta is relative to. */
  private line: number;
  /** The location being accumulated, and how many code units it covers so far. */
  private pending: Location = NO_LOCATION;
  private pendingUnits = 0;

  constructor(firstLine: number) {
    this.line = firstLine;
  }

  add(location: Location, units: number): void {
    if (!sameLocation(location, this.pending)) {
      this.flush();
      this.pending = location;
    }
    this.pendingUnits += units;
  }

  finish(): Uint8Array {
    this.flush();
    return Uint8Array.from(this.bytes);
  }

  private flush(): void {
    let units = this.pendingUnits;
    while (units > MAX_ENTRY_UNITS) {
      this.entry(this.pending, MAX_ENTRY_UNITS);
      units -= MAX_ENTRY_UNITS;
    }
    if (units > 0) this.entry(this.pending, units);
    this.pendingUnits = 0;
  }

  private entry(loc: Location, units: number): void {
    if (loc.line < 0) {
      this.firstByte(Form.NONE, units);
      return;
    }
    const lineDelta = loc.line - this.line;
    if (loc.col < 0 || loc.endCol < 0) {
      if (loc.endLine === loc.line || loc.endLine === -1) {
        this.firstByte(Form.NO_COLUMNS, units);
        this.signedVarint(lineDelta);
        this.line = loc.line;
        return;
      }
    } else if (loc.endLine === loc.line) {
      const width = loc.endCol - loc.col;
      if (lineDelta === 0 && loc.col < 80 && width >= 0 && width < 16) {
        // The short form leaves the line as it is.
        this.firstByte(loc.col >> 3, units);
        this.bytes.push(((loc.col & 7) << 4) | width);
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && loc.col < 128 && loc.endCol < 128) {
        this.firstByte(Form.ONE_LINE_0 + lineDelta, units);
        this.bytes.push(loc.col, loc.endCol);
        this.line = loc.line;
        return;
      }
    }
    this.firstByte(Form.LONG, units);
    this.signedVarint(lineDelta);
    this.varint(loc.endLine - loc.line);
    this.varint(loc.col + 1);
    this.varint(loc.endCol + 1);
    this.line = loc.line;
  }

  private firstByte(form: number, units: number): void {
    this.bytes.push(0x80 | (form << 3) | (units - 1));
  }

  private varint(value: number): void {
    while (value >= 64) {
      this.bytes.push(0x40 | (value & 63));
      value >>>= 6;
    }
    this.bytes.push(value);
  }

  private signedVarint(value: number): void {
    this.varint(value < 0 ? (-value << 1) | 1 : value << 1);
  }
}

/** One entry of a location table: code units [start, end) at one location. */
export interface LocationRange extends Location {
  readonly start: number;
  readonly end: number;
}

/** Reads a location table back into its entries, in order (code unit offsets). */
export function decodeLocationTable(table: Uint8Array, firstLine: number): LocationRange[] {
  const ranges: LocationRange[] = [];
  let i = 0;
  let unit = 0;
  let line = firstLine;
  const varint = (): number => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = table[i++];
      value += (b & 63) * 2 ** shift;
      if ((b & 64) === 0) return value;
      shift += 6;
    }
  };
  const signedVarint = (): number => {
    const u = varint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };
  while (i < table.length) {
    const first = table[i++];
    const form = (first >> 3) & 15;
    const start = unit;
    unit += (first & 7) + 1;
    let loc: Location;
    if (form < Form.ONE_LINE_0) {
      const second = table[i++];
      const col = form * 8 + ((second >> 4) & 7);
      loc = { line, endLine: line, col, endCol: col + (second & 15) };
    } else if (form < Form.NO_COLUMNS) {
      line += form - Form.ONE_LINE_0;
      loc = { line, endLine: line, col: table[i++], endCol: table[i++] };
    } else if (form === Form.NO_COLUMNS) {
      line += signedVarint();
      loc = { line, endLine: line, col: -1, endCol: -1 };
    } else if (form === Form.LONG) {
      line += signedVarint();
      const endLine = line + varint();
      loc = { line, endLine, col: varint() - 1, endCol: varint() - 1 };
    } else {
      loc = NO_LOCATION;
    }
    ranges.push({ start, end: unit, line: loc.line, endLine: loc.endLine, col: loc.col, endCol: loc.endCol });
  }
  return ranges;
}

/**
 * `co_lines()`: (start, end, line) in bytes, consecutive entries on the same line merged,
 * -1 where the line is None.
 */
export function codeLines(ranges: readonly LocationRange[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last !== undefined && last[2] === r.line) last[1] = r.end * 2;
    else out.push([r.start * 2, r.end * 2, r.line]);
  }
  return out;
}
