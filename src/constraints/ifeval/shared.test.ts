import { describe, expect, it } from 'vitest';
import { pyListRepr, pyRepr, pySorted, quote } from './shared.js';
import { seededRandom } from '../../text/test-helpers.js';

/** The straightforward definitions the fast versions must agree with. */
function simpleQuote(s: string, max = 40): string {
  const flat = s.replace(/\s+/g, ' ');
  const cps = Array.from(flat);
  return JSON.stringify(cps.length > max ? `${cps.slice(0, max - 1).join('')}…` : flat);
}

function randomText(next: () => number, length: number): string {
  const pieces = ['a', 'Z', ' ', '  ', '\n', '\t\u00a0', "'", '"', '\\', 'é', '\u{1F600}', '\uD800', '\u3000', 'word ', '\x07'];
  let s = '';
  for (let i = 0; i < length; i++) s += pieces[next() % pieces.length];
  return s;
}

describe('reason helpers', () => {
  const next = seededRandom(7);

  it('quote: collapses whitespace and cuts long texts, reading only their start', () => {
    expect(quote('a  b\n\nc')).toBe('"a b c"');
    expect(quote('x'.repeat(50))).toBe(JSON.stringify('x'.repeat(39) + '…'));
    expect(quote(' '.repeat(1000) + 'abc')).toBe('" abc"');
    for (let n = 0; n < 3000; n++) {
      const s = randomText(next, next() % 120);
      expect(quote(s), JSON.stringify(s)).toBe(simpleQuote(s));
      expect(quote(s, 5)).toBe(simpleQuote(s, 5));
    }
  });

  it('pyRepr: Python repr of strings, plain ASCII included', () => {
    expect(pyRepr('plain text 123')).toBe("'plain text 123'");
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr('both \' and "')).toBe("'both \\' and \"'");
    expect(pyRepr('back\\slash\n')).toBe("'back\\\\slash\\n'");
    expect(pyRepr('bell\x07 nbsp\u00a0')).toBe("'bell\\x07 nbsp\\xa0'");
    expect(pyListRepr(['a', "b'c"])).toBe('[\'a\', "b\'c"]');
  });

  it('pySorted: code point order, astral characters after U+E000..U+FFFF', () => {
    expect(pySorted(['\u{1F600}', '\uFF5A', 'b', 'a'])).toEqual(['a', 'b', '\uFF5A', '\u{1F600}']);
  });
});
