import { describe, expect, it } from 'vitest';
import { changeCaseCapitalWordFrequency, changeCaseEnglishCapital, changeCaseEnglishLowercase, countCapitalWords } from './change-case.js';
import { treebankWordTokenize as treebankTokenize } from '../../text/treebank.js';
import { runCheck } from './test-helpers.js';

describe('treebankTokenize (NLTKWordTokenizer)', () => {
  it.each([
    ["DON'T STOP", ['DO', "N'T", 'STOP']],
    ['CANNOT', ['CAN', 'NOT']],
    ['I am OK.', ['I', 'am', 'OK', '.']],
    ['U.S.A. rocks', ['U.S.A.', 'rocks']],
    ['HELLO-WORLD', ['HELLO-WORLD']],
    ["NASA's", ['NASA', "'s"]],
    ["I'M HERE", ['I', "'M", 'HERE']],
    ['"Quote," he said (twice)...', ['``', 'Quote', ',', "''", 'he', 'said', '(', 'twice', ')', '...']],
  ])('%j', (text, tokens) => {
    expect(treebankTokenize(text)).toEqual(tokens);
  });
  it('splits a clitic before a sentence-final period only at the end of the sentence', () => {
    expect(treebankTokenize("THEY WON'T.")).toEqual(['THEY', 'WO', "N'T", '.']);
    expect(treebankTokenize("THEY WON'T. OK")).toEqual(['THEY', "WON'T.", 'OK']);
  });
  it('is linear on a long whitespace tail after a period', () => {
    const t0 = performance.now();
    treebankTokenize('x.' + ' '.repeat(1_000_000) + 'y');
    treebankTokenize('x.' + ')'.repeat(200_000) + ' '.repeat(200_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('change_case:capital_word_frequency', () => {
  const k = (capital_relation: string, capital_frequency: number) => ({ capital_relation, capital_frequency });
  it('counts upper-case word tokens (contractions split)', () => {
    expect(countCapitalWords("I DON'T KNOW. It is FINE.")).toBe(5);
    expect(countCapitalWords('3D and 42 and A1')).toBe(2);
  });
  it('compares at the threshold', () => {
    const text = 'WE ARE HERE now';
    expect(runCheck(changeCaseCapitalWordFrequency, k('at least', 3), text).ok).toBe(true);
    expect(runCheck(changeCaseCapitalWordFrequency, k('less than', 3), text).ok).toBe(false);
    expect(runCheck(changeCaseCapitalWordFrequency, k('less than', 4), text).reason).toBe('found 3 all-capital words, expected fewer than 4');
  });
  it('accepts a negative frequency, as the reference does', () => {
    expect(runCheck(changeCaseCapitalWordFrequency, k('at least', -1), 'none').ok).toBe(true);
  });
});

describe('change_case:english_capital / english_lowercase', () => {
  it('needs Python isupper()/islower() of the whole response first', () => {
    expect(runCheck(changeCaseEnglishCapital, {}, 'THIS IS FINE, mostly.').ok).toBe(false);
    expect(runCheck(changeCaseEnglishLowercase, {}, 'this is Fine.').ok).toBe(false);
    expect(runCheck(changeCaseEnglishCapital, {}, '123 !!!').ok).toBe(false); // no cased letter: isupper() is False
  });
  it('then needs langdetect to say English', () => {
    expect(runCheck(changeCaseEnglishCapital, {}, 'THIS IS A SIMPLE ENGLISH SENTENCE ABOUT THE WEATHER TODAY.').ok).toBe(true);
    expect(runCheck(changeCaseEnglishLowercase, {}, 'this is a simple english sentence about the weather today.').ok).toBe(true);
    expect(runCheck(changeCaseEnglishCapital, {}, 'ESTO ES UNA FRASE EN ESPAÑOL SOBRE EL TIEMPO.').ok).toBe(false);
  });
});
