import { describe, expect, it } from 'vitest';
import { keywordsExistence, keywordsForbiddenWords, keywordsFrequency, keywordsLetterFrequency } from './keywords.js';
import { paramError, runCheck, timed } from './test-helpers.js';

describe('keywords:existence', () => {
  it('matches keywords as case-insensitive patterns anywhere', () => {
    expect(runCheck(keywordsExistence, { keywords: ['cat'] }, 'A concatenation.').ok).toBe(true);
    expect(runCheck(keywordsExistence, { keywords: ['CAT', 'dog'] }, 'cat only').ok).toBe(false);
    expect(runCheck(keywordsExistence, { keywords: ['c.t'] }, 'cut').ok).toBe(true);
    expect(runCheck(keywordsExistence, { keywords: ['ünder'] }, 'ÜNDER').ok).toBe(true);
  });
  it('explains what was missing', () => {
    const r = runCheck(keywordsExistence, { keywords: ['zebra', 'apple'] }, 'an apple');
    expect(r.reason).toContain("'zebra'");
  });
  it('rejects an empty list and invalid patterns', () => {
    expect(paramError(keywordsExistence, { keywords: [] })).toBe('keywords');
    expect(paramError(keywordsExistence, { keywords: ['C++'] })).toBe('keywords');
  });
});

describe('keywords:frequency', () => {
  const kw = (relation: string, frequency: number) => ({ keyword: ' moon ', frequency, relation });
  it('compares at the threshold exactly as the reference', () => {
    const text = 'Moon, moon and MOON.';
    expect(runCheck(keywordsFrequency, kw('at least', 3), text).ok).toBe(true);
    expect(runCheck(keywordsFrequency, kw('at least', 4), text).ok).toBe(false);
    expect(runCheck(keywordsFrequency, kw('less than', 3), text).ok).toBe(false);
    expect(runCheck(keywordsFrequency, kw('less than', 4), text).ok).toBe(true);
    expect(runCheck(keywordsFrequency, kw('at least', 3), text).reason).toBe("found 'moon' 3 times, expected at least 3");
  });
  it('counts inside longer words (no word boundaries)', () => {
    expect(runCheck(keywordsFrequency, { keyword: 'moon', frequency: 2, relation: 'at least' }, 'honeymoon moonlight').ok).toBe(true);
  });
  it('rejects a negative frequency and an empty keyword', () => {
    expect(paramError(keywordsFrequency, kw('at least', -1))).toBe('frequency');
    expect(paramError(keywordsFrequency, { keyword: '', frequency: 1, relation: 'at least' })).toBe('keyword');
  });
});

describe('keywords:forbidden_words', () => {
  it('uses Unicode word boundaries', () => {
    const k = { forbidden_words: ['caf', 'run'] };
    expect(runCheck(keywordsForbiddenWords, k, 'un café, running').ok).toBe(true);
    expect(runCheck(keywordsForbiddenWords, k, 'I RUN.').ok).toBe(false);
    expect(runCheck(keywordsForbiddenWords, k, 'I RUN.').reason).toContain("'run'");
  });
  it('is linear on long inputs', () => {
    expect(timed(() => runCheck(keywordsForbiddenWords, { forbidden_words: ['a'] }, 'b'.repeat(1_000_000)))).toBeLessThan(2000);
  });
});

describe('keywords:letter_frequency', () => {
  it('counts any single character, including # and !, case-insensitively', () => {
    expect(runCheck(keywordsLetterFrequency, { letter: '#', let_frequency: 4, let_relation: 'at least' }, '# a\n## b\n# c').ok).toBe(true);
    expect(runCheck(keywordsLetterFrequency, { letter: '!', let_frequency: 2, let_relation: 'less than' }, 'Hi!!').ok).toBe(false);
    expect(runCheck(keywordsLetterFrequency, { letter: 'Q', let_frequency: 3, let_relation: 'at least' }, 'Quiz quirk Q').ok).toBe(true);
    expect(runCheck(keywordsLetterFrequency, { letter: 'é', let_frequency: 2, let_relation: 'at least' }, 'Été').ok).toBe(true);
  });
  it('counts code points, not UTF-16 halves', () => {
    expect(runCheck(keywordsLetterFrequency, { letter: '😀', let_frequency: 2, let_relation: 'at least' }, '😀x😀').ok).toBe(true);
  });
  it('treats a whitespace letter as the empty string, which never counts', () => {
    expect(runCheck(keywordsLetterFrequency, { letter: ' ', let_frequency: 1, let_relation: 'at least' }, 'a b c').ok).toBe(false);
  });
  it('rejects anything but one character', () => {
    expect(paramError(keywordsLetterFrequency, { letter: 'ab', let_frequency: 1, let_relation: 'at least' })).toBe('letter');
    expect(paramError(keywordsLetterFrequency, { letter: '', let_frequency: 1, let_relation: 'at least' })).toBe('letter');
  });
});
