import { describe, expect, it } from 'vitest';
import { punctuationNoComma } from './punctuation.js';
import { runCheck } from './test-helpers.js';

describe('punctuation:no_comma', () => {
  it('fails on any ASCII comma and says how many', () => {
    expect(runCheck(punctuationNoComma, {}, 'a, b, c')).toEqual({ ok: false, reason: 'found 2 commas, expected none' });
  });
  it('ignores other comma-like characters', () => {
    expect(runCheck(punctuationNoComma, {}, 'a，b、c‚d ،').ok).toBe(true);
  });
});
