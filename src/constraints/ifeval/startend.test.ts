import { describe, expect, it } from 'vitest';
import { startendEndChecker, startendQuotation } from './startend.js';
import { runCheck } from './test-helpers.js';

describe('startend:end_checker', () => {
  const k = { end_phrase: 'Any other questions?' };
  it.each([
    ['Done. Any other questions?', true],
    ['Done. any other QUESTIONS?\n\n', true],
    ['"Done. Any other questions?"', true], // surrounding quotes are stripped
    ['Done. Any other questions? ', true],
    ['Done. Any other questions?!', false],
    ['Any other questions? Thanks.', false],
    ['"Done. Any other questions? "', false], // whitespace inside the quotes stays
  ])('%j → %s', (text, ok) => {
    expect(runCheck(startendEndChecker, k, text).ok).toBe(ok);
  });
});

describe('startend:quotation', () => {
  it.each([
    ['"Hello"', true],
    ['  "Hello"\n', true],
    ['""', true],
    ['"', false],
    ['"Hello', false],
    ['“Hello”', false], // curly quotes are not '"'
    ["'Hello'", false],
  ])('%j → %s', (text, ok) => {
    expect(runCheck(startendQuotation, {}, text).ok).toBe(ok);
  });
});
