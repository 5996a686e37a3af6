/**
 * Parity of heed's 25 IFEval checkers with Google's reference verdicts
 * (../shared/parity/ifeval.jsonl: strict and loose verdicts per instruction).
 *
 * Strict: the response as is (a blank response fails). Loose: any of the reference's 8 variants
 * passes (blank variants skipped). Mismatches are reported per instruction id; checks that depend
 * on langdetect or on Punkt are reported in their own groups.
 */
import { describe, expect, it } from 'vitest';
import { ifevalConstraints } from '../../src/constraints/ifeval/index.js';
import { validateParams } from '../../src/constraints/params.js';
import type { Constraint, JsonValue, Params } from '../../src/constraints/types.js';
import { pyStrip } from '../../src/text/python.js';
import { parityAvailable, readParityRows, referenceLooseVerdict, referenceStrictVerdict, type InstructionParityRow } from './parity-data.js';


type Row = InstructionParityRow;

const strictVerdict = referenceStrictVerdict;
const looseVerdict = referenceLooseVerdict;

const LANGDETECT = new Set(['language:response_language', 'change_case:english_capital', 'change_case:english_lowercase']);
const PUNKT = new Set(['length_constraints:number_sentences', 'change_case:capital_word_frequency']);

function group(id: string): 'langdetect' | 'punkt' | 'pure' {
  return LANGDETECT.has(id) ? 'langdetect' : PUNKT.has(id) ? 'punkt' : 'pure';
}

const available = parityAvailable('ifeval.jsonl');

describe.skipIf(!available)('IFEval checkers vs Google reference verdicts', () => {
  const byId = new Map(ifevalConstraints.map((c) => [c.id, c]));
  const rows = readParityRows<Row>('ifeval.jsonl');

  type Tally = { checks: number; strict: number; loose: number; examples: string[] };
  const tallies = new Map<string, Tally>();
  const paramErrors: string[] = [];
  let computed = false;

  function run(): void {
    if (computed) return;
    computed = true;
    for (const row of rows) {
      row.instruction_id_list.forEach((iid, k) => {
        const c = byId.get(iid);
        const t = tallies.get(iid) ?? { checks: 0, strict: 0, loose: 0, examples: [] };
        tallies.set(iid, t);
        t.checks++;
        if (!c) {
          paramErrors.push(`${row.id}: unknown instruction ${iid}`);
          return;
        }
        const validated = validateParams(c, row.kwargs[k]);
        if (!validated.ok) {
          paramErrors.push(`${row.id} ${iid}: ${validated.error.message}`);
          return;
        }
        const s = strictVerdict(c, validated.params, row.response, row.prompt);
        const l = looseVerdict(c, validated.params, row.response, row.prompt);
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
      .map(([id, t]) => `  [${group(id)}] ${id}: ${t.checks} checks, ${t.strict} strict / ${t.loose} loose mismatches${t.examples.length ? `  e.g. ${t.examples.join('; ')}` : ''}`);
    console.log(`[parity] IFEval checkers, ${rows.length} rows:\n${lines.join('\n')}`);
  }

  function mismatches(g: 'langdetect' | 'punkt' | 'pure'): string[] {
    run();
    return [...tallies.entries()]
      .filter(([id, t]) => group(id) === g && (t.strict || t.loose))
      .map(([id, t]) => `${id}: ${t.strict} strict, ${t.loose} loose`);
  }

  it('validates every row\'s kwargs', () => {
    run();
    expect(paramErrors).toEqual([]);
  });

  it('matches the reference on the checkers that need neither langdetect nor Punkt', () => {
    expect(mismatches('pure')).toEqual([]);
  });

  it('matches the reference on the Punkt-based checkers', () => {
    expect(mismatches('punkt')).toEqual([]);
  });

  it('matches the reference on the langdetect-based checkers', () => {
    expect(mismatches('langdetect')).toEqual([]);
  });
});
