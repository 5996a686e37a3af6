/**
 * IFTrain counting constraints: count:lowercase_counting, letters:letter_counting,
 * letters:letter_counting2 (and open-instruct's keywords:letter_frequency, the same class),
 * count:counting_composition, count:count_unique.
 */
import { defineConstraint, type Constraint, type Params } from '../types.js';
import { PY_B, pyStrip } from '../../text/python.js';
import { splitIntoSentences } from './regex-sentences.js';
import { wordTokenize } from './nltk.js';
import { countPieces, STARS_DIVIDER_RE } from './format.js';
import { fail, firstError, nonNegative, nonZero, pass, plural, pyLower, q } from './common.js';

/** `\b[a-z]+\b` with Python's Unicode word boundaries. */
const LOWERCASE_WORD_RE = new RegExp(`${PY_B}[a-z]+${PY_B}`, 'gu');

interface NParams extends Params {
  readonly N: number;
}

const lowercaseCounting = defineConstraint<NParams>({
  id: 'count:lowercase_counting',
  family: 'iftrain',
  params: [{ name: 'N', kind: 'integer', required: true, range: [2, 3], doc: 'maximum total number of all-lowercase ASCII words (0 counts as missing)' }],
  validate: (params) => nonZero(params, 'N'),
  describe: (p) => `In your response, all lowercase words should appear at most ${p.N} times.`,
  check(response, p) {
    let n = 0;
    LOWERCASE_WORD_RE.lastIndex = 0;
    while (LOWERCASE_WORD_RE.exec(response)) n++;
    const found = `found ${plural(n, 'lowercase word')} in total`;
    return n <= p.N ? pass(`${found}, at most ${p.N} allowed`) : fail(`${found}, at most ${p.N} allowed`);
  },
});

interface LetterCountingParams extends Params {
  readonly N: number;
  readonly relation: string;
}

const letterCounting = defineConstraint<LetterCountingParams>({
  id: 'letters:letter_counting',
  family: 'iftrain',
  params: [
    { name: 'N', kind: 'integer', required: true, range: [2, 3], doc: 'the number of ASCII letters to compare with (0 counts as missing)' },
    {
      name: 'relation',
      kind: 'string',
      required: true,
      doc: "'at least' (>=) or 'less than' (<); any other non-empty value is accepted and always fails, as in the reference",
    },
  ],
  validate(params) {
    if (params['relation'] === '') {
      return { field: 'relation', message: "'relation' must not be empty (the reference would pick a random relation)" };
    }
    return nonZero(params, 'N');
  },
  describe: (p) => `Answer with ${p.relation} ${p.N} letters.`,
  check(response, p) {
    let n = 0;
    for (let i = 0; i < response.length; i++) {
      const c = response.charCodeAt(i) | 0x20;
      if (c >= 0x61 && c <= 0x7a) n++;
    }
    const found = `found ${plural(n, 'ASCII letter')}`;
    if (p.relation === 'at least') return n >= p.N ? pass(`${found}, at least ${p.N}`) : fail(`${found}, expected at least ${p.N}`);
    if (p.relation === 'less than') return n < p.N ? pass(`${found}, fewer than ${p.N}`) : fail(`${found}, expected less than ${p.N}`);
    return fail(`unknown relation ${q(p.relation)}: the reference returns no verdict, which counts as a fail`);
  },
});

interface LetterFrequencyParams extends Params {
  readonly letter: string;
  readonly let_frequency: number;
  readonly let_relation: string;
}

/** The letter the checker counts: the given letter lower-cased (`letter.strip().lower()`). */
function countedLetter(letter: string): string {
  return pyLower(pyStrip(letter));
}

/**
 * open-instruct's LetterFrequencyChecker. Unlike Google's, it only keeps a letter whose lower-case
 * form is one of a–z (anything else would be replaced by a random letter; heed reports an error).
 */
