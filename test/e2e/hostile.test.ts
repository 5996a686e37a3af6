/**
 * Hostile responses get verdicts from every IFEval type, strict and loose, without crashing.
 * (How fast is measured by `npm run bench`, not here.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getBench } from '../../src/score/benches/index.js';
import { scoreInputRow } from '../../src/score/pipeline.js';

const kinds = JSON.parse(readFileSync(new URL('../../bench/ifeval-all-types.json', import.meta.url), 'utf8')) as Array<{ id: string; kwargs: Record<string, unknown> }>;

const hostile: Record<string, () => string> = {
  'a 5 MB response': () => 'The quick brown fox jumps over the lazy dog. '.repeat(Math.ceil(5e6 / 45)).slice(0, 5e6),
  "200,000 '*' characters": () => '*'.repeat(200_000),
  '100,000 lines': () => Array.from({ length: 100_000 }, (_, i) => `line ${i} * - # ${'ab'.repeat(i % 7)}`).join('\n'),
};

describe('hostile responses', () => {
  getBench('ifeval');
  for (const [name, make] of Object.entries(hostile)) {
    it(`${name}: a verdict for each of the 25 IFEval types`, () => {
      const row = { prompt: 'hostile', instruction_id_list: kinds.map((k) => k.id), kwargs: kinds.map((k) => k.kwargs), response: make() };
      const out = JSON.parse(
        scoreInputRow({ bench: 'ifeval', file: 'hostile', options: { responseField: 'response', stripThinking: false } }, { line: 1, row: row as never }).json,
      ) as { error?: string; strict: boolean[]; loose: boolean[]; reasons: string[] };
      expect(out.error).toBeUndefined();
      expect(out.strict).toHaveLength(25);
      expect(out.loose).toHaveLength(25);
      expect(out.reasons.every((r) => typeof r === 'string' && r.length > 0)).toBe(true);
      // A loose pass is implied by a strict pass.
      out.strict.forEach((s, i) => {
        if (s) expect(out.loose[i]).toBe(true);
      });
    });
  }
});
