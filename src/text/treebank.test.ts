import { describe, expect, it } from 'vitest';
import { countUpperTokens, countUpperWordTokens, treebankWordTokenize, wordTokenize } from './treebank.js';
import { pyIsUpper } from './python.js';
import { seededRandom } from './test-helpers.js';

// Expected values come from NLTK's documentation and regression tests (nltk/test/tokenize.doctest,
// nltk/test/unit/test_tokenize.py), and from running NLTK 3.9.1's `word_tokenize` on the inputs.

describe('wordTokenize: NLTK regression tests', () => {
  it.each([
    [
      'Good muffins cost $3.88\nin New York.  Please buy me\ntwo of them.\n\nThanks.',
      ['Good', 'muffins', 'cost', '$', '3.88', 'in', 'New', 'York', '.', 'Please', 'buy', 'me', 'two', 'of', 'them', '.', 'Thanks', '.'],
    ],
    [
      'On a $50,000 mortgage of 30 years at 8 percent, the monthly payment would be $366.88.',
      ['On', 'a', '$', '50,000', 'mortgage', 'of', '30', 'years', 'at', '8', 'percent', ',', 'the', 'monthly', 'payment', 'would', 'be', '$', '366.88', '.'],
    ],
    [
      '"We beat some pretty good teams to get here," Slocum said.',
      ['``', 'We', 'beat', 'some', 'pretty', 'good', 'teams', 'to', 'get', 'here', ',', "''", 'Slocum', 'said', '.'],
    ],
    [
      'Well, we couldn\'t have this predictable, cliche-ridden, "Touched by an Angel" (a show creator John Masius worked on) wanna-be if she didn\'t.',
      ['Well', ',', 'we', 'could', "n't", 'have', 'this', 'predictable', ',', 'cliche-ridden', ',', '``', 'Touched', 'by', 'an', 'Angel', "''", '(', 'a', 'show', 'creator', 'John', 'Masius', 'worked', 'on', ')', 'wanna-be', 'if', 'she', 'did', "n't", '.'],
    ],
    ['I cannot cannot work under these conditions!', ['I', 'can', 'not', 'can', 'not', 'work', 'under', 'these', 'conditions', '!']],
    ['The company spent 40.75% of its income last year.', ['The', 'company', 'spent', '40.75', '%', 'of', 'its', 'income', 'last', 'year', '.']],
    ['He arrived at 3:00 pm.', ['He', 'arrived', 'at', '3:00', 'pm', '.']],
    ['I bought these items: books, pencils, and pens.', ['I', 'bought', 'these', 'items', ':', 'books', ',', 'pencils', ',', 'and', 'pens', '.']],
    ['Though there were 150, 100 of them were old.', ['Though', 'there', 'were', '150', ',', '100', 'of', 'them', 'were', 'old', '.']],
    ["There were 300,000, but that wasn't enough.", ['There', 'were', '300,000', ',', 'but', 'that', 'was', "n't", 'enough', '.']],
    ["It's more'n enough.", ['It', "'s", 'more', "'n", 'enough', '.']],
    ['\u00abNow that I can do.\u00bb', ['\u00ab', 'Now', 'that', 'I', 'can', 'do', '.', '\u00bb']],
    [
      'The unicode 201C and 201D \u201cLEFT(RIGHT) DOUBLE QUOTATION MARK\u201d is also OPEN_PUNCT and CLOSE_PUNCT.',
      ['The', 'unicode', '201C', 'and', '201D', '\u201c', 'LEFT', '(', 'RIGHT', ')', 'DOUBLE', 'QUOTATION', 'MARK', '\u201d', 'is', 'also', 'OPEN_PUNCT', 'and', 'CLOSE_PUNCT', '.'],
    ],
    ["The 'v', I've been fooled but I'll seek revenge.", ['The', "'", 'v', "'", ',', 'I', "'ve", 'been', 'fooled', 'but', 'I', "'ll", 'seek', 'revenge', '.']],
    ["'v' 're'", ["'", 'v', "'", "'re", "'"]],
    ['This is a, *weird sentence with *asterisks in it.', ['This', 'is', 'a', ',', '*', 'weird', 'sentence', 'with', '*', 'asterisks', 'in', 'it', '.']],
    [
      'Why did dotdot.. not get tokenized but dotdotdot... did? How about manydots.....',
      ['Why', 'did', 'dotdot', '..', 'not', 'get', 'tokenized', 'but', 'dotdotdot', '...', 'did', '?', 'How', 'about', 'manydots', '.....'],
    ],
  ] as Array<[string, string[]]>)('%j', (text, expected) => {
    expect(wordTokenize(text)).toEqual(expected);
  });
});