function letterFrequency(id: string): Constraint {
  return defineConstraint<LetterFrequencyParams>({
    id,
    family: 'iftrain',
    params: [
      { name: 'letter', kind: 'string', required: true, doc: 'one letter a–z or A–Z (counted case-insensitively)' },
      { name: 'let_frequency', kind: 'integer', required: true, range: [1, 10], doc: 'the count to compare with (0 is kept; negative counts as missing)' },
      { name: 'let_relation', kind: 'enum', required: true, choices: ['less than', 'at least'], doc: "'less than': count < let_frequency; 'at least': count >= let_frequency" },
    ],
    validate(params) {
      const letter = params['letter'];
      if (typeof letter === 'string') {
        const cps = Array.from(letter);
        const lower = cps.length === 1 ? Array.from(pyLower(letter)) : [];
        const code = lower.length === 1 ? lower[0]!.codePointAt(0)! : -1;
        if (cps.length !== 1 || code < 0x61 || code > 0x7a) {
          return {
            field: 'letter',
            message: `'letter' must be a single letter a–z (got ${JSON.stringify(letter)}; open-instruct would replace it with a random letter)`,
          };
        }
      }
      return firstError(nonNegative(params, 'let_frequency'));
    },
    describe: (p) =>
      `In your response, the letter ${countedLetter(p.letter)} should appear ${p.let_relation} ${p.let_frequency} times.`,
    check(response, p) {
      const letter = countedLetter(p.letter);
      const text = pyLower(response);
      let n = 0;
      for (let i = text.indexOf(letter); i >= 0; i = text.indexOf(letter, i + letter.length)) n++;
      const found = `found the letter ${q(letter)} ${plural(n, 'time')}`;
      const ok = p.let_relation === 'less than' ? n < p.let_frequency : n >= p.let_frequency;
      return ok ? pass(`${found}, ${p.let_relation} ${p.let_frequency} as required`) : fail(`${found}, expected ${p.let_relation} ${p.let_frequency}`);
    },
  });
}

interface CompositionParams extends Params {
  readonly n_sent: number;
  readonly n_words: number;
}

const countingComposition = defineConstraint<CompositionParams>({
  id: 'count:counting_composition',
  family: 'iftrain',
  params: [
    { name: 'n_sent', kind: 'integer', required: true, range: [2, 3], doc: 'exact sentences per paragraph (0 counts as missing)' },
    { name: 'n_words', kind: 'integer', required: true, range: [2, 3], doc: 'exact NLTK tokens per sentence, punctuation included (0 counts as missing)' },
  ],
  validate: (params) => firstError(nonZero(params, 'n_sent'), nonZero(params, 'n_words')),
  describe: (p) =>
    `Write 3 paragraphs, delimited by the markdown divider: * * *, with exactly ${p.n_sent} sentences each, with exactly ${p.n_words} words in each sentence.`,
  check(response, p) {
    const pieces = response.split(STARS_DIVIDER_RE);
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (!pyStrip(piece) && i !== 0 && i !== pieces.length - 1) return fail(`paragraph ${i + 1} between *** dividers is empty`);
      const sentences = splitIntoSentences(piece);
      if (sentences.length !== p.n_sent) {
        return fail(`paragraph ${i + 1} has ${plural(sentences.length, 'sentence')}, expected ${p.n_sent}`);
      }
      for (let j = 0; j < sentences.length; j++) {
        const words = wordTokenize(sentences[j]!);
        if (words.length !== p.n_words) {
          return fail(`sentence ${j + 1} of paragraph ${i + 1} has ${plural(words.length, 'token')}, expected ${p.n_words}`);
        }
      }
    }
    const counted = countPieces(pieces);
    const n = counted.ok ? counted.count : 0;
    return n === 3
      ? pass(`found 3 paragraphs of ${plural(p.n_sent, 'sentence')} with ${plural(p.n_words, 'token')} each`)
      : fail(`found ${plural(n, 'paragraph')} separated by ***, expected 3`);
  },
});

const countUnique = defineConstraint<Params>({
  id: 'count:count_unique',
  family: 'iftrain',
  params: [],
  describe: () => 'Only use unique words in your response, no word should be repeated!',
  check(response) {
    const words = wordTokenize(response);
    const seen = new Set<string>();
    for (const w of words) {
      if (seen.has(w)) return fail(`the token ${q(w)} is repeated`);
      seen.add(w);
    }
    return pass(`all ${plural(words.length, 'token')} are distinct`);
  },
});

/** open-instruct's flavour of keywords:letter_frequency (a–z guard). */
export const letterFrequencyIftrain = letterFrequency('keywords:letter_frequency');

export const countingConstraints: readonly Constraint[] = [
  lowercaseCounting,
  letterCounting,
  letterFrequency('letters:letter_counting2'),
  countingComposition,
  countUnique,
];
