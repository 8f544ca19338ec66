// Unicode normalization (NFC, NFD, NFKC, NFKD) from our own tables, as CPython 3.13's
// Modules/unicodedata.c does it (nfd_nfkd, nfc_nfkc, is_normalized_quickcheck), rather than
// String.prototype.normalize, whose ICU may follow another Unicode version than 15.1.0.
// Decomposition follows the database asked (ucd_3_2_0 leaves out what 3.2.0 lacked and applies
// its corrections); canonical ordering and composition use 15.1.0's tables in both, as CPython.
import { codePoints } from '../../objects/str/codepoints';
import {
  combiningClass,
  composePair,
  type Database,
  isCompositionFirst,
  type NormalForm,
  QUICK_CHECK_FAILS,
} from './tables';

// Hangul syllables (Unicode chapter 3.12).
const S_BASE = 0xac00;
const L_BASE = 0x1100;
const V_BASE = 0x1161;
const T_BASE = 0x11a7;
const L_COUNT = 19;
const V_COUNT = 21;
const T_COUNT = 28;
const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = L_COUNT * N_COUNT;

/** The full decomposition of s, canonically ordered; compatibility mappings too when `compat`. */
function decompose(db: Database, s: string, compat: boolean): number[] {
  const out: number[] = [];
  const stack: number[] = [];
  let ordered = true;
  for (let i = 0; i < s.length; i++) {
    let first = s.charCodeAt(i);
    // Nothing below U+00A0 decomposes or has a combining class.
    if (first < 0xa0) {
      out.push(first);
      continue;
    }
    if (first >= 0xd800 && first <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        first = 0x10000 + ((first - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    stack.push(first);
    while (stack.length > 0) {
      const cp = stack.pop()!;
      if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
        const index = cp - S_BASE;
        out.push(L_BASE + Math.floor(index / N_COUNT), V_BASE + Math.floor((index % N_COUNT) / T_COUNT));
        if (index % T_COUNT !== 0) out.push(T_BASE + (index % T_COUNT));
        continue;
      }
      const corrected = db.correction(cp);
      if (corrected >= 0) {
        stack.push(corrected);
        continue;
      }
      const m = db.mapping(cp);
      if (m === undefined || (m.tag !== 0 && !compat)) {
        if (ordered && combiningClass(cp) !== 0) ordered = false;
        out.push(cp);
        continue;
      }
      for (let k = m.cps.length - 1; k >= 0; k--) stack.push(m.cps[k]);
    }
  }
  // Only sequences with a non-starter can be out of order.
  if (!ordered) reorder(out);
  return out;
}

/** Canonical ordering: a stable sort by combining class of each run of non-starters. */
function reorder(cps: number[]): void {
  if (cps.length < 2) return;
  let prev = combiningClass(cps[0]);
  for (let i = 1; i < cps.length; i++) {
    const cur = combiningClass(cps[i]);
    if (prev === 0 || cur === 0 || prev <= cur) {
      prev = cur;
      continue;
    }
    // Move cps[i] left past the non-starters of a higher class.
    const cp = cps[i];
    let j = i - 1;
    while (j >= 0) {
      const c = combiningClass(cps[j]);
      if (c === 0 || c <= cur) break;
      cps[j + 1] = cps[j];
      j--;
    }
    cps[j + 1] = cp;
    prev = combiningClass(cps[i]);
  }
}

/**
 * Canonical composition of a decomposed, ordered sequence. Each character that starts a pair
 * takes in the following characters it is not blocked from (a character is blocked when the
 * last one left between has a class of zero or at least its own); those are marked and dropped.
 */
function compose(cps: readonly number[]): number[] {
  const n = cps.length;
  const out: number[] = [];
  const taken = new Uint8Array(n);
  let i = 0;
  while (i < n) {
    if (taken[i]) {
      i++;
      continue;
    }
    const code = cps[i];
    if (code >= L_BASE && code < L_BASE + L_COUNT && i + 1 < n && cps[i + 1] >= V_BASE && cps[i + 1] < V_BASE + V_COUNT) {
      let syllable = S_BASE + ((code - L_BASE) * V_COUNT + (cps[i + 1] - V_BASE)) * T_COUNT;
      i += 2;
      if (i < n && cps[i] > T_BASE && cps[i] < T_BASE + T_COUNT) {
        syllable += cps[i] - T_BASE;
        i++;
      }
      out.push(syllable);
      continue;
    }
    if (!isCompositionFirst(code)) {
      out.push(code);
      i++;
      continue;
    }
    let current = code;
    let blockingClass = 0;
    for (let j = i + 1; j < n; j++) {
      const next = cps[j];
      const cc = combiningClass(next);
      if (blockingClass !== 0) {
        if (cc === 0) break;
        if (blockingClass >= cc) continue;
      }
      const composite = composePair(current, next);
      if (composite === undefined) {
        if (cc === 0) break;
        blockingClass = cc;
        continue;
      }
      current = composite;
      taken[j] = 1;
      if (!isCompositionFirst(current)) break;
    }
    out.push(current);
    i++;
  }
  return out;
}

function fromCodePoints(cps: readonly number[]): string {
  let s = '';
  for (const cp of cps) {
    if (cp <= 0xffff) s += String.fromCharCode(cp);
    else s += String.fromCharCode(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
  }
  return s;
}

/** s in normal form `form` under the database `db`. */
export function normalizeText(db: Database, form: NormalForm, s: string): string {
  const compat = form === 'NFKC' || form === 'NFKD';
  const decomposed = decompose(db, s, compat);
  const composed = (form === 'NFC' || form === 'NFKC') && decomposed.length > 1 ? compose(decomposed) : decomposed;
  return fromCodePoints(composed);
}

/**
 * Whether CPython's quick check alone finds s normalized, in which case normalize() returns its
 * argument itself: every character passes the form's quick check and the combining classes
 * never decrease within a run of non-starters. Never for ucd_3_2_0.
 */
export function passesQuickCheck(db: Database, form: NormalForm, s: string): boolean {
  if (!db.quickCheck) return false;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return true;
  const fails = QUICK_CHECK_FAILS[form];
  let prev = 0;
  for (const cp of codePoints(s)) {
    const cc = combiningClass(cp);
    if (cc !== 0 && prev > cc) return false;
    prev = cc;
    if (fails.has(cp)) return false;
  }
  return true;
}

/** is_normalized(): the quick check's "yes", else a full normalization compared. */
export function isNormalizedText(db: Database, form: NormalForm, s: string): boolean {
  if (passesQuickCheck(db, form, s)) return true;
  return normalizeText(db, form, s) === s;
}
