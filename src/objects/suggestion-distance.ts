// "Did you mean" distances (Python/suggestions.c): a Levenshtein distance over UTF-8 bytes
// where a case change costs half a substitution, and the closest candidate within a third of
// the name's length. Used for NameError/AttributeError/ImportError suggestions and for
// unexpected keyword arguments.

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const encoder = new TextEncoder();

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

/** The edit distance between two UTF-8 strings, or maxCost + 1 once it is known to exceed maxCost. */
export function levenshteinDistance(aBytes: Uint8Array, bBytes: Uint8Array, maxCost: number): number {
  let aStart = 0;
  let bStart = 0;
  let aEnd = aBytes.length;
  let bEnd = bBytes.length;
  while (aStart < aEnd && bStart < bEnd && aBytes[aStart] === bBytes[bStart]) {
    aStart++;
    bStart++;
  }
  while (aStart < aEnd && bStart < bEnd && aBytes[aEnd - 1] === bBytes[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  let a = aBytes.subarray(aStart, aEnd);
  let b = bBytes.subarray(bStart, bEnd);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  // One row of the matrix, updated in place: row[i] is the cost from b[:j] to a[:i+1].
  const row = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) row[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let j = 0; j < b.length; j++) {
    const code = b[j];
    let distance = (result = j * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = row[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The candidate closest to `name` (the first of equals), or null when none is close enough. */
export function calculateSuggestion(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = encoder.encode(name);
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    const itemBytes = encoder.encode(item);
    // No more than a third of the characters involved may change, and it must beat the best so far.
    const maxDistance = Math.min(Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const distance = levenshteinDistance(nameBytes, itemBytes, maxDistance);
    if (distance > maxDistance) continue;
    if (best === null || distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}
