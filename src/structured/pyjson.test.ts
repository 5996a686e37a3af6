import { describe, expect, it } from 'vitest';
import { PyJsonError, parsePyJson, rawDecode, rawDecodeResult } from './pyjson.js';
import { PyDict } from './pyvalue.js';

function err(s: string): string {
  try {
    rawDecode(s);
  } catch (e) {
    if (e instanceof PyJsonError) return e.message;
    throw e;
  }
  return 'no error';
}

describe('rawDecode (CPython json semantics)', () => {
  it('keeps ints and floats apart', () => {
    const [v] = rawDecode('[3, 3.0, 1e1, -0, 1000000000000000000000]');
    expect(v).toEqual([3n, 3.0, 10, 0n, 1000000000000000000000n]);
    expect(typeof (v as unknown[])[1]).toBe('number');
  });
  it('accepts NaN and Infinity, overflows to inf', () => {
    const [v] = rawDecode('[NaN, Infinity, -Infinity, 1e400]');
    const a = v as number[];
    expect(Number.isNaN(a[0])).toBe(true);
    expect(a.slice(1)).toEqual([Infinity, -Infinity, Infinity]);
  });
  it('reads one value and reports where it ended', () => {
    expect(rawDecode('{"a": 1} trailing')[1]).toBe(8);
    expect(rawDecode('01')).toEqual([0n, 1]);
    expect(rawDecode('1.')).toEqual([1n, 1]);
  });
  it('keeps the last duplicate value at the first position', () => {
    const [d] = rawDecode('{"a": 1, "b": 2, "a": 3}');
    expect((d as PyDict).keys()).toEqual(['a', 'b']);
    expect((d as PyDict).get('a')).toBe(3n);
  });
  it('handles surrogate escapes like Python', () => {
    expect(rawDecode('"\\ud83d\\ude00"')[0]).toBe('😀');
    expect(rawDecode('"\\ud800\\u0041"')[0]).toBe('\ud800A');
  });
  it('produces CPython 3.11 messages and positions', () => {
    expect(err('[1,]')).toBe('Expecting value: line 1 column 4 (char 3)');
    expect(err('{"a":1,}')).toBe('Expecting property name enclosed in double quotes: line 1 column 8 (char 7)');
    expect(err('{"a" 1}')).toBe("Expecting ':' delimiter: line 1 column 6 (char 5)");
    expect(err('[1 2]')).toBe("Expecting ',' delimiter: line 1 column 4 (char 3)");
    expect(err('"abc')).toBe('Unterminated string starting at: line 1 column 1 (char 0)');
    expect(err('"a\x01"')).toBe('Invalid control character at: line 1 column 3 (char 2)');
    expect(err('"\\x"')).toBe('Invalid \\escape: line 1 column 2 (char 1)');
    expect(err('"\\u12"')).toBe('Invalid \\uXXXX escape: line 1 column 3 (char 2)');
    expect(err('"\\u00e9')).toBe('Invalid \\uXXXX escape: line 1 column 3 (char 2)');
    expect(err('"\\ud800\\udc00')).toBe('Invalid \\uXXXX escape: line 1 column 9 (char 8)');
    expect(err('[1,\n  ]')).toBe('Expecting value: line 2 column 3 (char 6)');
    expect(err('True')).toBe('Expecting value: line 1 column 1 (char 0)');
    expect(err('[-NaN]')).toBe('Expecting value: line 1 column 2 (char 1)');
  });
  it('counts positions in code points', () => {
    expect(err('["😀😀", x]')).toBe('Expecting value: line 1 column 8 (char 7)');
  });
  it('fails deep nesting with an error, not a stack overflow', () => {
    expect(err('['.repeat(100000) + ']'.repeat(100000))).toMatch(/maximum recursion depth exceeded while decoding a JSON array/);
    expect(err('['.repeat(900) + ']'.repeat(900))).toBe('no error');
  });
});

describe('parsePyJson (json.loads)', () => {
  it('allows surrounding JSON whitespace and rejects extra data', () => {
    expect(parsePyJson(' {"x": 1.0} \n')).toBeInstanceOf(PyDict);
    expect(() => parsePyJson('1 2')).toThrow('Extra data: line 1 column 3 (char 2)');
  });
});

describe('rawDecodeResult', () => {
  it('returns the value and end, or exactly the message rawDecode throws', () => {
    expect(rawDecodeResult('[1, "a"] x')).toEqual({ ok: true, value: [1n, 'a'], end: 8 });
    for (const bad of ['[1,]', '{"a" 1}', '"\\x"', '["😀", x]', '[1,\n  ]', '['.repeat(2000), '{"a":'.repeat(2000), '']) {
      const r = rawDecodeResult(bad);
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.message).toBe(err(bad));
    }
  });
  it('reads ints exactly around the shared small values and the double-precision limit', () => {
    const [v] = rawDecode('[0, -0, 4095, 4096, -4095, 123456789012345, 1234567890123456, 9007199254740993, -99999999999999999]');
    expect(v).toEqual([0n, 0n, 4095n, 4096n, -4095n, 123456789012345n, 1234567890123456n, 9007199254740993n, -99999999999999999n]);
  });
});
