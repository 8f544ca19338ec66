// The Unicode name of a code point (unicodedata.name), for the namereplace error handler:
// the inverse of the compiler's `\N{...}` table without its aliases, plus the computed names
// of Hangul syllables and CJK unified ideographs. Built on first use.
import { nameTable } from '../../compiler/unicode-names';
import type * as NamesData from '../../compiler/unicode-names-data';

let names: Map<number, string> | null = null;
let data: typeof NamesData | null = null;

function load(): Map<number, string> {
  data = require('../../compiler/unicode-names-data') as typeof NamesData;
  const aliases = new Set<string>();
  for (const item of data.ALIASES.split(';')) aliases.add(item.slice(item.indexOf(':') + 1));
  const out = new Map<number, string>();
  for (const [name, cp] of nameTable()) {
    if (!aliases.has(name) && !out.has(cp)) out.set(cp, name);
  }
  return out;
}

/** The character's name, or null when it has none. */
export function charName(cp: number): string | null {
  names ??= load();
  const d = data!;
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const s = cp - 0xac00;
    const l = Math.floor(s / (21 * 28));
    const v = Math.floor((s % (21 * 28)) / 28);
    const t = s % 28;
    return `HANGUL SYLLABLE ${d.JAMO_L[l]}${d.JAMO_V[v]}${d.JAMO_T[t]}`;
  }
  for (const [first, last] of d.CJK_UNIFIED_RANGES) {
    if (cp >= first && cp <= last) return `CJK UNIFIED IDEOGRAPH-${cp.toString(16).toUpperCase()}`;
  }
  return names.get(cp) ?? null;
}
