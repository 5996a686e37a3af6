import { describe, expect, it } from 'vitest';
import { constraint, paramError, verdict } from './test-helpers.js';

describe('copy:repeat_phrase', () => {
  const kw = { phrase: 'Every lantern glows before dawn', small_n: 2 };
  it('passes when each repetition changes exactly one inner word', () => {
    expect(verdict('copy:repeat_phrase', 'Every lantern burns before dawn. Every torch glows before dawn.', kw)).toBe(true);
  });
  it('requires exactly small_n matches', () => {
    expect(verdict('copy:repeat_phrase', 'Every lantern burns before dawn.\nEvery lantern fades before dawn.\nEvery lantern sleeps before dawn.', kw)).toBe(false);
  });
  it('fails when a match changes two words', () => {
    expect(verdict('copy:repeat_phrase', 'Every candle flickers before dawn. Every lantern fades before dawn.', kw)).toBe(false);
  });
  it('an unchanged copy is allowed but does not count', () => {
    expect(verdict('copy:repeat_phrase', 'Every lantern glows before dawn. Every lantern fades before dawn.', kw)).toBe(false);
  });
  it('quirk: glued punctuation counts as the changed word', () => {
    expect(verdict('copy:repeat_phrase', 'Every lantern, glows before dawn. Every lantern fades before dawn.', kw)).toBe(true);
  });
  it('quirk: a phrase broken across lines is not found', () => {
    expect(verdict('copy:repeat_phrase', 'Every lantern burns\nbefore dawn. Every lantern fades before dawn.', kw)).toBe(false);
  });
  it('quirk: the match may end inside a longer word', () => {
    expect(verdict('copy:repeat_phrase', 'Every lantern burns before dawns. Every lantern fades before dawn.', kw)).toBe(true);
    expect(verdict('copy:repeat_phrase', 'Every lantern burns before dawnlight Every lantern fades before dawn', kw)).toBe(true);
  });
  it('quirk: an earlier first word makes the lazy match swallow text', () => {
    expect(
      verdict('copy:repeat_phrase', 'Every morning I wait. Every lantern burns before dawn. Every lantern fades before dawn.', kw),
    ).toBe(false);
  });
  it('is case-sensitive on the first word', () => {
    expect(verdict('copy:repeat_phrase', 'every lantern burns before dawn. every lantern fades before dawn.', kw)).toBe(false);
  });
  it('uses regex first/last words with a regex path', () => {
    const k = { phrase: 'a.b x y', small_n: 1 };
    expect(verdict('copy:repeat_phrase', 'aXb x y', k)).toBe(true);
    expect(verdict('copy:repeat_phrase', 'aXb z y', k)).toBe(false);
  });
  it('rejects 0 and empty phrases (random fallbacks)', () => {
    expect(paramError('copy:repeat_phrase', { phrase: 'x y', small_n: 0 })).toMatch(/0/);
    expect(paramError('copy:repeat_phrase', { phrase: '', small_n: 2 })).toMatch(/empty/);
    expect(paramError('copy:repeat_phrase', { phrase: 'x (y) z', small_n: 2 })).toBeNull();
    expect(paramError('copy:repeat_phrase', { phrase: '(x y', small_n: 2 })).toMatch(/regular expression/);
  });
  it('describes with the stripped phrase', () => {
    const c = constraint('copy:repeat_phrase');
    expect(c.describe({ phrase: '  a b  ', small_n: 3 })).toBe(
      'Repeat the phrase a b exactly 3 times, transforming it slightly each time by replacing only one word in the center of the phrase.',
    );
  });
});

