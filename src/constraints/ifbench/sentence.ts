/**
 * IFBench `sentence:*` instructions: growing alliteration, a keyword in the N-th sentence, and
 * sentences that grow by a fixed number of words.
 */
import { sentTokenize } from '../../text/punkt/index.js';
import { PY_B, pySplit } from '../../text/python.js';
import { defineConstraint, type Constraint } from '../types.js';
import {
  countParam,
  fail,
  firstChar,
  lstripPunctSpace,
  pass,
  plural,
  pyAt,
  pyIgnoreCaseLiteral,
  rejectNegative,
  removePunctuation,
  show,
} from './shared.js';

/** The reference's alliteration score of one sentence: a run of k words sharing a first letter scores k. */
function alliterationScore(sentence: string): number {
  const words: string[] = [];
  for (const w of pySplit(sentence.toLowerCase())) {
    const clean = lstripPunctSpace(w);
    if (clean) words.push(clean);
  }
  let score = 0;
  let inRun = false;
  for (let i = 0; i + 1 < words.length; i++) {
    if (firstChar(words[i]!) === firstChar(words[i + 1]!)) {
      score += inRun ? 1 : 2;
      inRun = true;
    } else {
      inRun = false;
    }
  }
  return score;
}

const alliterationIncrement = defineConstraint<Record<string, never>>({
  id: 'sentence:alliteration_increment',
  family: 'ifbench',
  params: [],
  describe: () =>
    'Each sentence must have a longer sequence of consecutive alliterative words than the previous one.',
  check(response) {
    const sentences = sentTokenize(response);
    let prev = -1;
    const scores: number[] = [];
    for (let i = 0; i < sentences.length; i++) {
      const score = alliterationScore(sentences[i]!);
      if (score <= prev) {
        return fail(`sentence ${i + 1} has ${score} alliterative words, not more than the ${prev} of sentence ${i}`);
      }
      scores.push(score);
      prev = score;
    }
    return pass(
      `the alliteration scores of ${plural(sentences.length, 'sentence')} increase (${scores.slice(0, 10).join(', ')}${scores.length > 10 ? ', ...' : ''})`,
    );
  },
});

const keyword = defineConstraint<{ word: string; N: number }>({
  id: 'sentence:keyword',
  family: 'ifbench',
  params: [
    { name: 'word', kind: 'string', required: true, doc: 'Keyword (whole word, case-insensitive).' },
    countParam('N', [1, 20], 'Sentence number that must contain the keyword (1-based).'),
  ],
  validate(p) {
    if (p.word === '') {
      return { field: 'word', message: 'word must not be empty; the reference would draw a random keyword instead' };
    }
    return rejectNegative(p, ['N']);
  },
  describe: (p) => `The response must include keyword "${p.word}" in the ${p.N}-th sentence.`,
  check(response, p) {
    const sentences = sentTokenize(response);
    if (sentences.length < p.N) return fail(`found ${plural(sentences.length, 'sentence')}, required at least ${p.N}`);
    // N = 0 reads sentences[-1] in the reference, i.e. the last sentence.
    const sentence = pyAt(sentences, p.N - 1);
    if (sentence === undefined) return fail('found no sentences');
    const re = new RegExp(`${PY_B}${pyIgnoreCaseLiteral(p.word)}${PY_B}`, 'iu');
    const ok = re.test(sentence);
    return {
      ok,
      reason: `sentence ${p.N} ${ok ? 'contains' : 'does not contain'} the word ${show(p.word, 30)}`,
    };
  },
});

function wordCount(sentence: string): number {
  return pySplit(removePunctuation(sentence)).length;
}

const increment = defineConstraint<{ small_n: number }>({
  id: 'sentence:increment',
  family: 'ifbench',
  params: [countParam('small_n', [1, 5], 'Exact number of words each sentence adds over the previous one.')],
  validate: (p) => rejectNegative(p, ['small_n']),
  describe: (p) => `Each sentence must contain exactly ${p.small_n} more words than the previous one.`,
  check(response, p) {
    const sentences = sentTokenize(response);
    // The reference reads sentences[0] unconditionally (it would raise on a text with no sentence).
    if (sentences.length === 0) return fail('found no sentences');
    let prev = wordCount(sentences[0]!);
    for (let i = 1; i < sentences.length; i++) {
      const n = wordCount(sentences[i]!);
      if (n !== prev + p.small_n) {
        return fail(`sentence ${i + 1} has ${plural(n, 'word')} after ${prev} in sentence ${i}, required ${prev + p.small_n}`);
      }
      prev = n;
    }
    return pass(`each of ${plural(sentences.length, 'sentence')} adds exactly ${p.small_n} words to the one before`);
  },
});

export const sentenceConstraints: readonly Constraint[] = [alliterationIncrement, keyword, increment];
