/**
 * Small helpers shared by the IFBench checkers: Python string operations the reference applies
 * over and over (`strip(string.punctuation + ' ')`, `translate` deleting punctuation, `s[0]` on
 * code points, list indexing with negative indices), parameter specs, and verdict builders.
 */
import { PY_PUNCTUATION, escapeRegExpU, isPyWhitespaceCode } from '../../text/python.js';
import type { CheckResult, ParamError, ParamSpec, Params } from '../types.js';

const PUNCT_CODES = new Set<number>(Array.from(PY_PUNCTUATION, (c) => c.charCodeAt(0)));

/** True for the 32 ASCII punctuation characters of `string.punctuation`. */
export function isPunctCode(code: number): boolean {
  return code < 0x7f && PUNCT_CODES.has(code);
}

function isPunctOrSpace(code: number): boolean {
  return code === 0x20 || isPunctCode(code);
}

/** Python's `s.strip(string.punctuation + ' ')` (only ASCII punctuation and the plain space). */
export function stripPunctSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isPunctOrSpace(s.charCodeAt(start))) start++;
  while (end > start && isPunctOrSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Python's `s.lstrip(string.punctuation + ' ')`. */
export function lstripPunctSpace(s: string): string {
  let start = 0;
  while (start < s.length && isPunctOrSpace(s.charCodeAt(start))) start++;
  return start === 0 ? s : s.slice(start);
}

/** Python's `s.rstrip(string.punctuation + ' ')`. */
export function rstripPunctSpace(s: string): string {
  let end = s.length;
  while (end > 0 && isPunctOrSpace(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

const PUNCT_RE = /[!-/:-@[-`{-~]/g;

/** Python's `s.translate(str.maketrans('', '', string.punctuation))`: deletes ASCII punctuation. */
export function removePunctuation(s: string): string {
  return s.replace(PUNCT_RE, '');
}

/** Python's `s[0]` (first code point); '' for an empty string (where Python would raise). */
export function firstChar(s: string): string {
  if (s.length === 0) return '';
  const cp = s.codePointAt(0)!;
  return String.fromCodePoint(cp);
}

/** Python's `s[-1]` (last code point); '' for an empty string. */
export function lastChar(s: string): string {
  if (s.length === 0) return '';
  const lo = s.charCodeAt(s.length - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && s.length >= 2) {
    const hi = s.charCodeAt(s.length - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return s.slice(-2);
  }
  return s.slice(-1);
}

/** Python's `s[1:]` on code points. */
export function restChars(s: string): string {
  return s.slice(firstChar(s).length);
}

/** Python's `list[i]`, negative indices counting from the end; `undefined` where Python raises IndexError. */
export function pyAt<T>(list: readonly T[], index: number): T | undefined {
  const i = index < 0 ? list.length + index : index;
  return i >= 0 && i < list.length ? list[i] : undefined;
}

/** Python's `s[start:stop]` on code points (negative indices count from the end; out-of-range clamps). */
export function pySliceChars(s: string, start: number, stop: number): string {
  const cps = Array.from(s);
  const n = cps.length;
  const norm = (i: number): number => (i < 0 ? Math.max(0, n + i) : Math.min(n, i));
  const a = norm(start);
  const b = norm(stop);
  return a < b ? cps.slice(a, b).join('') : '';
}

/** Python's `any(ch.isspace() for ch in s)`. */
export function hasPyWhitespace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isPyWhitespaceCode(s.charCodeAt(i))) return true;
  return false;
}

/** Python's `haystack.count(needle)`: non-overlapping occurrences; an empty needle counts len+1. */
export function pyCount(haystack: string, needle: string, limit = Number.POSITIVE_INFINITY): number {
  if (needle.length === 0) {
    let n = 1;
    for (const _ of haystack) n++;
    return n;
  }
  let count = 0;
  let at = haystack.indexOf(needle);
  while (at !== -1 && count < limit) {
    count++;
    at = haystack.indexOf(needle, at + needle.length);
  }
  return count;
}

/**
 * Regex source matching `literal` the way Python's `re.escape(literal)` matches under
 * `re.IGNORECASE` (use with the `iu` flags). JavaScript's case-insensitive matching (simple case
 * folding) agrees with Python's (simple lower-casing plus its equivalence fixes) on every
 * Unicode 14 character except one class: Python also treats i, I, dotless ı and dotted İ as equal.
 */
export function pyIgnoreCaseLiteral(literal: string): string {
  let out = '';
  for (const ch of literal) out += ch === 'i' || ch === 'I' || ch === 'ı' || ch === 'İ' ? '[iIıİ]' : escapeRegExpU(ch);
  return out;
}

// ---------------------------------------------------------------- verdicts and wording

export function pass(reason: string): CheckResult {
  return { ok: true, reason };
}

export function fail(reason: string): CheckResult {
  return { ok: false, reason };
}

/** `n word` / `n words`. */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

/** A short quoted rendering of a piece of text for reasons. */
export function show(text: string, max = 40): string {
  const cps = Array.from(text);
  const cut = cps.length > max ? `${cps.slice(0, max - 3).join('')}...` : text;
  return JSON.stringify(cut);
}

// ---------------------------------------------------------------- parameters

/** An integer count the reference replaces with a random draw when absent or negative. */
export function countParam(name: string, range: readonly [number, number], doc: string): ParamSpec {
  return { name, kind: 'integer', required: true, range, doc };
}

/**
 * The reference draws a random value for these parameters when they are negative; heed reports
 * the row instead.
 */
export function rejectNegative(params: Params, names: readonly string[]): ParamError | null {
  for (const name of names) {
    const value = params[name];
    if (typeof value === 'number' && value < 0) {
      return {
        field: name,
        message: `${name} must not be negative (got ${value}); the reference would draw a random value instead`,
      };
    }
  }
  return null;
}
