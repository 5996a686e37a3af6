import { describe, expect, it } from 'vitest';
import { extractionGenerator, configureExtraction, extractionWitness, ENTITIES, TEXT_FORMATS, type ExtractionRow } from './index.js';
import { generateRows } from '../run.js';
import { parseExtractionTask, scoreExtraction, leafPaths } from '../../structured/extraction.js';
import type { FieldSpec } from './entities.js';
import { formatDate } from './values.js';
import type { AnyGenerator } from '../types.js';

const generator = extractionGenerator as unknown as AnyGenerator;

function rows(count: number, seed: number, knobs: Record<string, unknown> = {}, split: 'train' | 'test' = 'train'): Array<ExtractionRow & { id: string }> {
  const config = extractionGenerator.configure(knobs);
  return [...generateRows(generator, config, { count, seed, split })] as unknown as Array<ExtractionRow & { id: string }>;
}

function walkFields(fields: readonly FieldSpec[], visit: (f: FieldSpec) => void): void {
  for (const f of fields) {
    visit(f);
    if (f.type === 'object') walkFields(f.fields, visit);
    if (f.type === 'array') walkFields([f.items], visit);
  }
}

describe('extraction entity catalogue', () => {
  it('has at least 15 entity schemas with distinct names, nesting and arrays', () => {
    expect(ENTITIES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(ENTITIES.map((e) => e.name)).size).toBe(ENTITIES.length);
    const kinds = new Set<string>();
    for (const e of ENTITIES) {
      expect(e.distractors.length, e.name).toBeGreaterThan(0);
      const keys = e.fields.map((f) => f.key);
      expect(new Set(keys).size, e.name).toBe(keys.length);
      walkFields(e.fields, (f) => {
        kinds.add(f.type);
        // Only scalars may be null (objects and arrays always show their structure).
        if (f.type === 'object' || f.type === 'array') expect(f.nullable, `${e.name}.${f.key}`).toBeFalsy();
        if (f.type === 'array') expect(f.minItems).toBeGreaterThanOrEqual(1);
      });
    }
    expect([...kinds].sort()).toEqual(['array', 'boolean', 'date', 'enum', 'integer', 'number', 'object', 'string']);
  });
});

