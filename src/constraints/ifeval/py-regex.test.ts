import { describe, expect, it } from 'vitest';
import { compilePyRegex, pyCountMatches, pySearch } from './py-regex.js';

function re(pattern: string, opts: { ignoreCase?: boolean; multiline?: boolean } = {}): RegExp {
  const r = compilePyRegex(pattern, opts);
  if (!r.ok) throw new Error(r.error);
  return r.regex;
}

describe('compilePyRegex', () => {
  it('keeps Python $: end of text or just before a final newline', () => {
    expect(pySearch(re('end$'), 'the end\n')).toBe(true);
    expect(pySearch(re('end$'), 'the end\n\n')).toBe(false);
    expect(pySearch(re('end$'), 'the end\nmore')).toBe(false);
    expect(pySearch(re('end$', { multiline: true }), 'the end\nmore')).toBe(true);
    expect(pySearch(re('end$', { multiline: true }), 'the end\rmore')).toBe(false);
  });

  it('makes . exclude only \\n (JavaScript also excludes \\r and U+2028)', () => {
    expect(pySearch(re('a.b'), 'a\rb')).toBe(true);
    expect(pySearch(re('a.b'), 'a\u2028b')).toBe(true);
    expect(pySearch(re('a.b'), 'a\nb')).toBe(false);
  });

  it('uses Unicode \\w, \\d, \\s and \\b', () => {
    expect(pySearch(re('\\bcaf\\b'), 'un café')).toBe(false);
    expect(pySearch(re('\\bcafé\\b'), 'un café!')).toBe(true);
    expect(pyCountMatches(re('\\d+'), '12 ٣٤ ５')).toBe(3);
    expect(pySearch(re('a\\sb'), 'a\u0085b')).toBe(true);
    expect(pySearch(re('a\\sb'), 'a\ufeffb')).toBe(false);
  });

  it('folds case like Python IGNORECASE, including i/ı/İ', () => {
    expect(pySearch(re('straße', { ignoreCase: true }), 'STRAßE')).toBe(true);
    expect(pySearch(re('is', { ignoreCase: true }), 'İS')).toBe(true);
    expect(pySearch(re('İ', { ignoreCase: true }), 'ı')).toBe(true);
    expect(pySearch(re('k', { ignoreCase: true }), '\u212a')).toBe(true);
  });

  it('translates Python-only syntax', () => {
    expect(pySearch(re('(?P<w>ab)(?P=w)'), 'xabab')).toBe(true);
    expect(pySearch(re('a{,2}b'), 'aab')).toBe(true);
    expect(pySearch(re('a{b'), 'a{b')).toBe(true);
    expect(pySearch(re('[]a]'), ']')).toBe(true);
    expect(pySearch(re('x(?#comment)y'), 'xy')).toBe(true);
    expect(pySearch(re('(?i)abc'), 'ABC')).toBe(true);
    expect(pySearch(re('\\Aab\\Z'), 'ab')).toBe(true);
    expect(pySearch(re('\\Aab\\Z'), 'ab\n')).toBe(false);
  });

  it('rejects what Python rejects', () => {
    expect(compilePyRegex('C++').ok).toBe(false);
    expect(compilePyRegex('(unclosed').ok).toBe(false);
    expect(compilePyRegex('\\q').ok).toBe(false);
    expect(compilePyRegex('[abc').ok).toBe(false);
  });

  it('counts non-overlapping matches like re.findall', () => {
    expect(pyCountMatches(re('aa'), 'aaaaa')).toBe(2);
    expect(pyCountMatches(re('cat', { ignoreCase: true }), 'Cat concatenation CAT')).toBe(3);
    expect(pyCountMatches(re(''), 'ab😀')).toBe(4);
  });
});
