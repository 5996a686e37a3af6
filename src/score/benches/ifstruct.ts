/** `heed score --bench ifstruct`: Liquid AI's IFStruct validator, row by row. */
import {
  formatIfstructSummary,
  parseIfstructLine,
  parseIfstructTask,
  summarizeIfstruct,
  validateIfstructRow,
  type IfstructSummary,
  type IfstructTask,
  type IfstructVerdict,
} from '../../structured/index.js';
import { responseOf, type Bench, type JsonObject, type RowOutcome, type ScoreOptions } from './types.js';

export interface IfstructItem {
  readonly task: IfstructTask;
  readonly verdict: IfstructVerdict;
}

export function ifstructBench(): Bench<IfstructItem, IfstructSummary & { errors: number }> {
  return {
    name: 'ifstruct',
    // Python's json keeps `1.0` a float (error messages print it so); JSON.parse would not.
    parseLine: (text) => parseIfstructLine(text) as JsonObject,
    score(row: JsonObject, options: ScoreOptions): RowOutcome<IfstructItem> {
      const parsed = parseIfstructTask(row);
      if (!parsed.ok) return { ok: false, problem: { field: parsed.field, message: parsed.message } };
      const response = responseOf(row, options.responseField);
      if (typeof response !== 'string') return { ok: false, problem: response };
      const verdict = validateIfstructRow(parsed.task, response);
      const output = JSON.parse(
        JSON.stringify({ passed: verdict.passed, score: verdict.score, errors: verdict.errors, details: verdict.details }),
      ) as JsonObject;
      return { ok: true, output, item: { task: parsed.task, verdict } };
    },
    summarize(items, counts) {
      const summary = summarizeIfstruct([...items]);
      return { ...summary, rows: counts.rows, errors: counts.errors };
    },
    formatSummary: (s) => formatIfstructSummary(s),
  };
}
