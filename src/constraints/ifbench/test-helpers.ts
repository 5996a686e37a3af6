/** Test helpers for the IFBench family files: look a constraint up, run it, table-driven verdicts. */
import { expect, it } from 'vitest';
import { runCheck } from '../test-helpers.js';
import type { CheckResult, Constraint, JsonValue } from '../types.js';

export type Case = [id: string, response: string, kwargs: Record<string, JsonValue>, expected: boolean];

export interface FamilyHarness {
  get(id: string): Constraint;
  /** Validates kwargs as a task row would (throws on a parameter error), then checks. */
  run(id: string, response: string, kwargs?: Record<string, JsonValue>): CheckResult;
  /** One test per case: the verdict, and a non-empty reason. */
  table(cases: Case[]): void;
}

export function harness(constraints: readonly Constraint[]): FamilyHarness {
  const byId = new Map(constraints.map((c) => [c.id, c]));
  const get = (id: string): Constraint => {
    const c = byId.get(id);
    if (!c) throw new Error(`no constraint ${id}`);
    return c;
  };
  const run = (id: string, response: string, kwargs: Record<string, JsonValue> = {}): CheckResult =>
    runCheck(get(id), kwargs, response);
  const table = (cases: Case[]): void => {
    it.each(cases)('%s on %j %j -> %s', (id, response, kwargs, expected) => {
      const r = run(id, response, kwargs);
      expect(r.ok).toBe(expected);
      expect(r.reason.length).toBeGreaterThan(0);
    });
  };
  return { get, run, table };
}
