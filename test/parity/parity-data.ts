/**
 * Access to the reference verdicts in ../shared/parity (never copied into the project).
 * Outside CI, where ../shared does not exist, parity suites are skipped with a printed reason;
 * .ci/run fails when the folder is missing, so CI never skips them silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { pyStrip } from '../../src/text/python.js';
import type { Constraint, JsonValue, Params } from '../../src/constraints/types.js';

export const PARITY_DIR = fileURLToPath(new URL('../../../shared/parity/', import.meta.url));

/** Lines of a parity file; [] when it is missing. */
export function readParityLines(name: string): string[] {
  if (!existsSync(parityFile(name))) return [];
  return readFileSync(parityFile(name), 'utf8').split('\n').filter((l) => l.trim() !== '');
}

export function parityFile(name: string): string {
  return join(PARITY_DIR, name);
}

/** Whether the parity file exists; prints why the suite is skipped when it does not. */
export function parityAvailable(name: string): boolean {
  const path = parityFile(name);
  if (existsSync(path)) return true;
  console.warn(`[parity] skipped: ${path} not found (the ../shared/parity folder sits beside the repository in CI)`);
  return false;
}

/** The rows of a parity file; [] when it is missing (suites are then skipped, but still collected). */
export function readParityRows<T>(name: string): T[] {
  if (!existsSync(parityFile(name))) return [];
  return readFileSync(parityFile(name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export interface InstructionParityRow {
  id: string;
  prompt: string;
  instruction_id_list: string[];
  kwargs: JsonValue[];
  response: string;
  strict: boolean[];
  loose: boolean[];
  fraction?: number;
  langdetect_unstable?: boolean[];
}

/** The four IFEval figures computed from reference verdicts. */
export function referenceFigures(rows: readonly InstructionParityRow[]) {
  let ps = 0;
  let pl = 0;
  let n = 0;
  let is = 0;
  let il = 0;
  for (const r of rows) {
    if (r.strict.every(Boolean)) ps++;
    if (r.loose.every(Boolean)) pl++;
    n += r.strict.length;
    is += r.strict.filter(Boolean).length;
    il += r.loose.filter(Boolean).length;
  }
  return {
    prompt_level_strict: ps / rows.length,
    instruction_level_strict: is / n,
    prompt_level_loose: pl / rows.length,
    instruction_level_loose: il / n,
  };
}

/**
 * The reference's loose-mode variants, written straight from its description (split on '\n',
 * rejoin, Python strip): an oracle independent of heed's own `looseVariants` in src/score.
 */
export function referenceLooseVariants(response: string): string[] {
  const lines = response.split('\n');
  const removeFirst = pyStrip(lines.slice(1).join('\n'));
  const removeLast = pyStrip(lines.slice(0, -1).join('\n'));
  const removeBoth = pyStrip(lines.slice(1, -1).join('\n'));
  const noStars = (s: string): string => s.replaceAll('*', '');
  return [response, noStars(response), removeFirst, removeLast, removeBoth, noStars(removeFirst), noStars(removeLast), noStars(removeBoth)];
}

/** The reference's strict verdict: a blank response fails, else the checker on the response as is. */
export function referenceStrictVerdict(c: Constraint, params: Params, response: string, prompt: string): boolean {
  return pyStrip(response) !== '' && c.check(response, params, { prompt }).ok;
}

/** The reference's loose verdict: any non-blank loose variant passes. */
export function referenceLooseVerdict(c: Constraint, params: Params, response: string, prompt: string): boolean {
  return referenceLooseVariants(response).some((r) => pyStrip(r) !== '' && c.check(r, params, { prompt }).ok);
}
