import { describe, expect, it } from 'vitest';
import { PyDict, PyOther, compareCodePoints, fromPy, pyEq, pyFloatRepr, pyIn, pyRepr, pyStr, pyStrRepr, pyTypeName, toPy } from './pyvalue.js';

describe('pyFloatRepr (Python repr(float))', () => {
  it.each([
    [25, '25.0'],
    [0.1, '0.1'],
    [1e-5, '1e-05'],
    [-2.5e-7, '-2.5e-07'],
    [1e16, '1e+16'],
    [2e16, '2e+16'],
    [1e22, '1e+22'],
    [123456789012345.6, '123456789012345.6'],
    [0.0001, '0.0001'],
    [-0, '-0.0'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
    [NaN, 'nan'],
  ])('%s -> %s', (x, s) => expect(pyFloatRepr(x)).toBe(s));
});

describe('pyStrRepr (Python repr(str))', () => {
  it('chooses quotes like Python', () => {
    expect(pyStrRepr("won't fix")).toBe(`"won't fix"`);
    expect(pyStrRepr(`it's "x"`)).toBe(`'it\\'s "x"'`);
    expect(pyStrRepr('plain')).toBe("'plain'");
  });
  it('escapes control and non-printable characters, keeps printable non-ASCII', () => {
    expect(pyStrRepr('a\tb\nc\\d\x00\x7f')).toBe("'a\\tb\\nc\\\\d\\x00\\x7f'");
    expect(pyStrRepr('\u00a0\u200b\u2028é😀')).toBe("'\\xa0\\u200b\\u2028é😀'");
    expect(pyStrRepr('\ud800')).toBe("'\\ud800'");
  });
});

describe('Python equality, repr and types', () => {
  it('True == 1 == 1.0, but not "1"', () => {
    expect(pyEq(true, 1n)).toBe(true);
    expect(pyEq(1n, 1.0)).toBe(true);
    expect(pyEq('1', 1n)).toBe(false);
    expect(pyIn(true, [1n, 2n])).toBe(true);
    expect(pyEq(NaN, NaN)).toBe(false);
  });
  it('repr of containers and specials', () => {
    const d = new PyDict();
    d.set('a', [1n, 2.5, null, true]);
    d.set(1n, 'x');
    expect(pyRepr(d)).toBe("{'a': [1, 2.5, None, True], 1: 'x'}");
    expect(pyRepr(new PyOther('date', [], '2025-03-14'))).toBe('datetime.date(2025, 3, 14)');
    expect(pyStr(new PyOther('date', [], '2025-03-14'))).toBe('2025-03-14');
    expect(pyTypeName(3n)).toBe('int');
    expect(pyTypeName(3.0)).toBe('float');
    expect(pyTypeName(d)).toBe('dict');
  });
  it('dict keys follow Python hashing: True and 1 are one key, first key object kept', () => {
    const d = new PyDict();
    d.set(1n, 'a');
    d.set(true, 'b');
    expect(d.size).toBe(1);
    expect(d.keys()).toEqual([1n]);
    expect(d.get(1.0)).toBe('b');
  });
  it('large dicts switch to an index and keep order', () => {
    const d = new PyDict();
    for (let i = 0; i < 40; i++) d.set(`k${i}`, BigInt(i));
    d.set('k3', 99n);
    expect(d.get('k3')).toBe(99n);
    expect(d.keys()[3]).toBe('k3');
    expect(d.size).toBe(40);
  });
  it('compares strings by code point', () => {
    expect(compareCodePoints('ｚnote', '😀mood')).toBeLessThan(0);
    expect('ｚnote' < '😀mood').toBe(false); // JavaScript's UTF-16 order differs
    expect(compareCodePoints('a', 'b')).toBeLessThan(0);
  });
  it('converts to and from plain JSON', () => {
    const v = toPy({ a: 1, b: [1.5, 'x'], __proto__x: null });
    expect(v).toBeInstanceOf(PyDict);
    expect((v as PyDict).get('a')).toBe(1n);
    const d = new PyDict();
    d.set('__proto__', 1n);
    const o = fromPy(d) as Record<string, unknown>;
    expect(Object.keys(o)).toEqual(['__proto__']);
  });
});

describe('PyDict lookups by position', () => {
  it('getNear/indexNear use the hint only when it holds the key', () => {
    const d = new PyDict();
    d.set('a', 1n);
    d.set('b', 2n);
    d.set(1n, 'one');
    expect(d.indexNear('b', 1)).toBe(1);
    expect(d.indexNear('b', 0)).toBe(1);
    expect(d.indexNear('b', 9)).toBe(1);
    expect(d.indexNear('z', 0)).toBe(-1);
    expect(d.getNear(true, 0)).toBe('one');
    expect(d.getNear('a', 1)).toBe(1n);
    expect([d.keyAt(2), d.valueAt(2)]).toEqual([1n, 'one']);
  });
  it('keeps entries() in step with later sets, and keys() is a copy', () => {
    const d = new PyDict();
    d.set('a', 1n);
    const e = d.entries();
    d.set('a', 5n);
    d.set('b', 2n);
    expect(d.entries()).toEqual([
      ['a', 5n],
      ['b', 2n],
    ]);
    expect(e).toBe(d.entries());
    d.keys().push('x');
    expect(d.size).toBe(2);
  });
  it('drops its memo when set', () => {
    const d = new PyDict();
    d.memo = {};
    d.set('a', 1n);
    expect(d.memo).toBeUndefined();
  });
});
