/**
 * IFEval `length_constraints:*` — sentence, paragraph and word counts, and the first word of the
 * n-th paragraph.
 *
 * Reference quirks kept: sentences are NLTK Punkt (English) sentences; words are `\w+` runs
 * (Unicode); `number_paragraphs` splits on `***` with at most one whitespace character either
 * side, and an empty paragraph between two dividers fails outright; `nth_paragraph_first_word`
 * splits on the exact two characters "\n\n", counts only non-blank paragraphs but indexes the raw
 * split list, and reads the first word up to the first of . , ? ! ' " (after dropping leading
 * quotes).
 */
import { defineConstraint } from '../types.js';
import type { Params } from '../types.js';
import { countSentences } from '../../text/sentences.js';
import { countWords } from '../../text/words.js';
import { PY_WHITESPACE_CLASS, isPyWhitespaceCode, pyFirstToken, pySplit, pyStrip } from '../../text/python.js';
import { compare, countSpec, plural, pyRepr, rejectNegative, relationSpec, requirement, verdict, type Relation } from './shared.js';

interface SentencesParams extends Params {
  readonly num_sentences: number;
  readonly relation: Relation;
}

export const lengthNumberSentences = defineConstraint<SentencesParams>({
  id: 'length_constraints:number_sentences',
  family: 'ifeval',
  params: [
    countSpec('num_sentences', [1, 20], 'Sentence-count threshold (sentences as NLTK Punkt English splits them).'),
    relationSpec('relation', "'less than': sentences < num_sentences; 'at least': sentences >= num_sentences."),
  ],
  describe: (p) => `Your response should contain ${p.relation} ${p.num_sentences} sentences.`,
  validate: (p) => rejectNegative(p, ['num_sentences']),
  check(response, p) {
    const n = countSentences(response);
    return verdict(
      compare(n, p.relation, p.num_sentences),
      `found ${plural(n, 'sentence')}, expected ${requirement(p.relation, p.num_sentences)}`,
    );
  },
});

// ---------------------------------------------------------------------------------------------

interface ParagraphsParams extends Params {
  readonly num_paragraphs: number;
}

const DIVIDER = new RegExp(`[${PY_WHITESPACE_CLASS}]?\\*\\*\\*[${PY_WHITESPACE_CLASS}]?`, 'u');

export const lengthNumberParagraphs = defineConstraint<ParagraphsParams>({
  id: 'length_constraints:number_paragraphs',
  family: 'ifeval',
  params: [countSpec('num_paragraphs', [1, 5], 'Exact number of paragraphs separated by the markdown divider ***.')],
  describe: (p) =>
    `There should be ${p.num_paragraphs} paragraphs. Paragraphs are separated with the markdown divider: ***`,
  validate: (p) => rejectNegative(p, ['num_paragraphs']),
  check(response, p) {
    const parts = response.split(DIVIDER);
    let n = parts.length;
    for (let i = 0; i < parts.length; i++) {
      if (pyStrip(parts[i]!) === '') {
        if (i === 0 || i === parts.length - 1) n--;
        else {
          return verdict(false, `found an empty paragraph between two *** dividers (paragraph ${i + 1}), expected ${p.num_paragraphs} non-empty paragraphs`);
        }
      }
    }
    return verdict(n === p.num_paragraphs, `found ${plural(n, 'paragraph')} separated by ***, expected exactly ${p.num_paragraphs}`);
  },
});

// ---------------------------------------------------------------------------------------------

interface WordsParams extends Params {
  readonly num_words: number;
  readonly relation: Relation;
}

export const lengthNumberWords = defineConstraint<WordsParams>({
  id: 'length_constraints:number_words',
  family: 'ifeval',
  params: [
    countSpec('num_words', [100, 500], 'Word-count threshold (words are runs of Unicode word characters).'),
    relationSpec('relation', "'less than': words < num_words; 'at least': words >= num_words."),
  ],
  describe: (p) => `Answer with ${p.relation} ${p.num_words} words.`,
  validate: (p) => rejectNegative(p, ['num_words']),
  check(response, p) {
    const n = countWords(response);
    return verdict(compare(n, p.relation, p.num_words), `found ${plural(n, 'word')}, expected ${requirement(p.relation, p.num_words)}`);
  },
});

