/**
 * IFStruct parity through heed's scoring pipeline (the code `heed score --bench ifstruct` runs):
 * raw JSONL lines in, output rows out, compared with the reference's verdicts.
 */
import { describe, expect, it } from 'vitest';
import { scoreInputRow } from '../../src/score/pipeline.js';
import { getBench } from '../../src/score/benches/index.js';
import { parityAvailable, readParityLines } from './parity-data.js';

interface Expected {
  passed: boolean;
  errors: string[];
  details: Record<string, unknown>;
}

describe.skipIf(!parityAvailable('ifstruct.jsonl'))('parity: heed score --bench ifstruct on ifstruct.jsonl', () => {
  const lines = readParityLines('ifstruct.jsonl');
  getBench('ifstruct'); // registers the benches the pipeline reads
  const config = { bench: 'ifstruct' as const, file: 'ifstruct.jsonl', options: { responseField: 'response', stripThinking: false } };
  const results = lines.map((text, i) => ({ plain: JSON.parse(text) as { expected: Expected; tags?: string[]; seed: number }, result: scoreInputRow(config, { line: i + 1, text }) }));

  it('scores every row, ids taken from the seed field', () => {
    for (const { plain, result } of results) {
      const out = JSON.parse(result.json) as { id: unknown; error?: string };
      expect(out.error).toBeUndefined();
      expect(out.id).toBe(plain.seed);
    }
  });

  it("gives the reference's passed on every row, and its errors and details where the Python version does not matter", () => {
    const mismatches: unknown[] = [];
    for (const { plain, result } of results) {
      const out = JSON.parse(result.json) as { passed: boolean; score: number; errors: string[]; details: Record<string, unknown> };
      if (out.passed !== plain.expected.passed || out.score !== (plain.expected.passed ? 1 : 0)) mismatches.push({ seed: plain.seed, passed: out.passed });
      if (plain.tags?.includes('py_version_sensitive')) continue;
      try {
        expect(out.errors).toEqual(plain.expected.errors);
        expect(out.details).toEqual(plain.expected.details);
      } catch {
        mismatches.push({ seed: plain.seed, errors: out.errors, expected: plain.expected.errors });
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('summarises pass rates overall and by slice', () => {
    const items = results.filter((r) => r.result.scored).map((r) => r.result.item);
    const summary = getBench('ifstruct').summarize(items, { rows: lines.length, errors: 0 }) as { pass_rate: number; rows: number };
    const expectedRate = results.filter((r) => r.plain.expected.passed).length / lines.length;
    expect(summary.rows).toBe(lines.length);
    expect(summary.pass_rate).toBeCloseTo(expectedRate, 12);
  });
});
