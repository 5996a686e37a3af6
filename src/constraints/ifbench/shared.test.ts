import { describe, expect, it } from 'vitest';
import { escapeRegExpU, pyDecimalValue, pyIntDecimal, pyIsDigit } from '../../text/python.js';
import {
  firstChar,
  lastChar,
  pyAt,
  pyCount,
  pyIgnoreCaseLiteral,
  pySliceChars,
  removePunctuation,
  restChars,
  stripPunctSpace,
} from './shared.js';

describe('Python string helpers used by the IFBench checkers', () => {
  it("strips string.punctuation + ' ' only", () => {
    expect(stripPunctSpace(' ..Hello, world!? ')).toBe('Hello, world');
    expect(stripPunctSpace('\nword\n')).toBe('\nword\n');
    expect(stripPunctSpace('“quoted”')).toBe('“quoted”');
    expect(stripPunctSpace('!!!')).toBe('');
  });

  it('deletes the 32 ASCII punctuation characters', () => {
    expect(removePunctuation('a.b,c!d?e;f:g"h\'i(j)k[l]m{n}o-p_q/r\\s@t#u$v%w^x&y*z+~`|<>=')).toBe('abcdefghijklmnopqrstuvwxyz');
    expect(removePunctuation('“x”—…')).toBe('“x”—…');
  });

  it('indexes code points', () => {
    expect(firstChar('😀x')).toBe('😀');
    expect(lastChar('x😀')).toBe('😀');
    expect(restChars('😀x')).toBe('x');
    expect(firstChar('')).toBe('');
    expect(pySliceChars('😀abc', 1, 3)).toBe('ab');
    expect(pySliceChars('abcdef', -3, 100)).toBe('def');
    expect(pySliceChars('abcdef', 4, 2)).toBe('');
    expect(pyAt([1, 2, 3], -1)).toBe(3);
    expect(pyAt([1, 2, 3], -4)).toBeUndefined();
    expect(pyAt([1, 2, 3], 3)).toBeUndefined();
  });

  it('counts like str.count', () => {
    expect(pyCount('aaaa', 'aa')).toBe(2);
    expect(pyCount('a😀', '')).toBe(3);
    expect(pyCount('abcabc', 'x')).toBe(0);
    expect(pyCount('aaaaaa', 'a', 3)).toBe(3);
  });

  it('matches i, I, ı and İ together, as Python IGNORECASE does', () => {
    const re = new RegExp(`^${pyIgnoreCaseLiteral('Ii.')}$`, 'iu');
    expect(re.test('ıİ.')).toBe(true);
    expect(re.test('iix')).toBe(false);
  });

  it("follows Python's isdigit and int() on Unicode digits", () => {
    expect(pyIsDigit('123')).toBe(true);
    expect(pyIsDigit('²')).toBe(true);
    expect(pyIsDigit('③')).toBe(true);
    expect(pyIsDigit('١٢')).toBe(true);
    expect(pyIsDigit('½')).toBe(false);
    expect(pyIsDigit('')).toBe(false);
    expect(pyIsDigit('1a')).toBe(false);
    expect(pyDecimalValue('٧'.codePointAt(0)!)).toBe(7);
    expect(pyDecimalValue('𝟗'.codePointAt(0)!)).toBe(9);
    expect(pyDecimalValue('²'.codePointAt(0)!)).toBe(-1);
    expect(pyIntDecimal('١٧٩٦')).toBe(1796);
    expect(pyIntDecimal('12x')).toBeNaN();
  });

  it('escapes for unicode-mode patterns', () => {
    const text = 'a-b.c*(d)[e]{f}|g^h$i\\j/k?+';
    expect(new RegExp(`^${escapeRegExpU(text)}$`, 'u').test(text)).toBe(true);
  });
});
