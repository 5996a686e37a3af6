import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashValue, Rng, rngFromKey } from './rng.js';

describe('canonicalJson', () => {
  it('sorts keys at every level by UTF-16 code units and drops undefined values', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }], B: 'x', é: null })).toBe('{"B":"x","a":[{"d":2}],"b":1,"é":null}');
    expect(canonicalJson({ 10: 'a', 2: 'b', '01': 'c' })).toBe('{"01":"c","10":"a","2":"b"}');
  });

  it('renders arrays as JSON does for explicit undefined and as join does for holes', () => {
    expect(canonicalJson([1, , undefined, 'q"'])).toBe('[1,,null,"q\\""]');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
  });

  it('renders primitives as JSON.stringify, with null for what it cannot write', () => {
    expect(canonicalJson('a\nb')).toBe('"a\\nb"');
    expect(canonicalJson(NaN)).toBe('null');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson(() => 1)).toBe('null');
    expect(canonicalJson(-0)).toBe('0');
  });
});

describe('hashing', () => {
  it('hashValue is the hex SHA-256 of the canonical JSON, equal for reordered keys', () => {
    const v = { z: [1, 'ü', { y: true, x: '\ud800' }], a: 0.5 };
    expect(hashValue(v)).toBe(createHash('sha256').update(canonicalJson(v)).digest('hex'));
    expect(hashValue({ a: 0.5, z: [1, 'ü', { x: '\ud800', y: true }] })).toBe(hashValue(v));
  });

  it('rngFromKey seeds from the first 16 digest bytes as little-endian words', () => {
    for (const parts of [['constraints', 'abc', 1, 'train', 0, 0], ['x', 'ß', 7, 'test', 123456, 3]] as const) {
      const d = createHash('sha256').update(JSON.stringify(parts)).digest();
      const expected = new Rng([d.readInt32LE(0), d.readInt32LE(4), d.readInt32LE(8), d.readInt32LE(12)]);
      const got = rngFromKey(parts);
      for (let i = 0; i < 8; i++) expect(got.nextUint32()).toBe(expected.nextUint32());
    }
  });
});
