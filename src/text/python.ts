/**
 * Python string semantics the references rely on, written for JavaScript strings.
 *
 * CPython 3.11 (Unicode 14.0) is the yardstick. Differences with JavaScript that change verdicts:
 * - `str.isspace()` / `str.strip()` / `str.split()` / regex `\s`: Python counts U+001C–U+001F and
 *   U+0085 as whitespace and does *not* count U+FEFF (BOM); JavaScript's `\s` and `trim()` do the
 *   opposite.
 * - regex `\w` is `str.isalnum() or "_"` (all Unicode letters and numbers); JavaScript's `\w` is
 *   ASCII-only even with the `u` flag. `\b` follows `\w`, `\d` is any Unicode decimal digit.
 * - `len()` counts code points, not UTF-16 units.
 */

import { isPyDecimalCodePoint, pyIsDigitString } from './py-digits.js';

/** Characters for which Python's `str.isspace()` is true (CPython 3.11). */
export const PY_WHITESPACE_CLASS =
  '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** Regex source for Python's Unicode `\s` (use inside a `u`-flagged RegExp). */
export const PY_S = `[${PY_WHITESPACE_CLASS}]`;
/** Regex source for Python's Unicode `\S`. */
export const PY_NOT_S = `[^${PY_WHITESPACE_CLASS}]`;
/** Regex source for Python's Unicode `\w` (use with the `u` flag). */
export const PY_W = '[\\p{L}\\p{N}_]';
/** Regex source for Python's Unicode `\W`. */
export const PY_NOT_W = '[^\\p{L}\\p{N}_]';
/** Regex source for Python's Unicode `\d` (decimal digits, category Nd). */
export const PY_D = '\\p{Nd}';
/** Regex source for Python's Unicode `\b`. */
export const PY_B = `(?:(?<=${PY_W})(?!${PY_W})|(?<!${PY_W})(?=${PY_W}))`;
/** Regex source for Python's Unicode `\B`. */
export const PY_NOT_B = `(?:(?<=${PY_W})(?=${PY_W})|(?<!${PY_W})(?!${PY_W}))`;

const WS_SET = new Set<number>([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001,
  0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f,
  0x205f, 0x3000,
]);

/** Python's `ch.isspace()` for one UTF-16 unit / code point (all Python whitespace is in the BMP). */
export function isPyWhitespaceCode(code: number): boolean {
  return code <= 0x20 ? WS_SET.has(code) : code >= 0x85 && WS_SET.has(code);
}

/** Python's `s.isspace()` on a whole string: non-empty and every character is whitespace. */
export function pyIsSpace(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isPyWhitespaceCode(s.charCodeAt(i))) return false;
  return true;
}

