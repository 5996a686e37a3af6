import { describe, expect, it } from 'vitest';
import { constraint, paramError, verdict } from './test-helpers.js';

describe('count:lowercase_counting', () => {
  const id = 'count:lowercase_counting';
  it('caps the total number of all-lowercase ASCII words', () => {
    expect(verdict(id, 'the the the', { N: 3 })).toBe(true);
    expect(verdict(id, 'apple banana cherry', { N: 2 })).toBe(false);
    expect(verdict(id, 'Apple Banana Cherry', { N: 1 })).toBe(true);
  });
  it('quirk: words glued to non-ASCII letters, digits or _ are not counted; apostrophes split', () => {
    expect(verdict(id, 'caf\u00e9 ma\u00f1ana x2 snake_case', { N: 1 })).toBe(true);
    expect(verdict(id, "don't", { N: 1 })).toBe(false);
  });
  it('N = 0 is an error', () => {
    expect(paramError(id, { N: 0 })).toMatch(/0/);
  });
});

describe('letters:letter_counting', () => {
  const id = 'letters:letter_counting';
  it('counts ASCII letters only', () => {
    expect(verdict(id, 'abc', { N: 3, relation: 'at least' })).toBe(true);
    expect(verdict(id, '\u00e9\u00e9\u00e9 \uff41', { N: 1, relation: 'at least' })).toBe(false);
    expect(verdict(id, 'ab', { N: 3, relation: 'less than' })).toBe(true);
  });
  it('quirk: an unknown relation is accepted and fails', () => {
    expect(paramError(id, { N: 3, relation: 'exactly' })).toBeNull();
    expect(verdict(id, 'abc', { N: 3, relation: 'exactly' })).toBe(false);
    expect(paramError(id, { N: 3, relation: '' })).toMatch(/empty/);
  });
});

describe('letters:letter_counting2 (open-instruct letter_frequency)', () => {
  const id = 'letters:letter_counting2';
  it('counts the lower-cased letter in the lower-cased text', () => {
    expect(verdict(id, 'A banana', { letter: 'A', let_frequency: 4, let_relation: 'at least' })).toBe(true);
    expect(verdict(id, 'zz', { letter: 'z', let_frequency: 1, let_relation: 'less than' })).toBe(false);
    expect(verdict(id, 'nothing', { letter: 'e', let_frequency: 0, let_relation: 'at least' })).toBe(true);
  });
  it('quirk: İ lower-cases to i + dot, the Kelvin sign to k; accents do not count', () => {
    expect(verdict(id, '\u0130', { letter: 'i', let_frequency: 1, let_relation: 'at least' })).toBe(true);
    expect(verdict(id, '\u212a', { letter: 'k', let_frequency: 1, let_relation: 'at least' })).toBe(true);
    expect(verdict(id, '\u00e9', { letter: 'e', let_frequency: 1, let_relation: 'at least' })).toBe(false);
  });
  it('a–z guard: other letters, padded letters and negative counts are errors', () => {
    expect(paramError(id, { letter: '#', let_frequency: 1, let_relation: 'at least' })).toMatch(/a–z/);
    expect(paramError(id, { letter: '\u00e9', let_frequency: 1, let_relation: 'at least' })).toMatch(/a–z/);
    expect(paramError(id, { letter: ' e ', let_frequency: 1, let_relation: 'at least' })).toMatch(/a–z/);
    expect(paramError(id, { letter: 'e', let_frequency: -1, let_relation: 'at least' })).toMatch(/negative/);
    expect(paramError(id, { letter: 'e', let_frequency: 1 })).toMatch(/missing/);
  });
  it('describes with the lower-cased letter', () => {
    expect(constraint(id).describe({ letter: 'Q', let_frequency: 2, let_relation: 'at least' })).toBe(
      'In your response, the letter q should appear at least 2 times.',
    );
  });
});

describe('count:counting_composition', () => {
  const id = 'count:counting_composition';
  const kw = { n_sent: 2, n_words: 3 };
  const para = 'Cats sleep. Dogs bark.';
  it('3 paragraphs x n_sent sentences x n_words NLTK tokens (the period counts)', () => {
    expect(verdict(id, `${para}\n***\n${para}\n***\n${para}`, kw)).toBe(true);
    expect(verdict(id, `${para}\n***\n${para}`, kw)).toBe(false);
    expect(verdict(id, `${para}\n***\n${para}\n***\nCats sleep well. Dogs bark.`, kw)).toBe(false);
  });
  it('quirk: the described "* * *" divider does not split', () => {
    expect(verdict(id, `${para}\n* * *\n${para}\n* * *\n${para}`, kw)).toBe(false);
  });
  it('quirk: a leading divider fails (its blank piece has no sentences)', () => {
    expect(verdict(id, `***\n${para}\n***\n${para}\n***\n${para}`, kw)).toBe(false);
  });
  it('quirk: contractions count double', () => {
    expect(verdict(id, `${para}\n***\n${para}\n***\nI'm here. Dogs bark.`, kw)).toBe(false);
  });
});

describe('count:count_unique', () => {
  const id = 'count:count_unique';
  it('all NLTK tokens distinct, case-sensitive, punctuation included', () => {
    expect(verdict(id, 'Rain rain falls')).toBe(true);
    expect(verdict(id, 'One thing. Another thing.')).toBe(false);
    expect(verdict(id, 'One sentence. Another')).toBe(true);
    expect(verdict(id, 'a, b, c')).toBe(false);
    expect(verdict(id, 'cannot can')).toBe(false);
    expect(verdict(id, '**Bold** claim')).toBe(false);
  });
});
