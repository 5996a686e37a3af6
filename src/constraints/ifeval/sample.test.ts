/**
 * examples/ifeval-sample.jsonl: heed's own IFEval rows. Every row validates, all 25 types appear,
 * and the strict verdicts are the ones the rows were written to produce (checked once against the
 * Python reference while writing them).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateParams } from '../params.js';
import type { JsonValue } from '../types.js';
import { pyStrip } from '../../text/python.js';
import { ifevalConstraints } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const SAMPLE = resolve(here, '../../../examples/ifeval-sample.jsonl');

interface SampleRow {
  id: string;
  prompt: string;
  instruction_id_list: string[];
  kwargs: JsonValue[];
  response: string;
}

const rows: SampleRow[] = readFileSync(SAMPLE, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as SampleRow);

// Odd rows of the single-instruction pairs pass, even rows fail; the last rows mix.
const EXPECTED: Readonly<Record<string, readonly boolean[]>> = Object.fromEntries(
  rows.map((r, i) => {
    const n = i + 1;
    if (n === 45 || n === 46) return [r.id, [true]];
    if (n === 47) return [r.id, [false]];
    if (n === 48) return [r.id, [true]];
    if (n === 49) return [r.id, [true, true, true]];
    if (n === 50) return [r.id, [true, true, false]];
    return [r.id, [n % 2 === 1]];
  }),
);

describe('examples/ifeval-sample.jsonl', () => {
  it('has 36–50 well-formed rows covering all 25 types', () => {
    expect(rows.length).toBeGreaterThanOrEqual(36);
    expect(rows.length).toBeLessThanOrEqual(50);
    const seen = new Set(rows.flatMap((r) => r.instruction_id_list));
    expect([...seen].sort()).toEqual(ifevalConstraints.map((c) => c.id).sort());
    rows.forEach((r, i) => {
      expect(r.id).toBe(`sample-${i + 1}`);
      expect(Object.keys(r)).toEqual(['id', 'prompt', 'instruction_id_list', 'kwargs', 'response']);
      expect(r.kwargs).toHaveLength(r.instruction_id_list.length);
    });
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s gives its intended strict verdicts', (_id, row) => {
    const got = row.instruction_id_list.map((iid, k) => {
      const c = ifevalConstraints.find((x) => x.id === iid)!;
      const v = validateParams(c, row.kwargs[k]);
      if (!v.ok) throw new Error(v.error.message);
      const r = c.check(row.response, v.params, { prompt: row.prompt });
      expect(r.reason.length).toBeGreaterThan(0);
      return pyStrip(row.response) !== '' && r.ok;
    });
    expect(got).toEqual(EXPECTED[row.id]);
  });
});
