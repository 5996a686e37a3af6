import { describe, expect, it } from 'vitest';
import type { Constraint, JsonValue } from '../types.js';
import { countConstraints } from './count.js';
import { harness } from './test-helpers.js';
import { validateParams } from '../params.js';

const { get, run, table } = harness(countConstraints);

describe('count:* verdicts (checked against the Python reference)', () => {
  table([
  ["count:word_count_range", "one two three", {"min_words": 3, "max_words": 3}, true],
  ["count:word_count_range", "don't stop", {"min_words": 2, "max_words": 2}, false],
  ["count:word_count_range", "café 東京 ٣٤", {"min_words": 3, "max_words": 3}, true],
  ["count:unique_word_count", "A a a! b ...", {"N": 3}, true],
  ["count:unique_word_count", "A a a! b", {"N": 3}, false],
  ["count:conjunctions", "and And and, but", {"small_n": 4}, true],
  ["count:conjunctions", "and and and", {"small_n": 2}, false],
  ["count:person_names", "Emma met Liam and Emmanuel", {"N": 2}, true],
  ["count:person_names", "emma met LIAM, Emmas", {"N": 1}, false],
  ["count:person_names", "Zoe_ and Leoé", {"N": 1}, false],
  ["count:numbers", "Pi is 3.14 and 1,000 and x2y3", {"N": 4}, true],
  ["count:numbers", "٣ and 5", {"N": 2}, true],
  ["count:punctuation", "Hi. a, b; c: d?! e! f?", {}, true],
  ["count:punctuation", "Hi. a, b; c: d?!", {}, false],
  ["count:punctuation", "Hi. a, b; c: d‽ e! f?", {}, true],
  ["count:punctuation", "Hi. a, b; c: d!? e! f?", {}, true],
  ["count:punctuation", "Hi. a, b; c: d ?!?! ", {}, true],
  ["count:words_japanese", "a 日本 b 123 c", {"N": 2}, true],
  ["count:words_japanese", "a b", {"N": 2}, false],
  ["count:words_japanese", "a ... b ² c", {"N": 2}, true],
  ["count:words_japanese", "a b", {"N": 1}, false],
  ["count:pronouns", "She/her/hers and they", {"N": 4}, true],
  ["count:pronouns", "It is what it is", {"N": 3}, true],
  ["count:keywords_multiple", "a bb bb ccc ccc ccc d d d d d e e e e e e e", {"keyword1": " a ", "keyword2": "bb", "keyword3": "ccc", "keyword4": "d", "keyword5": "e"}, true],
  ["count:keywords_multiple", "x Q bb BB ccc ccc ccc d d d d d e e e e e e e", {"keyword1": " q ", "keyword2": "bb", "keyword3": "ccc", "keyword4": "d", "keyword5": "e"}, true],
  ]);
});

