import { describe, expect, it } from 'vitest';
import {
  pyFirstToken,
  PY_B,
  PY_S,
  PY_W,
  escapeRegExp,
  pyIsLower,
  pyIsSpace,
  pyIsUpper,
  pyLen,
  pySplit,
  pySplitLines,
  pyStrip,
  pyStripChars,
} from './python.js';

describe('Python whitespace', () => {
  it('strip() removes U+001C..U+001F and U+0085 but keeps the BOM and zero-width space', () => {
    expect(pyStrip('\u001c\u0085 a b \u3000\n')).toBe('a b');
    expect(pyStrip('\ufeffa\u200b')).toBe('\ufeffa\u200b');
    expect(pyStrip('\u00a0x\u00a0')).toBe('x');
  });
  it('split() splits on runs of Python whitespace with no empty strings', () => {
    expect(pySplit('  a\tb\u00a0c\u2003d\ufeffe  ')).toEqual(['a', 'b', 'c', 'd\ufeffe']);
    expect(pySplit('')).toEqual([]);
    expect(pySplit(' \n ')).toEqual([]);
  });
  it('isspace() needs a non-empty all-whitespace string', () => {
    expect(pyIsSpace('')).toBe(false);
    expect(pyIsSpace(' \u2028')).toBe(true);
    expect(pyIsSpace(' \u200b')).toBe(false);
  });
  it('\\s matches what Python matches', () => {
    const re = new RegExp(PY_S, 'u');
    expect(re.test('\u001f')).toBe(true);
    expect(re.test('\ufeff')).toBe(false);
  });
  it('strip(chars) strips code points', () => {
    expect(pyStripChars('``json``', '`')).toBe('json');
    expect(pyStripChars('😀a😀', '😀')).toBe('a');
  });
});

describe('Python \\w and \\b', () => {
  it('\\w covers Unicode letters and numbers, not combining marks', () => {
    const words = (s: string) => s.match(new RegExp(`${PY_W}+`, 'gu')) ?? [];
    expect(words("naïve café_au_lait 東京 It's ٣٤")).toEqual(['naïve', 'café_au_lait', '東京', 'It', 's', '٣٤']);
    expect(words('e\u0301t\u00e9')).toEqual(['e', 'té']);
  });
  it('\\b is a Unicode word boundary', () => {
    const re = new RegExp(`${PY_B}été${PY_B}`, 'u');
    expect(re.test("l'été chaud")).toBe(true);
    expect(re.test('bété')).toBe(false);
  });
});

describe('case predicates', () => {
  it('isupper/islower follow Python', () => {
    expect(pyIsUpper('HELLO, WORLD 123')).toBe(true);
    expect(pyIsUpper('HELLO World')).toBe(false);
    expect(pyIsUpper('123 !!')).toBe(false);
    expect(pyIsUpper('ÀÉÎ')).toBe(true);
    expect(pyIsLower('hello ß 123')).toBe(true);
    expect(pyIsLower('hello ǅ')).toBe(false); // title-case letter
    expect(pyIsLower('')).toBe(false);
  });
});

describe('lengths and lines', () => {
  it('len() counts code points', () => {
    expect(pyLen('a😀b')).toBe(3);
    expect(pyLen('\ud800')).toBe(1);
  });
  it('splitlines() splits on every Python line boundary', () => {
    expect(pySplitLines('a\r\nb\rc\u2028d\n')).toEqual(['a', 'b', 'c', 'd']);
    expect(pySplitLines('')).toEqual([]);
  });
  it('escapeRegExp makes metacharacters literal', () => {
    expect(new RegExp(escapeRegExp('a.b*(c)')).test('a.b*(c)')).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});

describe('digits follow Python 3.11 (Unicode 14) exactly', () => {
  it('isdigit accepts superscripts and other-script digits, not fractions or letters', async () => {
    const { pyIsDigit, pyIntDecimal } = await import('./python.js');
    expect(pyIsDigit('123')).toBe(true);
    expect(pyIsDigit('²³')).toBe(true);
    expect(pyIsDigit('٣٤')).toBe(true);
    expect(pyIsDigit('½')).toBe(false);
    expect(pyIsDigit('12a')).toBe(false);
    expect(pyIsDigit('')).toBe(false);
    expect(pyIntDecimal('٣٤')).toBe(34);
    expect(pyIntDecimal('²')).toBeNaN();
  });
});

describe('pyFirstToken', () => {
  it('is the first element of str.split(), or empty for a blank string', () => {
    const cases: Array<[string, string]> = [
      ['  hello world ', 'hello'],
      ['\u00a0\u2003word\u3000next', 'word'],
      ['\x1cfirst\x1dsecond', 'first'],
      ['single', 'single'],
      [' \t\n ', ''],
      ['', ''],
      ['\u200bzero-width', '\u200bzero-width'],
    ];
    for (const [input, expected] of cases) expect(pyFirstToken(input)).toBe(expected);
    for (const [input] of cases) expect(pyFirstToken(input)).toBe(pySplit(input)[0] ?? '');
  });
});
