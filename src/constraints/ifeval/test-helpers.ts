/** Test helper: validate kwargs and run a constraint's check (throws on invalid kwargs). */
import { validateParams } from '../params.js';
import type { CheckResult, Constraint, JsonValue } from '../types.js';

export function runCheck(c: Constraint, kwargs: JsonValue, response: string, prompt = ''): CheckResult {
  const v = validateParams(c, kwargs);
  if (!v.ok) throw new Error(v.error.message);
  return c.check(response, v.params, { prompt });
}

export function paramError(c: Constraint, kwargs: JsonValue): string | null {
  const v = validateParams(c, kwargs);
  return v.ok ? null : v.error.field;
}

/** Runs `fn` and returns elapsed milliseconds. */
export function timed(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