describe('copy:copy and copy:copying_simple', () => {
  for (const id of ['copy:copy', 'copy:copying_simple']) {
    const kw = { prompt_to_repeat: 'Write a limerick about a cat.' };
    it(`${id}: case-insensitive stripped equality`, () => {
      expect(verdict(id, '  WRITE a limerick about a cat.\n', kw)).toBe(true);
      expect(verdict(id, 'Write a limerick about a cat', kw)).toBe(false);
      expect(verdict(id, 'Write a  limerick about a cat.', kw)).toBe(false);
    });
    it(`${id}: Python strip (NEL stripped, BOM kept)`, () => {
      expect(verdict(id, 'Write a limerick about a cat.\u0085', kw)).toBe(true);
      expect(verdict(id, '\ufeffWrite a limerick about a cat.', kw)).toBe(false);
    });
    it(`${id}: Python lower() of the whole string (final sigma, dotted I)`, () => {
      // Python: 'ΟΔΟΣ'.lower() == 'οδος' with a final sigma (U+03C2).
      expect(verdict(id, '\u039f\u0394\u039f\u03a3', { prompt_to_repeat: '\u03bf\u03b4\u03bf\u03c2' })).toBe(true);
      expect(verdict(id, '\u039f\u0394\u039f\u03a3', { prompt_to_repeat: '\u03bf\u03b4\u03bf\u03c3' })).toBe(false);
      expect(verdict(id, 'İ', { prompt_to_repeat: 'i' })).toBe(false);
      expect(verdict(id, 'İ', { prompt_to_repeat: 'i\u0307' })).toBe(true);
    });
    it(`${id}: missing or empty prompt is an error`, () => {
      expect(paramError(id, {})).toMatch(/missing/);
      expect(paramError(id, { prompt_to_repeat: '' })).toMatch(/empty/);
    });
  }
});

describe('new:copy_span_idx', () => {
  const text = 'The committee approved the budget.';
  it('quirk: n_end is excluded', () => {
    expect(verdict('new:copy_span_idx', 'committee', { prompt_to_repeat: text, n_start: 4, n_end: 13 })).toBe(true);
    expect(verdict('new:copy_span_idx', 'committee ', { prompt_to_repeat: text, n_start: 4, n_end: 14 })).toBe(true);
    expect(verdict('new:copy_span_idx', 'committee a', { prompt_to_repeat: text, n_start: 4, n_end: 14 })).toBe(false);
  });
  it('slices by code point', () => {
    expect(verdict('new:copy_span_idx', 'abc', { prompt_to_repeat: '😀 abcd', n_start: 2, n_end: 5 })).toBe(true);
  });
  it('Python slice rules: negative indices, clamping, empty spans', () => {
    expect(verdict('new:copy_span_idx', 'budget.', { prompt_to_repeat: text, n_start: -7, n_end: 999 })).toBe(true);
    expect(verdict('new:copy_span_idx', 'x', { prompt_to_repeat: text, n_start: 10, n_end: 5 })).toBe(false);
  });
  it('0 indices are errors (the reference draws random ones)', () => {
    expect(paramError('new:copy_span_idx', { prompt_to_repeat: text, n_start: 0, n_end: 5 })).toMatch(/n_start/);
    expect(paramError('new:copy_span_idx', { prompt_to_repeat: text, n_start: 1, n_end: 0 })).toMatch(/n_end/);
  });
});

describe('copy:copying_multiple', () => {
  const kw = { prompt_to_repeat: 'List three uses of bamboo.', N: 2 };
  it('splits on exactly six asterisks', () => {
    expect(verdict('copy:copying_multiple', 'List three uses of bamboo.\n******\nlist three uses of bamboo.', kw)).toBe(true);
    expect(verdict('copy:copying_multiple', 'List three uses of bamboo.******List three uses of bamboo.', kw)).toBe(true);
    expect(verdict('copy:copying_multiple', 'List three uses of bamboo.*******List three uses of bamboo.', kw)).toBe(false);
    expect(verdict('copy:copying_multiple', 'List three uses of bamboo.******List three uses of bamboo.******', kw)).toBe(false);
  });
  it('N = 1 is a single copy; N = 0 is an error', () => {
    expect(verdict('copy:copying_multiple', 'List three uses of bamboo.', { ...kw, N: 1 })).toBe(true);
    expect(paramError('copy:copying_multiple', { ...kw, N: 0 })).toMatch(/0/);
  });
});
