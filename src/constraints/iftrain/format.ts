/**
 * IFTrain layout and punctuation constraints: detectable_format:sentence_hyphens,
 * detectable_format:square_brackets, detectable_format:bigram_wrapping, paragraphs:paragraphs,
 * paragraphs:paragraphs2, punctuation:punctuation_dot, punctuation:punctuation_exclamation.
 */
import { defineConstraint, type Constraint, type Params } from '../types.js';
import { PY_S, pySplit, pyStrip } from '../../text/python.js';
import { splitIntoSentences } from './regex-sentences.js';
import { fail, pass, plural, q } from './common.js';

type NoParams = Params;

const sentenceHyphens = defineConstraint<NoParams>({
  id: 'detectable_format:sentence_hyphens',
  family: 'iftrain',
  params: [],
  describe: () => 'All sentences must be connected using hyphens, with no spaces between them.',
  check(response) {
    const gold = splitIntoSentences(response.replaceAll('-', ' '));
    const pieces = response.split('-');
    const n = Math.min(gold.length, pieces.length);
    for (let i = 0; i < n; i++) {
      const piece = pieces[i]!;
      if (pyStrip(piece) !== piece) return fail(`hyphen-separated piece ${i + 1} ${q(piece)} has surrounding whitespace`);
      if (piece !== gold[i]) return fail(`hyphen-separated piece ${i + 1} ${q(piece)} is not sentence ${i + 1} ${q(gold[i]!)}`);
    }
    return pass(`the first ${plural(n, 'hyphen-separated piece')} each match one sentence with no spaces around the hyphens`);
  },
});

const squareBrackets = defineConstraint<NoParams>({
  id: 'detectable_format:square_brackets',
  family: 'iftrain',
  params: [],
  describe: () => 'Enclose every word in your response within square brackets.',
  check(response) {
    const words = pySplit(response);
    const bad = words.find((w) => !(w.startsWith('[') && w.endsWith(']')));
    return bad === undefined
      ? pass(`all ${plural(words.length, 'word')} are enclosed in square brackets`)
      : fail(`the word ${q(bad)} is not enclosed in square brackets`);
  },
});

const bigramWrapping = defineConstraint<NoParams>({
  id: 'detectable_format:bigram_wrapping',
  family: 'iftrain',
  params: [],
  describe: () =>
    'Wrap every word bigram in double angular brackets, such as <<I am>> <<at home>> <<with my>> <<cute dog>>.',
  check(response) {
    const words = pySplit(response);
    for (let i = 0; i + 1 < words.length; i += 2) {
      if (!(words[i]!.startsWith('<<') && words[i + 1]!.endsWith('>>'))) {
        return fail(`the word pair ${q(`${words[i]} ${words[i + 1]}`)} is not wrapped as <<... ...>>`);
      }
    }
    return pass(`all ${plural(Math.floor(words.length / 2), 'word pair')} are wrapped in << >>`);
  },
});

/** The reference's paragraph count rule: blank first/last pieces are dropped, a blank inner piece fails. */
function countPieces(pieces: readonly string[]): { ok: true; count: number } | { ok: false; index: number } {
  let count = pieces.length;
  for (let i = 0; i < pieces.length; i++) {
    if (!pyStrip(pieces[i]!)) {
      if (i === 0 || i === pieces.length - 1) count--;
      else return { ok: false, index: i };
    }
  }
  return { ok: true, count };
}

/** `re.split(r"\s?\*\*\*\s?", text)` with Python's whitespace. */
export const STARS_DIVIDER_RE = new RegExp(`${PY_S}?\\*\\*\\*${PY_S}?`, 'u');

const paragraphs = defineConstraint<NoParams>({
  id: 'paragraphs:paragraphs',
  family: 'iftrain',
  params: [],
  describe: () => 'There should be 2 paragraphs. Paragraphs are separated with the markdown divider: ***',
  check(response) {
    const result = countPieces(response.split(STARS_DIVIDER_RE));
    if (!result.ok) return fail(`paragraph ${result.index + 1} between *** dividers is empty`);
    return result.count === 2
      ? pass('found 2 paragraphs separated by ***')
      : fail(`found ${plural(result.count, 'paragraph')} separated by ***, expected 2`);
  },
});

const paragraphs2 = defineConstraint<NoParams>({
  id: 'paragraphs:paragraphs2',
  family: 'iftrain',
  params: [],
  describe: () =>
    'There should be 2 paragraphs. Paragraphs and only paragraphs are separated with each other by two line breaks. ',
  check(response) {
    const result = countPieces(response.split('\n\n'));
    if (!result.ok) return fail(`paragraph ${result.index + 1} between double line breaks is empty`);
    return result.count === 2
      ? pass('found 2 paragraphs separated by a double line break')
      : fail(`found ${plural(result.count, 'paragraph')} separated by double line breaks, expected 2`);
  },
});

function forbidChar(id: string, ch: string, name: string, description: string): Constraint {
  return defineConstraint<NoParams>({
    id,
    family: 'iftrain',
    params: [],
    describe: () => description,
    check(response) {
      let n = 0;
      for (let i = response.indexOf(ch); i >= 0; i = response.indexOf(ch, i + 1)) n++;
      return n === 0 ? pass(`no ${name} found`) : fail(`found ${plural(n, name)} (${ch}), expected none`);
    },
  });
}

const punctuationDot = forbidChar(
  'punctuation:punctuation_dot',
  '.',
  'dot',
  'In your entire response, refrain from the use of . (i.e. dots) as punctuation and in general.',
);

const punctuationExclamation = forbidChar(
  'punctuation:punctuation_exclamation',
  '!',
  'exclamation mark',
  'In your entire response, refrain from the use of ! (i.e. exclamation marks) as punctuation and in general.',
);

export { countPieces };

export const formatConstraints: readonly Constraint[] = [
  sentenceHyphens,
  squareBrackets,
  bigramWrapping,
  paragraphs,
  paragraphs2,
  punctuationDot,
  punctuationExclamation,
];
