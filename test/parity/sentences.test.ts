/**
 * Parity of heed's Punkt sentence count with Google IFEval's `length_constraints:number_sentences`
 * verdicts (../shared/parity/ifeval.jsonl). The checker is `count_sentences(response) < n` for
 * relation "less than" and `>= n` for "at least", where `count_sentences` is the number of
 * sentences NLTK's English Punkt model finds, so every verdict exercises `sentTokenize`.
 *
 * Strict: the response as is (a blank response fails). Loose: any of the reference's 8 variants
 * passes (blank variants skipped).
 */
import { describe, expect, it } from 'vitest';
import { pyStrip } from '../../src/text/python.js';
import { countSentences } from '../../src/text/sentences.js';
import { parityAvailable, readParityRows, referenceLooseVariants } from './parity-data.js';

const INSTRUCTION = 'length_constraints:number_sentences';

interface Row {
  id: string;
  instruction_id_list: string[];
  kwargs: Array<Record<string, unknown>>;
  response: string;
  strict: boolean[];
  loose: boolean[];
}

const looseVariants = referenceLooseVariants;

function follows(text: string, relation: string, n: number): boolean {
  const count = countSentences(text);
  if (relation === 'less than') return count < n;
  if (relation === 'at least') return count >= n;
  throw new Error(`unknown relation ${relation}`);
}

const present = parityAvailable('ifeval.jsonl');

describe.skipIf(!present)('IFEval length_constraints:number_sentences parity (Punkt)', () => {
  it('reproduces every strict and loose verdict', () => {
    const rows = readParityRows<Row>('ifeval.jsonl');
    let checks = 0;
    let strictOk = 0;
    let looseOk = 0;
    const mismatches: string[] = [];
    for (const row of rows) {
      row.instruction_id_list.forEach((id, k) => {
        if (id !== INSTRUCTION) return;
        const kwargs = row.kwargs[k]!;
        const relation = String(kwargs['relation']);
        const n = Number(kwargs['num_sentences']);
        checks++;
        const strict = pyStrip(row.response) !== '' && follows(row.response, relation, n);
        const loose = looseVariants(row.response).some(
          (v) => pyStrip(v) !== '' && follows(v, relation, n),
        );
        if (strict === row.strict[k]) strictOk++;
        else mismatches.push(`${row.id} strict: heed ${strict}, reference ${row.strict[k]}`);
        if (loose === row.loose[k]) looseOk++;
        else mismatches.push(`${row.id} loose: heed ${loose}, reference ${row.loose[k]}`);
      });
    }
    console.log(
      `[parity] ${INSTRUCTION}: strict ${strictOk}/${checks}, loose ${looseOk}/${checks}`,
    );
    expect(checks).toBeGreaterThan(0);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(strictOk).toBe(checks);
    expect(looseOk).toBe(checks);
  });
});
