/**
 * IFBench `words:*` instructions: letter games on words, word lengths, repeats, syllables, word
 * chains between sentences and paragraphs, and keywords at fixed positions.
 */
import { posTag } from '../../text/pos-tagger/index.js';
import { sentTokenize } from '../../text/punkt/index.js';
import { countSyllables } from '../../text/syllables.js';
import { wordTokenize } from '../../text/treebank.js';
import { PY_PUNCTUATION, pyIsAlnum, pyLen, pySplit, pyStrip } from '../../text/python.js';
import { defineConstraint, type Constraint, type ParamError } from '../types.js';
import {
  countParam,
  fail,
  firstChar,
  lstripPunctSpace,
  pass,
  plural,
  pyAt,
  rejectNegative,
  removePunctuation,
  rstripPunctSpace,
  show,
  stripPunctSpace,
} from './shared.js';

type NoParams = Record<string, never>;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

const alphabet = defineConstraint<NoParams>({
  id: 'words:alphabet',
  family: 'ifbench',
  params: [],
  describe: () => "Each word must start with the next letter of the alphabet, looping back to 'A' after 'Z'.",
  check(response) {
    const words = pySplit(stripPunctSpace(removePunctuation(response)));
    if (words.length === 0) return fail('found no words');
    let letter = firstChar(words[0]!).toLowerCase();
    // `letter in ascii_lowercase` is a substring test; a one-letter a-z string is the only way in.
    if (letter.length !== 1 || !ALPHABET.includes(letter)) {
      return fail(`the first word ${show(words[0]!, 30)} does not start with a letter a-z`);
    }
    for (let i = 1; i < words.length; i++) {
      const word = stripPunctSpace(words[i]!).toLowerCase();
      if (!word) continue;
      letter = ALPHABET[(ALPHABET.indexOf(letter) + 1) % 26]!;
      if (firstChar(word) !== letter) {
        return fail(`word ${i + 1} (${show(words[i]!, 30)}) should start with '${letter}'`);
      }
    }
    return pass(`all ${plural(words.length, 'word')} start with consecutive letters of the alphabet`);
  },
});

const vowel = defineConstraint<NoParams>({
  id: 'words:vowel',
  family: 'ifbench',
  params: [],
  describe: () => 'Write a paragraph using words that contain only three types of vowels.',
  check(response) {
    const lines = pyStrip(response).split('\n');
    if (lines.length !== 1) return fail(`found ${lines.length} lines, required a single paragraph on one line`);
    const used = new Set<string>();
    for (const ch of lines[0]!.toLowerCase()) if ('aeiou'.includes(ch) && ch.length === 1) used.add(ch);
    const list = [...used].sort().join(', ');
    return {
      ok: used.size <= 3,
      reason: `found ${plural(used.size, 'vowel type')}${used.size ? ` (${list})` : ''}, required at most 3`,
    };
  },
});

const CONSONANTS = new Set('bcdfghjklmnpqrstvwxyz');

function hasConsonantPair(word: string): boolean {
  for (let i = 0; i + 1 < word.length; i++) {
    if (CONSONANTS.has(word[i]!) && CONSONANTS.has(word[i + 1]!)) return true;
  }
  return false;
}

const consonants = defineConstraint<NoParams>({
  id: 'words:consonants',
  family: 'ifbench',
  params: [],
  describe: () =>
    'Ensure each word in your response has at least one consonant cluster (two or more consonants together).',
  check(response) {
    const words = pySplit(response.toLowerCase());
    for (const w of words) {
      if (!hasConsonantPair(w)) return fail(`the word ${show(w, 30)} has no two adjacent consonants`);
    }
    return pass(`all ${plural(words.length, 'word')} have a consonant cluster`);
  },
});

const palindrome = defineConstraint<NoParams>({
  id: 'words:palindrome',
  family: 'ifbench',
  params: [],
  describe: () => 'Include at least 10 single-word palindromes, each at least 5 characters long.',
  check(response) {
    let n = 0;
    for (const w of pySplit(removePunctuation(response).toLowerCase())) {
      const cps = Array.from(w);
      if (cps.length < 5) continue;
      let same = true;
      for (let i = 0, j = cps.length - 1; i < j; i++, j--) {
        if (cps[i] !== cps[j]) {
          same = false;
          break;
        }
      }
      if (same) n++;
    }
    return { ok: n >= 10, reason: `found ${plural(n, 'palindrome')} of 5+ characters, required at least 10` };
  },
});

const PRIMES = new Set([2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97]);

const primeLengths = defineConstraint<NoParams>({
  id: 'words:prime_lengths',
  family: 'ifbench',
  params: [],
  describe: () => 'Use only words with lengths that are prime numbers.',
  check(response) {
    const words = pySplit(removePunctuation(response));
    for (const w of words) {
      const len = pyLen(w);
      if (!PRIMES.has(len)) return fail(`the word ${show(w, 30)} has ${len} characters, not a prime number (up to 97)`);
    }
    return pass(`all ${plural(words.length, 'word')} have a prime number of characters`);
  },
});

