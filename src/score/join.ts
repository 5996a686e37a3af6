/**
 * The references' two-file layout: a data file of tasks and a responses file of {prompt, response}.
 * Rows are joined on the prompt the way each reference does it: Google (ifeval) uses the prompt as
 * is, AllenAI (ifbench) the stripped prompt. When a prompt occurs twice in the responses file the
 * later response wins (both references build a dict).
 */
import { pyStrip } from '../text/python.js';
import type { JsonObject } from './benches/index.js';
import { splitJsonl, type InputRow } from './pipeline.js';

export interface JoinResult {
  /** Data rows with the response filled in, or left as raw text when unparsable (scored as errors). */
  readonly rows: InputRow[];
  /** Problems in the responses file, reported on stderr; they do not stop scoring. */
  readonly warnings: string[];
}

export function joinResponses(
  dataText: string,
  responsesText: string,
  responsesFile: string,
  responseField: string,
  stripPrompt: boolean,
): JoinResult {
  const key = (prompt: string) => (stripPrompt ? pyStrip(prompt) : prompt);
  const responses = new Map<string, string>();
  const warnings: string[] = [];
  for (const input of splitJsonl(responsesText)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(input.text ?? '');
    } catch (error) {
      warnings.push(`${responsesFile} line ${input.line}: not valid JSON (${(error as Error).message}); skipped`);
      continue;
    }
    const row = parsed as JsonObject;
    if (!row || typeof row !== 'object' || Array.isArray(row)) {
      warnings.push(`${responsesFile} line ${input.line}: expected a JSON object; skipped`);
      continue;
    }
    if (typeof row['prompt'] !== 'string') {
      warnings.push(`${responsesFile} line ${input.line}, prompt: missing or not a string; skipped`);
      continue;
    }
    const response = row[responseField];
    if (typeof response !== 'string') {
      warnings.push(`${responsesFile} line ${input.line}, ${responseField}: missing or not a string; skipped`);
      continue;
    }
    responses.set(key(row['prompt']), response);
  }
  const rows: InputRow[] = [];
  for (const input of splitJsonl(dataText)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(input.text ?? '');
    } catch {
      rows.push(input); // the pipeline reports the JSON error with file and line
      continue;
    }
    const row = parsed as JsonObject;
    if (!row || typeof row !== 'object' || Array.isArray(row) || typeof row['prompt'] !== 'string') {
      rows.push(input);
      continue;
    }
    const response = responses.get(key(row['prompt']));
    if (response === undefined) {
      rows.push({
        line: input.line,
        row,
        problem: { field: 'prompt', message: `no response for this prompt in ${responsesFile}` },
      });
      continue;
    }
    rows.push({ line: input.line, row: { ...row, [responseField]: response } });
  }
  return { rows, warnings };
}
