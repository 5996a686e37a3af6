import { describe, expect, it } from 'vitest';
import { paramError, verdict } from './test-helpers.js';

describe('keywords:no_adjacent_consecutive', () => {
  const id = 'keywords:no_adjacent_consecutive';
  it('fails on ascending consecutive first characters of neighbouring words', () => {
    expect(verdict(id, 'apple banana')).toBe(false);
    expect(verdict(id, 'Apple Banana')).toBe(false);
    expect(verdict(id, 'banana apple')).toBe(true);
    expect(verdict(id, 'apple cherry')).toBe(true);
  });
  it('quirk: applies to digits, punctuation and accented letters', () => {
    expect(verdict(id, '1 2')).toBe(false);
    expect(verdict(id, '\u00e9t\u00e9 \u00eatre')).toBe(false);
  });
  it('quirk: a first letter lower-casing to two characters fails', () => {
    expect(verdict(id, 'zebra \u0130stanbul')).toBe(false);
  });
  it('uses Python whitespace (NBSP and U+001F split, ZWSP does not)', () => {
    expect(verdict(id, 'a\u00a0b')).toBe(false);
    expect(verdict(id, 'a\u001fb')).toBe(false);
    expect(verdict(id, 'a\u200bb')).toBe(true);
  });
});

describe('keywords:word_once', () => {
  const id = 'keywords:word_once';
  it('case-insensitive substring regex count must be 1', () => {
    expect(verdict(id, 'The Harbor is calm.', { keyword: 'harbor' })).toBe(true);
    expect(verdict(id, 'The harbors are calm.', { keyword: 'harbor' })).toBe(true);
    expect(verdict(id, 'The harbormaster left the harbor.', { keyword: 'harbor' })).toBe(false);
    expect(verdict(id, 'No match here.', { keyword: 'harbor' })).toBe(false);
  });
  it('quirk: the keyword is a live regex', () => {
    expect(verdict(id, 'We met at 9 aXm.', { keyword: 'a.m' })).toBe(true);
    expect(verdict(id, 'ccc', { keyword: 'c++' })).toBe(true);
    expect(paramError(id, { keyword: 'a(b' })).toMatch(/regular expression/);
  });
  it('Unicode case folding: k matches the Kelvin sign', () => {
    expect(verdict(id, '5 \u212a', { keyword: 'k' })).toBe(true);
  });
  it('stripped keyword', () => {
    expect(verdict(id, 'one harbor', { keyword: ' harbor ' })).toBe(true);
  });
});

describe('keywords:word_count_different_numbers', () => {
  const id = 'keywords:word_count_different_numbers';
  it('less than / at least, frequency 0 kept', () => {
    expect(verdict(id, 'river river river', { keyword: 'river', frequency: 3, relation: 'at least' })).toBe(true);
    expect(verdict(id, 'river', { keyword: 'river', frequency: 1, relation: 'less than' })).toBe(false);
    expect(verdict(id, 'none', { keyword: 'river', frequency: 0, relation: 'at least' })).toBe(true);
    expect(verdict(id, 'none', { keyword: 'river', frequency: 0, relation: 'less than' })).toBe(false);
  });
  it('matches do not overlap', () => {
    expect(verdict(id, 'aaaa', { keyword: 'aa', frequency: 3, relation: 'at least' })).toBe(false);
  });
  it('negative frequency and unknown relations are errors', () => {
    expect(paramError(id, { keyword: 'x', frequency: -1, relation: 'at least' })).toMatch(/negative/);
    expect(paramError(id, { keyword: 'x', frequency: 1, relation: 'exactly' })).toMatch(/expected one of/);
  });
});

describe('keywords:exclude_word_harder', () => {
  const id = 'keywords:exclude_word_harder';
  it('only a space-framed, case-sensitive occurrence fails', () => {
    expect(verdict(id, 'a storm came', { keyword: 'storm' })).toBe(false);
    expect(verdict(id, 'storm came', { keyword: 'storm' })).toBe(true);
    expect(verdict(id, 'a storm, came', { keyword: 'storm' })).toBe(true);
    expect(verdict(id, 'a Storm came', { keyword: 'storm' })).toBe(true);
    expect(verdict(id, 'a\u00a0storm came', { keyword: 'storm' })).toBe(true);
    expect(verdict(id, 'a  storm  came', { keyword: ' storm ' })).toBe(false);
  });
  it('instruction is accepted and keyword is required', () => {
    expect(paramError(id, { keyword: 'x', instruction: 'whatever' })).toBeNull();
    expect(paramError(id, { instruction: 'whatever' })).toMatch(/missing/);
  });
});

describe('keywords:palindrome', () => {
  const id = 'keywords:palindrome';
  it('any whitespace token equal to its code-point reverse', () => {
    expect(verdict(id, 'Anna saw a kayak')).toBe(true);
    expect(verdict(id, 'Anna level, hmm')).toBe(false);
    expect(verdict(id, 'emoji \ud83d\ude00 here')).toBe(true);
    expect(verdict(id, 'no such thing')).toBe(false);
  });
  it('a decomposed accented letter is two code points', () => {
    expect(verdict(id, 'e\u0301')).toBe(false);
    expect(verdict(id, 'e\u0301e')).toBe(true);
    expect(verdict(id, '\u00e9')).toBe(true);
  });
});

describe('keywords:keyword_specific_position', () => {
  const id = 'keywords:keyword_specific_position';
  it('token m of regex sentence n, NLTK tokens, case-sensitive', () => {
    expect(verdict(id, 'The sky. It is blue today.', { keyword: 'blue', n: 2, m: 3 })).toBe(true);
    expect(verdict(id, "The sky. It's blue today.", { keyword: 'blue', n: 2, m: 3 })).toBe(true);
    expect(verdict(id, 'The sky. It is Blue today.', { keyword: 'blue', n: 2, m: 3 })).toBe(false);
    expect(verdict(id, 'Only one sentence here.', { keyword: 'one', n: 2, m: 1 })).toBe(false);
  });
  it('0 for n or m is an error', () => {
    expect(paramError(id, { keyword: 'x', n: 0, m: 1 })).toMatch(/'n'/);
    expect(paramError(id, { keyword: 'x', n: 1, m: 0 })).toMatch(/'m'/);
  });
});

describe('keywords:start_end', () => {
  const id = 'keywords:start_end';
  it('first and last NLTK token equal ignoring case', () => {
    expect(verdict(id, 'Home is where I go home')).toBe(true);
    expect(verdict(id, 'Home is where I go home.')).toBe(false);
    expect(verdict(id, '**Home** is where I go **home**')).toBe(true);
    expect(verdict(id, 'Home')).toBe(false);
  });
});

describe('count:count_increment_word', () => {
  const id = 'count:count_increment_word';
  it('keyword1 once and keyword2 twice, substrings count', () => {
    expect(verdict(id, 'An apple, a pear and another pear.', { keyword1: 'apple', keyword2: 'pear' })).toBe(true);
    expect(verdict(id, 'A pineapple, a pear, a pearl.', { keyword1: 'apple', keyword2: 'pear' })).toBe(true);
    expect(verdict(id, 'An apple and a pear.', { keyword1: 'apple', keyword2: 'pear' })).toBe(false);
    expect(verdict(id, 'A pear by my ear.', { keyword1: 'pear', keyword2: 'ear' })).toBe(true);
  });
  it('both keywords are required', () => {
    expect(paramError(id, { keyword1: 'apple' })).toMatch(/keyword2/);
  });
});
