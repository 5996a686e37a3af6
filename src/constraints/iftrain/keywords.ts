/**
 * IFTrain keyword constraints: keywords:no_adjacent_consecutive, keywords:word_once,
 * keywords:word_count_different_numbers, keywords:exclude_word_harder, keywords:palindrome,
 * keywords:keyword_specific_position, keywords:start_end, count:count_increment_word.
 */
import { defineConstraint, type Constraint, type JsonValue, type Params } from '../types.js';
import { pySplit, pyStrip } from '../../text/python.js';
import { compilePyRegex, pyCountMatches } from './pyregex.js';
import { splitIntoSentences } from './regex-sentences.js';
import { wordTokenize } from './nltk.js';
import {
  fail,
  firstError,
  firstString,
  nonEmpty,
  nonNegative,
  nonZero,
  pass,
  plural,
  pyIndex,
  pyLower,
  q,
  regexKeyword,
} from './common.js';

type NoParams = Params;

/** `len(re.findall(keyword, text, flags=re.IGNORECASE))`; null when the pattern is unusable. */
function keywordCount(keyword: string, text: string): number | null {
  const compiled = compilePyRegex(keyword, true);
  return compiled.ok ? pyCountMatches(compiled.regex, text) : null;
}

const noAdjacentConsecutive = defineConstraint<NoParams>({
  id: 'keywords:no_adjacent_consecutive',
  family: 'iftrain',
  params: [],
  describe: () => 'No two adjacent words can start with consecutive letters of the alphabet.',
  check(response) {
    const words = pySplit(response);
    for (let i = 0; i + 1 < words.length; i++) {
      const a = pyLower(String.fromCodePoint(words[i]!.codePointAt(0)!));
      const b = pyLower(String.fromCodePoint(words[i + 1]!.codePointAt(0)!));
      const ca = Array.from(a);
      const cb = Array.from(b);
      if (ca.length !== 1 || cb.length !== 1) {
        return fail(`the first letter of ${q(ca.length !== 1 ? words[i]! : words[i + 1]!)} lower-cases to more than one character`);
      }
      if (b.codePointAt(0)! - a.codePointAt(0)! === 1) {
        return fail(`adjacent words ${q(words[i]!)} and ${q(words[i + 1]!)} start with consecutive letters`);
      }
    }
    return pass(`no two of the ${plural(words.length, 'word')} next to each other start with consecutive letters`);
  },
});

interface KeywordParams extends Params {
  readonly keyword: string;
}

const KEYWORD_REGEX_DOC = 'used as a case-insensitive Python regular expression (stripped)';

const wordOnce = defineConstraint<KeywordParams>({
  id: 'keywords:word_once',
  family: 'iftrain',
  params: [{ name: 'keyword', kind: 'string', required: true, doc: `the keyword that must occur exactly once; ${KEYWORD_REGEX_DOC}` }],
  validate: (params) => firstError(nonEmpty(params, 'keyword'), regexKeyword(params, 'keyword', pyStrip)),
  describe: (p) => `Include keyword ${pyStrip(p.keyword)} in your response.`,
  check(response, p) {
    const keyword = pyStrip(p.keyword);
    const n = keywordCount(keyword, response);
    if (n === null) return fail(`the keyword ${q(keyword)} is not a usable regular expression`);
    return n === 1
      ? pass(`found the keyword ${q(keyword)} once`)
      : fail(`found the keyword ${q(keyword)} ${plural(n, 'time')}, expected exactly once`);
  },
});

interface FrequencyParams extends Params {
  readonly keyword: string;
  readonly frequency: number;
  readonly relation: string;
}

const RELATIONS = ['less than', 'at least'] as const;

const wordCountDifferentNumbers = defineConstraint<FrequencyParams>({
  id: 'keywords:word_count_different_numbers',
  family: 'iftrain',
  params: [
    { name: 'keyword', kind: 'string', required: true, doc: `the keyword to count; ${KEYWORD_REGEX_DOC}` },
    { name: 'frequency', kind: 'integer', required: true, range: [1, 3], doc: 'the count to compare with (0 is kept; negative counts as missing)' },
    { name: 'relation', kind: 'enum', required: true, choices: RELATIONS, doc: "'less than': count < frequency; 'at least': count >= frequency" },
  ],
  validate: (params) =>
    firstError(nonEmpty(params, 'keyword'), regexKeyword(params, 'keyword', pyStrip), nonNegative(params, 'frequency')),
  describe: (p) => `In your response, the word ${pyStrip(p.keyword)} should appear ${p.frequency} times.`,
  check(response, p) {
    const keyword = pyStrip(p.keyword);
    const n = keywordCount(keyword, response);
    if (n === null) return fail(`the keyword ${q(keyword)} is not a usable regular expression`);
    const ok = p.relation === 'less than' ? n < p.frequency : n >= p.frequency;
    const found = `found the keyword ${q(keyword)} ${plural(n, 'time')}`;
    return ok ? pass(`${found}, ${p.relation} ${p.frequency} as required`) : fail(`${found}, expected ${p.relation} ${p.frequency}`);
  },
});

interface ExcludeParams extends Params {
  readonly keyword: string;
}

