/**
 * Parity with Liquid AI's IFStruct validator on ../shared/parity/ifstruct.jsonl: `passed` on
 * every row; `errors` (same strings, same order) and `details` (as JSON, key order aside) on
 * every row not tagged `py_version_sensitive`.
 */
import { describe, expect, it } from 'vitest';
import { parseIfstructLine, parseIfstructTask, validateIfstructRow } from '../../src/structured/index.js';
import { parityAvailable, readParityLines } from './parity-data.js';

const present = parityAvailable('ifstruct.jsonl');

interface Expected {
  passed: boolean;
  errors: string[];
  details: Record<string, unknown>;
}

function sortKeys(v: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

describe.skipIf(!present)('IFStruct parity (ifstruct.jsonl)', () => {
  const lines = readParityLines('ifstruct.jsonl');
  const rows = lines.map((line) => {
    const raw = parseIfstructLine(line);
    const plain = JSON.parse(line) as { expected: Expected; tags: string[]; case: string; response: string; seed: number };
    return { raw, plain };
  });

  it('reads every row', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const { raw } of rows) expect(parseIfstructTask(raw).ok).toBe(true);
  });

  it('matches passed / errors / details on every row', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const { raw, plain } of rows) {
      const parsed = parseIfstructTask(raw);
      if (!parsed.ok) {
        mismatches.push(`seed ${plain.seed}: task rejected (${parsed.field}: ${parsed.message})`);
        continue;
      }
      const verdict = validateIfstructRow(parsed.task, plain.response);
      const exp = plain.expected;
      if (verdict.passed !== exp.passed) {
        mismatches.push(`seed ${plain.seed} [${plain.case}]: passed ${verdict.passed} != ${exp.passed}; errors ${JSON.stringify(verdict.errors)}`);
        continue;
      }
      if (plain.tags.includes('py_version_sensitive')) continue;
      compared++;
      const e1 = JSON.stringify(verdict.errors);
      const e2 = JSON.stringify(exp.errors);
      if (e1 !== e2) mismatches.push(`seed ${plain.seed} [${plain.case}]: errors\n  got ${e1}\n  exp ${e2}`);
      const d1 = JSON.stringify(sortKeys(verdict.details));
      const d2 = JSON.stringify(sortKeys(exp.details));
      if (d1 !== d2) mismatches.push(`seed ${plain.seed} [${plain.case}]: details\n  got ${d1}\n  exp ${d2}`);
    }
    if (mismatches.length) console.log(mismatches.join('\n'));
    console.log(`ifstruct parity: ${rows.length} rows, ${compared} compared in full, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
  });
});
