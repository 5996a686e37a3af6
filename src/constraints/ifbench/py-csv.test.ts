import { describe, expect, it } from 'vitest';
import { CSV_FIELD_LIMIT, pyCsvRead } from './py-csv.js';

function rows(text: string, delimiter = ','): string[][] | 'error' {
  const r = pyCsvRead(text, delimiter);
  return r.ok ? r.rows : 'error';
}

describe("pyCsvRead (Python's csv.reader over io.StringIO)", () => {
  it('reads plain and quoted fields', () => {
    expect(rows('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(rows('a,"b,c"\n')).toEqual([['a', 'b,c']]);
    expect(rows('"a""b",c')).toEqual([['a"b', 'c']]);
    expect(rows('"a"x,c')).toEqual([['ax', 'c']]);
    expect(rows('a\t"b\tc"', '\t')).toEqual([['a', 'b\tc']]);
  });

  it('gives an empty row for a blank line and none for the end of input', () => {
    expect(rows('a\n\nb\n')).toEqual([['a'], [], ['b']]);
    expect(rows('')).toEqual([]);
    expect(rows('\n')).toEqual([[]]);
    expect(rows('a,\n')).toEqual([['a', '']]);
  });

  it('lets a quoted field run across lines, and ends it at end of input', () => {
    expect(rows('"a\nb",c')).toEqual([['a\nb', 'c']]);
    expect(rows('a,"b')).toEqual([['a', 'b']]);
    expect(rows('a,"')).toEqual([['a', '']]);
  });

  it('treats \\r\\n as a line end and a \\r inside a line as an error', () => {
    expect(rows('a,b\r\nc\r\n')).toEqual([['a', 'b'], ['c']]);
    expect(rows('a\rb')).toBe('error');
    expect(rows('"a\rb"')).toEqual([['a\rb']]);
  });

  it('keeps quotes in values once every quote is tripled', () => {
    expect(rows('"x&y",2'.replaceAll('"', '"""'))).toEqual([['"x&y"', '2']]);
  });

  it('enforces the field size limit', () => {
    expect(rows('x'.repeat(CSV_FIELD_LIMIT))).not.toBe('error');
    expect(rows('x'.repeat(CSV_FIELD_LIMIT + 1))).toBe('error');
    expect(rows(`"${'x'.repeat(CSV_FIELD_LIMIT + 1)}"`)).toBe('error');
  });

  it('accepts NUL characters', () => {
    expect(rows('a\u0000b,c')).toEqual([['a\u0000b', 'c']]);
  });
});
