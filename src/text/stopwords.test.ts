import { describe, expect, it } from 'vitest';
import { ENGLISH_STOPWORDS, isEnglishStopword, parseWordList } from './stopwords.js';

describe('ENGLISH_STOPWORDS (NLTK english)', () => {
  it('has the 198 words of the current NLTK list', () => {
    expect(ENGLISH_STOPWORDS.size).toBe(198);
  });

  it('contains common function words and contractions, lower case only', () => {
    for (const w of ['the', 'a', 'i', 'and', 'of', 'ourselves', "don't", "should've", 'ma', 'y']) {
      expect(ENGLISH_STOPWORDS.has(w)).toBe(true);
    }
    expect(isEnglishStopword('The')).toBe(false);
    expect(isEnglishStopword('cat')).toBe(false);
    expect(isEnglishStopword('')).toBe(false);
  });
});

describe('parseWordList', () => {
  it('drops blank lines and keeps the others unchanged', () => {
    expect(parseWordList('a\n\n  \nb \nc\n')).toEqual(['a', 'b ', 'c']);
  });
});
