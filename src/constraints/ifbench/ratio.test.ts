import { describe, expect, it } from 'vitest';
import type { Constraint, JsonValue } from '../types.js';
import { ratioConstraints } from './ratio.js';
import { harness } from './test-helpers.js';
import { validateParams } from '../params.js';

const { get, run, table } = harness(ratioConstraints);

describe('ratio:* verdicts (checked against the Python reference)', () => {
  table([
  ["ratio:stop_words", "the cat and the dog", {"percentage": 60}, true],
  ["ratio:stop_words", "the cat and the dog", {"percentage": 59}, false],
  ["ratio:sentence_balance", "Yes. No? Wow!", {}, true],
  ["ratio:sentence_balance", "Yes. No? Wow! Hm.", {}, false],
  ["ratio:sentence_type", "It is. It was. Is it?", {}, true],
  ["ratio:overlap", "abcd", {"reference_text": "xabcx", "percentage": 50}, true],
  ["ratio:overlap", "ab", {"reference_text": "ab", "percentage": 0}, false],
  ["ratio:sentence_words", "Abc def. Ghi jkl. Mno pqr.", {}, true],
  ["ratio:sentence_words", "Abc def. Ghi jk. Mno pqr.", {}, false],
  ]);
});

describe('ratio:* details', () => {
  it('computes the stop-word share on \\w+ tokens, lower-cased', () => {
    // 2 of 4 words: "The", "the"
    expect(run('ratio:stop_words', 'The cat, the dog', { percentage: 50 }).ok).toBe(true);
    expect(run('ratio:stop_words', 'The cat, the dog', { percentage: 49.9 }).ok).toBe(false);
    expect(run('ratio:stop_words', '!!! ???', { percentage: 100 }).ok).toBe(false);
    // "don't" gives "don" (a stop word) and "t" (also one).
    expect(run('ratio:stop_words', "don't cat", { percentage: 66 }).ok).toBe(false);
    expect(run('ratio:stop_words', "don't cat", { percentage: 67 }).ok).toBe(true);
  });

  it('classifies sentences by their last character only', () => {
    expect(run('ratio:sentence_type', 'A cat sat. A dog sat. Why?', {}).ok).toBe(true);
    expect(run('ratio:sentence_type', 'A cat sat. A dog sat. Why? No.', {}).ok).toBe(false);
    // A closing quote after the full stop hides it.
    expect(run('ratio:sentence_type', 'He said "go." Why?', {}).ok).toBe(false);
    expect(run('ratio:sentence_balance', 'No way! Is it? It is.', {}).ok).toBe(true);
    expect(run('ratio:sentence_balance', 'No way! Is it?', {}).ok).toBe(false);
  });

  it('measures overlap on distinct character trigrams of the response', () => {
    // response trigrams: abc, bcd (2); reference has abc only -> 50%
    expect(run('ratio:overlap', 'abcd', { reference_text: 'zabcz', percentage: 52 }).ok).toBe(true);
    expect(run('ratio:overlap', 'abcd', { reference_text: 'zabcz', percentage: 53 }).ok).toBe(false);
    expect(run('ratio:overlap', 'abcd', { reference_text: 'zabcz', percentage: 48 }).ok).toBe(true);
    expect(run('ratio:overlap', 'abcabc', { reference_text: 'abc', percentage: 33 }).ok).toBe(true);
    // Trigrams are code points: an emoji is one character.
    expect(run('ratio:overlap', 'a😀b', { reference_text: 'a😀b', percentage: 100 }).ok).toBe(true);
    expect(run('ratio:overlap', 'ab', { reference_text: 'ab', percentage: 100 }).ok).toBe(false);
  });

  it('requires three sentences of equal stripped length, in code points', () => {
    expect(run('ratio:sentence_words', 'Aé bc. Cd ef. Fg hi.', {}).ok).toBe(true);
    expect(run('ratio:sentence_words', 'A😀 bc. Cd ef. Fg hi.', {}).ok).toBe(true);
    expect(run('ratio:sentence_words', 'Ab cd. Ab cd. Ab cd. Ab cd.', {}).ok).toBe(false);
  });

  it('renders the reference descriptions', () => {
    expect(get('ratio:overlap').describe({ reference_text: 'x', percentage: 40 })).toBe(
      'Maintain a trigram overlap of 40% (±2%) with the provided reference text.',
    );
    expect(get('ratio:stop_words').describe({ percentage: 12 })).toBe(
      'Ensure that stop words constitute no more than 12% of the total words in your response.',
    );
  });

  it('requires the reference text and a non-negative percentage', () => {
    expect(validateParams(get('ratio:overlap'), { percentage: 10 }).ok).toBe(false);
    expect(validateParams(get('ratio:overlap'), { reference_text: 'x', percentage: -1 }).ok).toBe(false);
    expect(validateParams(get('ratio:stop_words'), { percentage: null }).ok).toBe(false);
    expect(validateParams(get('ratio:sentence_type'), { N: 3 }).ok).toBe(false);
  });
});

describe('ratio:overlap trigrams are code points', () => {
  it('counts astral characters as one character each', () => {
    // "😀ab" has the single trigram "😀ab"; all of it is in the reference.
    expect(run('ratio:overlap', '😀ab', { reference_text: 'x😀aby', percentage: 100 }).ok).toBe(true);
    expect(run('ratio:overlap', '😀ab', { reference_text: 'x😀ay', percentage: 100 }).ok).toBe(false);
    // Two characters make no trigram.
    expect(run('ratio:overlap', '😀a', { reference_text: '😀a', percentage: 100 }).ok).toBe(false);
  });
});
