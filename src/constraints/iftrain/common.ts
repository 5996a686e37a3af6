/**
 * Small helpers shared by the IFTrain checkers: verdict builders, Python indexing and slicing by
 * code point, and the parameter checks that stand in for the reference's random fallbacks.
 */
import type { CheckResult, JsonValue, ParamError, Params } from '../types.js';
import { compilePyRegex } from './pyregex.js';

export function pass(reason: string): CheckResult {
  return { ok: true, reason };
}

export function fail(reason: string): CheckResult {
  return { ok: false, reason };
}

/** A short quoted rendering of user text for reasons (long texts are cut). */
export function q(text: string, max = 60): string {
  const cps = Array.from(text);
  const shown = cps.length > max ? `${cps.slice(0, max - 3).join('')}...` : text;
  return JSON.stringify(shown);
}

/** Python's `str.lower()` (full Unicode lower-casing of the whole string, final sigma included). */
export function pyLower(s: string): string {
  return s.toLowerCase();
}

/** Python's `seq[index]` for a possibly negative index; `undefined` where Python raises IndexError. */
export function pyIndex<T>(items: readonly T[], index: number): T | undefined {
  const i = index < 0 ? items.length + index : index;
  return i >= 0 && i < items.length ? items[i] : undefined;
}

/** Python's `s[start:end]` on code points (negative indices count from the end, out of range clamps). */
export function pySliceCodePoints(s: string, start: number, end: number): string {
  const cps = Array.from(s);
  const n = cps.length;
  const norm = (i: number) => (i < 0 ? Math.max(0, n + i) : Math.min(i, n));
  const a = norm(start);
  const b = norm(end);
  return a < b ? cps.slice(a, b).join('') : '';
}

/** A parameter given either as a string or as a list whose first element is used (reference quirk). */
export function firstString(value: JsonValue | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

/** Error for a string parameter that the reference treats as missing when empty (random fallback). */
export function nonEmpty(params: Params, name: string): ParamError | null {
  const v = params[name];
  if (v === undefined) return null;
  if (typeof v === 'string' && v.length === 0) {
    return { field: name, message: `'${name}' must not be empty (the reference would replace an empty value with a random one)` };
  }
  if (Array.isArray(v) && v.length === 0) {
    return { field: name, message: `'${name}' must not be an empty list (the reference would replace it with a random word)` };
  }
  return null;
}

/** Error for an integer parameter where the reference treats 0 as missing (random fallback). */
export function nonZero(params: Params, name: string): ParamError | null {
  if (params[name] === 0) {
    return { field: name, message: `'${name}' must not be 0 (the reference treats 0 as missing and draws a random value)` };
  }
  return null;
}

/** Error for an integer parameter where the reference replaces negative values by random ones. */
export function nonNegative(params: Params, name: string): ParamError | null {
  const v = params[name];
  if (typeof v === 'number' && v < 0) {
    return { field: name, message: `'${name}' must not be negative (the reference would draw a random value instead)` };
  }
  return null;
}

/** Error for a keyword that is used as a live Python regular expression and cannot be compiled. */
export function regexKeyword(params: Params, name: string, strip: (s: string) => string): ParamError | null {
  const v = params[name];
  if (typeof v !== 'string') return null;
  const compiled = compilePyRegex(strip(v), true);
  if (!compiled.ok) return { field: name, message: `'${name}' is used as a regular expression and is ${compiled.message}` };
  return null;
}

/** The first non-null error of a list of checks. */
export function firstError(...errors: (ParamError | null)[]): ParamError | null {
  for (const e of errors) if (e) return e;
  return null;
}

/** Plural helper for reasons. */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