const startVerb = defineConstraint<NoParams>({
  id: 'words:start_verb',
  family: 'ifbench',
  params: [],
  describe: () => 'The response must start with a verb.',
  check(response) {
    const tokens = wordTokenize(response);
    if (tokens.length === 0) return fail('found no words');
    // The perceptron tags token 0 from tokens 0-2 alone (its features look two words ahead and
    // at earlier tags, which are the start markers), so tagging three tokens gives the same tag.
    const tagged = posTag(tokens.slice(0, 3));
    const first = tagged[0];
    if (!first) return fail('found no words');
    const [word, tag] = first;
    return {
      ok: tag.includes('VB'),
      reason: `the first token ${show(word, 30)} is tagged ${tag}, required a verb tag (VB*)`,
    };
  },
});

const repeats = defineConstraint<{ small_n: number }>({
  id: 'words:repeats',
  family: 'ifbench',
  params: [countParam('small_n', [1, 5], 'Most times any one word may occur.')],
  validate: (p) => rejectNegative(p, ['small_n']),
  describe: (p) => `The response should not repeat any word more than ${p.small_n} times.`,
  check(response, p) {
    const counts = new Map<string, number>();
    let worst = '';
    let worstN = 0;
    for (const w of pySplit(removePunctuation(response.toLowerCase()))) {
      const n = (counts.get(w) ?? 0) + 1;
      counts.set(w, n);
      if (n > worstN) {
        worstN = n;
        worst = w;
      }
    }
    if (worstN > p.small_n) {
      return fail(`the word ${show(worst, 30)} occurs ${worstN} times, allowed at most ${p.small_n}`);
    }
    return pass(
      worstN ? `the most repeated word ${show(worst, 30)} occurs ${worstN} times, allowed at most ${p.small_n}` : 'found no words',
    );
  },
});

const oddEvenSyllables = defineConstraint<NoParams>({
  id: 'words:odd_even_syllables',
  family: 'ifbench',
  params: [],
  describe: () => 'Alternate between words with odd and even numbers of syllables.',
  check(response) {
    const words = pySplit(removePunctuation(response).toLowerCase());
    let prevParity = -1;
    let prevWord = '';
    for (const w of words) {
      const parity = countSyllables(w) % 2;
      if (parity === prevParity) {
        return fail(`${show(prevWord, 25)} and ${show(w, 25)} both have an ${parity ? 'odd' : 'even'} number of syllables`);
      }
      prevParity = parity;
      prevWord = w;
    }
    return pass(`all ${plural(words.length, 'word')} alternate between odd and even syllable counts`);
  },
});

const lastFirst = defineConstraint<NoParams>({
  id: 'words:last_first',
  family: 'ifbench',
  params: [],
  describe: () => 'The last word of each sentence must become the first word of the next sentence.',
  check(response) {
    const sentences = sentTokenize(response);
    for (let i = 0; i + 1 < sentences.length; i++) {
      const last = pySplit(rstripPunctSpace(sentences[i]!));
      const first = pySplit(lstripPunctSpace(sentences[i + 1]!));
      if (!last.length || !first.length) return fail(`sentence ${i + (last.length ? 2 : 1)} has no words`);
      const a = last[last.length - 1]!;
      const b = first[0]!;
      if (a.toLowerCase() !== b.toLowerCase()) {
        return fail(`sentence ${i + 1} ends with ${show(a, 25)} but sentence ${i + 2} starts with ${show(b, 25)}`);
      }
    }
    return pass(`each of ${plural(sentences.length, 'sentence')} starts with the last word of the one before`);
  },
});

const paragraphLastFirst = defineConstraint<NoParams>({
  id: 'words:paragraph_last_first',
  family: 'ifbench',
  params: [],
  describe: () =>
    'Each paragraph must end with the same word it started with, separate paragraphs with a newline.',
  check(response) {
    let checked = 0;
    const lines = response.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const para = pyStrip(lines[i]!).toLowerCase();
      if (!para) continue;
      const words = pySplit(stripPunctSpace(para));
      if (!words.length) continue;
      checked++;
      const a = words[0]!;
      const b = words[words.length - 1]!;
      if (a !== b) return fail(`line ${i + 1} starts with ${show(a, 25)} but ends with ${show(b, 25)}`);
    }
    return pass(`each of ${plural(checked, 'paragraph')} ends with the word it starts with`);
  },
});

