import { describe, expect, it } from 'vitest';
import { paramError, verdict } from './test-helpers.js';

describe('first_word:first_word_sent', () => {
  const id = 'first_word:first_word_sent';
  it('every regex sentence starts with the word (case-insensitive)', () => {
    expect(verdict(id, 'Yes I can. yes you can!', { first_word: 'Yes' })).toBe(true);
    expect(verdict(id, 'Yes I can. No you cannot.', { first_word: 'Yes' })).toBe(false);
  });
  it('quirk: punctuation attached to the first word fails', () => {
    expect(verdict(id, 'Yes, I can.', { first_word: 'Yes' })).toBe(false);
    expect(verdict(id, 'Yes.', { first_word: 'Yes' })).toBe(false);
    expect(verdict(id, 'Yes I can!!', { first_word: 'Yes' })).toBe(false);
  });
  it('empty first_word is an error', () => {
    expect(paramError(id, { first_word: '' })).toMatch(/empty/);
  });
});

describe('first_word:first_word_answer', () => {
  const id = 'first_word:first_word_answer';
  it('first whitespace token, lower-cased, stripped kwarg', () => {
    expect(verdict(id, '\n\nCertainly here it is.', { first_word: ' certainly ' })).toBe(true);
    expect(verdict(id, 'Certainly! Here it is.', { first_word: 'Certainly' })).toBe(false);
    expect(verdict(id, '**Certainly** here.', { first_word: 'Certainly' })).toBe(false);
    expect(verdict(id, 'Certainly\u2014here.', { first_word: 'Certainly' })).toBe(false);
  });
});

describe('last_word:last_word_sent', () => {
  const id = 'last_word:last_word_sent';
  it('last token with non-word characters removed', () => {
    expect(verdict(id, 'I finished it today. She came to-day!', { last_word: 'today' })).toBe(true);
    expect(verdict(id, 'I finished it today. She came tomorrow.', { last_word: 'today' })).toBe(false);
    expect(verdict(id, 'I said I do not. But I don\u2019t.', { last_word: 'dont' })).toBe(false);
    expect(verdict(id, "I say dont. You say don't.", { last_word: 'dont' })).toBe(true);
  });
  it('quirk: a combining accent is not a word character', () => {
    expect(verdict(id, 'We met at the cafe\u0301.', { last_word: 'caf\u00e9' })).toBe(false);
    expect(verdict(id, 'We met at the caf\u00e9.', { last_word: 'caf\u00e9' })).toBe(true);
  });
});

describe('last_word:last_word_answer', () => {
  const id = 'last_word:last_word_answer';
  it('strips punctuation and markdown, keeps underscores and superscripts', () => {
    expect(verdict(id, 'So long and *goodbye*', { last_word: 'goodbye' })).toBe(true);
    expect(verdict(id, 'So long and GOODBYE!!!', { last_word: 'goodbye' })).toBe(true);
    expect(verdict(id, 'So long and good-bye', { last_word: 'goodbye' })).toBe(true);
    expect(verdict(id, 'So long and goodbye_', { last_word: 'goodbye' })).toBe(false);
    expect(verdict(id, 'So long and goodbye\u00b2', { last_word: 'goodbye' })).toBe(false);
    expect(verdict(id, 'So long, goodbye \ud83d\udc4b', { last_word: 'goodbye' })).toBe(false);
  });
});
