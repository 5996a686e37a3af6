/** `heed score --bench extraction`: ThinkJSON-style extraction metrics. */
import {
  formatExtractionSummary,
  parseExtractionTask,
  scoreExtraction,
  summarizeExtraction,
  type ExtractionResult,
  type ExtractionSummary,
} from '../../structured/index.js';
import { responseOf, type Bench, type JsonObject, type RowOutcome, type ScoreOptions } from './types.js';

export function extractionBench(): Bench<ExtractionResult, ExtractionSummary & { errors: number }> {
  return {
    name: 'extraction',
    score(row: JsonObject, options: ScoreOptions): RowOutcome<ExtractionResult> {
      const parsed = parseExtractionTask(row);
      if (!parsed.ok) return { ok: false, problem: { field: parsed.field, message: parsed.message } };
      const response = responseOf(row, options.responseField);
      if (typeof response !== 'string') return { ok: false, problem: response };
      const result = scoreExtraction(parsed.task, response);
      return { ok: true, output: JSON.parse(JSON.stringify(result)) as JsonObject, item: result };
    },
    summarize(items, counts) {
      return { ...summarizeExtraction([...items]), rows: counts.rows, errors: counts.errors };
    },
    formatSummary: (s) => formatExtractionSummary(s),
  };
}
