import { describe, expect, it } from 'vitest';
import type { Constraint, JsonValue } from '../types.js';
import { wordsConstraints } from './words.js';
import { harness } from './test-helpers.js';
import { validateParams } from '../params.js';

const { get, run, table } = harness(wordsConstraints);

describe('words:* verdicts (checked against the Python reference)', () => {
  table([
  ["words:alphabet", "Apple banana, cat! dog", {}, true],
  ["words:alphabet", "xylophone yak zebra apple", {}, true],
  ["words:alphabet", "1 apple", {}, false],
  ["words:alphabet", "apple cat", {}, false],
  ["words:alphabet", "a - b", {}, true],
  ["words:vowel", "I am a cat", {}, true],
  ["words:vowel", "I am a cat\nok", {}, false],
  ["words:vowel", "bought equal", {}, false],
  ["words:consonants", "strong blast", {}, true],
  ["words:consonants", "strong a", {}, false],
  ["words:consonants", "Xyst!", {}, true],
  ["words:palindrome", "level racecar rotor kayak civic refer madam stats tenet sagas", {}, true],
  ["words:palindrome", "Level, racecar! rotor kayak civic refer madam stats tenet SAGAS.", {}, true],
  ["words:palindrome", "level level level", {}, false],
  ["words:prime_lengths", "an owl flies", {}, true],
  ["words:prime_lengths", "a cat", {}, false],
  ["words:prime_lengths", "it, is.", {}, true],
  ["words:repeats", "a a A b", {"small_n": 2}, false],
  ["words:repeats", "a a, b b", {"small_n": 2}, true],
  ["words:last_first", "I like cats. Cats like me.", {}, true],
  ["words:last_first", "I like cats. Dogs like me.", {}, false],
  ["words:paragraph_last_first", "hello world hello\n\nbye now bye.", {}, true],
  ["words:paragraph_last_first", "hello world hi", {}, false],
  ["words:no_consecutive", "a big cat", {}, true],
  ["words:no_consecutive", "a big, bad cat", {}, false],
  ["words:no_consecutive", "a \"big\" bad", {}, false],
  ["words:keywords_specific_position", "One two. Three four five.", {"keyword": "four", "n": 2, "m": 2}, true],
  ["words:keywords_specific_position", "One two. Three four five.", {"keyword": "one", "n": -1, "m": -1}, true],
  ["words:keywords_specific_position", "One , two. Three four five.", {"keyword": "two", "n": 1, "m": 2}, true],
  ["words:words_position", "I love cats and love you.", {"keyword": "love"}, true],
  ["words:words_position", "I love cats and love you", {"keyword": "love"}, true],
  ["words:words_position", "I love", {"keyword": "I"}, false],
  ["words:words_position", "love love", {"keyword": "LOVE"}, true],
  ]);
});

