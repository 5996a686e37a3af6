import { describe, expect, it } from 'vitest';
import {
  lengthNthParagraphFirstWord,
  lengthNumberParagraphs,
  lengthNumberSentences,
  lengthNumberWords,
} from './length-constraints.js';
import { paramError, runCheck } from './test-helpers.js';

describe('length_constraints:number_paragraphs', () => {
  const k = (n: number) => ({ num_paragraphs: n });
  it('splits on *** with at most one whitespace either side', () => {
    expect(runCheck(lengthNumberParagraphs, k(2), 'a\n\n***\n\nb').ok).toBe(true);
    expect(runCheck(lengthNumberParagraphs, k(3), 'a ***b*** c').ok).toBe(true);
  });
  it('ignores a blank first or last part but fails on a blank middle one', () => {
    expect(runCheck(lengthNumberParagraphs, k(2), '***\na\n***\nb\n***').ok).toBe(true);
    const r = runCheck(lengthNumberParagraphs, k(2), 'a\n***\n***\nb');
    expect(r.ok).toBe(false);
    expect(r.reason).toContain('empty paragraph');
  });
  it('treats **** as a divider followed by a star', () => {
    expect(runCheck(lengthNumberParagraphs, k(2), 'a\n****\nb').ok).toBe(true);
  });
  it('needs the exact count', () => {
    expect(runCheck(lengthNumberParagraphs, k(3), 'a\n***\nb').reason).toBe('found 2 paragraphs separated by ***, expected exactly 3');
  });
});

describe('length_constraints:number_words', () => {
  it('compares at the threshold (less than is strict)', () => {
    const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(runCheck(lengthNumberWords, { num_words: 100, relation: 'at least' }, text).ok).toBe(true);
    expect(runCheck(lengthNumberWords, { num_words: 100, relation: 'less than' }, text).ok).toBe(false);
    expect(runCheck(lengthNumberWords, { num_words: 101, relation: 'less than' }, text).ok).toBe(true);
  });
  it("counts Unicode word runs (don't = 2 words, naïve = 1)", () => {
    expect(runCheck(lengthNumberWords, { num_words: 3, relation: 'at least' }, "don't naïve").ok).toBe(true);
    expect(runCheck(lengthNumberWords, { num_words: 4, relation: 'at least' }, "don't naïve").ok).toBe(false);
  });
});

describe('length_constraints:number_sentences', () => {
  it('compares Punkt sentence counts with the relation', () => {
    const text = 'The sky is blue. Grass is green. Dr. Smith agrees.';
    expect(runCheck(lengthNumberSentences, { num_sentences: 3, relation: 'at least' }, text).ok).toBe(true);
    expect(runCheck(lengthNumberSentences, { num_sentences: 3, relation: 'less than' }, text).ok).toBe(false);
    expect(runCheck(lengthNumberSentences, { num_sentences: 4, relation: 'less than' }, text).ok).toBe(true);
  });
});

describe('length_constraints:nth_paragraph_first_word', () => {
  const k = (num_paragraphs: number, nth_paragraph: number, first_word: string) => ({ num_paragraphs, nth_paragraph, first_word });
  it('reads the first word up to punctuation, after leading quotes, case-insensitively', () => {
    const text = 'Intro here.\n\n"Summary:" it ends.\n\nBye.';
    expect(runCheck(lengthNthParagraphFirstWord, k(3, 2, 'summary:'), text).ok).toBe(true);
    expect(runCheck(lengthNthParagraphFirstWord, k(3, 2, 'Summary:'), text).ok).toBe(true);
    expect(runCheck(lengthNthParagraphFirstWord, k(3, 2, 'SUMMARY'), text).ok).toBe(false); // "summary:" keeps the colon
    expect(runCheck(lengthNthParagraphFirstWord, k(3, 1, 'intro'), text).ok).toBe(true);
    expect(runCheck(lengthNthParagraphFirstWord, k(3, 3, 'bye'), text).ok).toBe(true);
  });
  it('also needs the exact paragraph count', () => {
    expect(runCheck(lengthNthParagraphFirstWord, k(2, 1, 'intro'), 'Intro.\n\nA.\n\nB.').ok).toBe(false);
  });
  it('counts non-blank paragraphs but indexes the raw split (a leading blank part shifts it)', () => {
    expect(runCheck(lengthNthParagraphFirstWord, k(2, 1, 'hello'), '\n\nHello\n\nWorld').ok).toBe(false);
    expect(runCheck(lengthNthParagraphFirstWord, k(2, 2, 'hello'), '\n\nHello\n\nWorld').ok).toBe(true);
  });
  it('splits only on exactly two newlines', () => {
    expect(runCheck(lengthNthParagraphFirstWord, k(2, 2, 'b'), 'a\n\n\nb').ok).toBe(true);
    expect(runCheck(lengthNthParagraphFirstWord, k(2, 2, 'b'), 'a\r\n\r\nb').ok).toBe(false);
  });
  it('rejects nth_paragraph outside 1..num_paragraphs', () => {
    expect(paramError(lengthNthParagraphFirstWord, k(2, 3, 'x'))).toBe('nth_paragraph');
    expect(paramError(lengthNthParagraphFirstWord, k(2, 0, 'x'))).toBe('nth_paragraph');
  });
});
