import { describe, expect, it } from 'vitest';
import { verdict } from './test-helpers.js';
import { splitIntoSentences } from './regex-sentences.js';

describe('regex sentence splitter', () => {
  it('protects abbreviations, decimals and websites; splits glued sentences', () => {
    expect(splitIntoSentences('Mr. Lee paid 3.5 dollars at shop.com today. Then he left!')).toEqual([
      'Mr. Lee paid 3.5 dollars at shop.com today.',
      'Then he left!',
    ]);
    expect(splitIntoSentences('I agree.Yes')).toEqual(['I agree.', 'Yes']);
    expect(splitIntoSentences('better!!')).toEqual(['better!', '!']);
    expect(splitIntoSentences('Wait... what')).toEqual(['Wait...', 'what']);
  });
});

describe('detectable_format:sentence_hyphens', () => {
  const id = 'detectable_format:sentence_hyphens';
  it('passes sentences joined by bare hyphens', () => {
    expect(verdict(id, 'I ran.-You walked.-We met.')).toBe(true);
    expect(verdict(id, 'Mr. Lee arrived.-He sat down.')).toBe(true);
  });
  it('quirk: one sentence without hyphens passes, several fail', () => {
    expect(verdict(id, 'Just one sentence.')).toBe(true);
    expect(verdict(id, 'One sentence. Two sentences.')).toBe(false);
  });
  it('fails spaces around hyphens and hyphenated words', () => {
    expect(verdict(id, 'I ran. - You walked.')).toBe(false);
    expect(verdict(id, 'A well-known fact.')).toBe(false);
  });
  it('quirk: a trailing hyphen is never checked (zip stops early)', () => {
    expect(verdict(id, 'I ran.-You walked.-')).toBe(true);
  });
  it('an en dash is not a separator', () => {
    expect(verdict(id, 'I ran.\u2013You walked.')).toBe(false);
  });
});

describe('detectable_format:square_brackets', () => {
  const id = 'detectable_format:square_brackets';
  it('every whitespace token must be [..]', () => {
    expect(verdict(id, '[Hello] [world]')).toBe(true);
    expect(verdict(id, '[] [[x]] [a][b]')).toBe(true);
    expect(verdict(id, '[Hello] [world].')).toBe(false);
    expect(verdict(id, '[Hello world]')).toBe(false);
  });
});

describe('detectable_format:bigram_wrapping', () => {
  const id = 'detectable_format:bigram_wrapping';
  it('checks pairs from the start; an odd last token is unchecked', () => {
    expect(verdict(id, '<<I am>> <<at home>>')).toBe(true);
    expect(verdict(id, '<<I am>> <<at home>> alone')).toBe(true);
    expect(verdict(id, '<<I am>>.')).toBe(false);
    expect(verdict(id, '<<I>> <<am>>')).toBe(true);
    expect(verdict(id, 'I am')).toBe(false);
  });
});

describe('paragraphs:paragraphs', () => {
  const id = 'paragraphs:paragraphs';
  it('exactly two pieces around ***', () => {
    expect(verdict(id, 'First.\n***\nSecond.')).toBe(true);
    expect(verdict(id, 'First.***Second.')).toBe(true);
    expect(verdict(id, 'First.\n* * *\nSecond.')).toBe(false);
    expect(verdict(id, 'First.\n******\nSecond.')).toBe(false);
    expect(verdict(id, '***\nFirst.\n***\nSecond.\n***')).toBe(true);
  });
  it('quirk: bold-italic text splits', () => {
    expect(verdict(id, '***Spring*** arrives.')).toBe(true);
  });
});

describe('paragraphs:paragraphs2', () => {
  const id = 'paragraphs:paragraphs2';
  it('splits on exactly two newlines', () => {
    expect(verdict(id, 'One.\n\nTwo.')).toBe(true);
    expect(verdict(id, 'One.\n\n\nTwo.')).toBe(true);
    expect(verdict(id, 'One.\n\n\n\nTwo.')).toBe(false);
    expect(verdict(id, 'One.\n \nTwo.')).toBe(false);
    expect(verdict(id, 'One.\r\n\r\nTwo.')).toBe(false);
    expect(verdict(id, '\n\nOne.\n\nTwo.\n\n')).toBe(true);
  });
});

describe('punctuation:punctuation_dot / punctuation_exclamation', () => {
  it('any U+002E fails; other full stops are fine', () => {
    expect(verdict('punctuation:punctuation_dot', 'No dots here\u2026 \u3002 \uff0e')).toBe(true);
    expect(verdict('punctuation:punctuation_dot', 'pi is 3.14')).toBe(false);
  });
  it('any U+0021 fails; other exclamation forms are fine', () => {
    expect(verdict('punctuation:punctuation_exclamation', '\u00a1Hola\uff01 \u203c \u203d')).toBe(true);
    expect(verdict('punctuation:punctuation_exclamation', 'a != b')).toBe(false);
  });
});
