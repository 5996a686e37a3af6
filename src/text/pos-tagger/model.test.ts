import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../core/data-path.js';
import { buildModel, scanModel, type PerceptronModel } from './model.js';
import { pyCompareStrings as compareCodePoints } from '../python.js';

function rowOf(m: PerceptronModel, feature: string): Array<[string, number]> {
  const r = m.features.rowOf(feature);
  if (r < 0) return [];
  const out: Array<[string, number]> = [];
  for (let e = m.rowStart[r]!; e < m.rowStart[r + 1]!; e++) out.push([m.classes[m.entryClass[e]!]!, m.entryWeight[e]!]);
  return out.sort((a, b) => compareCodePoints(a[0], b[0]));
}

describe('scanModel', () => {
  it('packs the shipped file exactly like JSON.parse + buildModel', () => {
    const text = gunzipSync(readFileSync(dataPath('perceptron_tagger_english.json.gz'))).toString('utf8');
    const raw = JSON.parse(text) as { weights: Record<string, Record<string, number>> };
    const scanned = scanModel(text);
    const built = buildModel(raw);
    expect(scanned.classes).toEqual(built.classes);
    expect(scanned.classes).toHaveLength(45);
    expect([...scanned.tagdict]).toEqual([...built.tagdict]);
    expect(scanned.entryWeight.length).toBe(built.entryWeight.length);
    let checked = 0;
    for (const [feature, row] of Object.entries(raw.weights)) {
      const expected = Object.entries(row).sort((a, b) => compareCodePoints(a[0], b[0]));
      const got = rowOf(scanned, feature);
      // Object.is: the same doubles bit for bit (and -0 kept apart from 0).
      if (got.length !== expected.length || got.some(([c, w], i) => c !== expected[i]![0] || !Object.is(w, expected[i]![1]))) {
        expect([feature, got]).toEqual([feature, expected]);
      }
      checked++;
    }
    expect(checked).toBe(75447);
    expect(scanned.features.rowOf('i word no-such-word')).toBe(-1);
  });

  it('handles escapes, exponents, repeated keys and unknown labels like JSON.parse', () => {
    const text = JSON.stringify({
      source: 'x',
      classes: ['NN', 'VB', 'LONGLABEL', 'Ü'],
      tagdict: { "it's": 'NN' },
      weights: { 'i word "q"': { NN: 1.5e-7, VB: -12345678901234567890, XX: 3, LONGLABEL: 0.1, Ü: 2 } },
    }).replace('"weights":{', '"weights":{"dup":{"NN":1,"NN":2},"dup":{"VB":0.25},');
    const scanned = scanModel(text);
    const built = buildModel(JSON.parse(text));
    for (const f of ['i word "q"', 'dup']) expect(rowOf(scanned, f)).toEqual(rowOf(built, f));
    expect(rowOf(scanned, 'dup')).toEqual([['VB', 0.25]]);
    expect(rowOf(scanned, 'i word "q"')).toEqual([
      ['LONGLABEL', 0.1],
      ['NN', 1.5e-7],
      ['VB', -12345678901234567890],
      ['Ü', 2],
    ]);
    expect(scanned.tagdict.get("it's")).toBe('NN');
  });

  it('rejects malformed text', () => {
    expect(() => scanModel('{"classes": ["NN"], "tagdict": {}, "weights": {"a": {"NN": }}}')).toThrow();
    expect(() => scanModel('{"classes": ["NN"], "tagdict": {}}')).toThrow();
    expect(() => scanModel('{"classes": ["NN"], "tagdict": {}, "weights": {"a": {"NN": 1}')).toThrow();
  });
});
