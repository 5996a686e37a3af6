/** Test helpers for the IFEval family. */
import { validateParams } from '../params.js';
import type { Constraint, JsonValue } from '../types.js';

export { runCheck } from '../test-helpers.js';

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
