/**
 * Validation of a task row's keyword arguments against a constraint's parameter specs.
 *
 * Rules (DESIGN.md): `null` means absent; an absent required parameter, an unknown non-null
 * parameter name, or a value of the wrong kind is an error for that row. heed never draws the
 * random replacement values the references would draw.
 */
import type { Constraint, JsonValue, ParamError, ParamSpec, Params } from './types.js';

export type ParamsResult =
  | { readonly ok: true; readonly params: Params }
  | { readonly ok: false; readonly error: ParamError };

function kindError(spec: ParamSpec, value: JsonValue): string | null {
  switch (spec.kind) {
    case 'string':
      return typeof value === 'string' ? null : `expected a string, got ${describeValue(value)}`;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
        ? null
        : `expected an integer, got ${describeValue(value)}`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : `expected a number, got ${describeValue(value)}`;
    case 'string_list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? null
        : `expected a list of strings, got ${describeValue(value)}`;
    case 'string_or_list':
      return typeof value === 'string' || (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'))
        ? null
        : `expected a string or a non-empty list of strings, got ${describeValue(value)}`;
    case 'enum': {
      const choices = spec.choices ?? [];
      if (typeof value === 'string' && choices.includes(value)) return null;
      return `expected one of ${choices.map((c) => JSON.stringify(c)).join(', ')}, got ${describeValue(value)}`;
    }
  }
}

/** A short rendering of a JSON value for error messages. */
export function describeValue(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Validates `raw` (a kwargs object from a task row, or null/undefined for "no kwargs") against the
 * constraint's specs. Returns the parameters with null entries dropped.
 */
export function validateParams(constraint: Constraint, raw: JsonValue | undefined): ParamsResult {
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
    return { ok: false, error: { field: '', message: `expected an object of parameters, got ${describeValue(raw)}` } };
  }
  const given: Record<string, JsonValue> = {};
  if (raw) {
    for (const name of Object.keys(raw)) {
      const value = raw[name]!;
      if (value === null) continue;
      if (!constraint.params.some((p) => p.name === name)) {
        const expected = constraint.params.length
          ? `it takes ${constraint.params.map((p) => p.name).join(', ')}`
          : 'it takes no parameters';
        return { ok: false, error: { field: name, message: `unknown parameter '${name}' for ${constraint.id} (${expected})` } };
      }
      given[name] = value;
    }
  }
  for (const spec of constraint.params) {
    const value = given[spec.name];
    if (value === undefined) {
      if (spec.required) {
        return { ok: false, error: { field: spec.name, message: `missing required parameter '${spec.name}' for ${constraint.id}` } };
      }
      continue;
    }
    const problem = kindError(spec, value);
    if (problem) return { ok: false, error: { field: spec.name, message: `${constraint.id} parameter '${spec.name}': ${problem}` } };
  }
  const params: Params = given;
  const extra = constraint.validate?.(params) ?? null;
  if (extra) return { ok: false, error: extra };
  return { ok: true, params };
}
