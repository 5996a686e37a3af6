/**
 * Boundedness: every IFBench checker returns a verdict, without throwing, in reasonable time on
 * large and regex-hostile responses.
 */
import { describe, expect, it } from 'vitest';
import { validateParams } from '../params.js';
import type { JsonValue, Params } from '../types.js';
import { ifbenchConstraints } from './index.js';

const PARAMS: Readonly<Record<string, Record<string, JsonValue>>> = {
  'count:word_count_range': { min_words: 100, max_words: 110 },
  'count:unique_word_count': { N: 100 },
  'ratio:stop_words': { percentage: 40 },
  'count:conjunctions': { small_n: 3 },
  'count:person_names': { N: 3 },
  'ratio:overlap': { reference_text: 'The quick brown fox jumps over the lazy dog. '.repeat(50), percentage: 30 },
  'count:numbers': { N: 3 },
  'format:options': { options: 'yes/no/maybe' },
  'count:words_japanese': { N: 3 },
  'words:repeats': { small_n: 3 },
  'sentence:keyword': { word: 'fox', N: 2 },
  'count:pronouns': { N: 5 },
  'sentence:increment': { small_n: 1 },
  'format:list': { sep: '...' },
  'count:keywords_multiple': { keyword1: 'fox', keyword2: 'dog', keyword3: 'the', keyword4: 'a', keyword5: 'e' },
  'words:keywords_specific_position': { keyword: 'fox', n: 2, m: 3 },
  'words:words_position': { keyword: 'fox' },
  'repeat:repeat_change': { prompt_to_repeat: 'Write a story about a fox.' },
  'repeat:repeat_span': { prompt_to_repeat: 'Write a story about a fox.', n_start: 2, n_end: 9 },
};

const MB = 1 << 20;
const prose =
  'The quick brown fox (Emma) jumps over 13 lazy dogs; is it "really" 3.5 km? Yes! 😀 Question 1: A. fox\n';
const inputs: ReadonlyArray<readonly [string, string]> = [
  ['1 MB of prose', prose.repeat(Math.ceil(MB / prose.length)).slice(0, MB)],
  ['1 MB without whitespace', 'abcdefghij'.repeat(MB / 10)],
  ['100k spaces', ' '.repeat(100_000) + 'x'],
  ['100k lines', 'a\n'.repeat(100_000)],
  ['100k blank lines', '\n \n'.repeat(50_000) + 'x'],
  ['200k stars', '*'.repeat(200_000)],
  ['100k nested brackets', '('.repeat(50_000) + '[{'.repeat(25_000) + ')'.repeat(10)],
  ['100k quotes', '"\''.repeat(50_000)],
  ['newlines before Question', '\n'.repeat(100_000) + 'Question 1 x\n'.repeat(1000)],
  ['CSV-like', ('"a",b,"c,d",' + 'x'.repeat(50) + '\n').repeat(15_000)],
  ['long quoted CSV field', `"${'x,'.repeat(100_000)}`],
  ['100k dots', '.'.repeat(100_000)],
  ['interleaved punctuation', '?!.,;:'.repeat(40_000)],
];

const LIMIT_MS = 20_000;

describe('IFBench checkers on hostile input', () => {
  for (const c of ifbenchConstraints) {
    const validated = validateParams(c, PARAMS[c.id] ?? {});
    it(`${c.id} returns a verdict quickly`, () => {
      expect(validated.ok).toBe(true);
      const params = (validated as { ok: true; params: Params }).params;
      for (const [name, text] of inputs) {
        const start = performance.now();
        const result = c.check(text, params, { prompt: 'Write a story about a fox.' });
        const ms = performance.now() - start;
        expect(typeof result.ok, `${c.id} on ${name}`).toBe('boolean');
        expect(result.reason.length, `${c.id} on ${name}`).toBeGreaterThan(0);
        expect(ms, `${c.id} on ${name}`).toBeLessThan(LIMIT_MS);
      }
    }, 120_000);
  }
});