describe('wordTokenize: tricky cases (checked against NLTK 3.9.1)', () => {
  it.each([
    // NLTK 3.9 collapses whitespace before splitting clitics, so a tab or newline after "'s" works.
    ["he's\ta good boy. he's\nhere.", ['he', "'s", 'a', 'good', 'boy', '.', 'he', "'s", 'here', '.']],
    // Em dashes are not split in 3.9.1.
    [
      'The food\u2014which was delicious\u2014reminded me of home.',
      ['The', 'food\u2014which', 'was', 'delicious\u2014reminded', 'me', 'of', 'home', '.'],
    ],
    // Single quotes: a leading apostrophe stays on a longer word; '' becomes `` when opening.
    ["She said, 'hello' and ''quoted'' text.", ['She', 'said', ',', "'hello", "'", 'and', '``', 'quoted', "''", 'text', '.']],
    [
      "Gimme that, I'm gonna win. 'Tis the season, 'twas fun. Wanna go?",
      ['Gim', 'me', 'that', ',', 'I', "'m", 'gon', 'na', 'win', '.', "'T", 'is', 'the', 'season', ',', "'t", 'was', 'fun', '.', 'Wan', 'na', 'go', '?'],
    ],
    ["WANNA GO? CANNOT STOP. D'ye know?", ['WAN', 'NA', 'GO', '?', 'CAN', 'NOT', 'STOP', '.', 'D', "'ye", 'know', '?']],
    [
      'Dr. Smith (the surgeon) said: "It\'s fine" -- really.',
      ['Dr.', 'Smith', '(', 'the', 'surgeon', ')', 'said', ':', '``', 'It', "'s", 'fine', "''", '--', 'really', '.'],
    ],
    [
      'Email me at a@b.com; cost: 5% & more #tag.',
      ['Email', 'me', 'at', 'a', '@', 'b.com', ';', 'cost', ':', '5', '%', '&', 'more', '#', 'tag', '.'],
    ],
    // Quotes after the final period belong to the sentence that ends there.
    ['End with closing quote." Next one.\'', ['End', 'with', 'closing', 'quote', '.', "''", 'Next', 'one', '.', "'"]],
    [
      'Café naïve résumé: 東京, ٣٤ and x².',
      ['Café', 'naïve', 'résumé', ':', '東京', ',', '٣٤', 'and', 'x²', '.'],
    ],
    ['', []],
  ] as Array<[string, string[]]>)('%j', (text, expected) => {
    expect(wordTokenize(text)).toEqual(expected);
  });
});

describe('treebankWordTokenize (one sentence, no Punkt)', () => {
  it('keeps non-final periods and splits the final one', () => {
    expect(treebankWordTokenize('Good muffins cost $3.88\nin New York.  Please buy me\ntwo of them.\nThanks.')).toEqual([
      'Good', 'muffins', 'cost', '$', '3.88', 'in', 'New', 'York.', 'Please', 'buy', 'me', 'two', 'of', 'them.', 'Thanks', '.',
    ]);
  });

  it('contractions need word boundaries', () => {
    expect(treebankWordTokenize('cannotx xcannot cannot')).toEqual(['cannotx', 'xcannot', 'can', 'not']);
    expect(treebankWordTokenize('wanna\tgo wannabe')).toEqual(['wan', 'na', 'go', 'wannabe']);
  });

  it('is fast and total on hostile input', () => {
    const hostile = ['a.' + ' '.repeat(200_000) + 'b', '"'.repeat(200_000), "'".repeat(200_000) + 's ', ', '.repeat(100_000)];
    for (const text of hostile) {
      const t0 = performance.now();
      const tokens = treebankWordTokenize(text);
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(tokens.length).toBeGreaterThan(0);
    }
  });
});

