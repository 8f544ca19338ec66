// The results C99 Annex G prescribes for complex functions at infinities and NaNs, as
// Modules/cmathmodule.c tabulates them: for each function a 7×7 table indexed by the kind of
// the real part (row) and of the imaginary part (column). Entries for two finite nonzero parts
// are never read (the functions compute those); they hold NaN here.
import type { C } from '../../objects/complex-arith';

/** The kind of a double, in the order of the tables' rows and columns. */
export const enum Kind {
  NegInf,
  Neg,
  NegZero,
  PosZero,
  Pos,
  PosInf,
  NaN,
}

export function kindOf(d: number): Kind {
  if (Number.isFinite(d)) {
    if (d !== 0) return d > 0 ? Kind.Pos : Kind.Neg;
    return Object.is(d, -0) ? Kind.NegZero : Kind.PosZero;
  }
  if (d !== d) return Kind.NaN;
  return d > 0 ? Kind.PosInf : Kind.NegInf;
}

export type SpecialTable = readonly (readonly C[])[];

const P = Math.PI;
const P14 = 0.25 * Math.PI;
const P12 = 0.5 * Math.PI;
const P34 = 0.75 * Math.PI;
const INF = Infinity;
const N = NaN;

/** A table from its 49 entries, row by row, each as [real, imag]; `null` marks an unused entry. */
function table(entries: readonly ([number, number] | null)[]): SpecialTable {
  const rows: C[][] = [];
  for (let r = 0; r < 7; r++) {
    const row: C[] = [];
    for (let c = 0; c < 7; c++) {
      const e = entries[r * 7 + c];
      row.push(e === null ? { re: N, im: N } : { re: e[0], im: e[1] });
    }
    rows.push(row);
  }
  return rows;
}

const _ = null;

export const ACOS = table([
  [P34, INF], [P, INF], [P, INF], [P, -INF], [P, -INF], [P34, -INF], [N, INF],
  [P12, INF], _, _, _, _, [P12, -INF], [N, N],
  [P12, INF], _, [P12, 0], [P12, -0], _, [P12, -INF], [P12, N],
  [P12, INF], _, [P12, 0], [P12, -0], _, [P12, -INF], [P12, N],
  [P12, INF], _, _, _, _, [P12, -INF], [N, N],
  [P14, INF], [0, INF], [0, INF], [0, -INF], [0, -INF], [P14, -INF], [N, INF],
  [N, INF], [N, N], [N, N], [N, N], [N, N], [N, -INF], [N, N],
]);

export const ACOSH = table([
  [INF, -P34], [INF, -P], [INF, -P], [INF, P], [INF, P], [INF, P34], [INF, N],
  [INF, -P12], _, _, _, _, [INF, P12], [N, N],
  [INF, -P12], _, [0, -P12], [0, P12], _, [INF, P12], [N, N],
  [INF, -P12], _, [0, -P12], [0, P12], _, [INF, P12], [N, N],
  [INF, -P12], _, _, _, _, [INF, P12], [N, N],
  [INF, -P14], [INF, -0], [INF, -0], [INF, 0], [INF, 0], [INF, P14], [INF, N],
  [INF, N], [N, N], [N, N], [N, N], [N, N], [INF, N], [N, N],
]);

export const ASINH = table([
  [-INF, -P14], [-INF, -0], [-INF, -0], [-INF, 0], [-INF, 0], [-INF, P14], [-INF, N],
  [-INF, -P12], _, _, _, _, [-INF, P12], [N, N],
  [-INF, -P12], _, [-0, -0], [-0, 0], _, [-INF, P12], [N, N],
  [INF, -P12], _, [0, -0], [0, 0], _, [INF, P12], [N, N],
  [INF, -P12], _, _, _, _, [INF, P12], [N, N],
  [INF, -P14], [INF, -0], [INF, -0], [INF, 0], [INF, 0], [INF, P14], [INF, N],
  [INF, N], [N, N], [N, -0], [N, 0], [N, N], [INF, N], [N, N],
]);

export const ATANH = table([
  [-0, -P12], [-0, -P12], [-0, -P12], [-0, P12], [-0, P12], [-0, P12], [-0, N],
  [-0, -P12], _, _, _, _, [-0, P12], [N, N],
  [-0, -P12], _, [-0, -0], [-0, 0], _, [-0, P12], [-0, N],
  [0, -P12], _, [0, -0], [0, 0], _, [0, P12], [0, N],
  [0, -P12], _, _, _, _, [0, P12], [N, N],
  [0, -P12], [0, -P12], [0, -P12], [0, P12], [0, P12], [0, P12], [0, N],
  [0, -P12], [N, N], [N, N], [N, N], [N, N], [0, P12], [N, N],
]);

