/** Test helpers: validate kwargs as a task row would, then check. */
import { validateParams } from '../params.js';
import { runCheck } from '../test-helpers.js';
import type { Constraint, JsonValue } from '../types.js';
import { copyConstraints } from './copy.js';
import { formatConstraints } from './format.js';
import { wordConstraints } from './words.js';
import { keywordConstraints } from './keywords.js';
import { countingConstraints } from './counting.js';

const own = new Map(
  [...copyConstraints, ...formatConstraints, ...wordConstraints, ...keywordConstraints, ...countingConstraints].map(
    (c) => [c.id, c] as const,
  ),
);

export function constraint(id: string): Constraint {
  const c = own.get(id);
  if (!c) throw new Error(`no iftrain constraint ${id}`);
  return c;
}

/** The strict verdict of `id` with `kwargs` on `response`; throws on a parameter error. */
export function verdict(id: string, response: string, kwargs: Record<string, JsonValue> | null = null): boolean {
  return runCheck(constraint(id), kwargs, response).ok;
}

/** The parameter error message for `kwargs`, or null when they validate. */
export function paramError(id: string, kwargs: Record<string, JsonValue> | null): string | null {
  const v = validateParams(constraint(id), kwargs);
  return v.ok ? null : v.error.message;
}
