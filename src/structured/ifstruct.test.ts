import { describe, expect, it } from 'vitest';
import {
  errorCategory,
  formatIfstructSummary,
  parseIfstructLine,
  parseIfstructTask,
  summarizeIfstruct,
  validateIfstructRow,
  type IfstructTask,
} from './ifstruct.js';

const ITEM = { type: 'object', properties: { name: { type: 'string' }, n: { type: 'integer', minimum: 1 } }, required: ['name', 'n'] };
function task(over: Record<string, unknown> = {}): IfstructTask {
  const r = parseIfstructTask({
    seed: 1,
    entity_type: 'thing',
    prompt: 'p',
    json_schema: { type: 'array', items: ITEM, minItems: 2, maxItems: 2 },
    top_level_count: 2,
    top_level_key: 'things',
    require_wrapper_key: false,
    require_code_block: false,
    require_no_commentary: false,
    output_format: 'json',
    ...over,
  });
  if (!r.ok) throw new Error(r.message);
  return r.task;
}
const GOOD = '[{"name": "a", "n": 1}, {"name": "b", "n": 2}]';

describe('parseIfstructTask', () => {
  it('accepts hub rows whose schema and count are JSON strings', () => {
    const t = task({ json_schema: JSON.stringify({ type: 'array', items: ITEM }), top_level_count: '[1, 3]' });
    expect(t.top_level_count).toEqual([1n, 3n]);
  });
  it('names the bad field', () => {
    expect(parseIfstructTask({ ...task(), json_schema: '{nope' } as unknown as Record<string, unknown>)).toMatchObject({ ok: false, field: 'json_schema' });
    const base = { json_schema: {}, top_level_count: null, top_level_key: null, require_wrapper_key: false, require_code_block: false, require_no_commentary: false, output_format: 'json' };
    expect(parseIfstructTask({ ...base, require_code_block: 'yes' })).toMatchObject({ ok: false, field: 'require_code_block' });
    expect(parseIfstructTask({ ...base, top_level_count: 'many' })).toMatchObject({ ok: false, field: 'top_level_count' });
    expect(parseIfstructTask({ ...base, json_schema: [1] })).toMatchObject({ ok: false, field: 'json_schema' });
    expect(parseIfstructTask(base)).toMatchObject({ ok: true });
  });
  it('parseIfstructLine keeps float bounds so messages print 1.0', () => {
    const line =
      '{"seed": 1, "entity_type": "t", "prompt": "", "json_schema": {"type": "array", "items": {"type": "number", "maximum": 1.0}}, ' +
      '"top_level_count": null, "top_level_key": null, "require_wrapper_key": false, "require_code_block": false, ' +
      '"require_no_commentary": false, "output_format": "json"}';
    const t = parseIfstructTask(parseIfstructLine(line));
    if (!t.ok) throw new Error(t.message);
    expect(validateIfstructRow(t.task, '[2, 0.5]').errors).toEqual(['2 is greater than maximum 1.0']);
  });
});