const noConsecutive = defineConstraint<NoParams>({
  id: 'words:no_consecutive',
  family: 'ifbench',
  params: [],
  describe: () => 'No two consecutive words can share the same first letter.',
  check(response) {
    const words = pySplit(removePunctuation(response.toLowerCase()));
    for (let i = 0; i + 1 < words.length; i++) {
      if (firstChar(words[i]!) === firstChar(words[i + 1]!)) {
        return fail(`${show(words[i]!, 25)} and ${show(words[i + 1]!, 25)} start with the same letter`);
      }
    }
    return pass(`no two of the ${plural(words.length, 'word')} in a row share a first letter`);
  },
});

/** NLTK word tokens that contain at least one letter or digit (standalone punctuation dropped). */
function wordTokensWithoutPunctuation(text: string): string[] {
  return wordTokenize(text).filter((t) => {
    for (const ch of t) if (pyIsAlnum(ch)) return true;
    return false;
  });
}

function nonZero(params: Record<string, unknown>, name: string): ParamError | null {
  if (params[name] === 0) {
    return { field: name, message: `${name} must not be 0; the reference would draw a random value instead` };
  }
  return null;
}

const keywordsSpecificPosition = defineConstraint<{ keyword: string; n: number; m: number }>({
  id: 'words:keywords_specific_position',
  family: 'ifbench',
  params: [
    { name: 'keyword', kind: 'string', required: true, doc: 'The word required at that position (case-insensitive).' },
    { name: 'n', kind: 'integer', required: true, range: [20, 30], doc: 'Sentence number (1-based, NLTK Punkt sentences).' },
    { name: 'm', kind: 'integer', required: true, range: [30, 40], doc: 'Word number within the sentence (1-based, NLTK tokens with a letter or digit).' },
  ],
  validate(p) {
    if (p.keyword === '') {
      return { field: 'keyword', message: 'keyword must not be empty; the reference would draw a random keyword instead' };
    }
    return nonZero(p, 'n') ?? nonZero(p, 'm');
  },
  describe: (p) =>
    `Include keyword ${pyStrip(p.keyword)} in the ${p.n}-th sentence, as the ${p.m}-th word of that sentence.`,
  check(response, p) {
    const keyword = pyStrip(p.keyword);
    const sentences = sentTokenize(response);
    if (sentences.length < p.n) return fail(`found ${plural(sentences.length, 'sentence')}, required at least ${p.n}`);
    // Python indexing: a negative n or m counts from the end (and fails where Python would raise).
    const sentence = pyAt(sentences, p.n - 1);
    if (sentence === undefined) return fail(`sentence index ${p.n} does not exist in ${plural(sentences.length, 'sentence')}`);
    const words = wordTokensWithoutPunctuation(sentence);
    if (words.length < p.m) return fail(`sentence ${p.n} has ${plural(words.length, 'word')}, required at least ${p.m}`);
    const word = pyAt(words, p.m - 1);
    if (word === undefined) return fail(`word index ${p.m} does not exist in sentence ${p.n}`);
    return {
      ok: word.toLowerCase() === keyword.toLowerCase(),
      reason: `word ${p.m} of sentence ${p.n} is ${show(word, 30)}, required ${show(keyword, 30)}`,
    };
  },
});

const wordsPosition = defineConstraint<{ keyword: string }>({
  id: 'words:words_position',
  family: 'ifbench',
  params: [{ name: 'keyword', kind: 'string', required: true, doc: 'The word required second and second to last.' }],
  describe: (p) =>
    `The second word in your response and the second to last word in your response should be the word ${pyStrip(p.keyword)}.`,
  check(response, p) {
    const keyword = pyStrip(p.keyword).toLowerCase();
    const tokens = wordTokenize(response);
    if (tokens.length < 2) return fail(`found ${plural(tokens.length, 'token')}, required at least 2`);
    const lastTok = tokens[tokens.length - 1]!;
    // `token in string.punctuation` is a substring test on the 32-character string.
    const endsInPunct = PY_PUNCTUATION.includes(lastTok);
    if (endsInPunct && tokens.length < 3) return fail('found only one word before the final punctuation, required at least 2');
    const second = tokens[1]!;
    const secondLast = tokens[tokens.length - (endsInPunct ? 3 : 2)]!;
    const ok = second.toLowerCase() === secondLast.toLowerCase() && secondLast.toLowerCase() === keyword;
    return {
      ok,
      reason: `the second token is ${show(second, 25)} and the second to last word is ${show(secondLast, 25)}, required both to be ${show(pyStrip(p.keyword), 25)}`,
    };
  },
});

export const wordsConstraints: readonly Constraint[] = [
  alphabet,
  vowel,
  consonants,
  palindrome,
  primeLengths,
  startVerb,
  repeats,
  oddEvenSyllables,
  lastFirst,
  paragraphLastFirst,
  noConsecutive,
  keywordsSpecificPosition,
  wordsPosition,
];
