/**
 * `heed score --bench ifeval|ifbench|iftrain`: instruction-following rows.
 *
 * Input row: {id?, prompt, instruction_id_list, kwargs, response, messages?}; a row may instead
 * carry the IF-RLVR `ground_truth` (a Python-literal or JSON string) in place of
 * instruction_id_list + kwargs.
 */
import type { ConstraintRegistry } from '../../constraints/registry.js';
import { validateParams } from '../../constraints/params.js';
import { parseGroundTruth } from '../../constraints/ground-truth.js';
import { removeThinkingSection } from '../../constraints/iftrain/reward.js';
import type { Constraint, Family, JsonValue, Params } from '../../constraints/types.js';
import { evaluateInstructions, fractionPassed, type InstructionTask } from '../evaluate.js';
import { stripThinking } from '../thinking.js';
import type { Bench, JsonObject, RowOutcome, RowProblem, ScoreOptions } from './types.js';
import { percent, responseOf, table } from './types.js';

/** What a worker sends back per scored row, for the summary. */
export interface InstructionItem {
  readonly ids: string[];
  readonly strict: boolean[];
  readonly loose: boolean[];
}

export interface InstructionSummary {
  rows: number;
  scored: number;
  errors: number;
  prompt_level_strict: number;
  instruction_level_strict: number;
  prompt_level_loose: number;
  instruction_level_loose: number;
  per_instruction: Record<string, { count: number; strict: number; loose: number }>;
}

type TaskResult = { ok: true; task: InstructionTask } | { ok: false; problem: RowProblem };

function problem(field: string, message: string): { ok: false; problem: RowProblem } {
  return { ok: false, problem: { field, message } };
}

/** The prompt a checker sees: `prompt`, else the last user turn of `messages`, else ''. */
function promptOf(row: JsonObject): string | RowProblem {
  const prompt = row['prompt'];
  if (typeof prompt === 'string') return prompt;
  if (prompt !== undefined && prompt !== null) return { field: 'prompt', message: 'expected a string' };
  const messages = row['messages'];
  if (Array.isArray(messages)) {
    for (let i = messages.length - 1; i >= 0; i--) {
      const m = messages[i];
      if (m && typeof m === 'object' && !Array.isArray(m) && m['role'] === 'user' && typeof m['content'] === 'string') {
        return m['content'];
      }
    }
  }
  return '';
}

/** Reads ids + kwargs from the plain fields, or else from an IF-RLVR `ground_truth` string. */
function idsAndKwargs(row: JsonObject): { ids: JsonValue; kwargs: JsonValue; prefix: string } | RowProblem {
  if (row['instruction_id_list'] === undefined && typeof row['ground_truth'] === 'string') {
    const parsed = parseGroundTruth(row['ground_truth']);
    if (!parsed.ok) return { field: 'ground_truth', message: parsed.message };
    const ids: string[] = [];
    const kwargs: JsonValue[] = [];
    for (const t of parsed.tasks) {
      ids.push(...t.instruction_id_list);
      kwargs.push(...t.kwargs);
    }
    return { ids, kwargs, prefix: 'ground_truth ' };
  }
  return { ids: row['instruction_id_list'], kwargs: row['kwargs'], prefix: '' };
}