// ---------------------------------------------------------------------------------------------

interface FirstWordParams extends Params {
  readonly num_paragraphs: number;
  readonly nth_paragraph: number;
  readonly first_word: string;
}

const FIRST_WORD_STOP = new Set(['.', ',', '?', '!', "'", '"']);

/** Whether `s[start:end]` is empty or only Python whitespace (`not s[start:end].strip()`). */
function isBlankRange(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isPyWhitespaceCode(s.charCodeAt(i))) return false;
  return true;
}

/** Python `s.lstrip(ch)` for a single character. */
function lstripChar(s: string, ch: string): string {
  let i = 0;
  while (i < s.length && s[i] === ch) i++;
  return s.slice(i);
}

export const lengthNthParagraphFirstWord = defineConstraint<FirstWordParams>({
  id: 'length_constraints:nth_paragraph_first_word',
  family: 'ifeval',
  params: [
    countSpec('num_paragraphs', [1, 5], 'Exact number of non-blank paragraphs separated by "\\n\\n".'),
    countSpec('nth_paragraph', [1, 6], 'Which paragraph (1-based, at most num_paragraphs) must start with first_word.'),
    { name: 'first_word', kind: 'string', required: true, doc: 'The required first word (compared lower-cased).' },
  ],
  describe: (p) =>
    `There should be ${p.num_paragraphs} paragraphs. Paragraphs and only paragraphs are separated with each other by two new lines as if it was '\\n\\n' in python. Paragraph ${p.nth_paragraph} must start with word ${p.first_word.toLowerCase()}.`,
  validate(p) {
    const neg = rejectNegative(p, ['num_paragraphs']);
    if (neg) return neg;
    if (p.nth_paragraph <= 0 || p.nth_paragraph > p.num_paragraphs) {
      return {
        field: 'nth_paragraph',
        message: `nth_paragraph must be between 1 and num_paragraphs (${p.num_paragraphs}), got ${p.nth_paragraph} (the reference would draw a random value)`,
      };
    }
    return null;
  },
  check(response, p) {
    const expectedWord = p.first_word.toLowerCase();
    // The pieces of re.split(r"\n\n", response), walked without building them: how many are
    // not blank, and the nth piece (counting blank ones, as the reference indexes the list).
    let n = 0;
    let nth = '';
    for (let start = 0, index = 1; ; index++) {
      const found = response.indexOf('\n\n', start);
      const end = found === -1 ? response.length : found;
      if (!isBlankRange(response, start, end)) n++;
      if (index === p.nth_paragraph) nth = response.slice(start, end);
      if (found === -1) break;
      start = found + 2;
    }
    if (p.nth_paragraph > n) {
      return verdict(false, `found ${plural(n, 'paragraph')}, too few to have a paragraph ${p.nth_paragraph} (expected ${p.num_paragraphs})`);
    }
    const paragraph = pyStrip(nth);
    if (paragraph === '') {
      return verdict(false, `paragraph ${p.nth_paragraph} (counting blank splits) is empty, expected it to start with ${pyRepr(expectedWord)}`);
    }
    let word = pyFirstToken(paragraph);
    word = lstripChar(lstripChar(word, "'"), '"');
    let first = '';
    for (const ch of word) {
      if (FIRST_WORD_STOP.has(ch)) break;
      first += ch.toLowerCase();
    }
    const countOk = n === p.num_paragraphs;
    const wordOk = first === expectedWord;
    return verdict(
      countOk && wordOk,
      `found ${plural(n, 'paragraph')} with paragraph ${p.nth_paragraph} starting with ${pyRepr(first)}, expected ${p.num_paragraphs} paragraphs with paragraph ${p.nth_paragraph} starting with ${pyRepr(expectedWord)}`,
    );
  },
});
