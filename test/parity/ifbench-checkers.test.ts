/**
 * Parity of heed's 58 IFBench checkers with AllenAI's reference verdicts
 * (../shared/parity/ifbench.jsonl: strict and loose verdicts per instruction, from
 * allenai/IFBench's evaluation_lib at db69a6f0).
 *
 * Strict: the response as is (a blank response fails). Loose: any of the reference's 8 variants
 * passes (blank variants skipped). Null kwargs are absent, as AllenAI drops them. Classic IFEval ids
 * that may appear in the rows belong to the IFEval checkers and are counted and skipped here.
 */
import { describe, expect, it } from 'vitest';
import { ifbenchConstraints } from '../../src/constraints/ifbench/index.js';
import { validateParams } from '../../src/constraints/params.js';
import type { Constraint, JsonValue, Params } from '../../src/constraints/types.js';
import { pyStrip } from '../../src/text/python.js';
import { parityAvailable, readParityRows, referenceLooseVerdict, referenceStrictVerdict, type InstructionParityRow } from './parity-data.js';


type Row = InstructionParityRow;

const strictVerdict = referenceStrictVerdict;
const looseVerdict = referenceLooseVerdict;

const available = parityAvailable('ifbench.jsonl');

describe.skipIf(!available)('IFBench checkers vs AllenAI reference verdicts', () => {
  const byId = new Map(ifbenchConstraints.map((c) => [c.id, c]));
  const rows = readParityRows<Row>('ifbench.jsonl');

  type Tally = { checks: number; strict: number; loose: number; examples: string[] };
  const tallies = new Map<string, Tally>();
  const paramErrors: string[] = [];
  const thrown: string[] = [];
  let skippedClassic = 0;
  let computed = false;

  function run(): void {
    if (computed) return;
    computed = true;
    for (const row of rows) {
      row.instruction_id_list.forEach((iid, k) => {
        const c = byId.get(iid);
        if (!c) {
          skippedClassic++;
          return;
        }
        const t = tallies.get(iid) ?? { checks: 0, strict: 0, loose: 0, examples: [] };
        tallies.set(iid, t);
        t.checks++;
        const validated = validateParams(c, row.kwargs[k]);
        if (!validated.ok) {
          paramErrors.push(`${row.id} ${iid}: ${validated.error.message}`);
          return;
        }
        let s: boolean;
        let l: boolean;
        try {
          s = strictVerdict(c, validated.params, row.response, row.prompt);
          l = looseVerdict(c, validated.params, row.response, row.prompt);
        } catch (e) {
          thrown.push(`${row.id} ${iid}: ${String(e)}`);
          return;
        }
        if (s !== row.strict[k]) {
          t.strict++;
          if (t.examples.length < 3) t.examples.push(`${row.id} strict heed=${s}`);
        }
        if (l !== row.loose[k]) {
          t.loose++;
          if (t.examples.length < 3) t.examples.push(`${row.id} loose heed=${l}`);
        }
      });
    }
    const lines = [...tallies.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, t]) => `  ${id}: ${t.checks} checks, ${t.strict} strict / ${t.loose} loose mismatches${t.examples.length ? `  e.g. ${t.examples.join('; ')}` : ''}`);
    const checks = [...tallies.values()].reduce((a, t) => a + t.checks, 0);
    console.log(
      `[parity] IFBench checkers, ${rows.length} rows, ${checks} checks over ${tallies.size} types; ${skippedClassic} classic IFEval checks skipped:\n${lines.join('\n')}`,
    );
  }

  it('covers the rows with known instruction ids', () => {
    run();
    expect(tallies.size).toBeGreaterThanOrEqual(57);
  });

  it("validates every row's kwargs", () => {
    run();
    expect(paramErrors).toEqual([]);
  });

  it('never throws', () => {
    run();
    expect(thrown).toEqual([]);
  });

  it('matches every strict and loose verdict', () => {
    run();
    const bad = [...tallies.entries()]
      .filter(([, t]) => t.strict || t.loose)
      .map(([id, t]) => `${id}: ${t.strict} strict, ${t.loose} loose (${t.examples.join('; ')})`);
    expect(bad).toEqual([]);
  });
});
