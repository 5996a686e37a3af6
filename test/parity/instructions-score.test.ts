/**
 * End-to-end parity of the instruction families through heed's scoring pipeline: every strict and
 * loose verdict, the fraction reward (iftrain), and the four summary figures.
 */
import { describe, expect, it } from 'vitest';
import { scoreInputRow } from '../../src/score/pipeline.js';
import { getBench } from '../../src/score/benches/index.js';
import type { BenchName } from '../../src/score/benches/index.js';
import type { InstructionItem, InstructionSummary } from '../../src/score/benches/instructions.js';
import { parityAvailable, readParityRows, referenceFigures, type InstructionParityRow } from './parity-data.js';

interface Mismatch {
  id: string;
  instruction: string;
  mode: string;
}

function runParity(bench: BenchName, file: string) {
  getBench(bench); // registers the benches the pipeline reads
  const rows = readParityRows<InstructionParityRow>(file);
  const mismatches: Mismatch[] = [];
  const fractionMismatches: string[] = [];
  const items: InstructionItem[] = [];
  const errors: string[] = [];
  rows.forEach((row, index) => {
    const result = scoreInputRow(
      { bench, file, options: { responseField: 'response', stripThinking: false } },
      { line: index + 1, row: row as never },
    );
    const out = JSON.parse(result.json) as { error?: string; strict: boolean[]; loose: boolean[]; fraction: number };
    if (out.error) {
      errors.push(out.error);
      return;
    }
    items.push(result.item as InstructionItem);
    row.instruction_id_list.forEach((instruction, i) => {
      if (out.strict[i] !== row.strict[i]) mismatches.push({ id: row.id, instruction, mode: 'strict' });
      if (out.loose[i] !== row.loose[i]) mismatches.push({ id: row.id, instruction, mode: 'loose' });
    });
    if (row.fraction !== undefined && Math.abs(out.fraction - row.fraction) > 1e-12) fractionMismatches.push(row.id);
  });
  return { rows, mismatches, fractionMismatches, items, errors };
}

function byInstruction(mismatches: Mismatch[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of mismatches) counts[`${m.instruction} (${m.mode})`] = (counts[`${m.instruction} (${m.mode})`] ?? 0) + 1;
  return counts;
}

const cases: Array<[BenchName, string]> = [
  ['ifeval', 'ifeval.jsonl'],
  ['ifbench', 'ifbench.jsonl'],
  ['iftrain', 'iftrain.jsonl'],
];

for (const [bench, file] of cases) {
  describe.skipIf(!parityAvailable(file))(`parity: heed score --bench ${bench} on ${file}`, () => {
    const run = runParity(bench, file);

    it('scores every row (no error rows)', () => {
      expect(run.errors).toEqual([]);
    });

    it('gives every strict and loose verdict of the reference', () => {
      expect(byInstruction(run.mismatches)).toEqual({});
    });

    if (bench === 'iftrain') {
      it("gives the reference's fraction reward on every row", () => {
        expect(run.fractionMismatches).toEqual([]);
      });
    }

    it('prints the four figures computed from the reference verdicts', () => {
      const summary = getBench(bench).summarize(run.items, { rows: run.rows.length, errors: 0 }) as InstructionSummary;
      const expected = referenceFigures(run.rows);
      expect({
        prompt_level_strict: summary.prompt_level_strict,
        instruction_level_strict: summary.instruction_level_strict,
        prompt_level_loose: summary.prompt_level_loose,
        instruction_level_loose: summary.instruction_level_loose,
      }).toEqual(expected);
    });
  });
}
