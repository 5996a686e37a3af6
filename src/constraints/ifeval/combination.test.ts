import { describe, expect, it } from 'vitest';
import { combinationRepeatPrompt, combinationTwoResponses } from './combination.js';
import { paramError, runCheck } from './test-helpers.js';

describe('combination:two_responses', () => {
  it.each([
    ['First answer.\n******\nSecond answer.', true],
    ['Same.\n******\nSame.', false],
    ['Same.\n******\n  Same.  ', false],
    ['A\n************\nB', false], // two separators with nothing between
    ['******\nA\n******\nB\n******', true], // blank first and last parts are ignored
    ['A ****** B ****** C', false],
    ['Only one', false],
    ['A *******B', true], // seven stars: the seventh belongs to the second response
  ])('%j → %s', (text, ok) => {
    expect(runCheck(combinationTwoResponses, {}, text).ok).toBe(ok);
  });
});

describe('combination:repeat_prompt', () => {
  const k = { prompt_to_repeat: 'Write a haiku about rain.' };
  it('needs the stripped response to start with the request, ignoring case', () => {
    expect(runCheck(combinationRepeatPrompt, k, '  WRITE A HAIKU ABOUT RAIN. Drops fall...').ok).toBe(true);
    expect(runCheck(combinationRepeatPrompt, k, 'Sure! Write a haiku about rain.').ok).toBe(false);
    expect(runCheck(combinationRepeatPrompt, k, 'Write a haiku about rain').ok).toBe(false);
  });
  it('explains where the repetition breaks', () => {
    expect(runCheck(combinationRepeatPrompt, k, 'Write a poem').reason).toContain('after 8 matching characters');
  });
  it('rejects an empty request', () => {
    expect(paramError(combinationRepeatPrompt, { prompt_to_repeat: '' })).toBe('prompt_to_repeat');
  });
});