const excludeWordHarder = defineConstraint<ExcludeParams>({
  id: 'keywords:exclude_word_harder',
  family: 'iftrain',
  params: [
    { name: 'keyword', kind: 'string', required: true, doc: 'the word that must not appear with a single space on each side (case-sensitive, stripped)' },
    { name: 'instruction', kind: 'string', required: false, doc: 'the reference samples a keyword from it when keyword is missing; unused here' },
  ],
  validate: (params) => nonEmpty(params, 'keyword'),
  describe: (p) => `Do not include keyword ${pyStrip(p.keyword)} in the response.`,
  check(response, p) {
    const keyword = pyStrip(p.keyword);
    return response.includes(` ${keyword} `)
      ? fail(`found ${q(` ${keyword} `)} (the keyword between spaces)`)
      : pass(`the keyword ${q(keyword)} does not appear between spaces`);
  },
});

const palindrome = defineConstraint<NoParams>({
  id: 'keywords:palindrome',
  family: 'iftrain',
  params: [],
  describe: () => 'Include a palindrome in your response.',
  check(response) {
    for (const word of pySplit(response)) {
      const cps = Array.from(word);
      let sym = true;
      for (let i = 0, j = cps.length - 1; i < j; i++, j--) {
        if (cps[i] !== cps[j]) {
          sym = false;
          break;
        }
      }
      if (sym) return pass(`the word ${q(word)} reads the same backwards`);
    }
    return fail('no whitespace-separated word reads the same backwards');
  },
});

interface PositionParams extends Params {
  readonly keyword: JsonValue;
  readonly n: number;
  readonly m: number;
}

const keywordSpecificPosition = defineConstraint<PositionParams>({
  id: 'keywords:keyword_specific_position',
  family: 'iftrain',
  params: [
    { name: 'keyword', kind: 'string_or_list', required: true, doc: 'the exact token expected (case-sensitive, stripped; a list uses its first element)' },
    { name: 'n', kind: 'integer', required: true, range: [1, 20], doc: 'sentence number, 1-based (0 counts as missing)' },
    { name: 'm', kind: 'integer', required: true, range: [1, 30], doc: 'token number within the sentence, 1-based (0 counts as missing)' },
  ],
  validate: (params) => firstError(nonEmpty(params, 'keyword'), nonZero(params, 'n'), nonZero(params, 'm')),
  describe: (p) =>
    `Include keyword ${pyStrip(firstString(p.keyword) ?? '')} in the ${p.n}-th sentence, as the ${p.m}-th word of that sentence.`,
  check(response, p) {
    const keyword = pyStrip(firstString(p.keyword) ?? '');
    const sentences = splitIntoSentences(response);
    if (sentences.length < p.n) return fail(`found ${plural(sentences.length, 'sentence')}, fewer than ${p.n}`);
    const sentence = pyIndex(sentences, p.n - 1);
    if (sentence === undefined) return fail(`there is no sentence at index ${p.n - 1} (the reference would raise an error)`);
    const words = wordTokenize(sentence);
    if (words.length < p.m) return fail(`sentence ${p.n} has ${plural(words.length, 'token')}, fewer than ${p.m}`);
    const word = pyIndex(words, p.m - 1);
    if (word === undefined) return fail(`there is no token at index ${p.m - 1} (the reference would raise an error)`);
    return word === keyword
      ? pass(`token ${p.m} of sentence ${p.n} is ${q(keyword)}`)
      : fail(`token ${p.m} of sentence ${p.n} is ${q(word)}, not ${q(keyword)}`);
  },
});

const startEnd = defineConstraint<NoParams>({
  id: 'keywords:start_end',
  family: 'iftrain',
  params: [],
  describe: () =>
    'Start and end your response with the same word (do not write anything after the last word, not even punctuation).',
  check(response) {
    const words = wordTokenize(response);
    if (words.length < 2) return fail(`found ${plural(words.length, 'token')}, need at least 2`);
    const first = words[0]!;
    const last = words[words.length - 1]!;
    return pyLower(first) === pyLower(last)
      ? pass(`the response starts and ends with ${q(first)}`)
      : fail(`the response starts with ${q(first)} but ends with ${q(last)}`);
  },
});

interface IncrementParams extends Params {
  readonly keyword1: string;
  readonly keyword2: string;
}

const countIncrementWord = defineConstraint<IncrementParams>({
  id: 'count:count_increment_word',
  family: 'iftrain',
  params: [
    { name: 'keyword1', kind: 'string', required: true, doc: `must occur exactly once; ${KEYWORD_REGEX_DOC}` },
    { name: 'keyword2', kind: 'string', required: true, doc: `must occur exactly twice; ${KEYWORD_REGEX_DOC}` },
  ],
  validate: (params) =>
    firstError(
      nonEmpty(params, 'keyword1'),
      nonEmpty(params, 'keyword2'),
      regexKeyword(params, 'keyword1', pyStrip),
      regexKeyword(params, 'keyword2', pyStrip),
    ),
  describe: (p) =>
    `Include keyword ${pyStrip(p.keyword1)} once in your response, keyword ${pyStrip(p.keyword2)} twice in your response.`,
  check(response, p) {
    const k1 = pyStrip(p.keyword1);
    const k2 = pyStrip(p.keyword2);
    const n1 = keywordCount(k1, response);
    const n2 = keywordCount(k2, response);
    if (n1 === null || n2 === null) return fail('a keyword is not a usable regular expression');
    const found = `found ${q(k1)} ${plural(n1, 'time')} and ${q(k2)} ${plural(n2, 'time')}`;
    return n1 === 1 && n2 === 2 ? pass(`${found}, as required`) : fail(`${found}, expected once and twice`);
  },
});

export const keywordConstraints: readonly Constraint[] = [
  noAdjacentConsecutive,
  wordOnce,
  wordCountDifferentNumbers,
  excludeWordHarder,
  palindrome,
  keywordSpecificPosition,
  startEnd,
  countIncrementWord,
];
