import { describe, expect, it } from 'vitest';
import { formatExtractionSummary, leafPaths, parseExtractionTask, schemaDescribes, scoreExtraction, summarizeExtraction, type ExtractionTask } from './extraction.js';

const SCHEMA = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    dose: { type: 'object', properties: { value: { type: 'number' }, unit: { type: 'string' } }, required: ['value', 'unit'] },
    tags: { type: 'array', items: { type: 'string' } },
  },
  required: ['name', 'dose'],
};
const EXPECTED = { name: 'Aspirin', dose: { value: 100, unit: 'mg' }, tags: ['a', 'b'] };
function t(): ExtractionTask {
  const r = parseExtractionTask({ text: 'Aspirin 100 mg', schema: SCHEMA, expected: EXPECTED });
  if (!r.ok) throw new Error(r.message);
  return r.task;
}

describe('parseExtractionTask', () => {
  it('accepts JSON-encoded schema/expected and names bad fields', () => {
    expect(parseExtractionTask({ text: 'x', schema: JSON.stringify(SCHEMA), expected: '{"a": 1}' }).ok).toBe(true);
    expect(parseExtractionTask({ schema: SCHEMA, expected: {} })).toMatchObject({ ok: false, field: 'text' });
    expect(parseExtractionTask({ text: 'x', schema: '[1]', expected: {} })).toMatchObject({ ok: false, field: 'schema' });
    expect(parseExtractionTask({ text: 'x', schema: SCHEMA, expected: '{bad' })).toMatchObject({ ok: false, field: 'expected' });
  });
});

describe('scoreExtraction', () => {
  it('passes an exact reproduction (numbers compared by value)', () => {
    const r = scoreExtraction(t(), '<think>hm</think>```json\n{"name": "Aspirin", "dose": {"value": 100.0, "unit": "mg"}, "tags": ["a", "b"]}\n```');
    expect(r).toEqual({ passed: true, has_output: true, valid_json: true, field_match: 1, noise: 0, errors: [] });
  });
  it('field_match counts reproduced expected leaves; noise counts leaves the schema lacks', () => {
    const r = scoreExtraction(t(), '{"name": "Aspirin", "dose": {"value": 50, "unit": "mg", "route": "oral"}, "tags": ["a"], "notes": "x"}');
    // expected leaves: name, dose.value, dose.unit, tags.0, tags.1 -> reproduced name, dose.unit, tags.0
    expect(r.field_match).toBeCloseTo(3 / 5);
    // response leaves: name, dose.value, dose.unit, dose.route, tags.0, notes -> route, notes not in the schema
    expect(r.noise).toBeCloseTo(2 / 6);
    expect(r.passed).toBe(false);
    expect(r.errors.some((e) => e.includes('/dose/route'))).toBe(true);
  });
  it('has_output and valid_json', () => {
    expect(scoreExtraction(t(), '  <think>only thinking</think> ')).toMatchObject({ has_output: false, valid_json: false, field_match: 0, noise: 0 });
    expect(scoreExtraction(t(), '{"name": ')).toMatchObject({ has_output: true, valid_json: false });
    expect(scoreExtraction(t(), '[1, 2]')).toMatchObject({ has_output: true, valid_json: false });
  });
  it('a schema violation fails even with every expected field present', () => {
    const r = scoreExtraction(t(), '{"name": "Aspirin", "dose": {"value": 100, "unit": "mg"}, "tags": ["a", "b", 3]}');
    expect(r.field_match).toBe(1);
    expect(r.passed).toBe(false);
  });
});

describe('paths and schema coverage', () => {
  it('leaf paths include empty containers', () => {
    expect(leafPaths({ a: [], b: { c: 1 } }).map(([p]) => p)).toEqual([['a'], ['b', 'c']]);
  });
  it('follows properties, items, $ref and anyOf', () => {
    const s = { $defs: { u: { type: 'object', properties: { x: {} } } }, type: 'object', properties: { a: { $ref: '#/$defs/u' }, b: { anyOf: [{ type: 'object', properties: { y: {} } }, { type: 'null' }] } } };
    expect(schemaDescribes(s, ['a', 'x'])).toBe(true);
    expect(schemaDescribes(s, ['b', 'y'])).toBe(true);
    expect(schemaDescribes(s, ['b', 'z'])).toBe(false);
    expect(schemaDescribes(s, ['c'])).toBe(false);
  });
});

describe('summary', () => {
  it('counts rows and averages the metrics', () => {
    const rs = [scoreExtraction(t(), JSON.stringify(EXPECTED)), scoreExtraction(t(), ''), scoreExtraction(t(), '{oops')];
    const s = summarizeExtraction(rs);
    expect(s).toMatchObject({ scored: 3, no_output: 1, valid_json: 1, passed: 1 });
    expect(s.mean_field_match).toBeCloseTo(1 / 3);
    expect(formatExtractionSummary(s)).toContain('33.33%');
  });
});
