// list.sort: CPython 3.13's adaptive stable mergesort (Objects/listobject.c, listsort.txt) —
// natural runs found by count_run, short runs extended by binary insertion to minrun, runs
// merged in powersort order with galloping. Only `<` is ever asked, so a class that defines
// __lt__ alone sorts, and a program that counts or prints its comparisons sees the same
// sequence of them as under CPython. If a comparison raises, the items stay a permutation.
import type { PyValue } from './object';
import { PyFloat, type PyList } from './boxes';
import { FloatType } from './builtin-types';
import { valueError } from './exceptions';
import { Cmp, compareBool } from './ops/compare';
import { call } from './ops/call';
import { isBmpOnly } from './str-length';

/** When one run wins this many times in a row, merging switches to galloping. */
const MIN_GALLOP = 7;
/** Runs shorter than minrun (at most this) are extended by binary insertion. */
const MAX_MINRUN = 64;

type Lt = (a: PyValue, b: PyValue) => boolean;

const genericLt: Lt = (a, b) => compareBool(a, b, Cmp.LT);
const primitiveLt: Lt = (a, b) => (a as number) < (b as number);
const floatLt: Lt = (a, b) => (a as PyFloat).value < (b as PyFloat).value;

/**
 * The pre-sort check: keys of one kind whose order JS decides exactly (ints, strs without
 * surrogates — JS compares UTF-16 units —, exact floats) skip the generic comparison.
 */
function chooseLt(keys: readonly PyValue[]): Lt {
  const first = keys[0];
  const kind = typeof first;
  if (kind === 'number' || kind === 'bigint') {
    for (const k of keys) if (typeof k !== 'number' && typeof k !== 'bigint') return genericLt;
    return primitiveLt;
  }
  if (kind === 'string') {
    for (const k of keys) if (typeof k !== 'string' || !isBmpOnly(k)) return genericLt;
    return primitiveLt;
  }
  if (first instanceof PyFloat && first.type === FloatType) {
    for (const k of keys) if (!(k instanceof PyFloat) || k.type !== FloatType) return genericLt;
    return floatLt;
  }
  return genericLt;
}

