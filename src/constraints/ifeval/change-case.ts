/**
 * IFEval `change_case:*` — counts of all-capital words, and all-capital / all-lowercase English.
 *
 * Reference quirks kept: capital words are `nltk.word_tokenize` tokens for which Python's
 * `str.isupper()` holds (so "DON'T" is two capital tokens, "U.S." one, "3D" one, a lone "I" one);
 * the English checks require Python's `isupper()` / `islower()` of the whole response and then
 * langdetect (seed 0) to say "en" — when langdetect cannot decide (no letters), they pass, but the
 * case test comes first and is never skipped. A negative `capital_frequency` is accepted, as the
 * reference does.
 */
import { defineConstraint } from '../types.js';
import type { Params } from '../types.js';
import { pyIsLower, pyIsUpper } from '../../text/python.js';
import { detectLanguage } from '../../text/language-id/index.js';
import { countUpperWordTokens } from '../../text/treebank.js';
import { compare, countSpec, plural, pyRepr, relationSpec, requirement, verdict, type Relation } from './shared.js';

interface CapitalFrequencyParams extends Params {
  readonly capital_frequency: number;
  readonly capital_relation: Relation;
}

/**
 * Number of `nltk.word_tokenize` tokens that are upper case (Python `isupper`); see
 * `countUpperWordTokens`.
 */
export const countCapitalWords: (text: string) => number = countUpperWordTokens;

export const changeCaseCapitalWordFrequency = defineConstraint<CapitalFrequencyParams>({
  id: 'change_case:capital_word_frequency',
  family: 'ifeval',
  params: [
    countSpec('capital_frequency', [1, 20], 'Threshold for the number of all-capital words (NLTK word tokens).'),
    relationSpec('capital_relation', "'less than': capital words < capital_frequency; 'at least': capital words >= capital_frequency."),
  ],
  describe: (p) =>
    `In your response, words with all capital letters should appear ${p.capital_relation} ${p.capital_frequency} times.`,
  check(response, p) {
    const n = countCapitalWords(response);
    return verdict(
      compare(n, p.capital_relation, p.capital_frequency),
      `found ${plural(n, 'all-capital word')}, expected ${requirement(p.capital_relation, p.capital_frequency)}`,
    );
  },
});

function englishCheck(response: string, caseOk: boolean, caseWord: string) {
  if (!caseOk) return verdict(false, `the response is not entirely in ${caseWord} letters`);
  const lang = detectLanguage(response);
  if (lang === null) {
    return verdict(true, `the response is in ${caseWord} letters and its language cannot be detected, which the reference counts as followed`);
  }
  return verdict(
    lang === 'en',
    lang === 'en'
      ? `the response is in ${caseWord} letters and detected as English`
      : `the response is in ${caseWord} letters but detected as ${pyRepr(lang)}, expected English ('en')`,
  );
}

export const changeCaseEnglishCapital = defineConstraint<Params>({
  id: 'change_case:english_capital',
  family: 'ifeval',
  params: [],
  describe: () => 'Your entire response should be in English, and in all capital letters.',
  check: (response) => englishCheck(response, pyIsUpper(response), 'capital'),
});

export const changeCaseEnglishLowercase = defineConstraint<Params>({
  id: 'change_case:english_lowercase',
  family: 'ifeval',
  params: [],
  describe: () => 'Your entire response should be in English, and in all lowercase letters. No capital letters are allowed.',
  check: (response) => englishCheck(response, pyIsLower(response), 'lowercase'),
});
