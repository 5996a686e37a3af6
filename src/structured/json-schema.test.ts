import { describe, expect, it } from 'vitest';
import { canonicalJson, checkJsonSchema, checkJsonSchemaResponse, jsonSchemaCacheSize } from './json-schema.js';

const PERSON = { type: 'object', properties: { name: { type: 'string' }, age: { type: 'integer', minimum: 0 } }, required: ['name'], additionalProperties: false };

describe('checkJsonSchema', () => {
  it('reports every issue with a JSON Pointer path (allErrors)', () => {
    const r = checkJsonSchema({ age: -1, extra: true }, PERSON);
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual(
      expect.arrayContaining([
        { path: '/', message: "must have required property 'name'" },
        { path: '/', message: "must NOT have additional properties ('extra')" },
        { path: '/age', message: 'must be >= 0' },
      ]),
    );
  });
  it('is non-strict for user schemas and supports 2020-12', () => {
    expect(checkJsonSchema('x', { type: 'string', example: 'y', format: 'no-such-format' }).ok).toBe(true);
    const s2020 = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'array', prefixItems: [{ type: 'integer' }], items: false };
    expect(checkJsonSchema([1], s2020).ok).toBe(true);
    expect(checkJsonSchema([1, 2], s2020).ok).toBe(false);
  });
  it('reports an invalid schema instead of throwing', () => {
    const r = checkJsonSchema(1, { type: 'no-such-type' });
    expect(r.ok).toBe(false);
    expect(r.issues[0]!.message).toMatch(/^invalid schema/);
  });
  it('caches compiled validators by canonical schema JSON', () => {
    const before = jsonSchemaCacheSize();
    checkJsonSchema(1, { minimum: 0, type: 'number', title: 'cache-probe' });
    checkJsonSchema(2, { type: 'number', title: 'cache-probe', minimum: 0 });
    expect(jsonSchemaCacheSize()).toBe(before + 1);
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });
});

describe('checkJsonSchemaResponse', () => {
  it('parses the fenced payload first', () => {
    expect(checkJsonSchemaResponse('```json\n{"name": "Ada"}\n```', PERSON)).toMatchObject({ ok: true, issues: [] });
    const bad = checkJsonSchemaResponse('{"name": 5}', PERSON);
    expect(bad.ok).toBe(false);
    expect(bad.reason).toMatch(/violates the schema \(1 issue: \/name must be string\)/);
    expect(checkJsonSchemaResponse('not json', PERSON).reason).toMatch(/not valid JSON/);
  });
});