function reverseRange(a: PyValue[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/** minrun: n itself below 64, else a value in [32, 64] making n / minrun just under a power of 2. */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/** The powersort "power" of the boundary between two adjacent runs (listsort.txt). */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/**
 * One sort: keys (and, with a key function, the values permuted in step with them), the
 * stack of pending runs, and the temp arrays merges copy the smaller run into.
 */
class MergeState {
  minGallop = MIN_GALLOP;
  private readonly runBase: number[] = [];
  private readonly runLen: number[] = [];
  private readonly runPower: number[] = [];
  private nRuns = 0;
  private readonly tk: PyValue[] = [];
  private readonly tv: PyValue[] | null;

  constructor(
    private readonly keys: PyValue[],
    private readonly vals: PyValue[] | null,
    private readonly lt: Lt,
  ) {
    this.tv = vals === null ? null : [];
  }

  sort(): void {
    const n = this.keys.length;
    if (n < 2) return;
    const minrun = computeMinrun(n);
    let lo = 0;
    let remaining = n;
    do {
      let run = this.countRun(lo, remaining);
      if (run < minrun) {
        const force = remaining <= minrun ? remaining : minrun;
        this.binarySort(lo, force, run);
        run = force;
      }
      this.foundNewRun(run, n);
      this.runBase[this.nRuns] = lo;
      this.runLen[this.nRuns] = run;
      this.nRuns++;
      lo += run;
      remaining -= run;
    } while (remaining > 0);
    this.forceCollapse();
  }

  private swapRange(lo: number, hi: number): void {
    reverseRange(this.keys, lo, hi);
    if (this.vals !== null) reverseRange(this.vals, lo, hi);
  }

  /** The run starting at lo (at most `remaining` long), made ascending in place; its length. */
  private countRun(lo: number, remaining: number): number {
    const a = this.keys;
    const lt = this.lt;
    let n = 1;
    for (; n < remaining; n++) if (lt(a[lo + n], a[lo + n - 1])) break;
    if (n === remaining) return n;
    // a[lo+n] is strictly smaller: if the ascending part was all equal, it starts a descending run.
    if (n > 1) {
      if (lt(a[lo], a[lo + n - 1])) return n;
      this.swapRange(lo, lo + n);
    }
    n++;
    // Descending: equal neighbours are reversed as found, so the final reversal keeps them stable.
    let neq = 0;
    for (; n < remaining; n++) {
      if (lt(a[lo + n], a[lo + n - 1])) {
        if (neq) {
          neq++;
          this.swapRange(lo + n - neq, lo + n);
          neq = 0;
        }
      } else if (lt(a[lo + n - 1], a[lo + n])) break;
      else neq++;
    }
    if (neq) {
      neq++;
      this.swapRange(lo + n - neq, lo + n);
    }
    this.swapRange(lo, lo + n);
    for (; n < remaining; n++) if (lt(a[lo + n], a[lo + n - 1])) break;
    return n;
  }

  /** Stable binary insertion sort of a[lo:lo+n], whose first `ok` items are sorted already. */
  private binarySort(lo: number, n: number, ok: number): void {
    const a = this.keys;
    const v = this.vals;
    const lt = this.lt;
    if (ok === 0) ok = 1;
    for (; ok < n; ok++) {
      let l = 0;
      let r = ok;
      const pivot = a[lo + ok];
      do {
        const m = (l + r) >> 1;
        if (lt(pivot, a[lo + m])) r = m;
        else l = m + 1;
      } while (l < r);
      for (let m = ok; m > l; m--) a[lo + m] = a[lo + m - 1];
      a[lo + l] = pivot;
      if (v !== null) {
        const vp = v[lo + ok];
        for (let m = ok; m > l; m--) v[lo + m] = v[lo + m - 1];
        v[lo + l] = vp;
      }
    }
  }

  /** The k in 0..n with arr[base+k-1] < key <= arr[base+k], searched outward from hint. */
  private gallopLeft(key: PyValue, arr: readonly PyValue[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    const at = base + hint;
    let lastofs = 0;
    let ofs = 1;
    if (lt(arr[at], key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(arr[at + ofs], key)) {
          lastofs = ofs;
          ofs = ofs * 2 + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(arr[at - ofs], key)) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    ++lastofs;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(arr[base + m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** Like gallopLeft, but past the rightmost item equal to key: arr[base+k-1] <= key < arr[base+k]. */
  private gallopRight(key: PyValue, arr: readonly PyValue[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    const at = base + hint;
    let lastofs = 0;
    let ofs = 1;
    if (lt(key, arr[at])) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(key, arr[at - ofs])) {
          lastofs = ofs;
          ofs = ofs * 2 + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(key, arr[at + ofs])) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, arr[base + m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /** One item within the main arrays. */
  private mm(dst: number, src: number): void {
    this.keys[dst] = this.keys[src];
    if (this.vals !== null) this.vals[dst] = this.vals[src];
  }

  /** One item from the temp arrays back into the main ones. */
  private tm(dst: number, src: number): void {
    this.keys[dst] = this.tk[src];
    if (this.vals !== null) this.vals[dst] = this.tv![src];
  }

  /** Copies count items between the main and temp arrays (keys and values), in a safe direction. */
  private move(toTemp: boolean, fromTemp: boolean, dst: number, src: number, count: number): void {
    const dk = toTemp ? this.tk : this.keys;
    const sk = fromTemp ? this.tk : this.keys;
    const dv = this.vals === null ? null : toTemp ? this.tv! : this.vals;
    const sv = this.vals === null ? null : fromTemp ? this.tv! : this.vals;
    if (dk === sk && dst > src) {
      for (let i = count - 1; i >= 0; i--) dk[dst + i] = sk[src + i];
      if (dv !== null) for (let i = count - 1; i >= 0; i--) dv[dst + i] = sv![src + i];
    } else {
      for (let i = 0; i < count; i++) dk[dst + i] = sk[src + i];
      if (dv !== null) for (let i = 0; i < count; i++) dv[dst + i] = sv![src + i];
    }
  }

  /** Merges runs a[pa:pa+na] and a[pb:pb+nb] (adjacent, na <= nb) through a copy of the first. */
  private mergeLo(pa0: number, na: number, pb: number, nb: number): void {
    const keys = this.keys;
    const tk = this.tk;
    const lt = this.lt;
    this.move(true, false, 0, pa0, na);
    let dest = pa0;
    let pa = 0;
    let copyB = false;
    this.mm(dest++, pb++);
    nb--;
    try {
      if (nb === 0) return;
      // With one item left in a, the loop is skipped: the copy after the finally places it.
      copyB = na === 1;
      let minGallop = this.minGallop;
      outer: while (!copyB) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(keys[pb], tk[pa])) {
            this.mm(dest++, pb++);
            bcount++;
            acount = 0;
            if (--nb === 0) break outer;
            if (bcount >= minGallop) break;
          } else {
            this.tm(dest++, pa++);
            acount++;
            bcount = 0;
            if (--na === 1) {
              copyB = true;
              break outer;
            }
            if (acount >= minGallop) break;
          }
        }
        ++minGallop;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(keys[pb], tk, pa, na, 0);
          acount = k;
          if (k) {
            this.move(false, true, dest, pa, k);
            dest += k;
            pa += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              break outer;
            }
            if (na === 0) break outer;
          }
          this.mm(dest++, pb++);
          if (--nb === 0) break outer;
          k = this.gallopLeft(tk[pa], keys, pb, nb, 0);
          bcount = k;
          if (k) {
            this.move(false, false, dest, pb, k);
            dest += k;
            pb += k;
            nb -= k;
            if (nb === 0) break outer;
          }
          this.tm(dest++, pa++);
          if (--na === 1) {
            copyB = true;
            break outer;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++minGallop;
        this.minGallop = minGallop;
      }
    } finally {
      // On success or on an exception from a comparison, what is left of the copy goes back.
      if (!copyB && na) this.move(false, true, dest, pa, na);
    }
    if (copyB) {
      // The last item of the first run belongs after all that is left of the second.
      this.move(false, false, dest, pb, nb);
      this.tm(dest + nb, pa);
    }
  }

  /** Merges runs a[pa:pa+na] and a[pb:pb+nb] (adjacent, na > nb) from the right, via a copy of the second. */
  private mergeHi(pa0: number, na: number, pb0: number, nb: number): void {
    const keys = this.keys;
    const tk = this.tk;
    const lt = this.lt;
    this.move(true, false, 0, pb0, nb);
    let dest = pb0 + nb - 1;
    let pa = pa0 + na - 1;
    let pb = nb - 1;
    let copyA = false;
    this.mm(dest--, pa--);
    na--;
    try {
      if (na === 0) return;
      // With one item left in b, the loop is skipped: the copy after the finally places it.
      copyA = nb === 1;
      let minGallop = this.minGallop;
      outer: while (!copyA) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tk[pb], keys[pa])) {
            this.mm(dest--, pa--);
            acount++;
            bcount = 0;
            if (--na === 0) break outer;
            if (acount >= minGallop) break;
          } else {
            this.tm(dest--, pb--);
            bcount++;
            acount = 0;
            if (--nb === 1) {
              copyA = true;
              break outer;
            }
            if (bcount >= minGallop) break;
          }
        }
        ++minGallop;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = na - this.gallopRight(tk[pb], keys, pa0, na, na - 1);
          acount = k;
          if (k) {
            dest -= k;
            pa -= k;
            this.move(false, false, dest + 1, pa + 1, k);
            na -= k;
            if (na === 0) break outer;
          }
          this.tm(dest--, pb--);
          if (--nb === 1) {
            copyA = true;
            break outer;
          }
          k = nb - this.gallopLeft(keys[pa], tk, 0, nb, nb - 1);
          bcount = k;
          if (k) {
            dest -= k;
            pb -= k;
            this.move(false, true, dest + 1, pb + 1, k);
            nb -= k;
            if (nb === 1) {
              copyA = true;
              break outer;
            }
            if (nb === 0) break outer;
          }
          this.mm(dest--, pa--);
          if (--na === 0) break outer;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++minGallop;
        this.minGallop = minGallop;
      }
    } finally {
      if (!copyA && nb) this.move(false, true, dest - (nb - 1), 0, nb);
    }
    if (copyA) {
      // The first item of the second run belongs before all that is left of the first.
      dest -= na;
      pa -= na;
      this.move(false, false, dest + 1, pa + 1, na);
      this.tm(dest, pb);
    }
  }

  /** Merges pending runs i and i + 1. */
  private mergeAt(i: number): void {
    let pa = this.runBase[i];
    let na = this.runLen[i];
    const pb = this.runBase[i + 1];
    let nb = this.runLen[i + 1];
    this.runLen[i] = na + nb;
    if (i === this.nRuns - 3) {
      this.runBase[i + 1] = this.runBase[i + 2];
      this.runLen[i + 1] = this.runLen[i + 2];
      this.runPower[i + 1] = this.runPower[i + 2];
    }
    this.nRuns--;
    const keys = this.keys;
    // Items of a already in place before b's first, and of b after a's last, need no merging.
    const k = this.gallopRight(keys[pb], keys, pa, na, 0);
    pa += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(keys[pa + na - 1], keys, pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(pa, na, pb, nb);
    else this.mergeHi(pa, na, pb, nb);
  }

  /** found_new_run: merges pending runs whose power exceeds the new boundary's. */
  private foundNewRun(n2: number, n: number): void {
    if (this.nRuns === 0) return;
    const top = this.nRuns - 1;
    const power = powerloop(this.runBase[top], this.runLen[top], n2, n);
    while (this.nRuns > 1 && this.runPower[this.nRuns - 2] > power) this.mergeAt(this.nRuns - 2);
    this.runPower[this.nRuns - 1] = power;
  }

  private forceCollapse(): void {
    while (this.nRuns > 1) {
      let n = this.nRuns - 2;
      if (n > 0 && this.runLen[n - 1] < this.runLen[n + 1]) --n;
      this.mergeAt(n);
    }
  }
}

/**
 * list.sort(key=, reverse=) on `list`. While it runs the list is empty, so a key function or
 * comparison sees `[]`; anything they add is dropped and reported as "list modified during
 * sort". An exception from the key function leaves the list as it was.
 */
export function sortList(list: PyList, key: PyValue | null, reverse: boolean): void {
  const saved = list.items;
  const empty: PyValue[] = [];
  list.items = empty;
  let keys: PyValue[] = saved;
  let vals: PyValue[] | null = null;
  try {
    if (key !== null) {
      keys = new Array<PyValue>(saved.length);
      for (let i = 0; i < saved.length; i++) keys[i] = call(key, [saved[i]]);
      vals = saved;
    }
  } catch (e) {
    list.items = saved;
    throw e;
  }
  let failed = true;
  try {
    if (saved.length > 1) {
      if (reverse) {
        reverseRange(keys, 0, keys.length);
        if (vals !== null) reverseRange(vals, 0, vals.length);
      }
      try {
        new MergeState(keys, vals, chooseLt(keys)).sort();
      } finally {
        if (reverse) reverseRange(saved, 0, saved.length);
      }
    }
    failed = false;
  } finally {
    const modified = list.items !== empty || empty.length !== 0;
    list.items = saved;
    if (modified && !failed) throw valueError('list modified during sort');
  }
}
