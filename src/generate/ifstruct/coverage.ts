/**
 * The coverage check: does a prompt still state everything the IFStruct validator will check?
 * Used by the tests over generated rows, and meant to gate any external rewrite of a prompt
 * (e.g. an LLM paraphrase): a rewrite is acceptable only if this returns nothing.
 *
 * What it requires (from the row's own fields, so it works for any IFStruct row):
 * - every field of the item schema, by name, with its type, bounds, enum members, nullability
 *   and array sizes stated next to some mention of the name: on the rest of that line, or inside
 *   the parenthesised group right after the name (chat style). A JSON Schema block in the prompt
 *   equal to the row's schema (or its items) covers all fields at once;
 * - the top-level count (exact: the number, digits or word, followed closely by a noun; range:
 *   both bounds close together);
 * - the output format: the last JSON/YAML named (ignoring "JSON Schema") is the row's format;
 * - the fence rule, the no-commentary rule, and the wrapper key (quoted) or the bare-list rule,
 *   each by one of the phrasings listed below.
 */
import { canonicalJson } from '../rng.js';
import { CATALOGUE } from './catalogue/index.js';
import { entityType } from './model.js';

/** The row fields coverage reads (an ifstruct row, generated or from the dataset). */
export interface CoverageRow {
  readonly prompt: string;
  readonly entity_type?: string;
  readonly json_schema: unknown;
  readonly top_level_count: unknown;
  readonly top_level_key: string | null;
  readonly require_wrapper_key: boolean;
  readonly require_code_block: boolean;
  readonly require_no_commentary: boolean;
  readonly output_format: string;
}

type Obj = { readonly [k: string]: unknown };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const TYPE_RE: Readonly<Record<string, RegExp>> = {
  string: /\b(strings?|text|str)\b/i,
  integer: /\b(integers?|ints?|whole numbers?)\b/i,
  number: /\b(numbers?|floats?|decimals?|numeric)\b/i,
  boolean: /\b(bool|booleans?|true\/false|true or false)\b/i,
  object: /\b(objects?|mappings?|dict|dictionary)\b/i,
  array: /\b(arrays?|lists?)\b|array</i,
};

function typeStated(type: string, segment: string): boolean {
  const re = TYPE_RE[type];
  if (!re) return true;
  // "whole number" states an integer, not a number.
  const seg = type === 'number' ? segment.replace(/whole numbers?/gi, '') : segment;
  return re.test(seg);
}

function numberRe(n: number): RegExp {
  return new RegExp(`(^|[^\\w.])${escapeRe(String(n))}(?![\\w]|\\.\\d)`);
}

function valueStated(v: unknown, segment: string): boolean {
  if (typeof v === 'number') return numberRe(v).test(segment);
  if (typeof v === 'string') return ['"', "'", '`'].some((q) => segment.includes(`${q}${v}${q}`));
  return segment.includes(JSON.stringify(v));
}

/** Index of every whole-name occurrence of `name` (not inside a longer identifier). */
function occurrences(text: string, name: string): number[] {
  const out: number[] = [];
  let i = text.indexOf(name);
  while (i >= 0) {
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = text[i + name.length] ?? ' ';
    if (!/[\w]/.test(before) && !/[\w]/.test(after)) out.push(i + name.length);
    i = text.indexOf(name, i + 1);
  }
  return out;
}

/** The text that describes a mention ending at `end`: a parenthesised group or the rest of the line. */
function segmentAt(text: string, end: number): string {
  let j = end;
  while (text[j] === ' ') j++;
  if (text[j] === '(') {
    let depth = 0;
    for (let k = j; k < text.length && k < j + 4000; k++) {
      if (text[k] === '(') depth++;
      else if (text[k] === ')' && --depth === 0) return text.slice(j, k + 1);
    }
  }
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  return text.slice(end, Math.min(lineEnd, end + 240));
}

function typesOf(schema: Obj): string[] {
  const t = schema.type;
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** What a field's description must contain, as (label, test) pairs. */
function requirements(schema: Obj): Array<[string, (seg: string) => boolean]> {
  const reqs: Array<[string, (seg: string) => boolean]> = [];
  const types = typesOf(schema);
  for (const t of types) {
    if (t === 'null') reqs.push(['may be null', (s) => /\bnull/i.test(s)]);
    else reqs.push([`type ${t}`, (s) => typeStated(t, s)]);
  }
  if (Array.isArray(schema.enum)) for (const v of schema.enum) reqs.push([`enum value ${JSON.stringify(v)}`, (s) => valueStated(v, s)]);
  for (const k of ['minimum', 'maximum', 'minItems', 'maxItems'] as const) {
    const v = schema[k];
    if (typeof v === 'number') reqs.push([`${k} ${v}`, (s) => numberRe(v).test(s)]);
  }
  if (types.includes('array') && isObj(schema.items) && !isObj(schema.items.properties)) {
    // Arrays of scalars: the item type, enum and bounds belong to the array's description.
    for (const [label, test] of requirements(schema.items)) reqs.push([`items ${label}`, test]);
  }
  return reqs;
}

function checkFields(prompt: string, props: Obj, prefix: string, missing: string[]): void {
  for (const [name, sub] of Object.entries(props)) {
    if (!isObj(sub)) continue;
    const path = prefix + name;
    const ends = occurrences(prompt, name);
    if (ends.length === 0) {
      missing.push(`field ${path}: not mentioned`);
    } else {
      const segments = ends.map((e) => segmentAt(prompt, e));
      const reqs = requirements(sub);
      // Some single mention must carry every requirement; report the best mention's gaps.
      let best: string[] | null = null;
      for (const seg of segments) {
        const gaps = reqs.filter(([, test]) => !test(seg)).map(([label]) => label);
        if (best === null || gaps.length < best.length) best = gaps;
        if (gaps.length === 0) break;
      }
      for (const g of best ?? []) missing.push(`field ${path}: ${g}`);
    }
    if (isObj(sub.properties)) checkFields(prompt, sub.properties, `${path}.`, missing);
    if (isObj(sub.items) && isObj(sub.items.properties)) checkFields(prompt, sub.items.properties, `${path}[].`, missing);
  }
}

/** JSON objects written in the prompt as blocks (a line that is just `{` up to its closing brace). */
function jsonBlocks(prompt: string): unknown[] {
  const out: unknown[] = [];
  const re = /(^|\n)[ \t]*\{[ \t]*\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(prompt))) {
    const start = prompt.indexOf('{', m.index);
    let depth = 0;
    let inStr = false;
    for (let k = start; k < prompt.length; k++) {
      const c = prompt[k]!;
      if (inStr) {
        if (c === '\\') k++;
        else if (c === '"') inStr = false;
      } else if (c === '"') inStr = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        try {
          out.push(JSON.parse(prompt.slice(start, k + 1)));
        } catch {
          // not JSON (e.g. an annotated example with // notes)
        }
        break;
      }
    }
  }
  return out;
}

