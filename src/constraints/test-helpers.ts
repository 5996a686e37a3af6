/** Test helper shared by the family tests: validate kwargs as a task row would, then check. */
import { validateParams } from './params.js';
import type { CheckResult, Constraint, JsonValue } from './types.js';

/** Runs `c` on `response` with `kwargs` validated first; throws on a parameter error. */
export function runCheck(c: Constraint, kwargs: JsonValue, response: string, prompt = ''): CheckResult {
  const v = validateParams(c, kwargs);
  if (!v.ok) throw new Error(v.error.message);
  return c.check(response, v.params, { prompt });
}