describe('validateIfstructRow', () => {
  it('passes a good response with full details', () => {
    const v = validateIfstructRow(task(), GOOD);
    expect(v).toEqual({
      passed: true,
      score: 1,
      errors: [],
      details: {
        output_format: 'json',
        uses_code_block: false,
        code_block_type: null,
        json_valid: true,
        was_wrapped: false,
        schema_valid: true,
        schema_fields_total: 4,
        schema_fields_passed: 4,
        schema_match_ratio: 1,
      },
    });
  });
  it('puts the code-block error first and stops at an extraction error', () => {
    const v = validateIfstructRow(task({ require_code_block: true }), 'nope');
    expect(v.errors).toEqual(['Response must use a code block but none was found', 'No valid JSON found in response']);
    expect(Object.keys(v.details)).toEqual(['output_format', 'uses_code_block', 'code_block_type', 'json_valid']);
  });
  it('orders structure, schema and count errors like the reference', () => {
    const v = validateIfstructRow(task(), '{"items": [{"name": "a", "n": 0}]}');
    expect(v.errors).toEqual([
      "Expected bare list, got wrapped object with key 'items'",
      'array has 1 items, minimum is 2',
      '0 is less than minimum 1',
      'Expected 2 items, got 1',
    ]);
    expect(v.details.was_wrapped).toBe(true);
    expect(v.details.schema_fields_total).toBe(4);
    expect(v.details.schema_fields_passed).toBe(1);
  });
  it('does not unwrap multi-key objects and reports them as schema errors', () => {
    const v = validateIfstructRow(task({ require_wrapper_key: true }), '{"things": [], "extra": 1}');
    expect(v.errors).toEqual(['expected array, got dict']);
  });
  it('requires the wrapper key when asked', () => {
    expect(validateIfstructRow(task({ require_wrapper_key: true }), GOOD).errors[0]).toBe(
      "Expected wrapped object with key 'things', got bare list",
    );
    expect(validateIfstructRow(task({ require_wrapper_key: true }), `{"stuff": ${GOOD}}`).errors).toEqual([
      "Expected top-level key 'things', got 'stuff'",
    ]);
  });
  it('applies the YAML path and its 1.1 typing', () => {
    const t = task({ output_format: 'yaml' });
    expect(validateIfstructRow(t, '- name: a\n  n: 1\n- name: b\n  n: 2\n').passed).toBe(true);
    expect(validateIfstructRow(t, '- name: NO\n  n: 1\n- name: b\n  n: 2\n').errors).toEqual(['expected string, got bool']);
  });
  it('fails hostile input with a verdict in bounded time', () => {
    const t = task();
    const t0 = Date.now();
    expect(validateIfstructRow(t, '['.repeat(100000)).passed).toBe(false);
    expect(validateIfstructRow(task({ output_format: 'yaml' }), '- '.repeat(100000)).passed).toBe(false);
    expect(validateIfstructRow(t, 'x'.repeat(10_000_000)).errors).toEqual(['No valid JSON found in response']);
    expect(Date.now() - t0).toBeLessThan(10000);
  });
});

describe('summary', () => {
  it('buckets errors like eval.py', () => {
    expect(errorCategory('required field missing')).toBe('required field missing');
    expect(errorCategory("YAML parsing error: expected ',' or ']', but got ':'")).toBe('type mismatch');
    expect(errorCategory('Expected 2 items, got 1')).toBe('wrong item count');
    expect(errorCategory('Expected JSON output, got YAML code block')).toBe('Expected JSON output, got YAML code block');
    expect(errorCategory('x'.repeat(100))).toBe('x'.repeat(80));
  });
  it('slices pass rates and formats a table', () => {
    const rows = [
      { task: task(), verdict: validateIfstructRow(task(), GOOD) },
      { task: task({ output_format: 'yaml', entity_type: 'other' }), verdict: validateIfstructRow(task({ output_format: 'yaml' }), '') },
      { task: task({ require_wrapper_key: true }), verdict: validateIfstructRow(task({ require_wrapper_key: true }), GOOD) },
    ];
    const s = summarizeIfstruct(rows);
    expect(s.pass_rate).toBeCloseTo(1 / 3);
    expect(s.by_output_format).toEqual({ json: { count: 2, passed: 1, pass_rate: 0.5 }, yaml: { count: 1, passed: 0, pass_rate: 0 } });
    expect(Object.keys(s.by_top_level_structure)).toEqual(['wrapper_key', 'bare_list']);
    expect(Object.keys(s.by_entity_type)).toEqual(['other', 'thing']);
    // ties keep first-seen order
    expect(s.top_errors).toEqual([
      { category: 'type mismatch', count: 1 },
      { category: 'expected wrapper key, got bare list', count: 1 },
    ]);
    const text = formatIfstructSummary(s);
    expect(text).toContain('33.33%');
    expect(text).toContain('format: json');
  });
});
