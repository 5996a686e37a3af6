import { describe, expect, it } from 'vitest';
import { computeExpectedChecks, countSchemaLeaves, summarizeSchemaWalk, validateAgainstSchema } from './schema-walk.js';
import { parsePyJson } from './pyjson.js';
import { PyDict, type PyValue } from './pyvalue.js';

const j = (s: string): PyValue => parsePyJson(s);
const errors = (data: string, schema: string): Array<string | null> =>
  validateAgainstSchema(j(data), j(schema)).filter((c) => !c.passed).map((c) => c.error);

describe('validateAgainstSchema', () => {
  it('distinguishes int, float and bool', () => {
    expect(errors('3.0', '{"type": "integer"}')).toEqual(['expected integer, got float']);
    expect(errors('true', '{"type": "number"}')).toEqual(['expected number, got bool']);
    expect(errors('3', '{"type": "number"}')).toEqual([]);
  });
  it('formats bounds with Python str()', () => {
    expect(errors('1.5', '{"type": "number", "maximum": 1.0}')).toEqual(['1.5 is greater than maximum 1.0']);
    expect(errors('1e-5', '{"type": "number", "minimum": 0.001}')).toEqual(['1e-05 is less than minimum 0.001']);
    expect(errors('NaN', '{"type": "number", "minimum": 0, "maximum": 1}')).toEqual([]);
    expect(errors('Infinity', '{"type": "number", "maximum": 180}')).toEqual(['inf is greater than maximum 180']);
  });
  it('checks enums after a failed type check, with Python equality', () => {
    expect(errors('"cups"', '{"type": "string", "enum": ["cup", "tsp"]}')).toEqual(["'cups' not in allowed values ['cup', 'tsp']"]);
    expect(errors('5', '{"type": "string", "enum": ["a"]}')).toEqual(['expected string, got int', "5 not in allowed values ['a']"]);
    expect(errors('true', '{"type": "integer", "enum": [1, 2]}')).toEqual(['expected integer, got bool']);
  });
  it('handles nullable unions and multi-type unions', () => {
    expect(errors('null', '{"type": ["string", "null"], "enum": ["a"]}')).toEqual([]);
    expect(errors('null', '{"type": ["string", "integer"]}')).toEqual(["expected ['string', 'integer'], got NoneType"]);
    expect(errors('[1]', '{"type": ["string", "integer"]}')).toEqual([]);
    expect(errors('null', '{"type": "string"}')).toEqual(['expected string, got NoneType']);
    expect(errors('null', '{}')).toEqual(['expected None, got NoneType']);
  });
  it('reports min before max items, missing fields per leaf, extras sorted by code point', () => {
    expect(errors('[1]', '{"type": "array", "minItems": 2, "maxItems": 0}')).toEqual(['array has 1 items, minimum is 2']);
    const schema = '{"type": "object", "properties": {"a": {"type": "object", "properties": {"x": {"type": "string"}, "y": {"type": "string", "enum": ["q"]}}, "required": ["x", "y"]}}, "required": ["a"]}';
    expect(errors('{"😀mood": 1, "ｚnote": 2}', schema)).toEqual([
      'required field missing',
      'required field missing',
      'required field missing',
      "extraneous field 'ｚnote'",
      "extraneous field '😀mood'",
    ]);
  });
});

describe('leaf counting', () => {
  it('counts required leaves, enums twice, arrays once', () => {
    const item = j('{"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string", "enum": ["x"]}, "c": {"type": "array", "items": {"type": "integer"}}, "d": {"type": "string"}}, "required": ["a", "b", "c"]}');
    expect(countSchemaLeaves(item)).toBe(4);
    expect(countSchemaLeaves(j('{"type": "object", "properties": {}}'))).toBe(1);
    expect(countSchemaLeaves(j('{"type": ["integer", "null"], "enum": [1]}'))).toBe(2);
  });
  it('expected checks use the count (range minimum) for array schemas', () => {
    const schema = j('{"type": "array", "items": {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}}');
    expect(computeExpectedChecks(schema, 3n)).toBe(3);
    expect(computeExpectedChecks(schema, j('[2, 5]'))).toBe(2);
    expect(computeExpectedChecks(schema, null)).toBe(0);
    expect(computeExpectedChecks(j('{"type": "array"}'), 3n)).toBe(0);
  });
});

describe('summarizeSchemaWalk and the compiled schema', () => {
  const schemaText =
    '{"type": "array", "minItems": 3, "items": {"type": "object", "properties": {"a": {"type": "integer", "maximum": 5}, "b": {"type": ["string", "null"], "enum": ["x", null]}, "c": {"type": "string"}}, "required": ["a", "c"]}}';
  const dataText = '[{"a": 9, "b": "y", "zz": 1}, {"c": "k", "a": 1, "b": null}, {"b": "x", "c": 3}]';
  it('counts passes and keeps failures in walk order, like the full check list', () => {
    const full = validateAgainstSchema(j(dataText), j(schemaText));
    const sum = summarizeSchemaWalk(j(dataText), j(schemaText));
    expect(sum.passed).toBe(full.filter((c) => c.passed).length);
    expect(sum.errors).toEqual(full.filter((c) => !c.passed).map((c) => c.error));
    expect(sum.errors).toEqual([
      'required field missing',
      '9 is greater than maximum 5',
      "'y' not in allowed values ['x', None]",
      "extraneous field 'zz'",
      'required field missing',
      'expected string, got int',
    ]);
  });
  it('gives the same answers when a schema object is reused, and sees a changed root', () => {
    const schema = j(schemaText) as PyDict;
    const first = summarizeSchemaWalk(j(dataText), schema);
    const again = summarizeSchemaWalk(j(dataText), schema);
    expect(again).toEqual(first);
    expect(computeExpectedChecks(schema, 2n)).toBe(4);
    expect(computeExpectedChecks(schema, 2n)).toBe(4);
    schema.set('minItems', 4n);
    expect(summarizeSchemaWalk(j(dataText), schema).errors[0]).toBe('array has 3 items, minimum is 4');
    schema.set('items', j('{"type": "object"}'));
    expect(computeExpectedChecks(schema, 2n)).toBe(2);
  });
  it('finds properties whatever the key order of the object', () => {
    const schema = j('{"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}, "c": {"type": "boolean"}}, "required": ["a", "b", "c"]}');
    for (const data of ['{"a": "s", "b": 1, "c": true}', '{"c": true, "b": 1, "a": "s"}', '{"b": 1, "c": true, "a": "s"}']) {
      expect(summarizeSchemaWalk(j(data), schema)).toEqual({ passed: 3, errors: [] });
    }
    expect(summarizeSchemaWalk(j('{"c": 1, "a": "s"}'), schema)).toEqual({ passed: 1, errors: ['required field missing', 'expected boolean, got int'] });
  });
});
