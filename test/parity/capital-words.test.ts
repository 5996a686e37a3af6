/**
 * `countUpperTokens` (the capital-word count behind IFEval's change_case:capital_word_frequency)
 * decides most sentences without running the Treebank tokenizer. Here it must give the count the
 * tokenizer gives on every Punkt sentence of every reference response (../shared/parity).
 */
import { describe, expect, it } from 'vitest';
import { sentTokenize } from '../../src/text/punkt/index.js';
import { pyIsUpper } from '../../src/text/python.js';
import { countUpperTokens, countUpperWordTokens, treebankWordTokenize, wordTokenize } from '../../src/text/treebank.js';
import { parityAvailable, readParityRows, type InstructionParityRow } from './parity-data.js';

const present = parityAvailable('ifeval.jsonl');

describe.skipIf(!present)('countUpperTokens on real responses', () => {
  it('equals the count over the tokenizer on every sentence with a capital', () => {
    const rows = readParityRows<InstructionParityRow>('ifeval.jsonl');
    let sentences = 0;
    const mismatches: string[] = [];
    for (const row of rows) {
      for (const sentence of sentTokenize(row.response)) {
        if (!/\p{Uppercase}/u.test(sentence)) continue;
        sentences++;
        const expected = treebankWordTokenize(sentence).filter((t) => pyIsUpper(t)).length;
        const found = countUpperTokens(sentence);
        if (found !== expected) mismatches.push(`${row.id}: ${JSON.stringify(sentence)} heed ${found}, tokenizer ${expected}`);
      }
    }
    console.log(`[parity] countUpperTokens: ${sentences - mismatches.length}/${sentences} sentences agree`);
    expect(sentences).toBeGreaterThan(50_000);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('countUpperWordTokens equals the count over nltk.word_tokenize on every response', () => {
    const rows = readParityRows<InstructionParityRow>('ifeval.jsonl');
    const mismatches: string[] = [];
    for (const row of rows) {
      const expected = wordTokenize(row.response).filter((t) => pyIsUpper(t)).length;
      const found = countUpperWordTokens(row.response);
      if (found !== expected) mismatches.push(`${row.id}: heed ${found}, tokenizer ${expected}`);
    }
    console.log(`[parity] countUpperWordTokens: ${rows.length - mismatches.length}/${rows.length} responses agree`);
    expect(rows.length).toBeGreaterThan(10_000);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
