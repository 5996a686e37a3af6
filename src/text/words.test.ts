import { describe, expect, it } from 'vitest';
import { countWords, wordTokensW } from './words.js';
import { seededRandom } from './test-helpers.js';

describe('countWords (IFEval count_words: runs of Python \\w)', () => {
  it('matches the cases in IFEval\'s own tests', () => {
    expect(countWords('word1, word2, word3, word4.')).toBe(4);
    expect(
      countWords(
        '\n      Bard can you tell me which is the best optimization method for the\n' +
          '      transition from an hydro-thermal system to an hydro-renewables system',
      ),
    ).toBe(24);
    expect(countWords('\n      Hyphenated-word has two word counts.\n      ')).toBe(6);
  });

  it('counts nothing in empty or punctuation-only text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' ... !!! --- ')).toBe(0);
  });

  it('treats underscores and apostrophes as Python does', () => {
    expect(wordTokensW('snake_case_name')).toEqual(['snake_case_name']);
    expect(wordTokensW("don't")).toEqual(['don', 't']);
    expect(countWords("it's __init__")).toBe(3);
  });

  it('treats non-ASCII letters and digits as word characters', () => {
    expect(wordTokensW('café naïve')).toEqual(['café', 'naïve']);
    expect(wordTokensW('東京タワー is tall')).toEqual(['東京タワー', 'is', 'tall']);
    // Arabic-Indic and Devanagari digits (Nd), superscript two (No), Roman numeral (Nl).
    expect(wordTokensW('٣٤ ४२ x² Ⅻ')).toEqual(['٣٤', '४२', 'x²', 'Ⅻ']);
  });

  it('splits at combining marks (Mn/Mc are not \\w in Python)', () => {
    const decomposed = 'cafe\u0301 ok'; // "café" with U+0301 COMBINING ACUTE ACCENT
    expect(wordTokensW(decomposed)).toEqual(['cafe', 'ok']);
    expect(countWords('e\u0301te\u0301')).toBe(2);
    // Devanagari vowel sign (Mc) breaks a Hindi word into pieces.
    expect(wordTokensW('नमस्ते')).toEqual(['नमस', 'त']);
  });

  it('keeps astral letters whole and ignores emoji', () => {
    expect(wordTokensW('𝐀𝐁 😀 x')).toEqual(['𝐀𝐁', 'x']);
    expect(countWords('😀😀😀')).toBe(0);
  });
});

describe('countWords agrees with the runs of the \\w+ pattern', () => {
  it('on random text with letters, marks, digits of many scripts, surrogates and punctuation', () => {
    const pieces = ['a', 'Z', '_', ' ', '-', "'", 'é', 'e\u0301', '東', '٣', '²', 'Ⅻ', '\u{1D400}', '\u{1F600}', '\uD800', '\uDC00', '\u200b', '\u00a0', '.', '7'];
    const next = seededRandom(99);
    for (let n = 0; n < 5000; n++) {
      let s = '';
      const length = next() % 40;
      for (let k = 0; k < length; k++) s += pieces[next() % pieces.length];
      expect(countWords(s), JSON.stringify(s)).toBe(wordTokensW(s).length);
    }
  });
});