/** Python's `s.strip()` with no argument. */
export function pyStrip(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isPyWhitespaceCode(s.charCodeAt(start))) start++;
  while (end > start && isPyWhitespaceCode(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Python's `s.lstrip()` with no argument. */
export function pyLStrip(s: string): string {
  let start = 0;
  while (start < s.length && isPyWhitespaceCode(s.charCodeAt(start))) start++;
  return start === 0 ? s : s.slice(start);
}

/** Python's `s.rstrip()` with no argument. */
export function pyRStrip(s: string): string {
  let end = s.length;
  while (end > 0 && isPyWhitespaceCode(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Python's `s.strip(chars)`: strips any of the given characters (code points) from both ends. */
export function pyStripChars(s: string, chars: string): string {
  const set = new Set(Array.from(chars));
  const cps = Array.from(s);
  let start = 0;
  let end = cps.length;
  while (start < end && set.has(cps[start]!)) start++;
  while (end > start && set.has(cps[end - 1]!)) end--;
  return cps.slice(start, end).join('');
}

/** Python's `s.split()` with no argument: split on runs of whitespace, no empty strings. */
export function pySplit(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isPyWhitespaceCode(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isPyWhitespaceCode(s.charCodeAt(i))) i++;
    out.push(s.slice(start, i));
  }
  return out;
}

/**
 * Python's string ordering: by code point (`sorted()`, `<`). JavaScript's `<` compares UTF-16 code
 * units, which puts U+10000 and above (surrogate pairs) before U+E000..U+FFFF. Negative, zero or
 * positive, for `Array.prototype.sort`.
 */
export function pyCompareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** `s.split()[0]` in Python, or '' when `s` is blank: the first whitespace-separated token. */
export function pyFirstToken(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && isPyWhitespaceCode(s.charCodeAt(i))) i++;
  const start = i;
  while (i < n && !isPyWhitespaceCode(s.charCodeAt(i))) i++;
  return s.slice(start, i);
}

/** Python's `len(s)`: number of code points. */
export function pyLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Python's `str.splitlines()` line boundaries. */
const SPLITLINES_RE = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/;

/** Python's `s.splitlines()` (no keepends): splits on every Python line boundary. */
export function pySplitLines(s: string): string[] {
  if (s.length === 0) return [];
  const parts = s.split(SPLITLINES_RE);
  // A trailing line boundary does not produce a final empty line.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

const ALNUM_RE = /^[\p{L}\p{N}]+$/u;
const ALPHA_RE = /^\p{L}+$/u;
const DIGIT_RE = /^\p{Nd}+$/u;

/** Python's `s.isalnum()` (approximated by Unicode categories L* and N*; exact for Unicode 14). */
export function pyIsAlnum(s: string): boolean {
  return ALNUM_RE.test(s);
}

/** Python's `s.isalpha()`. */
export function pyIsAlpha(s: string): boolean {
  return ALPHA_RE.test(s);
}

/** Python's `s.isdigit()` restricted to decimal digits (Nd); superscripts etc. are not handled. */
export function pyIsDecimal(s: string): boolean {
  return DIGIT_RE.test(s);
}

const LOWER_OR_TITLE_RE = /[\p{Lowercase}\p{Lt}]/u;
const UPPER_OR_TITLE_RE = /[\p{Uppercase}\p{Lt}]/u;
const UPPERCASE_RE = /\p{Uppercase}/u;
const LOWERCASE_RE = /\p{Lowercase}/u;

/**
 * Python's `s.isupper()`: at least one upper-case character and no lower-case or title-case one
 * (Python's per-character `islower`/`isupper` are the Unicode Lowercase/Uppercase properties).
 */
export function pyIsUpper(s: string): boolean {
  return !LOWER_OR_TITLE_RE.test(s) && UPPERCASE_RE.test(s);
}

/** Python's `s.islower()`: at least one lower-case character and no upper-case or title-case one. */
export function pyIsLower(s: string): boolean {
  return !UPPER_OR_TITLE_RE.test(s) && LOWERCASE_RE.test(s);
}

/** The 32 ASCII punctuation characters of Python's `string.punctuation`. */
export const PY_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** Escape a string for literal use inside a RegExp source (Python's `re.escape` role). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Python's `s.isdigit()`: non-empty and every code point is a digit (exact Python 3.11 tables). */
export function pyIsDigit(s: string): boolean {
  return pyIsDigitString(s);
}

/** Code points of every decimal digit zero (Unicode 14); each is followed by its digits 1–9. */
const PY_DECIMAL_ZEROS: readonly number[] = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
  0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
  0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0,
  0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0,
  0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce,
  0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/** Python's `unicodedata.decimal(ch, -1)` for one code point: 0–9, or -1 when not a decimal digit. */
export function pyDecimalValue(cp: number): number {
  let zero = -1;
  for (const z of PY_DECIMAL_ZEROS) {
    if (z > cp) break;
    zero = z;
  }
  if (zero < 0 || cp - zero > 9) return -1;
  return isPyDecimalCodePoint(cp) ? cp - zero : -1;
}

/**
 * Python's `int(s)` for a string of decimal digits (any script, as `re`'s `\d+` matches them).
 * Returns NaN when a code point is not a decimal digit.
 */
export function pyIntDecimal(s: string): number {
  let n = 0;
  for (const ch of s) {
    const d = pyDecimalValue(ch.codePointAt(0)!);
    if (d < 0) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Escape a string for literal use inside a `u`-flagged RegExp (the `re.escape` role). Unlike
 * `escapeRegExp`, it never writes `\-`, which unicode-mode patterns reject outside classes.
 */
export function escapeRegExpU(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
