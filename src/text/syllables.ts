/**
 * `syllapy.count(word)` of syllapy 0.7.2 (the version IFBench pins for `words:odd_even_syllables`).
 *
 * The algorithm, in order:
 * 1. Clean: Python `strip()` (whitespace), `lower()`, then strip ASCII punctuation
 *    (`string.punctuation`) from both ends. Only the ends are touched: inner spaces, apostrophes,
 *    hyphens and so on stay.
 * 2. Empty after cleaning → 0. Any decimal digit anywhere (Python regex `\d`, i.e. any Unicode
 *    Nd character) → 0.
 * 3. Exception list: if the cleaned word is a key of syllapy's `data.csv`
 *    (`data/syllapy_words.csv`, 6,392 `word,count` rows), that count is the answer. Some keys keep
 *    inner punctuation ("african-american", "and\/or"); keys with a trailing "." can never match
 *    because cleaning removed it.
 * 4. Compound: if the word is `X-Y` — X the text before the first hyphen (non-empty), Y everything
 *    after it up to the first line feed (Python's `.` stops at "\n"; Y must be non-empty) — the
 *    result is count(X) + count(Y), each part cleaned and looked up afresh, and 0 if either part
 *    counts 0. Y may itself be a compound.
 * 5. Otherwise the vowel-group rule on the cleaned word, vowels being "aeiouy": one syllable for a
 *    vowel at the start and one for each vowel that follows a non-vowel; minus one if the word ends
 *    in "e"; plus one back if it ends in "le" with a non-vowel before the "l" (and is longer than
 *    two characters); never less than 1.
 *
 * Python recurses once per hyphen and would raise RecursionError past about a thousand hyphens;
 * this port walks the compound chain in a loop, so it stays total on any input.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../core/data-path.js';
import { isPyWhitespaceCode, PY_PUNCTUATION, pyStrip } from './python.js';
import { pyHasDecimalDigit } from './py-digits.js';


let wordCounts: ReadonlyMap<string, number> | undefined;
let maxKeyLength = 0;

/** Parses syllapy's `data.csv` (`word,count` per line; no quoting is used in the file). */
export function parseSyllableCsv(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const row = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (row === '') continue;
    const comma = row.indexOf(',');
    if (comma < 0) continue;
    const n = Number.parseInt(row.slice(comma + 1), 10);
    if (Number.isNaN(n)) continue;
    // Python's dict keeps the last row for a repeated word.
    out.set(row.slice(0, comma), n);
  }
  return out;
}

function exceptions(): ReadonlyMap<string, number> {
  if (wordCounts === undefined) {
    const parsed = parseSyllableCsv(readFileSync(dataPath('syllapy_words.csv'), 'utf8'));
    for (const k of parsed.keys()) maxKeyLength = Math.max(maxKeyLength, k.length);
    wordCounts = parsed;
  }
  return wordCounts;
}

function isVowel(code: number): boolean {
  // a e i o u y
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;
}

/**
 * The vowel-group rule (syllapy's `_syllables`) on an already cleaned, non-empty word, or on its
 * slice `[start, end)`. Works on UTF-16 units: the vowels are ASCII, so a surrogate pair (one
 * Python character) is "not a vowel" whether seen as one unit or two, and every test below gives
 * the same answer as on code points.
 */
export function vowelGroupSyllables(word: string, start = 0, end = word.length): number {
  let count = 0;
  const n = end - start;
  if (n > 0 && isVowel(word.charCodeAt(start))) count++;
  for (let i = start + 1; i < end; i++) {
    if (isVowel(word.charCodeAt(i)) && !isVowel(word.charCodeAt(i - 1))) count++;
  }
  const endsWithE = n >= 1 && word.charCodeAt(end - 1) === 101;
  if (endsWithE) count--;
  if (endsWithE && n > 2 && word.charCodeAt(end - 2) === 108 && !isVowel(word.charCodeAt(end - 3))) {
    count++;
  }
  if (count === 0) count++;
  return count;
}

const PUNCT_CODES = new Set(Array.from(PY_PUNCTUATION, (c) => c.charCodeAt(0)));

/**
 * Python `s.strip().strip(string.punctuation)` on the slice `[start, end)` of `s`, as a new
 * [start, end) pair. (Whitespace and ASCII punctuation are all BMP, single units.)
 */
function stripRange(s: string, start: number, end: number): [number, number] {
  while (start < end && isPyWhitespaceCode(s.charCodeAt(start))) start++;
  while (end > start && isPyWhitespaceCode(s.charCodeAt(end - 1))) end--;
  while (start < end && PUNCT_CODES.has(s.charCodeAt(start))) start++;
  while (end > start && PUNCT_CODES.has(s.charCodeAt(end - 1))) end--;
  return [start, end];
}

/**
 * `syllapy.count(word)` (syllapy 0.7.2).
 *
 * The compound chain is walked over index ranges of the once-lowered word rather than by slicing
 * and re-cleaning, so a word with many hyphens costs linear time: lower-casing is idempotent, no
 * part of a digit-free word contains a digit, and the exception list is only consulted for slices
 * no longer than its longest key.
 */
export function countSyllables(word: string): number {
  const dict = exceptions();
  const lowered = pyStrip(word).toLowerCase();
  let [s, e] = stripRange(lowered, 0, lowered.length);
  if (s === e || pyHasDecimalDigit(lowered.slice(s, e))) return 0;
  const lookup = (a: number, b: number): number | undefined =>
    b - a <= maxKeyLength ? dict.get(lowered.slice(a, b)) : undefined;
  let total = 0;
  let nextLf = -2; // index of the first "\n" at or after the current hyphen (-1: none)
  for (;;) {
    const known = lookup(s, e);
    if (known !== undefined) return known === 0 ? 0 : total + known;
    // `([^-]+)-(.+)`: X = up to the first hyphen (non-empty), Y = after it up to a line feed.
    const hyphen = lowered.indexOf('-', s);
    let restEnd = -1;
    if (hyphen > s && hyphen < e) {
      if (nextLf !== -1 && nextLf <= hyphen) nextLf = lowered.indexOf('\n', hyphen + 1);
      restEnd = nextLf === -1 || nextLf > e ? e : nextLf;
    }
    if (restEnd <= hyphen + 1) return total + vowelGroupSyllables(lowered, s, e);
    // X has no hyphen, so its own count is a lookup or the vowel rule.
    const [xs, xe] = stripRange(lowered, s, hyphen);
    if (xs === xe) return 0;
    const s1 = lookup(xs, xe) ?? vowelGroupSyllables(lowered, xs, xe);
    if (s1 === 0) return 0;
    total += s1;
    [s, e] = stripRange(lowered, hyphen + 1, restEnd);
    if (s === e) return 0;
  }
}