describe('countUpperTokens: same count as tokenizing', () => {
  const slow = (s: string) => treebankWordTokenize(s).filter((t) => pyIsUpper(t)).length;

  it.each([
    ["I DON'T KNOW.", 4],
    ['HELLO, WORLD!!!', 2],
    ['**IMPORTANT** note: see U.S. law', 2],
    ['CANNOT stop; CANnot stop; Cannot', 3],
    ['Self-Care and AI-DRIVEN A--B', 3],
    ['3D and 42 and A1', 2],
    ["'TIS the SEASON", 3],
    ["It's DON'T Don't I'm O'Brien 'Tis", 4],
    ['GIMME MORE', 3],
    ['ÉCOLE and École', 1],
    ['A...B X..', 3],
  ])('%j has %i upper-case tokens', (sentence, expected) => {
    expect(slow(sentence)).toBe(expected);
    expect(countUpperTokens(sentence)).toBe(expected);
  });

  it('agrees with the tokenizer on random sentences built from tricky pieces', () => {
    const pieces = [
      'A', 'B', 'I', 'Ab', 'aB', 'ab', 'NASA', 'U.S.', 'e.g.', 'X-Y', 'X--Y', 'A..B', '3D', '42', "DON'T", "don't",
      'CANNOT', 'canNOT', 'GONNA', 'wanna', "'TIS", "'twas", '"', "''", '``', '(', ')', '[', ']', ',', ':', ';', '.', '...',
      '!', '?', '*', '**', '$', '%', '&', '#', '@', '-', '--', '’', '“', 'É', 'é', 'ǅ', 'Σ', 'ß', '\u00a0', '\t', '\n', ' ',
      "It's", "O'Brien", "I'm", "DOn't", "Don't", "DON'T", "N'T", "n't", "'Tis", "'TWAS", "isn't", "rock'n'roll", "'", "''",
      '_', '^', '\\', '/', '+', '=', '~', '|', 'X_1', 'a^B', '\u0001', 'D\'ye', "MORE'N", "'s", "'LL", "'re",
    ];
    const next = seededRandom(12345);
    for (let n = 0; n < 20000; n++) {
      let s = '';
      const len = 1 + (next() % 12);
      for (let k = 0; k < len; k++) s += pieces[next() % pieces.length]! + (next() % 3 === 0 ? '' : ' ');
      expect(countUpperTokens(s), JSON.stringify(s)).toBe(slow(s));
    }
  });
});

describe('countUpperWordTokens: same count as nltk.word_tokenize', () => {
  const slow = (s: string) => wordTokenize(s).filter((t) => pyIsUpper(t)).length;

  it('on random multi-sentence texts with sentence ends glued to quotes and brackets', () => {
    const pieces = [
      'The', 'NASA', 'I', 'It.', "It.'s", 'OK.', 'Stop."', 'GO!)', 'Why?\'', 'U.S.', 'e.g.', 'Mr.', 'DON\'T', "'Tis", 'A.',
      'word', 'WORD.', '"QUOTE"', '(PAREN)', 'X_1', '...', '.', '!', '?', '"', ')', '\n', '\n\n', ' ', '  ', 'É', 'ÉTÉ.', '3D.',
    ];
    const next = seededRandom(4242);
    for (let n = 0; n < 4000; n++) {
      let s = '';
      const len = 1 + (next() % 16);
      for (let k = 0; k < len; k++) s += pieces[next() % pieces.length]! + (next() % 4 === 0 ? '' : ' ');
      expect(countUpperWordTokens(s), JSON.stringify(s)).toBe(slow(s));
    }
  });
});
