import { describe, expect, it } from 'vitest';
import { codePointNgramKeys, ngrams } from './ngrams.js';

describe('ngrams (nltk.ngrams, no padding)', () => {
  it('slides a window of n items', () => {
    expect(ngrams([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(ngrams(['a', 'b', 'c'], 3)).toEqual([['a', 'b', 'c']]);
    expect(ngrams(['a', 'b', 'c'], 1)).toEqual([['a'], ['b'], ['c']]);
  });

  it('gives nothing when the sequence is shorter than n, or n is 0', () => {
    expect(ngrams(['a', 'b'], 3)).toEqual([]);
    expect(ngrams([], 1)).toEqual([]);
    expect(ngrams(['a'], 0)).toEqual([]);
  });

  it('gives nothing (instead of raising) for a negative or fractional n', () => {
    expect(ngrams(['a', 'b'], -1)).toEqual([]);
    expect(ngrams(['a', 'b'], 1.5)).toEqual([]);
  });
});

describe('codePointNgramKeys', () => {
  it('takes character n-grams by code point, like Python iterating a str', () => {
    expect(codePointNgramKeys('abcd', 3)).toEqual(['abc', 'bcd']);
    // "😀" is one Python character (two UTF-16 units).
    expect(codePointNgramKeys('a😀b', 3)).toEqual(['a😀b']);
    expect(codePointNgramKeys('ab', 3)).toEqual([]);
    expect(new Set(codePointNgramKeys('aaaa', 3)).size).toBe(1);
  });
});