export const COSH = table([
  [INF, N], _, [INF, 0], [INF, -0], _, [INF, N], [INF, N],
  [N, N], _, _, _, _, [N, N], [N, N],
  [N, 0], _, [1, 0], [1, -0], _, [N, 0], [N, 0],
  [N, 0], _, [1, -0], [1, 0], _, [N, 0], [N, 0],
  [N, N], _, _, _, _, [N, N], [N, N],
  [INF, N], _, [INF, -0], [INF, 0], _, [INF, N], [INF, N],
  [N, N], [N, N], [N, 0], [N, 0], [N, N], [N, N], [N, N],
]);

export const EXP = table([
  [0, 0], _, [0, -0], [0, 0], _, [0, 0], [0, 0],
  [N, N], _, _, _, _, [N, N], [N, N],
  [N, N], _, [1, -0], [1, 0], _, [N, N], [N, N],
  [N, N], _, [1, -0], [1, 0], _, [N, N], [N, N],
  [N, N], _, _, _, _, [N, N], [N, N],
  [INF, N], _, [INF, -0], [INF, 0], _, [INF, N], [INF, N],
  [N, N], [N, N], [N, -0], [N, 0], [N, N], [N, N], [N, N],
]);

export const LOG = table([
  [INF, -P34], [INF, -P], [INF, -P], [INF, P], [INF, P], [INF, P34], [INF, N],
  [INF, -P12], _, _, _, _, [INF, P12], [N, N],
  [INF, -P12], _, [-INF, -P], [-INF, P], _, [INF, P12], [N, N],
  [INF, -P12], _, [-INF, -0], [-INF, 0], _, [INF, P12], [N, N],
  [INF, -P12], _, _, _, _, [INF, P12], [N, N],
  [INF, -P14], [INF, -0], [INF, -0], [INF, 0], [INF, 0], [INF, P14], [INF, N],
  [INF, N], [N, N], [N, N], [N, N], [N, N], [INF, N], [N, N],
]);

export const SINH = table([
  [INF, N], _, [-INF, -0], [-INF, 0], _, [INF, N], [INF, N],
  [N, N], _, _, _, _, [N, N], [N, N],
  [0, N], _, [-0, -0], [-0, 0], _, [0, N], [0, N],
  [0, N], _, [0, -0], [0, 0], _, [0, N], [0, N],
  [N, N], _, _, _, _, [N, N], [N, N],
  [INF, N], _, [INF, -0], [INF, 0], _, [INF, N], [INF, N],
  [N, N], [N, N], [N, -0], [N, 0], [N, N], [N, N], [N, N],
]);

export const SQRT = table([
  [INF, -INF], [0, -INF], [0, -INF], [0, INF], [0, INF], [INF, INF], [N, INF],
  [INF, -INF], _, _, _, _, [INF, INF], [N, N],
  [INF, -INF], _, [0, -0], [0, 0], _, [INF, INF], [N, N],
  [INF, -INF], _, [0, -0], [0, 0], _, [INF, INF], [N, N],
  [INF, -INF], _, _, _, _, [INF, INF], [N, N],
  [INF, -INF], [INF, -0], [INF, -0], [INF, 0], [INF, 0], [INF, INF], [INF, N],
  [INF, -INF], [N, N], [N, N], [N, N], [N, N], [INF, INF], [N, N],
]);

export const TANH = table([
  [-1, 0], _, [-1, -0], [-1, 0], _, [-1, 0], [-1, 0],
  [N, N], _, _, _, _, [N, N], [N, N],
  [N, N], _, [-0, -0], [-0, 0], _, [N, N], [N, N],
  [N, N], _, [0, -0], [0, 0], _, [N, N], [N, N],
  [N, N], _, _, _, _, [N, N], [N, N],
  [1, 0], _, [1, -0], [1, 0], _, [1, 0], [1, 0],
  [N, N], [N, N], [N, -0], [N, 0], [N, N], [N, N], [N, N],
]);

export const RECT = table([
  [INF, N], _, [-INF, 0], [-INF, -0], _, [INF, N], [INF, N],
  [N, N], _, _, _, _, [N, N], [N, N],
  [0, 0], _, [-0, 0], [-0, -0], _, [0, 0], [0, 0],
  [0, 0], _, [0, -0], [0, 0], _, [0, 0], [0, 0],
  [N, N], _, _, _, _, [N, N], [N, N],
  [INF, N], _, [INF, -0], [INF, 0], _, [INF, N], [INF, N],
  [N, N], [N, N], [N, 0], [N, 0], [N, N], [N, N], [N, N],
]);

/** The table's entry for z. */
export function special(t: SpecialTable, re: number, im: number): C {
  return t[kindOf(re)][kindOf(im)];
}
