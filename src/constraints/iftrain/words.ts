/**
 * IFTrain first/last word constraints: first_word:first_word_sent, first_word:first_word_answer,
 * last_word:last_word_sent, last_word:last_word_answer.
 */
import { defineConstraint, type Constraint, type JsonValue, type Params } from '../types.js';
import { PY_WHITESPACE_CLASS, pySplit, pyStrip } from '../../text/python.js';
import { splitIntoSentences } from './regex-sentences.js';
import { fail, firstString, nonEmpty, pass, plural, pyLower, q } from './common.js';

/** `re.sub(r"[^\w\s]", "", word)`: drops every character that is neither a word character nor whitespace. */
const NON_WORD_NON_SPACE_RE = new RegExp(`[^\\p{L}\\p{N}_${PY_WHITESPACE_CLASS}]`, 'gu');

function cleanLastWord(word: string): string {
  return word.replace(NON_WORD_NON_SPACE_RE, '');
}

interface FirstWordParams extends Params {
  readonly first_word: JsonValue;
}

interface LastWordParams extends Params {
  readonly last_word: JsonValue;
}

/** The target word: a string, or the first element of a list (reference quirk), stripped. */
function target(value: JsonValue): string {
  return pyStrip(firstString(value) ?? '');
}

const firstWordSent = defineConstraint<FirstWordParams>({
  id: 'first_word:first_word_sent',
  family: 'iftrain',
  params: [
    { name: 'first_word', kind: 'string_or_list', required: true, doc: 'the word every sentence must start with (a list uses its first element)' },
  ],
  validate: (params) => nonEmpty(params, 'first_word'),
  describe: (p) => `The first word of each sentence should be the word ${target(p.first_word)}.`,
  check(response, p) {
    const want = pyLower(target(p.first_word));
    const sentences = splitIntoSentences(response);
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      if (!pyStrip(sentence)) return fail(`sentence ${i + 1} is empty`);
      const first = pySplit(sentence)[0]!;
      if (pyLower(first) !== want) return fail(`sentence ${i + 1} starts with ${q(first)}, not ${q(target(p.first_word))}`);
    }
    return pass(`all ${plural(sentences.length, 'sentence')} start with ${q(target(p.first_word))}`);
  },
});

const firstWordAnswer = defineConstraint<FirstWordParams>({
  id: 'first_word:first_word_answer',
  family: 'iftrain',
  params: [{ name: 'first_word', kind: 'string', required: true, doc: 'the word the response must start with' }],
  validate: (params) => nonEmpty(params, 'first_word'),
  describe: (p) => `The first word of your response should be the word ${target(p.first_word)}.`,
  check(response, p) {
    const words = pySplit(response);
    if (words.length === 0) return fail('the response has no words');
    const want = target(p.first_word);
    return pyLower(words[0]!) === pyLower(want)
      ? pass(`the response starts with ${q(words[0]!)}`)
      : fail(`the response starts with ${q(words[0]!)}, not ${q(want)}`);
  },
});

const lastWordSent = defineConstraint<LastWordParams>({
  id: 'last_word:last_word_sent',
  family: 'iftrain',
  params: [
    { name: 'last_word', kind: 'string', required: true, doc: 'the word every sentence must end with, punctuation aside (a list uses its first element)' },
  ],
  validate: (params) => nonEmpty(params, 'last_word'),
  describe: (p) => `The last word of each sentence, before punctuation, should be the word ${target(p.last_word)}.`,
  check(response, p) {
    const want = pyLower(target(p.last_word));
    const sentences = splitIntoSentences(response);
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      if (!pyStrip(sentence)) return fail(`sentence ${i + 1} is empty`);
      const words = pySplit(sentence);
      const last = cleanLastWord(words[words.length - 1]!);
      if (pyLower(last) !== want) {
        return fail(`sentence ${i + 1} ends with ${q(words[words.length - 1]!)} (${q(last)} without punctuation), not ${q(target(p.last_word))}`);
      }
    }
    return pass(`all ${plural(sentences.length, 'sentence')} end with ${q(target(p.last_word))}`);
  },
});

const lastWordAnswer = defineConstraint<LastWordParams>({
  id: 'last_word:last_word_answer',
  family: 'iftrain',
  params: [{ name: 'last_word', kind: 'string', required: true, doc: 'the word the response must end with, punctuation aside' }],
  validate: (params) => nonEmpty(params, 'last_word'),
  describe: (p) => `The last word of your response should be the word ${target(p.last_word)}.`,
  check(response, p) {
    const words = pySplit(response);
    if (words.length === 0) return fail('the response has no words');
    const raw = words[words.length - 1]!;
    const last = cleanLastWord(raw);
    const want = target(p.last_word);
    return pyLower(last) === pyLower(want)
      ? pass(`the response ends with ${q(raw)}`)
      : fail(`the response ends with ${q(raw)} (${q(last)} without punctuation), not ${q(want)}`);
  },
});

export const wordConstraints: readonly Constraint[] = [firstWordSent, firstWordAnswer, lastWordSent, lastWordAnswer];
