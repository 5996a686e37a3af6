import { describe, expect, it } from 'vitest';
import {
  PunktSentenceTokenizer,
  punktParametersFromJson,
  punktWordTokens,
  sentSpans,
  sentTokenize,
} from './index.js';

// Expected values come from NLTK's own documentation and tests, and from running NLTK 3.9.1's
// `sent_tokenize` (English model) on the inputs.

describe('sentTokenize: NLTK documentation and unit tests', () => {
  it('module docstring: abbreviations, initials, lower-case starts', () => {
    const text =
      'Punkt knows that the periods in Mr. Smith and Johann S. Bach\n' +
      'do not mark sentence boundaries.  And sometimes sentences\n' +
      'can start with non-capitalized words.  i is a good variable\nname.';
    expect(sentTokenize(text)).toEqual([
      'Punkt knows that the periods in Mr. Smith and Johann S. Bach\ndo not mark sentence boundaries.',
      'And sometimes sentences\ncan start with non-capitalized words.',
      'i is a good variable\nname.',
    ]);
  });

  it('module docstring: punctuation after the period is realigned', () => {
    const text =
      '(How does it deal with this parenthesis?)  "It should be part of the\n' +
      'previous sentence." "(And the same with this one.)" (\'And this one!\')\n' +
      '"(\'(And (this)) \'?)" [(and this. )]';
    expect(sentTokenize(text)).toEqual([
      '(How does it deal with this parenthesis?)',
      '"It should be part of the\nprevious sentence."',
      '"(And the same with this one.)"',
      "('And this one!')",
      '"(\'(And (this)) \'?)"',
      '[(and this. )]',
    ]);
  });

  it('nltk.tokenize docstring example', () => {
    const s = 'Good muffins cost $3.88\nin New York.  Please buy me\ntwo of them.\n\nThanks.';
    expect(sentTokenize(s)).toEqual([
      'Good muffins cost $3.88\nin New York.',
      'Please buy me\ntwo of them.',
      'Thanks.',
    ]);
  });

  it.each([
    ['this is a test. . new sentence.', ['this is a test.', '.', 'new sentence.']],
    ['This. . . That', ['This.', '.', '.', 'That']],
    ['This..... That', ['This..... That']],
    ['This... That', ['This... That']],
    ['This.. . That', ['This.. .', 'That']],
    ['This. .. That', ['This.', '.. That']],
    ['This. ,. That', ['This.', ',.', 'That']],
    ['This!!! That', ['This!!!', 'That']],
    ['This! That', ['This!', 'That']],
    [
      "1. This is R .\n2. This is A .\n3. That's all",
      ['1.', 'This is R .', '2.', 'This is A .', '3.', "That's all"],
    ],
    [
      "1. This is R .\t2. This is A .\t3. That's all",
      ['1.', 'This is R .', '2.', 'This is A .', '3.', "That's all"],
    ],
    ['Hello.\tThere', ['Hello.', 'There']],
  ])('NLTK test_sent_tokenize %j', (text, expected) => {
    expect(sentTokenize(text)).toEqual(expected);
  });
});

describe('sentTokenize: tricky cases', () => {
  it.each([
    // Abbreviations: known ones do not end a sentence unless the next word says so.
    ['Use a tool, e.g. a hammer. It works.', ['Use a tool, e.g.', 'a hammer.', 'It works.']],
    ['Use a tool, e.g. A hammer works.', ['Use a tool, e.g.', 'A hammer works.']],
    ['The U.S. economy grew. Then it shrank.', ['The U.S. economy grew.', 'Then it shrank.']],
    ['Dr. Watson arrived at 5 p.m. He was late.', ['Dr. Watson arrived at 5 p.m.', 'He was late.']],
    [
      'I met Mr. and Mrs. Smith yesterday. They were nice.',
      ['I met Mr. and Mrs. Smith yesterday.', 'They were nice.'],
    ],
    [
      'The meeting is at 10 a.m. tomorrow. Be on time.',
      ['The meeting is at 10 a.m. tomorrow.', 'Be on time.'],
    ],
    // Initials.
    ['J. R. R. Tolkien wrote it. He was British.', ['J. R. R. Tolkien wrote it.', 'He was British.']],
    // Numbers: decimals are one token; an ordinal-looking number may or may not end a sentence.
    ['Pi is about 3.14. It is irrational.', ['Pi is about 3.14.', 'It is irrational.']],
    [
      'The 2. edition is better. See chapter 3. The end.',
      ['The 2. edition is better.', 'See chapter 3.', 'The end.'],
    ],
    ['1. First item\n2. Second item\n3. Third item', ['1.', 'First item\n2.', 'Second item\n3.', 'Third item']],
    [
      "Numbers like 1,000.50 are tricky. Aren't they?",
      ['Numbers like 1,000.50 are tricky.', "Aren't they?"],
    ],
    // Ellipses.
    ['Wait... What happened? I don\'t know!', ['Wait... What happened?', "I don't know!"]],
    ['He paused... and then left.', ['He paused... and then left.']],
    [
      'Ellipsis . . . spaced out. New sentence.',
      ['Ellipsis .', '.', '.', 'spaced out.', 'New sentence.'],
    ],
    // Quotes and brackets after the period stay with their sentence.
    ['She said "Stop." Then she left.', ['She said "Stop."', 'Then she left.']],
    ["He asked 'why?' and left.", ["He asked 'why?'", 'and left.']],
    ['He left (finally.) We cheered.', ['He left (finally.)', 'We cheered.']],
    ['Sent1.) Sent2.', ['Sent1.)', 'Sent2.']],
    ['He said (quote.) -- and left.', ['He said (quote.)', '-- and left.']],
    ['End with quote." And more.', ['End with quote."', 'And more.']],
    // NLTK 3.9.1 does not treat curly quotes as closing punctuation (3.10 does).
    [
      '\u201cCurly quotes.\u201d Are they handled? \u2018Yes.\u2019 Fine.',
      ['\u201cCurly quotes.\u201d Are they handled?', '\u2018Yes.\u2019 Fine.'],
    ],
    // No space after the period: no boundary.
    ['First sentence.Second sentence without a space.', ['First sentence.Second sentence without a space.']],
    ['Visit www.example.com. It is great.', ['Visit www.example.com.', 'It is great.']],
    ['Hello!!! Are you there??? Yes.', ['Hello!!!', 'Are you there???', 'Yes.']],
    ['no capital after period. next sentence here.', ['no capital after period.', 'next sentence here.']],
    ['Item one.\n\nItem two.\n* Bullet three.', ['Item one.', 'Item two.', '* Bullet three.']],
    // Unicode letters, ideographic full stop (not a boundary character), Unicode whitespace.
    [
      "The café was open. L'été est là. Überraschung!",
      ['The café was open.', "L'été est là.", 'Überraschung!'],
    ],
    ['東京は大きい。 It is big. Tokyo!', ['東京は大きい。 It is big.', 'Tokyo!']],
    [
      'Tabs\tand.\tnew lines.\nAnd\u00a0nbsp. Here.',
      ['Tabs\tand.', 'new lines.', 'And\u00a0nbsp.', 'Here.'],
    ],
    ['A sentence.   ', ['A sentence.']],
    ['', []],
    ['   ', []],
  ] as Array<[string, string[]]>)('%j', (text, expected) => {
    expect(sentTokenize(text)).toEqual(expected);
  });
});