describe('extraction generator', () => {
  const sample = [...rows(1500, 0), ...rows(500, 7, { fence_witness: true })];

  it('every witness passes the extraction metrics with field_match 1 and noise 0', () => {
    for (const row of sample) {
      const parsed = parseExtractionTask(row as unknown as Record<string, unknown>);
      expect(parsed.ok, row.id).toBe(true);
      if (!parsed.ok) continue;
      const result = scoreExtraction(parsed.task, row.witness);
      expect({ id: row.id, ...result }).toEqual({ id: row.id, passed: true, has_output: true, valid_json: true, field_match: 1, noise: 0, errors: [] });
    }
  });

  it('fences the witness only when asked', () => {
    expect(sample.slice(0, 1500).every((r) => r.witness.startsWith('{'))).toBe(true);
    expect(sample.slice(1500).every((r) => r.witness.startsWith('```json\n') && r.witness.endsWith('\n```'))).toBe(true);
    expect(extractionWitness({ a: 1 }, false)).toBe('{"a":1}');
  });

  it('removing one expected field from a witness lowers field_match and fails', () => {
    let checked = 0;
    for (const row of sample.slice(0, 300)) {
      const parsed = parseExtractionTask(row as unknown as Record<string, unknown>);
      if (!parsed.ok) throw new Error(parsed.message);
      const keys = Object.keys(row.expected);
      const drop = keys[checked % keys.length]!;
      const { [drop]: _removed, ...rest } = row.expected;
      const result = scoreExtraction(parsed.task, JSON.stringify(rest));
      expect(result.passed, `${row.id} without ${drop}`).toBe(false);
      expect(result.field_match).toBeLessThan(1);
      expect(result.errors.join(' ')).toContain('not reproduced');
      checked++;
    }
    expect(checked).toBe(300);
  });

  it('a wrong value or an extra field is caught too', () => {
    const row = sample[0]!;
    const parsed = parseExtractionTask(row as unknown as Record<string, unknown>);
    if (!parsed.ok) throw new Error(parsed.message);
    const extra = scoreExtraction(parsed.task, JSON.stringify({ ...row.expected, distractor_fact: 'x' }));
    expect(extra.noise).toBeGreaterThan(0);
    const [firstKey] = Object.keys(row.expected);
    const wrong = scoreExtraction(parsed.task, JSON.stringify({ ...row.expected, [firstKey!]: 'not the value' }));
    expect(wrong.passed).toBe(false);
  });

  it('states every string value in the text (dates in one of the three styles)', () => {
    for (const row of sample.slice(0, 800)) {
      for (const [path, value] of leafPaths(row.expected)) {
        if (typeof value !== 'string') continue;
        const forms = /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? [value, formatDate(value, 'long'), formatDate(value, 'day_month')]
          : [value];
        expect(forms.some((f) => row.text.includes(f)), `${row.id} ${path.join('/')}=${value}`).toBe(true);
      }
      expect(row.prompt).toContain(row.text);
      expect(row.prompt).toContain(JSON.stringify(row.schema, null, 2));
    }
  });

  it('covers every entity and every text form, with nulls, nesting and arrays', () => {
    expect(new Set(sample.map((r) => r.entity_type)).size).toBe(ENTITIES.length);
    expect(new Set(sample.map((r) => r.text_format))).toEqual(new Set(TEXT_FORMATS));
    const leaves = sample.flatMap((r) => leafPaths(r.expected));
    expect(leaves.some(([, v]) => v === null)).toBe(true);
    expect(leaves.some(([p]) => p.length >= 3)).toBe(true);
    expect(leaves.some(([p]) => typeof p[1] === 'number')).toBe(true);
    // Distractors: the form dump's remarks, or extra sentences elsewhere.
    expect(sample.some((r) => r.text.includes('Remarks:'))).toBe(true);
  });

  it('is deterministic and depends on the seed, the split and the config', () => {
    expect(rows(20, 3)).toEqual(rows(20, 3));
    expect(rows(20, 3).map((r) => r.text)).not.toEqual(rows(20, 4).map((r) => r.text));
    expect(rows(20, 3).map((r) => r.text)).not.toEqual(rows(20, 3, {}, 'test').map((r) => r.text));
    expect(rows(20, 3).map((r) => r.text)).not.toEqual(rows(20, 3, { max_distractors: 5 }).map((r) => r.text));
  });

  it('honours the knobs', () => {
    const only = rows(60, 1, { entities: ['invoice', 'bug_report'], formats: ['form_dump'], min_distractors: 0, max_distractors: 0, date_style: 'iso' });
    expect(new Set(only.map((r) => r.entity_type))).toEqual(new Set(['invoice', 'bug_report']));
    expect(only.every((r) => r.text_format === 'form_dump' && !r.text.includes('Remarks:'))).toBe(true);
    for (const r of only) {
      for (const [, v] of leafPaths(r.expected)) if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) expect(r.text).toContain(v);
    }
    const noNulls = rows(200, 2, { null_rate: 0, optional_rate: 1 });
    expect(noNulls.flatMap((r) => leafPaths(r.expected)).some(([, v]) => v === null)).toBe(false);
    const short = rows(100, 2, { max_items: 1 });
    for (const r of short) for (const v of Object.values(r.expected)) if (Array.isArray(v)) expect(v.length).toBe(1);
  });

  it('validates its config', () => {
    expect(configureExtraction({})).toMatchObject({ formats: [...TEXT_FORMATS], min_distractors: 1, max_distractors: 3, fence_witness: false });
    expect(() => configureExtraction({ bogus: 1 })).toThrow(/unknown setting 'bogus'/);
    expect(() => configureExtraction({ max_items: 0 })).toThrow(/--max-items must be between 1 and 10/);
    expect(() => configureExtraction({ optional_rate: 1.5 })).toThrow(/--optional-rate/);
    expect(() => configureExtraction({ min_distractors: 4, max_distractors: 2 })).toThrow(/--min-distractors/);
    expect(() => configureExtraction({ entities: ['invoice', 'unicorn'] })).toThrow(/unknown value 'unicorn'/);
    expect(() => configureExtraction({ formats: [] })).toThrow(/--formats/);
    expect(() => configureExtraction({ date_style: 'roman' })).toThrow(/--date-style expects one of iso, mixed/);
    expect(() => configureExtraction({ fence_witness: 'yes' })).toThrow(/--fence-witness/);
    // Lists are normalised, so equivalent configs hash equally.
    expect(configureExtraction({ entities: ['invoice', 'bug_report', 'invoice'] }).entities).toEqual(['bug_report', 'invoice']);
  });

  it('reports its family, ability and chat messages', () => {
    const row = sample[0]!;
    expect(extractionGenerator.family(row)).toBe('extraction');
    expect(extractionGenerator.ability).toBe('extraction');
    expect(extractionGenerator.messages(row)).toEqual([{ role: 'user', content: row.prompt }]);
  });
});
