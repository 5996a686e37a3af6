/**
 * Trainer exports of generated rows (`heed generate --format`). The shapes are the contract in
 * docs/generators.md ("Export formats"):
 *
 * - heed:     the generated row itself (JSONL).
 * - verl:     `{data_source: "heed/<family>", prompt: [{role, content}], ability,
 *              reward_model: {style: "rule", ground_truth}, extra_info: {split, index, id}}`
 *             (Parquet for a `.parquet` path, see parquet.ts; JSONL otherwise).
 * - trl:      `{prompt: [{role, content}], ground_truth, family}` (JSONL).
 * - openrlhf: `{input: <prompt text>, label: ground_truth}` (JSONL).
 *
 * `ground_truth` is always the JSON string of the task row without `prompt` and `witness`: what a
 * reward function needs to score a response with `heed score --bench <family>` semantics.
 */
import type { Ability, AnyGenerator, ChatMessage, Split } from '../generate/types.js';

export const EXPORT_FORMATS = ['heed', 'verl', 'trl', 'openrlhf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A generated row as the exporters see it (the runner's envelope plus the generator's fields). */
export type TaskRow = { readonly id: string; readonly split: Split } & Readonly<Record<string, unknown>>;

export interface VerlRow {
  readonly data_source: string;
  readonly prompt: ChatMessage[];
  readonly ability: Ability;
  readonly reward_model: { readonly style: 'rule'; readonly ground_truth: string };
  readonly extra_info: { readonly split: Split; readonly index: number; readonly id: string };
}

export interface TrlRow {
  readonly prompt: ChatMessage[];
  readonly ground_truth: string;
  readonly family: string;
}

export interface OpenRlhfRow {
  readonly input: string;
  readonly label: string;
}

/** Fields a reward function does not need: the prompt (the model sees it) and the witness (the answer). */
const NOT_IN_GROUND_TRUTH = new Set(['prompt', 'witness']);

/** The JSON string of the task row without `prompt` and `witness` (key order kept). */
export function groundTruth(row: TaskRow): string {
  const task: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (!NOT_IN_GROUND_TRUTH.has(key)) task[key] = value;
  return JSON.stringify(task);
}

/** Chat messages with exactly `role` and `content` (in that order). */
function chat(generator: AnyGenerator, row: TaskRow): ChatMessage[] {
  return generator.messages(row).map((m) => ({ role: m.role, content: m.content }));
}

/**
 * The prompt as one string: the single message's content, or for a conversation the turns as
 * `User: …` / `Assistant: …` blocks separated by blank lines.
 */
export function promptText(messages: readonly ChatMessage[]): string {
  if (messages.length === 1) return messages[0]!.content;
  const name = { system: 'System', user: 'User', assistant: 'Assistant' } as const;
  return messages.map((m) => `${name[m.role]}: ${m.content}`).join('\n\n');
}

export function toVerlRow(generator: AnyGenerator, row: TaskRow, index: number): VerlRow {
  return {
    data_source: `heed/${generator.family(row)}`,
    prompt: chat(generator, row),
    ability: generator.ability,
    reward_model: { style: 'rule', ground_truth: groundTruth(row) },
    extra_info: { split: row.split, index, id: row.id },
  };
}

export function toTrlRow(generator: AnyGenerator, row: TaskRow): TrlRow {
  return { prompt: chat(generator, row), ground_truth: groundTruth(row), family: generator.family(row) };
}

export function toOpenRlhfRow(generator: AnyGenerator, row: TaskRow): OpenRlhfRow {
  return { input: promptText(chat(generator, row)), label: groundTruth(row) };
}

/** One row in the given format (`index`: the row's 0-based position in the output). */
export function exportRow(format: ExportFormat, generator: AnyGenerator, row: TaskRow, index: number): object {
  switch (format) {
    case 'heed':
      return row;
    case 'verl':
      return toVerlRow(generator, row, index);
    case 'trl':
      return toTrlRow(generator, row);
    case 'openrlhf':
      return toOpenRlhfRow(generator, row);
  }
}

/** One JSONL line (without the newline). */
export function exportLine(format: ExportFormat, generator: AnyGenerator, row: TaskRow, index: number): string {
  return JSON.stringify(exportRow(format, generator, row, index));
}

/**
 * The `instance_hash` of a line of any export: a heed row carries it; verl, TRL and OpenRLHF rows
 * carry it inside their ground-truth string. Null when the line has none.
 */
export function instanceHashOf(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const row = value as Record<string, unknown>;
  if (typeof row.instance_hash === 'string') return row.instance_hash;
  const rm = row.reward_model;
  const gt =
    rm !== null && typeof rm === 'object' && !Array.isArray(rm)
      ? (rm as Record<string, unknown>).ground_truth
      : row.ground_truth !== undefined
        ? row.ground_truth
        : row.label;
  if (typeof gt !== 'string') return null;
  try {
    const task = JSON.parse(gt) as unknown;
    if (task !== null && typeof task === 'object' && typeof (task as Record<string, unknown>).instance_hash === 'string') {
      return (task as Record<string, string>).instance_hash!;
    }
  } catch {
    /* not JSON: no hash */
  }
  return null;
}
