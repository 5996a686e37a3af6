import { describe, expect, it } from 'vitest';
import { CATALOGUE, L, parseField } from './catalogue/index.js';
import type { FieldDef, NamedField } from './model.js';
import { objectDepth } from './schema.js';
import { isKnownGenerator, stringValue } from './values.js';
import { rngFromKey } from '../rng.js';

const YAML_SPECIAL = /^(y|n|yes|no|true|false|on|off|null)$/i;

function* allFields(fields: readonly NamedField[], prefix = ''): Generator<[string, FieldDef]> {
  for (const f of fields) {
    yield [prefix + f.name, f.def];
    let d = f.def;
    while (d.kind === 'array') {
      yield [`${prefix}${f.name}[]`, d.items];
      d = d.items;
    }
    if (d.kind === 'object') yield* allFields(d.fields, `${prefix}${f.name}.`);
  }
}

describe('entity catalogue', () => {
  it('has ≥ 60 entity types across ≥ 12 domains, with unique names', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CATALOGUE.map((e) => e.name)).size).toBe(CATALOGUE.length);
    const domains = new Set(CATALOGUE.map((e) => e.domain));
    expect(domains.size).toBeGreaterThanOrEqual(12);
    for (const d of ['finance', 'health', 'logistics', 'software', 'science', 'retail', 'education', 'travel', 'hr', 'energy', 'media', 'legal', 'agriculture']) {
      expect(domains.has(d), d).toBe(true);
    }
  });

  it('every entity is a usable pool: ≥ 7 fields, topics, wrapper keys, valid names and generators', () => {
    for (const e of CATALOGUE) {
      expect(e.fields.length, e.name).toBeGreaterThanOrEqual(7);
      expect(e.topics.length, e.name).toBeGreaterThanOrEqual(2);
      expect(e.keys.length, e.name).toBeGreaterThanOrEqual(2);
      for (const k of e.keys) expect(k).toMatch(/^[a-z][a-z_]*$/);
      expect(objectDepth({ kind: 'object', fields: e.fields }), e.name).toBeLessThanOrEqual(4);
      for (const [path, def] of allFields(e.fields)) {
        const name = path.split(/[.[\]]+/).filter(Boolean).pop()!;
        expect(name, `${e.name}.${path}`).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(YAML_SPECIAL.test(name), `${e.name}.${path}`).toBe(false);
        if (def.kind === 'string') expect(isKnownGenerator(def.gen), `${e.name}.${path}: ${def.gen}`).toBe(true);
        if (def.kind === 'number') expect(def.min).toBeLessThan(def.max);
        if (def.kind === 'array') expect(def.items.kind === 'array').toBe(false);
      }
    }
  });

  it('uses every kind of field IFStruct schemas use', () => {
    const kinds = new Map<string, number>();
    const bump = (k: string): void => void kinds.set(k, (kinds.get(k) ?? 0) + 1);
    for (const e of CATALOGUE) {
      for (const [, def] of allFields(e.fields)) {
        bump(def.kind);
        if (def.kind !== 'object' && def.kind !== 'array' && def.nullable) bump('nullable');
        if (def.kind === 'integer' && def.values) bump('integer_enum');
        if (def.kind === 'number' && !Number.isInteger(def.max)) bump('float_bound');
        if (def.kind === 'array') bump(def.items.kind === 'object' ? 'array_of_objects' : 'array_of_scalars');
        if (def.kind === 'string' && ['path', 'regex', 'sql', 'json', 'stack', 'note', 'shell', 'tsv'].includes(def.gen)) bump('escaping');
      }
      if (objectDepth({ kind: 'object', fields: e.fields }) === 4) bump('depth4');
    }
    for (const k of ['string', 'enum', 'integer', 'number', 'boolean', 'object', 'array', 'nullable', 'integer_enum', 'float_bound', 'array_of_objects', 'array_of_scalars', 'escaping', 'depth4']) {
      expect(kinds.get(k) ?? 0, k).toBeGreaterThan(0);
    }
    expect(kinds.get('escaping')!).toBeGreaterThanOrEqual(30);
  });

  it('the shorthand parser rejects malformed fields', () => {
    expect(() => parseField('i:5..1', 'x')).toThrow(/empty bounds/);
    expect(() => parseField('e:only', 'x')).toThrow(/enum/);
    expect(() => parseField('q:1', 'x')).toThrow(/unknown/);
    expect(() => parseField(L(3, 1, 's:word'), 'x')).toThrow(/list bounds/);
    expect(parseField('?n:0..1:3', 'x')).toEqual({ kind: 'number', nullable: true, min: 0, max: 1, dp: 3 });
  });

  it('string values never contain what the validator would strip or split on', () => {
    const rng = rngFromKey(['values']);
    for (const e of CATALOGUE) {
      for (const [path, def] of allFields(e.fields)) {
        if (def.kind !== 'string') continue;
        for (let i = 0; i < 20; i++) {
          const v = stringValue(rng, def.gen);
          expect(v, `${e.name}.${path}`).not.toMatch(/```|<\/?think>|\[\/?THINK\]|assistant|[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029]/i);
          expect(v.length).toBeGreaterThan(0);
        }
      }
    }
  });
});