describe('count:* details', () => {
  it('counts runs of Unicode word characters for word_count_range', () => {
    expect(run('count:word_count_range', 'naïve café ٣٤', { min_words: 3, max_words: 3 }).ok).toBe(true);
    // "don't" is two \w runs
    expect(run('count:word_count_range', "don't", { min_words: 2, max_words: 2 }).ok).toBe(true);
    expect(run('count:word_count_range', 'a b c d', { min_words: 1, max_words: 3 }).reason).toContain('found 4 words');
  });

  it('counts a punctuation-only word as the empty unique word', () => {
    expect(run('count:unique_word_count', 'cat --- dog', { N: 3 }).ok).toBe(true);
    expect(run('count:unique_word_count', 'cat dog', { N: 3 }).ok).toBe(false);
    // Stripping is ASCII-only: a curly quote keeps "cat" and "“cat" apart.
    expect(run('count:unique_word_count', 'cat “cat', { N: 2 }).ok).toBe(true);
  });

  it('keeps raw forms of conjunctions distinct', () => {
    expect(run('count:conjunctions', 'and, And and', { small_n: 3 }).ok).toBe(true);
    expect(run('count:conjunctions', 'andor', { small_n: 1 }).ok).toBe(false);
  });

  it('matches names case-sensitively on Unicode word boundaries', () => {
    expect(run('count:person_names', 'Emma', { N: 1 }).ok).toBe(true);
    expect(run('count:person_names', 'Emmaé', { N: 1 }).ok).toBe(false);
    expect(run('count:person_names', 'Emma_', { N: 1 }).ok).toBe(false);
    expect(run('count:person_names', '(Emma)', { N: 1 }).ok).toBe(true);
    expect(run('count:person_names', 'Emma Emma Liam', { N: 3 }).ok).toBe(false);
  });

  it('joins numbers across deleted punctuation and counts non-ASCII digits', () => {
    expect(run('count:numbers', '3.14', { N: 1 }).ok).toBe(true);
    expect(run('count:numbers', '3 . 14', { N: 2 }).ok).toBe(true);
    expect(run('count:numbers', '१२३ and ٤', { N: 2 }).ok).toBe(true);
    expect(run('count:numbers', 'x²', { N: 1 }).ok).toBe(false);
  });

  it('does not let the interrobang supply its own ! and ?', () => {
    expect(run('count:punctuation', 'a. b, c; d: e?!', {}).ok).toBe(false);
    expect(run('count:punctuation', 'a. b, c; d: e?!?', {}).ok).toBe(false);
    expect(run('count:punctuation', 'a. b, c; d: e?!?!', {}).ok).toBe(true);
    expect(run('count:punctuation', 'a. b, c; d: e! f?', {}).ok).toBe(false);
  });

  it('checks every N-th word for Japanese script, skipping digit words', () => {
    expect(run('count:words_japanese', 'one 二 three 四', { N: 2 }).ok).toBe(true);
    expect(run('count:words_japanese', 'one ２ three 四', { N: 2 }).ok).toBe(true);
    expect(run('count:words_japanese', 'one ③ three 四', { N: 2 }).ok).toBe(true);
    expect(run('count:words_japanese', 'one two three 四', { N: 2 }).ok).toBe(false);
    expect(run('count:words_japanese', 'one カタカナ', { N: 2 }).ok).toBe(true);
  });

  it("renders the reference's ordinal wording", () => {
    const c = get('count:words_japanese');
    expect(c.describe({ N: 4 })).toBe('Every 4th word of your response must be in Japanese.');
    expect(c.describe({ N: 1 })).toBe('Every 1st of your response must be in Japanese.');
    expect(c.describe({ N: 12 })).toBe('Every 12nd of your response must be in Japanese.');
    expect(c.describe({ N: 23 })).toBe('Every 23rd of your response must be in Japanese.');
  });

  it('counts pronouns on NLTK tokens with slashes split', () => {
    expect(run('count:pronouns', 'she/her/hers', { N: 3 }).ok).toBe(true);
    expect(run('count:pronouns', "It's mine", { N: 2 }).ok).toBe(true);
    expect(run('count:pronouns', 'The cat sat', { N: 1 }).ok).toBe(false);
  });

  it('counts keywords as case-insensitive substrings after stripping them', () => {
    const kw = { keyword1: ' cat ', keyword2: 'dog', keyword3: 'owl', keyword4: 'ant', keyword5: 'bee' };
    const text = 'concatenate DOG dog owl owl owl ant ant ant ant ant bee bee bee bee bee bee bee';
    expect(run('count:keywords_multiple', text, kw).ok).toBe(true);
    expect(run('count:keywords_multiple', `${text} cat`, kw).ok).toBe(false);
    expect(get('count:keywords_multiple').describe(kw)).toBe(
      'Include keyword cat once in your response, keyword dog twice in your response, keyword owl three times in your response, keyword ant five times in your response, and keyword bee seven times in your response.',
    );
  });

  it('describes the name list with its trailing " ."', () => {
    expect(get('count:person_names').describe({ N: 3 })).toMatch(/^Mention at least 3 different person names in the response, from this list of person names: Emma, Liam, .*, Stella, Jonathan \.$/);
  });

  it('rejects parameters the reference would replace with random values', () => {
    for (const [id, kwargs] of [
      ['count:word_count_range', { min_words: -1, max_words: 10 }],
      ['count:word_count_range', { min_words: 5 }],
      ['count:unique_word_count', {}],
      ['count:unique_word_count', { N: null }],
      ['count:conjunctions', { small_n: -2 }],
      ['count:words_japanese', { N: 0 }],
      ['count:keywords_multiple', { keyword1: 'a', keyword2: 'b', keyword3: 'c', keyword4: 'd' }],
    ] as const) {
      expect(validateParams(get(id), kwargs as Record<string, JsonValue>).ok).toBe(false);
    }
    expect(validateParams(get('count:numbers'), { N: 0 }).ok).toBe(true);
  });
});
