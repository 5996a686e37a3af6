/**
 * Every IFTrain checker must be total and run in bounded time on hostile input:
 * 1 MB of text, 100k lines, 200k asterisks, long runs without spaces, many near-matches.
 */
import { describe, expect, it } from 'vitest';
import { validateParams } from '../params.js';
import type { JsonValue } from '../types.js';
import { iftrainOnlyConstraints } from './index.js';
import { removeThinkingSection } from './reward.js';

const KWARGS: Record<string, Record<string, JsonValue>> = {
  'copy:repeat_phrase': { phrase: 'Every lantern glows before dawn', small_n: 2 },
  'copy:copy': { prompt_to_repeat: 'Write a poem.' },
  'new:copy_span_idx': { prompt_to_repeat: 'Write a poem.', n_start: 1, n_end: 5 },
  'keywords:word_once': { keyword: 'lantern' },
  'keywords:word_count_different_numbers': { keyword: 'a.m', frequency: 2, relation: 'at least' },
  'keywords:exclude_word_harder': { keyword: 'storm' },
  'first_word:first_word_sent': { first_word: 'Yes' },
  'first_word:first_word_answer': { first_word: 'Yes' },
  'last_word:last_word_sent': { last_word: 'today' },
  'last_word:last_word_answer': { last_word: 'today' },
  'copy:copying_simple': { prompt_to_repeat: 'Write a poem.' },
  'copy:copying_multiple': { prompt_to_repeat: 'Write a poem.', N: 2 },
  'count:lowercase_counting': { N: 3 },
  'letters:letter_counting': { N: 3, relation: 'at least' },
  'letters:letter_counting2': { letter: 'a', let_frequency: 3, let_relation: 'at least' },
  'count:counting_composition': { n_sent: 2, n_words: 3 },
  'count:count_increment_word': { keyword1: 'apple', keyword2: 'pear' },
  'keywords:keyword_specific_position': { keyword: 'blue', n: 2, m: 3 },
};

const MB = 1 << 20;
const INPUTS: Record<string, string> = {
  'one long word': 'a'.repeat(MB),
  'words and spaces': 'word '.repeat(MB / 5),
  '100k lines': 'Every lantern glows\n'.repeat(100_000),
  '200k asterisks': '*'.repeat(200_000),
  'stars and dividers': '*** x '.repeat(MB / 6),
  'first words without last': 'Every lantern '.repeat(MB / 14),
  'periods': '. '.repeat(MB / 2),
  'hyphens': 'A.-'.repeat(MB / 3),
  'brackets': '<<[a]>> '.repeat(MB / 8),
  'mixed unicode': '\u0130\u212a\u00e9 \ud83d\ude00 caf\u00e9\u0301 \u0085'.repeat(MB / 16),
  'thinking tags': '<think></think><answer>'.repeat(MB / 24),
};

describe('iftrain checkers on hostile input', () => {
  for (const c of iftrainOnlyConstraints) {
    it(`${c.id} is total and fast`, () => {
      const v = validateParams(c, KWARGS[c.id] ?? null);
      expect(v.ok).toBe(true);
      if (!v.ok) return;
      for (const [name, text] of Object.entries(INPUTS)) {
        const start = performance.now();
        const r = c.check(text, v.params, { prompt: '' });
        const ms = performance.now() - start;
        expect(typeof r.ok, name).toBe('boolean');
        expect(r.reason.length, name).toBeGreaterThan(0);
        expect(ms, `${c.id} on ${name}`).toBeLessThan(5000);
      }
    });
  }
  it('removeThinkingSection is linear', () => {
    const start = performance.now();
    removeThinkingSection('<|assistant|></think><answer>'.repeat(MB / 29));
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
