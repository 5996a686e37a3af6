/**
 * IFBench `ratio:*` instructions: stop-word share, sentence-type ratios, character-trigram overlap
 * and equal-length sentences.
 */
import { sentTokenize } from '../../text/punkt/index.js';
import { ENGLISH_STOPWORDS } from '../../text/stopwords.js';
import { PY_W, pyLen, pyStrip } from '../../text/python.js';
import { defineConstraint, type Constraint } from '../types.js';
import { fail, pass, plural, rejectNegative } from './shared.js';

const WORD_RE = new RegExp(`${PY_W}+`, 'gu');

const stopWords = defineConstraint<{ percentage: number }>({
  id: 'ratio:stop_words',
  family: 'ifbench',
  params: [
    {
      name: 'percentage',
      kind: 'number',
      required: true,
      range: [1, 100],
      doc: 'Highest share of stop words allowed, in percent of all \\w+ words.',
    },
  ],
  validate: (p) => rejectNegative(p, ['percentage']),
  describe: (p) =>
    `Ensure that stop words constitute no more than ${p.percentage}% of the total words in your response.`,
  check(response, p) {
    let words = 0;
    let stops = 0;
    for (const m of response.matchAll(WORD_RE)) {
      words++;
      if (ENGLISH_STOPWORDS.has(m[0].toLowerCase())) stops++;
    }
    if (words === 0) return fail(`found no words, required stop words to be at most ${p.percentage}% of them`);
    const share = (stops / words) * 100;
    const shown = Math.round(share * 100) / 100;
    return {
      ok: share <= p.percentage,
      reason: `found ${stops} stop words in ${plural(words, 'word')} (${shown}%), required at most ${p.percentage}%`,
    };
  },
});

interface EndingCounts {
  readonly sentences: number;
  readonly period: number;
  readonly question: number;
  readonly exclamation: number;
}

/** Sentences (NLTK Punkt) classified by their very last character. */
function endingCounts(text: string): EndingCounts {
  const sentences = sentTokenize(text);
  let period = 0;
  let question = 0;
  let exclamation = 0;
  for (const s of sentences) {
    if (s.endsWith('.')) period++;
    else if (s.endsWith('?')) question++;
    else if (s.endsWith('!')) exclamation++;
  }
  return { sentences: sentences.length, period, question, exclamation };
}

const sentenceType = defineConstraint<Record<string, never>>({
  id: 'ratio:sentence_type',
  family: 'ifbench',
  params: [],
  describe: () => 'Maintain a 2:1 ratio of declarative to interrogative sentences.',
  check(response) {
    const c = endingCounts(response);
    return {
      ok: c.period === 2 * c.question,
      reason: `found ${plural(c.period, 'sentence')} ending in '.' and ${c.question} ending in '?', required exactly twice as many of the first`,
    };
  },
});

const sentenceBalance = defineConstraint<Record<string, never>>({
  id: 'ratio:sentence_balance',
  family: 'ifbench',
  params: [],
  describe: () =>
    'Ensure that the ratio of sentence types (declarative, interrogative, exclamatory) is balanced.',
  check(response) {
    const c = endingCounts(response);
    return {
      ok: c.period === c.question && c.question === c.exclamation,
      reason: `found ${c.period} sentences ending in '.', ${c.question} in '?' and ${c.exclamation} in '!', required equal numbers`,
    };
  },
});

/** The set of character trigrams (code points) of a text, as strings (substrings, no copies of pieces). */
function charTrigrams(text: string): Set<string> {
  // Start offsets of the code points, then each trigram is the text between starts i and i + 3.
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  starts.push(text.length);
  const out = new Set<string>();
  for (let i = 0; i + 3 < starts.length; i++) out.add(text.slice(starts[i]!, starts[i + 3]!));
  return out;
}

/** The reference text is the same for every loose variant of a row: keep its trigrams. */
let lastReference: { text: string; trigrams: Set<string> } | null = null;

function referenceTrigrams(text: string): Set<string> {
  if (lastReference?.text !== text) lastReference = { text, trigrams: charTrigrams(text) };
  return lastReference.trigrams;
}

const overlap = defineConstraint<{ reference_text: string; percentage: number }>({
  id: 'ratio:overlap',
  family: 'ifbench',
  params: [
    { name: 'reference_text', kind: 'string', required: true, doc: 'Text whose character trigrams are compared.' },
    {
      name: 'percentage',
      kind: 'number',
      required: true,
      range: [1, 100],
      doc: 'Target share (±2 points) of the response’s distinct character trigrams found in the reference text.',
    },
  ],
  validate: (p) => rejectNegative(p, ['percentage']),
  describe: (p) => `Maintain a trigram overlap of ${p.percentage}% (±2%) with the provided reference text.`,
  check(response, p) {
    // Trigrams of *characters*: nltk.ngrams is applied to the strings themselves.
    const mine = charTrigrams(response);
    if (mine.size === 0) return fail('found no character trigrams in the response (it is shorter than 3 characters)');
    const ref = referenceTrigrams(p.reference_text);
    let shared = 0;
    for (const g of mine) if (ref.has(g)) shared++;
    const pct = (shared / mine.size) * 100;
    const shown = Math.round(pct * 100) / 100;
    return {
      ok: p.percentage - 2 <= pct && pct <= p.percentage + 2,
      reason: `found ${shown}% of ${plural(mine.size, 'distinct character trigram')} in the reference text, required ${p.percentage}% ± 2`,
    };
  },
});

const sentenceWords = defineConstraint<Record<string, never>>({
  id: 'ratio:sentence_words',
  family: 'ifbench',
  params: [],
  describe: () =>
    'Respond with three sentences, all containing the same number of characters but using all different words.',
  check(response) {
    // Only the sentence count and the stripped lengths are checked; word reuse is not.
    const sentences = sentTokenize(response);
    if (sentences.length !== 3) return fail(`found ${plural(sentences.length, 'sentence')}, required exactly 3`);
    const lengths = sentences.map((s) => pyLen(pyStrip(s)));
    const ok = lengths.every((l) => l === lengths[0]);
    return {
      ok,
      reason: `found 3 sentences of ${lengths.join(', ')} characters, required equal lengths`,
    };
  },
});

export const ratioConstraints: readonly Constraint[] = [stopWords, sentenceType, sentenceBalance, overlap, sentenceWords];
