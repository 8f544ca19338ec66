// Case conversion and character-class predicates of strs, by CPython's rules: full case
// mappings ('ß'.upper() == 'SS'), the final-sigma rule of lower(), title() keyed on whether
// the previous character is cased (so "they're".title() == "They'Re").
import { codePoints } from './codepoints';
import {
  foldOf,
  isAlnumCp,
  isAlphaCp,
  isCasedCp,
  isCaseIgnorableCp,
  isDecimalCp,
  isDigitCp,
  isLowerCp,
  isNumericCp,
  isSpaceCp,
  isTitleCp,
  isUpperCp,
  isXidContinueCp,
  isXidStartCp,
  lowerOf,
  titleOf,
  upperOf,
} from './unicode';
import { isPrintable } from '../str-repr';

const ASCII = /^[\x00-\x7f]*$/;

/** lower() of the capital sigma at index i of cps: final 'ς' or medial 'σ'. */
function sigma(cps: readonly number[], i: number): string {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCp(cps[j])) j--;
  let final = j >= 0 && isCasedCp(cps[j]);
  if (final) {
    j = i + 1;
    while (j < cps.length && isCaseIgnorableCp(cps[j])) j++;
    final = j === cps.length || !isCasedCp(cps[j]);
  }
  return final ? '\u03c2' : '\u03c3';
}

function lowerAt(cps: readonly number[], i: number): string {
  const c = cps[i];
  return c === 0x3a3 ? sigma(cps, i) : lowerOf(c);
}

export function upper(s: string): string {
  if (ASCII.test(s)) return s.toUpperCase();
  let out = '';
  for (const c of codePoints(s)) out += upperOf(c);
  return out;
}

export function lower(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

export function casefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const c of codePoints(s)) out += foldOf(c);
  return out;
}

export function swapcase(s: string): string {
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (isUpperCp(c)) out += lowerAt(cps, i);
    else if (isLowerCp(c)) out += upperOf(c);
    else out += String.fromCodePoint(c);
  }
  return out;
}

export function title(s: string): string {
  const cps = codePoints(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += prevCased ? lowerAt(cps, i) : titleOf(c);
    prevCased = isCasedCp(c);
  }
  return out;
}

export function capitalize(s: string): string {
  if (s.length === 0) return s;
  const cps = codePoints(s);
  let out = titleOf(cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

function all(s: string, pred: (cp: number) => boolean, empty: boolean): boolean {
  if (s.length === 0) return empty;
  for (const c of codePoints(s)) if (!pred(c)) return false;
  return true;
}

export const isAlpha = (s: string): boolean => all(s, isAlphaCp, false);
export const isAlnum = (s: string): boolean => all(s, isAlnumCp, false);
export const isDecimal = (s: string): boolean => all(s, isDecimalCp, false);
export const isDigit = (s: string): boolean => all(s, isDigitCp, false);
export const isNumeric = (s: string): boolean => all(s, isNumericCp, false);
export const isSpace = (s: string): boolean => all(s, isSpaceCp, false);
export const isPrintableStr = (s: string): boolean => all(s, isPrintable, true);
export const isAsciiStr = (s: string): boolean => ASCII.test(s);

export function isLower(s: string): boolean {
  let cased = false;
  for (const c of codePoints(s)) {
    if (isUpperCp(c) || isTitleCp(c)) return false;
    if (!cased && isLowerCp(c)) cased = true;
  }
  return cased;
}

export function isUpper(s: string): boolean {
  let cased = false;
  for (const c of codePoints(s)) {
    if (isLowerCp(c) || isTitleCp(c)) return false;
    if (!cased && isUpperCp(c)) cased = true;
  }
  return cased;
}

export function isTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of codePoints(s)) {
    if (isUpperCp(c) || isTitleCp(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerCp(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

export function isIdentifier(s: string): boolean {
  const cps = codePoints(s);
  if (cps.length === 0) return false;
  if (!(isXidStartCp(cps[0]) || cps[0] === 0x5f)) return false;
  for (let i = 1; i < cps.length; i++) if (!isXidContinueCp(cps[i])) return false;
  return true;
}
