import { describe, expect, it } from 'vitest';
import type { Constraint, JsonValue } from '../types.js';
import { sentenceConstraints } from './sentence.js';
import { harness } from './test-helpers.js';
import { validateParams } from '../params.js';

const { get, run, table } = harness(sentenceConstraints);

describe('sentence:* verdicts (checked against the Python reference)', () => {
  table([
  ["sentence:alliteration_increment", "Big cat. Big bad cat. Silly snakes slither slowly.", {}, true],
  ["sentence:alliteration_increment", "Big bad cat. Big cat.", {}, false],
  ["sentence:keyword", "Hello there. The Cat sat.", {"word": "cat", "N": 2}, true],
  ["sentence:keyword", "Hello there. The Cats sat.", {"word": "cat", "N": 2}, false],
  ["sentence:keyword", "Hello cat. The dog sat.", {"word": "cat", "N": 0}, false],
  ["sentence:keyword", "Hello dog. The cat sat.", {"word": "cat", "N": 0}, true],
  ["sentence:increment", "One. One two. One two three.", {"small_n": 1}, true],
  ["sentence:increment", "One. One two three.", {"small_n": 1}, false],
  ]);
});

describe('sentence:* details', () => {
  it('scores alliteration runs: a run of k words counts k', () => {
    // 0, then 2 (big bad), then 3 (silly snakes slither)
    expect(run('sentence:alliteration_increment', 'A cat. Big bad dog. Silly snakes slither.', {}).ok).toBe(true);
    // two separate pairs score 4, more than one run of 3
    expect(run('sentence:alliteration_increment', 'Silly snakes slither. Big bad dog and angry ants.', {}).ok).toBe(true);
    // equal scores fail
    expect(run('sentence:alliteration_increment', 'Big bad dog. Silly snakes here.', {}).ok).toBe(false);
    // leading punctuation is ignored when comparing first letters
    expect(run('sentence:alliteration_increment', 'A cat. "Big" (bad) dog.', {}).ok).toBe(true);
  });

  it('matches the keyword as a whole word, ignoring case, in the N-th sentence', () => {
    expect(run('sentence:keyword', 'One here. Two CAT-like.', { word: 'cat', N: 2 }).ok).toBe(true);
    expect(run('sentence:keyword', 'One here. Two cats.', { word: 'cat', N: 2 }).ok).toBe(false);
    expect(run('sentence:keyword', 'One cat. Two here.', { word: 'cat', N: 2 }).ok).toBe(false);
    expect(run('sentence:keyword', 'One cat.', { word: 'cat', N: 2 }).ok).toBe(false);
    expect(run('sentence:keyword', 'Costs $5 (approx). Fine.', { word: '$5', N: 1 }).ok).toBe(false);
    expect(run('sentence:keyword', 'Costs a-b here. Fine.', { word: 'a-b', N: 1 }).ok).toBe(true);
    // Python's IGNORECASE also equates i, I, dotless ı and dotted İ.
    expect(run('sentence:keyword', 'Go to İstanbul. Fine.', { word: 'istanbul', N: 1 }).ok).toBe(true);
    expect(run('sentence:keyword', 'Go to Istanbul. Fine.', { word: 'ıstanbul', N: 1 }).ok).toBe(true);
  });

  it('renders the keyword description with quotes', () => {
    expect(get('sentence:keyword').describe({ word: 'cat', N: 3 })).toBe(
      'The response must include keyword "cat" in the 3-th sentence.',
    );
  });

  it('counts words per sentence after deleting punctuation', () => {
    expect(run('sentence:increment', 'Hi. Hi there. Hi there , you.', { small_n: 1 }).ok).toBe(true);
    expect(run('sentence:increment', 'Hi. Hi there.', { small_n: 0 }).ok).toBe(false);
    expect(run('sentence:increment', 'Hi there. Hi you.', { small_n: 0 }).ok).toBe(true);
  });

  it('rejects an empty keyword and negative counts', () => {
    expect(validateParams(get('sentence:keyword'), { word: '', N: 1 }).ok).toBe(false);
    expect(validateParams(get('sentence:keyword'), { word: 'x', N: -1 }).ok).toBe(false);
    expect(validateParams(get('sentence:keyword'), { word: 'x', N: 0 }).ok).toBe(true);
    expect(validateParams(get('sentence:increment'), { small_n: 0 }).ok).toBe(true);
    expect(validateParams(get('sentence:increment'), {}).ok).toBe(false);
  });
});
