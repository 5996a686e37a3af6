import { describe, expect, it } from 'vitest';
import { contentNumberPlaceholders, contentPostscript, countPlaceholders } from './detectable-content.js';
import { paramError, runCheck, timed } from './test-helpers.js';

describe('detectable_content:number_placeholders', () => {
  it.each([
    ['[name] lives at [address]', 2],
    ['[]', 1],
    ['[[x]]', 1],
    ['[a\nb]', 0],
    ['[ [x]', 1],
    ['no brackets', 0],
  ])('%j has %i placeholders', (text, n) => {
    expect(countPlaceholders(text)).toBe(n);
  });
  it('compares with at least, at the threshold', () => {
    expect(runCheck(contentNumberPlaceholders, { num_placeholders: 2 }, '[a] [b]').ok).toBe(true);
    expect(runCheck(contentNumberPlaceholders, { num_placeholders: 3 }, '[a] [b]')).toEqual({
      ok: false,
      reason: 'found 2 placeholders in square brackets, expected at least 3',
    });
  });
  it('is linear on many unclosed brackets', () => {
    expect(timed(() => countPlaceholders('['.repeat(500_000)))).toBeLessThan(1000);
  });
});

describe('detectable_content:postscript', () => {
  it('finds P.S. anywhere, case-insensitively, with optional whitespace', () => {
    expect(runCheck(contentPostscript, { postscript_marker: 'P.S.' }, 'Bye.\n\nP.S. more').ok).toBe(true);
    expect(runCheck(contentPostscript, { postscript_marker: 'P.S.' }, 'bye p. s. x').ok).toBe(true);
    expect(runCheck(contentPostscript, { postscript_marker: 'P.S.' }, 'Bye.\nPS more').ok).toBe(false);
    expect(runCheck(contentPostscript, { postscript_marker: 'P.S.' }, 'Bye.\nP.S more').ok).toBe(false);
  });
  it('accepts P.P.S with or without a final dot', () => {
    expect(runCheck(contentPostscript, { postscript_marker: 'P.P.S' }, 'x\nP. P. S: y').ok).toBe(true);
    expect(runCheck(contentPostscript, { postscript_marker: 'P.P.S' }, 'x\nP.S. y').ok).toBe(false);
  });
  it('uses other markers as lower-cased patterns', () => {
    expect(runCheck(contentPostscript, { postscript_marker: 'Note:' }, 'NOTE: hi').ok).toBe(true);
    expect(paramError(contentPostscript, { postscript_marker: '(' })).toBe('postscript_marker');
  });
  it('is linear on a long whitespace run', () => {
    expect(timed(() => runCheck(contentPostscript, { postscript_marker: 'P.S.' }, ' '.repeat(2_000_000)))).toBeLessThan(1000);
  });
});
