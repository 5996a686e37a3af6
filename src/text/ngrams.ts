/**
 * `nltk.ngrams(sequence, n)` without padding: every window of `n` consecutive items, in order.
 *
 * Python details kept: a sequence shorter than `n` gives no n-grams; `n == 0` gives none (NLTK
 * zips zero iterators). Python raises for a negative or non-integer `n`; here those give none, so
 * callers stay total.
 *
 * IFBench's `ngram:trigram_overlap` passes a *string*, so its n-grams are of characters, and
 * Python iterates strings by code point: use `codePointNgramKeys` (or `ngrams(Array.from(text), n)`),
 * not UTF-16 units.
 */

/** All windows of `n` consecutive items (NLTK `ngrams(items, n)`, no padding). */
export function ngrams<T>(items: readonly T[], n: number): T[][] {
  if (!Number.isInteger(n) || n <= 0 || items.length < n) return [];
  const out: T[][] = [];
  for (let i = 0; i + n <= items.length; i++) out.push(items.slice(i, i + n));
  return out;
}

/**
 * The character n-grams of `text` by code point, each joined into one string — the set-friendly
 * form of `set(nltk.ngrams(text, n))` (one code point per element, so joining is unambiguous).
 */
export function codePointNgramKeys(text: string, n: number): string[] {
  return ngrams(Array.from(text), n).map((g) => g.join(''));
}
