/**
 * Greedy averaged-perceptron POS tagging with the behaviour of NLTK's `PerceptronTagger.tag`
 * (NLTK 3.8 – 3.9.x; the algorithm is unchanged across those releases), which is what
 * `nltk.pos_tag(tokens)` runs for English.
 *
 * Per token, left to right:
 * 1. If the raw token is in the tag dictionary, that tag is taken without scoring.
 * 2. Otherwise 14 features are built from the token, the normalised words around it (two
 *    sentinel words pad each side) and the two previously assigned tags; each class's score is the
 *    sum of that class's weights over the features present in the model; the best class wins.
 * The chosen tag (from either route) becomes the "previous tag" context for the next token.
 *
 * Parity notes (why the arithmetic and the tie-break match Python bit for bit):
 * - Feature values. NLTK counts features in a dict, so a feature appearing twice would weigh 2.
 *   That cannot happen: the 14 feature names are distinct and none is another's name followed by a
 *   space, so the space-joined keys never collide and every value is 1 (1 * w == w exactly).
 * - Summation order. Python accumulates `scores[label] += value * weight` walking the features in
 *   insertion order (the order `_get_features` adds them) and, inside a feature, its labels.
 *   A label occurs at most once per feature, so each class's score is the left-to-right sum of its
 *   weights in feature order starting from 0.0; the order of labels within a feature only decides
 *   which class is updated first and never changes any sum. Here the features are visited in the
 *   same order, so every class score is the same double as in Python.
 * - Arg-max. Python takes `max(classes, key=(score, label))`: the highest score, and among equal
 *   scores the label that sorts last (code-point order). Classes that no feature touched score 0.0.
 *   Scanning the classes in ascending label order and replacing the best on `>=` gives exactly
 *   that (0.0 and -0.0 compare equal in both languages).
 * - Strings. Python indexes strings by code point: `word[-3:]` and `word[0]` are taken on code
 *   points here too; `str.lower()` is `toLowerCase()` (both apply full Unicode lower-casing with
 *   the final-sigma rule); `isdigit()` uses Python 3.11's table (superscripts count as digits).
 */
import { englishModel, type PerceptronModel } from './model.js';
import { isPyDigitCodePoint } from '../py-digits.js';

const START = ['-START-', '-START2-'] as const;
const END = ['-END-', '-END2-'] as const;

const SURROGATE_RE = /[\uD800-\uDFFF]/;

/** Python `s[-3:]` (last three code points). */
function lastThree(s: string): string {
  if (s.length <= 3) {
    return s;
  }
  if (!SURROGATE_RE.test(s)) return s.slice(-3);
  const cps = Array.from(s);
  return cps.length <= 3 ? s : cps.slice(-3).join('');
}

/** Python `s[0] if s else ""` (first code point). */
function firstChar(s: string): string {
  if (s.length === 0) return '';
  const c = s.codePointAt(0)!;
  return c > 0xffff ? s.slice(0, 2) : s[0]!;
}

/** Python `len(s) == 4 and s.isdigit()`. */
function isFourDigits(s: string): boolean {
  if (s.length < 4 || s.length > 8) return false;
  let n = 0;
  for (const ch of s) {
    if (!isPyDigitCodePoint(ch.codePointAt(0)!)) return false;
    n++;
  }
  return n === 4;
}

/**
 * NLTK's `PerceptronTagger.normalize`: hyphenated words (a '-' anywhere but first) → '!HYPHEN',
 * four-digit strings → '!YEAR', words starting with a digit → '!DIGITS', else lower case.
 */
export function normalizeWord(word: string): string {
  if (word.length > 0 && word[0] !== '-' && word.includes('-')) return '!HYPHEN';
  if (isFourDigits(word)) return '!YEAR';
  if (word.length > 0 && isPyDigitCodePoint(word.codePointAt(0)!)) return '!DIGITS';
  return word.toLowerCase();
}

/**
 * The feature strings for position `i` (index into `tokens`), in the order NLTK adds them.
 * `context` is START + normalised tokens + END.
 */
export function featureKeys(
  i: number,
  word: string,
  context: readonly string[],
  prev: string,
  prev2: string,
): string[] {
  const j = i + START.length;
  const cur = context[j]!;
  const prevWord = context[j - 1]!;
  const nextWord = context[j + 1]!;
  return [
    'bias',
    'i suffix ' + lastThree(word),
    'i pref1 ' + firstChar(word),
    'i-1 tag ' + prev,
    'i-2 tag ' + prev2,
    'i tag+i-2 tag ' + prev + ' ' + prev2,
    'i word ' + cur,
    'i-1 tag+i word ' + prev + ' ' + cur,
    'i-1 word ' + prevWord,
    'i-1 suffix ' + lastThree(prevWord),
    'i-2 word ' + context[j - 2]!,
    'i+1 word ' + nextWord,
    'i+1 suffix ' + lastThree(nextWord),
    'i+2 word ' + context[j + 2]!,
  ];
}

