import { describe, expect, it } from 'vitest';
import { compilePyRegex, pyCountMatches } from './pyregex.js';

function count(pattern: string, text: string, ignoreCase = true): number {
  const r = compilePyRegex(pattern, ignoreCase);
  if (!r.ok) throw new Error(r.message);
  return pyCountMatches(r.regex, text);
}

describe('compilePyRegex', () => {
  it('Python Unicode classes and boundaries', () => {
    expect(count('\\w+', 'caf\u00e9 na\u00efve x_2')).toBe(3);
    expect(count('\\bcat\\b', 'cat caté cats')).toBe(1);
    expect(count('\\s', 'a\u0085b\u001fc\ufeffd')).toBe(2);
    expect(count('[\\W]', 'a-b c')).toBe(2);
  });
  it('dot excludes only \\n; $ matches before a final newline', () => {
    expect(count('a.b', 'a\rb a\u2028b a\nb')).toBe(2);
    expect(count('end$', 'the end\n')).toBe(1);
  });
  it('possessive quantifiers and atomic groups (Python 3.11)', () => {
    expect(count('c++', 'ccc c')).toBe(2);
    expect(count('a++a', 'aaa')).toBe(0);
    expect(count('(?>a+)b', 'aaab')).toBe(1);
  });
  it('named groups, back-references and a literal brace', () => {
    expect(count('(?P<x>a)(?P=x)', 'aa a')).toBe(1);
    expect(count('(a)\\1', 'aa')).toBe(1);
    expect(count('a{', 'a{')).toBe(1);
    expect(count('a{2}', 'aaaa')).toBe(2);
    expect(count('a{,2}b', 'aab')).toBe(1);
  });
  it('IGNORECASE follows Python (Kelvin sign, dotted and dotless i)', () => {
    expect(count('k', '\u212a')).toBe(1);
    expect(count('i', '\u0131 \u0130')).toBe(2);
    expect(count('k', 'K', false)).toBe(0);
  });
  it('rejects what Python rejects', () => {
    for (const bad of ['a(b', 'a)b', '*a', 'a**', '\\q', '[a', 'a{3,1}', '(?P=nope)', '\\2(a)']) {
      expect(compilePyRegex(bad, true).ok, bad).toBe(false);
    }
  });
  it('counts empty matches like findall', () => {
    expect(count('', 'abc')).toBe(4);
    expect(count('x*', 'axxb')).toBe(4);
  });
});
