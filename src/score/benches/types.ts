/** The shape every `heed score --bench` family implements. */
import type { JsonValue } from '../../constraints/types.js';

export type JsonObject = { [key: string]: JsonValue };

export const BENCH_NAMES = ['ifeval', 'ifbench', 'iftrain', 'ifstruct', 'extraction'] as const;
export type BenchName = (typeof BENCH_NAMES)[number];

/** Why one input row could not be scored; `field` is a path such as `kwargs[1].num_words`. */
export interface RowProblem {
  readonly field: string;
  readonly message: string;
}

export interface ScoreOptions {
  /** The row field holding the text to score (default `response`). */
  readonly responseField: string;
  /** Remove `<think>…</think>` before scoring (ifeval/ifbench only; off by default for parity). */
  readonly stripThinking: boolean;
}

export type RowOutcome<Item> =
  | { readonly ok: true; readonly output: JsonObject; readonly item: Item }
  | { readonly ok: false; readonly problem: RowProblem };

/**
 * A bench turns one parsed input row into an output row plus a compact summary item (items travel
 * from worker threads to the main thread, so they must be structured-cloneable), and turns the
 * items into the summary.
 */
export interface Bench<Item, Summary extends object> {
  readonly name: BenchName;
  /**
   * Parses one input line when plain `JSON.parse` would lose what the reference sees (IFStruct:
   * Python's json keeps `1.0` a float). Throws on invalid JSON, like JSON.parse.
   */
  parseLine?(text: string): JsonObject;
  score(row: JsonObject, options: ScoreOptions): RowOutcome<Item>;
  summarize(items: readonly Item[], counts: { rows: number; errors: number }): Summary;
  formatSummary(summary: Summary): string;
}

/** The text to score: the row's response field (or the one named by --response-field). */
export function responseOf(row: JsonObject, field: string): string | RowProblem {
  const value = row[field];
  if (value === undefined) return { field, message: 'missing' };
  if (typeof value !== 'string') return { field, message: 'expected a string' };
  return value;
}

/** Formats a fraction in [0, 1] as a percentage with two decimals. */
export function percent(value: number): string {
  return `${(value * 100).toFixed(2)}%`;
}

/** Renders rows of cells as an aligned plain-text table (first row is the header). */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const out = [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of rows.slice(1)) out.push(line(row));
  return out.join('\n');
}