/** A tagger bound to one model. */
export class PerceptronTagger {
  readonly #model: PerceptronModel;
  readonly #scores: Float64Array;
  readonly #bias: number;

  constructor(model: PerceptronModel) {
    this.#model = model;
    this.#scores = new Float64Array(model.classes.length);
    this.#bias = model.features.rowOf('bias');
  }

  /** The arg-max class for a feature list (NLTK's `AveragedPerceptron.predict`). */
  predict(features: readonly string[]): string {
    this.#scores.fill(0);
    for (const f of features) this.#addRow(this.#model.features.rowOf(f));
    return this.#argmax();
  }

  #addRow(r: number): void {
    if (r < 0) return;
    const m = this.#model;
    const scores = this.#scores;
    const end = m.rowStart[r + 1]!;
    for (let e = m.rowStart[r]!; e < end; e++) scores[m.entryClass[e]!] += m.entryWeight[e]!;
  }

  #argmax(): string {
    const scores = this.#scores;
    // Classes are sorted ascending, so `>=` lets a later (greater) label win a tie.
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c]! >= scores[best]!) best = c;
    return this.#model.classes[best]!;
  }

  /**
   * `predict(featureKeys(...))` without building the feature strings: the same 14 features, in
   * the same order, looked up piecewise (see `FeatureIndex.rowOfParts`).
   */
  #predictAt(i: number, word: string, context: readonly string[], prev: string, prev2: string): string {
    const ix = this.#model.features;
    const j = i + START.length;
    const cur = context[j]!;
    const prevWord = context[j - 1]!;
    const nextWord = context[j + 1]!;
    this.#scores.fill(0);
    this.#addRow(this.#bias);
    this.#addRow(ix.rowOfParts('i suffix ', lastThree(word), '', ''));
    this.#addRow(ix.rowOfParts('i pref1 ', firstChar(word), '', ''));
    this.#addRow(ix.rowOfParts('i-1 tag ', prev, '', ''));
    this.#addRow(ix.rowOfParts('i-2 tag ', prev2, '', ''));
    this.#addRow(ix.rowOfParts('i tag+i-2 tag ', prev, ' ', prev2));
    this.#addRow(ix.rowOfParts('i word ', cur, '', ''));
    this.#addRow(ix.rowOfParts('i-1 tag+i word ', prev, ' ', cur));
    this.#addRow(ix.rowOfParts('i-1 word ', prevWord, '', ''));
    this.#addRow(ix.rowOfParts('i-1 suffix ', lastThree(prevWord), '', ''));
    this.#addRow(ix.rowOfParts('i-2 word ', context[j - 2]!, '', ''));
    this.#addRow(ix.rowOfParts('i+1 word ', nextWord, '', ''));
    this.#addRow(ix.rowOfParts('i+1 suffix ', lastThree(nextWord), '', ''));
    this.#addRow(ix.rowOfParts('i+2 word ', context[j + 2]!, '', ''));
    return this.#argmax();
  }

  /** Tags a token list; returns (token, tag) pairs like `PerceptronTagger.tag`. */
  tag(tokens: readonly string[]): Array<[string, string]> {
    const m = this.#model;
    const context: string[] = [START[0], START[1]];
    for (const t of tokens) context.push(normalizeWord(t));
    context.push(END[0], END[1]);
    let prev: string = START[0];
    let prev2: string = START[1];
    const out: Array<[string, string]> = [];
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!;
      let tag = m.tagdict.get(word);
      if (!tag) tag = this.#predictAt(i, word, context, prev, prev2);
      out.push([word, tag]);
      prev2 = prev;
      prev = tag;
    }
    return out;
  }
}

let defaultTagger: PerceptronTagger | undefined;

/**
 * `nltk.pos_tag(tokens)` for English (Penn Treebank tags, no tagset mapping). The model is read
 * from disk on the first call (about a tenth of a second) and reused afterwards.
 */
export function posTag(tokens: readonly string[]): Array<[string, string]> {
  if (defaultTagger === undefined) defaultTagger = new PerceptronTagger(englishModel());
  return defaultTagger.tag(tokens);
}

/** Loads the English model now (e.g. at server start-up) instead of on the first `posTag`. */
export function preloadPosTagger(): void {
  if (defaultTagger === undefined) defaultTagger = new PerceptronTagger(englishModel());
}