describe('sentSpans', () => {
  it('gives UTF-16 offsets whose slices are the sentences', () => {
    const text = '😀 Emoji first. Then 東京. Done!  ';
    const spans = sentSpans(text);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(sentTokenize(text));
    expect(spans).toEqual([
      [0, 15],
      [16, 24],
      [25, 30],
    ]);
  });
});

describe('Punkt word tokenizer', () => {
  it('splits off punctuation other than periods, keeps multi-character punctuation whole', () => {
    expect(punktWordTokens('Hello, world... (really) "quoted" -- done. . . end')).toEqual([
      'Hello',
      ',',
      'world',
      '...',
      '(',
      'really',
      ')',
      '"',
      'quoted',
      '"',
      '--',
      'done',
      '. . .',
      'end',
    ]);
    expect(punktWordTokens('a,b 3,000 x, y')).toEqual(['a,b', '3,000', 'x', ',', 'y']);
    expect(punktWordTokens('Mr. e.g. U.S.A.')).toEqual(['Mr.', 'e.g.', 'U.S.A.']);
  });
});

describe('PunktSentenceTokenizer with custom parameters', () => {
  it('uses the abbreviation list it is given', () => {
    const noAbbrevs = new PunktSentenceTokenizer(
      punktParametersFromJson({ abbrev_types: [], collocations: [], sent_starters: [], ortho_context: {} }),
    );
    const withMr = new PunktSentenceTokenizer(
      punktParametersFromJson({ abbrev_types: ['mr'], collocations: [], sent_starters: [], ortho_context: {} }),
    );
    expect(noAbbrevs.tokenize('I saw Mr. Smith.')).toEqual(['I saw Mr.', 'Smith.']);
    expect(withMr.tokenize('I saw Mr. Smith.')).toEqual(['I saw Mr. Smith.']);
  });
});

describe('performance and hostile input', () => {
  it('splits 1 MB of prose in well under a second', () => {
    const unit =
      'Dr. Smith met Mr. Jones at 3 p.m. on Jan. 5. They talked... "Really?" she asked. ' +
      '(It was fine.) The U.S. team won 3.5 to 2! Next, e.g. lunch, then home.\n\n';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    sentTokenize(text.slice(0, 10_000)); // warm up
    const t0 = performance.now();
    const sentences = sentTokenize(text);
    const dt = performance.now() - t0;
    expect(sentences.length).toBeGreaterThan(10_000);
    expect(dt).toBeLessThan(1000);
  });

  it.each([
    ['periods', '.'.repeat(1_000_000)],
    ['bangs', '!'.repeat(1_000_000)],
    ['spaced periods', '. '.repeat(500_000)],
    ['no ASCII spaces', 'a.\u00a0'.repeat(330_000)],
    ['one long word', 'x'.repeat(1_000_000) + '. Y.'],
    ['spaces', 'a.' + ' '.repeat(1_000_000) + 'b'],
    ['closers', 'a. ' + ')'.repeat(500_000) + ' b. c'],
  ])('stays fast on 1 MB of %s', (_name, text) => {
    const t0 = performance.now();
    const sentences = sentTokenize(text);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(Array.isArray(sentences)).toBe(true);
  });
});

describe('punktParametersFromJson', () => {
  it('looks orthographic contexts up by own key only', () => {
    const params = punktParametersFromJson({
      abbrev_types: ['dr'],
      collocations: [['i', 'e']],
      sent_starters: ['however'],
      ortho_context: { the: 34, constructor: 2 },
    });
    expect(params.orthoContext.get('the')).toBe(34);
    expect(params.orthoContext.get('constructor')).toBe(2);
    expect(params.orthoContext.get('toString')).toBeUndefined();
    expect(params.orthoContext.get('missing')).toBeUndefined();
    expect(params.abbrevTypes.has('dr')).toBe(true);
    expect(params.collocations.get('i')?.has('e')).toBe(true);
  });
});