export function parseInstructionTask(row: JsonObject, family: Family, registry: ConstraintRegistry): TaskResult {
  const prompt = promptOf(row);
  if (typeof prompt !== 'string') return { ok: false, problem: prompt };
  const source = idsAndKwargs(row);
  if ('field' in source) return { ok: false, problem: source };
  const { ids, kwargs, prefix } = source;
  if (ids === undefined) return problem(`${prefix}instruction_id_list`, 'missing');
  if (!Array.isArray(ids)) return problem(`${prefix}instruction_id_list`, 'expected a list of instruction ids');
  if (kwargs !== undefined && kwargs !== null && !Array.isArray(kwargs)) {
    return problem(`${prefix}kwargs`, 'expected a list with one object (or null) per instruction');
  }
  const kwargList = (kwargs ?? []) as JsonValue[];
  if (kwargs !== undefined && kwargs !== null && kwargList.length !== ids.length) {
    return problem(`${prefix}kwargs`, `has ${kwargList.length} entries for ${ids.length} instructions`);
  }
  const constraints: Constraint[] = [];
  const params: Params[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (typeof id !== 'string') return problem(`${prefix}instruction_id_list[${i}]`, 'expected a string');
    const constraint = registry.get(id);
    if (!constraint) return problem(`${prefix}instruction_id_list[${i}]`, `unknown instruction id '${id}' for --bench ${family}`);
    const checked = validateParams(constraint, kwargList[i]);
    if (!checked.ok) {
      const field = checked.error.field ? `${prefix}kwargs[${i}].${checked.error.field}` : `${prefix}kwargs[${i}]`;
      return problem(field, checked.error.message);
    }
    constraints.push(constraint);
    params.push(checked.params);
  }
  return { ok: true, task: { prompt, instructionIds: ids as string[], constraints, params } };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function summarizeInstructions(items: readonly InstructionItem[], counts: { rows: number; errors: number }): InstructionSummary {
  let promptStrict = 0;
  let promptLoose = 0;
  let instructions = 0;
  let instStrict = 0;
  let instLoose = 0;
  const per = new Map<string, { count: number; strict: number; loose: number }>();
  for (const item of items) {
    if (item.strict.every(Boolean)) promptStrict++;
    if (item.loose.every(Boolean)) promptLoose++;
    item.ids.forEach((id, i) => {
      instructions++;
      const entry = per.get(id) ?? { count: 0, strict: 0, loose: 0 };
      entry.count++;
      if (item.strict[i]) {
        entry.strict++;
        instStrict++;
      }
      if (item.loose[i]) {
        entry.loose++;
        instLoose++;
      }
      per.set(id, entry);
    });
  }
  const perInstruction: InstructionSummary['per_instruction'] = {};
  for (const id of [...per.keys()].sort()) {
    const e = per.get(id)!;
    perInstruction[id] = { count: e.count, strict: ratio(e.strict, e.count), loose: ratio(e.loose, e.count) };
  }
  return {
    rows: counts.rows,
    scored: items.length,
    errors: counts.errors,
    prompt_level_strict: ratio(promptStrict, items.length),
    instruction_level_strict: ratio(instStrict, instructions),
    prompt_level_loose: ratio(promptLoose, items.length),
    instruction_level_loose: ratio(instLoose, instructions),
    per_instruction: perInstruction,
  };
}

export function formatInstructionSummary(s: InstructionSummary, bench: string): string {
  const head = table([
    ['metric', 'strict', 'loose'],
    ['prompt-level accuracy', percent(s.prompt_level_strict), percent(s.prompt_level_loose)],
    ['instruction-level accuracy', percent(s.instruction_level_strict), percent(s.instruction_level_loose)],
  ]);
  const perRows = Object.entries(s.per_instruction).map(([id, e]) => [id, String(e.count), percent(e.strict), percent(e.loose)]);
  const per = table([['instruction', 'count', 'strict', 'loose'], ...perRows]);
  return `heed score --bench ${bench}: ${s.rows} rows, ${s.scored} scored, ${s.errors} errors\n\n${head}\n\n${per}\n`;
}

export function instructionBench(family: Family, registry: ConstraintRegistry): Bench<InstructionItem, InstructionSummary> {
  return {
    name: family,
    score(row: JsonObject, options: ScoreOptions): RowOutcome<InstructionItem> {
      const parsed = parseInstructionTask(row, family, registry);
      if (!parsed.ok) return parsed;
      const raw = responseOf(row, options.responseField);
      if (typeof raw !== 'string') return { ok: false, problem: raw };
      let response = raw;
      if (family === 'iftrain') response = removeThinkingSection(raw);
      else if (options.stripThinking) response = stripThinking(raw);
      const verdicts = evaluateInstructions(parsed.task, response);
      const ids = [...parsed.task.instructionIds];
      const output: JsonObject = {
        instruction_id_list: ids,
        strict: verdicts.strict,
        loose: verdicts.loose,
        follow_all_strict: verdicts.strict.every(Boolean),
        follow_all_loose: verdicts.loose.every(Boolean),
        fraction: fractionPassed(verdicts.strict),
        reasons: verdicts.reasons,
      };
      return { ok: true, output, item: { ids, strict: verdicts.strict, loose: verdicts.loose } };
    },
    summarize: summarizeInstructions,
    formatSummary: (s) => formatInstructionSummary(s, family),
  };
}
