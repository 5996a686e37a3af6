import { describe, expect, it } from 'vitest';
import { isPyDecimalCodePoint, isPyDigitCodePoint, pyHasDecimalDigit, pyIsDigitString } from './py-digits.js';

describe('Python 3.11 digit predicates', () => {
  it('isdecimal: Nd only', () => {
    expect(isPyDecimalCodePoint(0x30)).toBe(true);
    expect(isPyDecimalCodePoint(0x663)).toBe(true); // Arabic-Indic three
    expect(isPyDecimalCodePoint(0x1d7ce)).toBe(true); // mathematical bold zero
    expect(isPyDecimalCodePoint(0xb2)).toBe(false); // superscript two
    expect(isPyDecimalCodePoint(0x11f50)).toBe(false); // Kawi digit: Unicode 15, unknown to Python 3.11
    expect(isPyDecimalCodePoint(0x41)).toBe(false);
  });

  it('isdigit: Nd plus Numeric_Type=Digit', () => {
    expect(isPyDigitCodePoint(0xb2)).toBe(true);
    expect(isPyDigitCodePoint(0x2460)).toBe(true); // circled one
    expect(isPyDigitCodePoint(0x1369)).toBe(true); // Ethiopic one
    expect(isPyDigitCodePoint(0xbd)).toBe(false); // ½ is numeric, not a digit
    expect(isPyDigitCodePoint(0x2169)).toBe(false); // Roman numeral ten
  });

  it('whole-string helpers', () => {
    expect(pyIsDigitString('2024')).toBe(true);
    expect(pyIsDigitString('²⁰²⁴')).toBe(true);
    expect(pyIsDigitString('')).toBe(false);
    expect(pyIsDigitString('12a')).toBe(false);
    expect(pyHasDecimalDigit('abc𝟘')).toBe(true);
    expect(pyHasDecimalDigit('abc²')).toBe(false);
  });
});