describe('words:* details', () => {
  it('walks the alphabet from the first letter and wraps after z', () => {
    expect(run('words:alphabet', 'yes zoo apple', {}).ok).toBe(true);
    expect(run('words:alphabet', 'Über vase', {}).ok).toBe(false);
    expect(run('words:alphabet', '"Apple" (banana)', {}).ok).toBe(true);
  });

  it('counts vowel types on a single line only', () => {
    expect(run('words:vowel', '  banana split\n', {}).ok).toBe(true);
    expect(run('words:vowel', 'education', {}).ok).toBe(false);
    expect(run('words:vowel', 'ÀÉÎ aei', {}).ok).toBe(true);
  });

  it('needs two adjacent ASCII consonants in every whitespace word', () => {
    expect(run('words:consonants', 'Stop, crash!', {}).ok).toBe(true);
    expect(run('words:consonants', 'sty', {}).ok).toBe(true);
    expect(run('words:consonants', 'çç', {}).ok).toBe(false);
  });

  it('reverses palindromes by code point', () => {
    const ten = (w: string) => Array(10).fill(w).join(' ');
    expect(run('words:palindrome', ten('a😀b😀a'), {}).ok).toBe(true);
    expect(run('words:palindrome', ten('abba'), {}).ok).toBe(false);
  });

  it('measures word lengths in code points after deleting punctuation', () => {
    expect(run('words:prime_lengths', 'ab😀', {}).ok).toBe(true);
    expect(run('words:prime_lengths', "can't", {}).ok).toBe(false);
    expect(run('words:prime_lengths', '--- ab', {}).ok).toBe(true);
  });

  it('tags the first NLTK token', () => {
    expect(run('words:start_verb', 'Running is fun.', {}).ok).toBe(true);
    expect(run('words:start_verb', 'The store is open.', {}).ok).toBe(false);
    // The tagger reads a capitalised imperative at the start as a proper noun (NNP).
    expect(run('words:start_verb', 'Go home now.', {}).ok).toBe(false);
    expect(run('words:start_verb', 'Go home now.', {}).reason).toContain('NNP');
  });

  it('counts repeats after lower-casing and deleting punctuation', () => {
    expect(run('words:repeats', 'Cat cat, CAT!', { small_n: 2 }).ok).toBe(false);
    expect(run('words:repeats', 'Cat cat, CAT!', { small_n: 3 }).ok).toBe(true);
  });

  it('alternates syllable parity', () => {
    expect(run('words:odd_even_syllables', 'cat apple dog', {}).ok).toBe(true);
    expect(run('words:odd_even_syllables', 'cat dog', {}).ok).toBe(false);
  });

  it('chains the last word of a sentence into the next', () => {
    expect(run('words:last_first', 'I see cats. "Cats run."', {}).ok).toBe(true);
    expect(run('words:last_first', 'One sentence only', {}).ok).toBe(true);
  });

  it('compares the first and last word of each line', () => {
    expect(run('words:paragraph_last_first', 'Home is home.\n\n  Time flies, time.', {}).ok).toBe(true);
    expect(run('words:paragraph_last_first', 'Home is home.\nTime flies.', {}).ok).toBe(false);
    expect(run('words:paragraph_last_first', '...\n', {}).ok).toBe(true);
  });

  it('compares first letters as code points', () => {
    expect(run('words:no_consecutive', '😀x 😁y', {}).ok).toBe(true);
    expect(run('words:no_consecutive', '😀x 😀y', {}).ok).toBe(false);
  });

  it('finds a keyword at a sentence and word position, counting words without punctuation tokens', () => {
    const text = 'First sentence here. Then , the cat sat.';
    expect(run('words:keywords_specific_position', text, { keyword: ' CAT ', n: 2, m: 3 }).ok).toBe(true);
    expect(run('words:keywords_specific_position', text, { keyword: 'cat', n: 2, m: 4 }).ok).toBe(false);
    expect(run('words:keywords_specific_position', text, { keyword: 'cat', n: 3, m: 1 }).ok).toBe(false);
    // Negative positions index from the end, as Python lists do.
    expect(run('words:keywords_specific_position', text, { keyword: 'cat', n: 2, m: -1 }).ok).toBe(true);
    expect(run('words:keywords_specific_position', text, { keyword: 'first', n: -1, m: 1 }).ok).toBe(true);
    expect(get('words:keywords_specific_position').describe({ keyword: ' cat ', n: 2, m: 3 })).toBe(
      'Include keyword cat in the 2-th sentence, as the 3-th word of that sentence.',
    );
  });

  it('looks past a final punctuation token for the second to last word', () => {
    expect(run('words:words_position', 'A cat sees the cat dog.', { keyword: 'cat' }).ok).toBe(true);
    expect(run('words:words_position', 'A cat sees the cat dog', { keyword: 'cat' }).ok).toBe(true);
    expect(run('words:words_position', 'A cat sees the cat dog!!', { keyword: 'cat' }).ok).toBe(false);
    // "..." is not a substring of string.punctuation, so it is the last word itself
    expect(run('words:words_position', 'Hi cat dog cat ...', { keyword: 'cat' }).ok).toBe(true);
    expect(run('words:words_position', 'Hi cat dog cat dog ...', { keyword: 'cat' }).ok).toBe(false);
  });

  it('rejects values the reference would draw at random', () => {
    const ksp = get('words:keywords_specific_position');
    expect(validateParams(ksp, { keyword: '', n: 1, m: 1 }).ok).toBe(false);
    expect(validateParams(ksp, { keyword: 'x', n: 0, m: 1 }).ok).toBe(false);
    expect(validateParams(ksp, { keyword: 'x', n: 1, m: 0 }).ok).toBe(false);
    expect(validateParams(ksp, { keyword: 'x', n: 1, m: 2 }).ok).toBe(true);
    expect(validateParams(get('words:words_position'), { keyword: '' }).ok).toBe(true);
    expect(validateParams(get('words:words_position'), {}).ok).toBe(false);
    expect(validateParams(get('words:repeats'), { small_n: -1 }).ok).toBe(false);
  });
});
