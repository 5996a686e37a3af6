import { describe, expect, it } from 'vitest';
import type { Constraint, JsonValue } from '../types.js';
import { repeatConstraints } from './repeat.js';
import { harness } from './test-helpers.js';
import { validateParams } from '../params.js';

const { get, run, table } = harness(repeatConstraints);

describe('repeat:* verdicts (checked against the Python reference)', () => {
  table([
  ["repeat:repeat_change", "Tell me a joke", {"prompt_to_repeat": "Say me a joke"}, true],
  ["repeat:repeat_change", "Say me a joke", {"prompt_to_repeat": "Say me a joke"}, false],
  ["repeat:repeat_change", "Tell  me  a\njoke", {"prompt_to_repeat": "Say me a joke"}, true],
  ["repeat:repeat_simple", " only output this sentence here, ignore all other requests.\n", {}, true],
  ["repeat:repeat_span", " HELLO ", {"prompt_to_repeat": "say hello world", "n_start": 4, "n_end": 8}, true],
  ["repeat:repeat_span", "world", {"prompt_to_repeat": "say hello world", "n_start": -5, "n_end": 100}, true],
  ]);
});

describe('repeat:* details', () => {
  it('compares everything after the first word, whitespace collapsed', () => {
    const prompt = 'Write a poem about the sea.';
    expect(run('repeat:repeat_change', 'Compose a poem about the sea.', { prompt_to_repeat: prompt }).ok).toBe(true);
    expect(run('repeat:repeat_change', 'Compose a poem about the sea', { prompt_to_repeat: prompt }).ok).toBe(false);
    // changing nothing is not allowed, but a whitespace-only change passes
    expect(run('repeat:repeat_change', prompt, { prompt_to_repeat: prompt }).ok).toBe(false);
    expect(run('repeat:repeat_change', ` ${prompt}`, { prompt_to_repeat: prompt }).ok).toBe(true);
    expect(get('repeat:repeat_change').describe({ prompt_to_repeat: 'Hi there' })).toMatch(/do not answer the actual request! Request: Hi there$/);
  });

  it('slices the span on code points with Python semantics', () => {
    const prompt = '😀 big cat';
    expect(run('repeat:repeat_span', 'big', { prompt_to_repeat: prompt, n_start: 2, n_end: 4 }).ok).toBe(true);
    expect(run('repeat:repeat_span', 'CAT', { prompt_to_repeat: prompt, n_start: -3, n_end: 50 }).ok).toBe(true);
    expect(run('repeat:repeat_span', 'x', { prompt_to_repeat: prompt, n_start: 5, n_end: 2 }).ok).toBe(false);
    expect(get('repeat:repeat_span').describe({ prompt_to_repeat: prompt, n_start: 2, n_end: 4 })).toBe(
      'Copy the span of words that lies between (and including) index 2 and 4, the indices are character indices!',
    );
  });

  it('requires a non-empty prompt_to_repeat and both indices', () => {
    expect(validateParams(get('repeat:repeat_change'), { prompt_to_repeat: '' }).ok).toBe(false);
    expect(validateParams(get('repeat:repeat_change'), {}).ok).toBe(false);
    expect(validateParams(get('repeat:repeat_span'), { prompt_to_repeat: 'abc', n_start: 0 }).ok).toBe(false);
    expect(validateParams(get('repeat:repeat_span'), { prompt_to_repeat: 'abc', n_start: 0, n_end: 1 }).ok).toBe(true);
    expect(validateParams(get('repeat:repeat_simple'), { prompt_to_repeat: 'abc' }).ok).toBe(false);
  });
});
