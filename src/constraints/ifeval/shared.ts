/**
 * Small pieces shared by the IFEval constraint units: the comparison relation, parameter spec
 * builders, Python `repr` of strings and lists (descriptions print Python lists and tuples), and
 * count/plural wording for reasons.
 */
import type { CheckResult, ParamError, ParamSpec, Params } from '../types.js';
import { pyCompareStrings } from '../../text/python.js';

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

/** Printable ASCII without `'` and `\\`: such a string's repr is the string in single quotes. */
const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/** Python's `repr(s)` for a string. */
export function pyRepr(s: string): string {
  if (PLAIN_ASCII.test(s)) return `'${s}'`;
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

/** Python's `sorted(items)` for strings. */
export function pySorted(items: readonly string[]): string[] {
  return [...items].sort(pyCompareStrings);
}

const WHITESPACE_RUN = /\s+/y;

/**
 * A short quotation of found text for reasons (keeps reasons one readable sentence): whitespace
 * runs become one space, and past `max` code points the text is cut to `max - 1` and '…'. Reads
 * only as much of a long text as the quotation needs.
 */
export function quote(s: string, max = 40): string {
  const cps: string[] = [];
  let i = 0;
  while (i < s.length && cps.length <= max) {
    WHITESPACE_RUN.lastIndex = i;
    if (WHITESPACE_RUN.test(s)) {
      cps.push(' ');
      i = WHITESPACE_RUN.lastIndex;
      continue;
    }
    const cp = s.codePointAt(i)!;
    cps.push(String.fromCodePoint(cp));
    i += cp > 0xffff ? 2 : 1;
  }
  return JSON.stringify(cps.length > max ? `${cps.slice(0, max - 1).join('')}…` : cps.join(''));
}