function countTokens(n: number): string {
  const w = NUMBER_WORDS[n];
  const alts = [String(n)];
  if (w) alts.push(w);
  if (n === 1) alts.push('a single', 'just one');
  return `(?:${alts.map(escapeRe).join('|')})`;
}

function nounsFor(entity: string | undefined): string[] | null {
  const e = CATALOGUE.find((d) => entityType(d) === entity);
  const generic = ['items', 'item', 'entries', 'entry', 'records', 'record', 'objects', 'object', 'elements', 'ones', 'them', 'rows'];
  if (!e) return null;
  const words = [...e.plural.split(' '), ...e.singular.split(' ')];
  return [...new Set([...words, ...generic])];
}

function checkCount(row: CoverageRow, missing: string[]): void {
  const c = row.top_level_count;
  const p = row.prompt;
  if (typeof c === 'number') {
    const nouns = nounsFor(row.entity_type);
    const tail = nouns ? `(?:[\\s-]+[\\w'’-]+){0,4}?[\\s-]+(?:${nouns.map(escapeRe).join('|')})\\b` : '';
    const re = new RegExp(`(?<![\\w.])${countTokens(c)}(?![\\w])${tail}`, 'i');
    if (!re.test(p)) missing.push(`count: exactly ${c}`);
  } else if (Array.isArray(c) && c.length === 2 && typeof c[0] === 'number' && typeof c[1] === 'number') {
    const re = new RegExp(`(?<![\\w.])${countTokens(c[0])}(?![\\w])[^.\\n]{0,24}?(?<![\\w.])${countTokens(c[1])}(?![\\w])`, 'i');
    if (!re.test(p)) missing.push(`count: between ${c[0]} and ${c[1]}`);
  }
}

const FENCE_RE = /```|code block|code fence|fenced/i;
const NO_COMMENTARY_RE =
  /no (intro|commentary|chit-chat|preamble|extra text|explanations?)|nothing else|nothing outside|(don'?t|do not) (add|write) any|(only|just) the (json|yaml)|\b(json|yaml) only\b|closing remarks|skip any intro/i;
const BARE_RE =
  /\b(bare|plain) (list|array)\b|\b(list|array) itself\b|\bno wrapp|\bwithout (a |any )?wrapp|\bnot wrapped\b|\bno enclosing object\b|\bdon'?t wrap\b|\bdo not wrap\b/i;
const WRAPPER_WORD_RE = /\b(key|wrap|wrapper|under)\b/i;

function checkFormat(row: CoverageRow, missing: string[]): void {
  const want = row.output_format === 'yaml' ? 'yaml' : 'json';
  let last: string | null = null;
  const re = /\b(json|yaml|yml)\b(?!\s*schema)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(row.prompt))) last = m[1]!.toLowerCase() === 'yml' ? 'yaml' : m[1]!.toLowerCase();
  if (last !== want) missing.push(`format: ${want.toUpperCase()}${last ? ` (the last format named is ${last.toUpperCase()})` : ' (never named)'}`);
}

/** What the prompt fails to state, as short labels; empty when the prompt covers the row. */
export function ifstructCoverage(row: CoverageRow): string[] {
  const missing: string[] = [];
  const schema = row.json_schema;
  const items = isObj(schema) && isObj(schema.items) ? schema.items : null;
  if (items && isObj(items.properties)) {
    const wanted = [canonicalJson(schema), canonicalJson(items)];
    const hasBlock = jsonBlocks(row.prompt).some((b) => wanted.includes(canonicalJson(b)));
    if (!hasBlock) checkFields(row.prompt, items.properties, '', missing);
  }
  checkCount(row, missing);
  checkFormat(row, missing);
  if (row.require_code_block && !FENCE_RE.test(row.prompt)) missing.push('rule: code fence');
  if (row.require_no_commentary && !NO_COMMENTARY_RE.test(row.prompt)) missing.push('rule: no commentary');
  if (row.require_wrapper_key) {
    const k = row.top_level_key ?? '';
    const quoted = ['"', "'", '`'].some((q) => row.prompt.includes(`${q}${k}${q}`));
    if (!quoted || !WRAPPER_WORD_RE.test(row.prompt)) missing.push(`rule: wrapper key "${k}"`);
  } else if (!BARE_RE.test(row.prompt)) {
    missing.push('rule: bare list');
  }
  return missing;
}
