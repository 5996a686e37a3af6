import { describe, expect, it } from 'vitest';
import { countSentences, splitIntoSentencesRegex } from './sentences.js';

describe('countSentences (IFEval count_sentences: Punkt English)', () => {
  it.each([
    // The cases in IFEval's own tests.
    ['xx,x. xx,x! xx/x. x{x}x? x.', 5],
    ['xx,x! xxxx. x(x)x?', 3],
    ['xxxx. xx,x! xx|x. x&x x?', 4],
    ['xx-x]xx,x! x{x}xx,x.', 2],
    // Abbreviations and initials do not count; blank text has no sentence.
    ['Mr. Smith met Dr. Jones at 5 p.m. today. They talked.', 2],
    ['J. R. R. Tolkien wrote it.', 1],
    ['', 0],
    ['  \n ', 0],
    ['no final punctuation', 1],
  ])('%j has %i sentences', (text, n) => {
    expect(countSentences(text)).toBe(n);
  });
});

describe('splitIntoSentencesRegex (IFEval split_into_sentences)', () => {
  it("matches IFEval's own tests", () => {
    expect(
      splitIntoSentencesRegex(
        "\n  Google is a technology company. It was founded in 1998 by Larry Page\nand Sergey Brin. Google's mission is to organize the world's information\nand make it universally accessible and useful.\n  ",
      ),
    ).toEqual([
      'Google is a technology company.',
      'It was founded in 1998 by Larry Page and Sergey Brin.',
      "Google's mission is to organize the world's information and make it universally accessible and useful.",
    ]);
    expect(
      splitIntoSentencesRegex(
        '\n  The U.S.A has many Ph.D. students. They will often haven a .com website\nsharing the research that they have done.\n  ',
      ),
    ).toEqual([
      'The U.S.A has many Ph.D. students.',
      'They will often haven a .com website sharing the research that they have done.',
    ]);
  });

  it.each([
    [
      'Mr. Smith met Dr. Jones at 3.30 p.m. today! Did they talk? Yes.',
      ['Mr. Smith met Dr. Jones at 3.30 p.m. today!', 'Did they talk?', 'Yes.'],
    ],
    // A company suffix before a sentence starter ends the sentence and loses its period.
    [
      'He works at Acme Inc. He is happy. She works at Foo Co. in town.',
      ['He works at Acme Inc', 'He is happy.', 'She works at Foo Co. in town.'],
    ],
    // Ellipses end a sentence; closing quotes move before the final punctuation.
    [
      'Wait... what? "Really." she said! \u201cFine.\u201d Ok.',
      ['Wait...', 'what?', '"Really".', 'she said!', '\u201cFine\u201d.', 'Ok.'],
    ],
    [
      'I.B.M. He left. The U.S. They left. A. Lincoln was here.',
      ['I.B.M.', 'He left.', 'The U.S.', 'They left.', 'A. Lincoln was here.'],
    ],
    ['Visit example.com or test.org. Bye', ['Visit example.com or test.org.', 'Bye']],
    ['No punctuation at all', ['No punctuation at all']],
    ['', []],
    // A no-break space is Python whitespace: before a single-letter initial it becomes a space.
    ['a.b.c. d.e. x\u00a0y. z', ['a.b.c. d.e. x y. z']],
    ['End?"  Next!" more', ['End"?', 'Next"!', 'more']],
  ] as Array<[string, string[]]>)('%j', (text, expected) => {
    expect(splitIntoSentencesRegex(text)).toEqual(expected);
  });
});
