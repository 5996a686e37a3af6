/**
 * Small pieces shared by the IFEval constraint units: the comparison relation, parameter spec
 * builders, Python `repr` of strings and lists (descriptions print Python lists and tuples), and
 * count/plural wording for reasons.
 */
import type { CheckResult, ParamError, ParamSpec, Params } from '../types.js';

/** IFEval's two comparison relations, in the reference's order. */
export const RELATIONS = ['less than', 'at least'] as const;
export type Relation = (typeof RELATIONS)[number];

/** Python's `(count < n)` / `(count >= n)` for the two relations. */
export function compare(count: number, relation: Relation, threshold: number): boolean {
  return relation === 'less than' ? count < threshold : count >= threshold;
}

/** "fewer than 3" / "at least 3": the requirement, worded for a reason sentence. */
export function requirement(relation: Relation, threshold: number): string {
  return relation === 'less than' ? `fewer than ${threshold}` : `at least ${threshold}`;
}

/** "1 word" / "2 words". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

export function verdict(ok: boolean, reason: string): CheckResult {
  return { ok, reason };
}

export function relationSpec(name: string, doc: string): ParamSpec {
  return { name, kind: 'enum', required: true, choices: RELATIONS, doc };
}

export function countSpec(name: string, range: readonly [number, number], doc: string): ParamSpec {
  return { name, kind: 'integer', required: true, range, doc };
}

/**
 * The reference replaces a negative count with a random one; heed rejects it instead.
 * Returns the first offending parameter among `names`.
 */
export function rejectNegative(params: Params, names: readonly string[]): ParamError | null {
  for (const name of names) {
    const v = params[name];
    if (typeof v === 'number' && v < 0) {
      return { field: name, message: `'${name}' must be 0 or more (the reference would draw a random value for ${v})` };
    }
  }
  return null;
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's `repr(s)` for a string. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      const code = ch.codePointAt(0)!;
      if (code < 0x100) out += `\\x${code.toString(16).padStart(2, '0')}`;
      else if (code < 0x10000) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else out += `\\U${code.toString(16).padStart(8, '0')}`;
    } else out += ch;
  }
  return out + quote;
}

/** Python's `str(list_of_strings)`. */
export function pyListRepr(items: readonly string[]): string {
  return `[${items.map(pyRepr).join(', ')}]`;
}

/** Python's `str(tuple_of_strings)` (for two or more items). */
export function pyTupleRepr(items: readonly string[]): string {
  return `(${items.map(pyRepr).join(', ')})`;
}

/** Compares strings by code points, as Python's `sorted()` does (JS sorts by UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const dx = x.value.codePointAt(0)!;
    const dy = y.value.codePointAt(0)!;
    if (dx !== dy) return dx - dy;
  }
}

/** Python's `sorted(items)` for strings. */
export function pySorted(items: readonly string[]): string[] {
  return [...items].sort(compareCodePoints);
}

/** A short quotation of found text for reasons (keeps reasons one readable sentence). */
export function quote(s: string, max = 40): string {
  const flat = s.replace(/\s+/g, ' ');
  const cps = Array.from(flat);
  return JSON.stringify(cps.length > max ? `${cps.slice(0, max - 1).join('')}…` : flat);
}
