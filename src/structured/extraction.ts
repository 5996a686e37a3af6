/**
 * Extraction metrics in the spirit of ThinkJSON ("Think inside the JSON"): a task is
 * (unstructured text, blank JSON Schema, expected filled JSON); a response is scored on
 * whether it produced anything, whether it is valid JSON, how many expected fields it
 * reproduces (field_match) and how much of it the schema does not describe (noise).
 * Exact definitions: docs/structured.md ("Extraction metrics").
 */
import { PY_JSON_MAX_DEPTH, parsePyJson } from './pyjson.js';
import { PyJsonError } from './pyjson.js';
import { fromPy } from './pyvalue.js';
import { responsePayload } from './extract.js';
import { checkJsonSchema } from './json-schema.js';

export interface ExtractionTask {
  readonly text: string;
  /** The blank JSON Schema (an object). */
  readonly schema: Record<string, unknown>;
  /** The filled JSON the response should reproduce. */
  readonly expected: unknown;
}

export interface ExtractionResult {
  readonly passed: boolean;
  readonly has_output: boolean;
  readonly valid_json: boolean;
  readonly field_match: number;
  readonly noise: number;
  readonly errors: string[];
}

export interface ExtractionSummary {
  rows: number;
  scored: number;
  errors: number;
  /** Scored rows with no output. */
  no_output: number;
  /** Scored rows whose output is valid JSON of the expected kind. */
  valid_json: number;
  mean_field_match: number;
  mean_noise: number;
  /** Scored rows that passed. */
  passed: number;
}

export type ParseExtractionResult = { ok: true; task: ExtractionTask } | { ok: false; field: string; message: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Decode a field that may be given as JSON text (as in CSV-derived datasets) or as a value. */
function decode(v: unknown, field: string): { ok: true; value: unknown } | { ok: false; field: string; message: string } {
  if (typeof v !== 'string') return { ok: true, value: v };
  try {
    return { ok: true, value: fromPy(parsePyJson(v)) };
  } catch (e) {
    return { ok: false, field, message: `not valid JSON: ${e instanceof PyJsonError ? e.message : String(e)}` };
  }
}

/**
 * Validate one extraction row: `text` (string), `schema` (object, or JSON text of one) and
 * `expected` (any JSON value, or JSON text of one). Names the offending field on failure.
 */
export function parseExtractionTask(raw: Record<string, unknown>): ParseExtractionResult {
  if (!isObject(raw)) return { ok: false, field: 'row', message: 'expected a JSON object' };
  if (typeof raw.text !== 'string') return { ok: false, field: 'text', message: raw.text === undefined ? 'missing' : 'expected a string' };
  if (raw.schema === undefined) return { ok: false, field: 'schema', message: 'missing' };
  const schema = decode(raw.schema, 'schema');
  if (!schema.ok) return schema;
  if (!isObject(schema.value)) return { ok: false, field: 'schema', message: 'expected a JSON Schema object' };
  if (raw.expected === undefined) return { ok: false, field: 'expected', message: 'missing' };
  const expected = decode(raw.expected, 'expected');
  if (!expected.ok) return expected;
  return { ok: true, task: { text: raw.text, schema: schema.value, expected: expected.value } };
}

/** JSON Pointer escaping of one segment. */
function seg(k: string | number): string {
  return String(k).replace(/~/g, '~0').replace(/\//g, '~1');
}

type Path = Array<string | number>;

/**
 * Leaf paths of a JSON value: every scalar, and every empty array or object, with its path.
 * Depth is bounded (deeper values count as one leaf).
 */
export function leafPaths(v: unknown, path: Path = [], out: Array<[Path, unknown]> = [], depth = 0): Array<[Path, unknown]> {
  if (Array.isArray(v) && v.length && depth < PY_JSON_MAX_DEPTH) {
    v.forEach((x, i) => leafPaths(x, [...path, i], out, depth + 1));
  } else if (isObject(v) && Object.keys(v).length && depth < PY_JSON_MAX_DEPTH) {
    for (const [k, x] of Object.entries(v)) leafPaths(x, [...path, k], out, depth + 1);
  } else out.push([path, v]);
  return out;
}

function pointer(p: Path): string {
  return p.length ? '/' + p.map(seg).join('/') : '/';
}

/** Value at a path, or undefined when the path does not exist. */
function at(v: unknown, p: Path): unknown {
  let cur: unknown = v;
  for (const k of p) {
    if (typeof k === 'number') {
      if (!Array.isArray(cur) || k >= cur.length) return undefined;
      cur = cur[k];
    } else {
      if (!isObject(cur) || !Object.prototype.hasOwnProperty.call(cur, k)) return undefined;
      cur = cur[k];
    }
  }
  return cur;
}

/** JSON equality: numbers by value (1 equals 1.0), no cross-type equality, deep for containers. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** Resolve a local `$ref` (`#/…`) against the root schema. */
function deref(s: unknown, root: Record<string, unknown>, hops = 0): unknown {
  let cur = s;
  while (isObject(cur) && typeof cur.$ref === 'string' && cur.$ref.startsWith('#') && hops++ < 32) {
    const parts = cur.$ref
      .slice(1)
      .split('/')
      .filter((x) => x !== '')
      .map((x) => decodeURIComponent(x).replace(/~1/g, '/').replace(/~0/g, '~'));
    let target: unknown = root;
    for (const p of parts) target = isObject(target) ? target[p] : undefined;
    cur = target;
  }
  return cur;
}

/** The sub-schemas a schema node stands for (itself plus allOf/anyOf/oneOf branches). */
function branches(s: unknown, root: Record<string, unknown>, depth = 0): Array<Record<string, unknown>> {
  const d = deref(s, root);
  if (!isObject(d) || depth > 16) return [];
  const out = [d];
  for (const k of ['allOf', 'anyOf', 'oneOf']) {
    const list = d[k];
    if (Array.isArray(list)) for (const b of list) out.push(...branches(b, root, depth + 1));
  }
  return out;
}

/**
 * Sub-schemas that describe the child `key` of a value described by `s`; empty when the schema
 * does not describe that child. Object keys: `properties`, `patternProperties`, or an explicit
 * `additionalProperties` schema/true. Array indices: `prefixItems`/array-form `items`, then `items`.
 */
function childSchemas(s: unknown, key: string | number, root: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  for (const b of branches(s, root)) {
    if (typeof key === 'number') {
      const prefix = Array.isArray(b.prefixItems) ? b.prefixItems : Array.isArray(b.items) ? b.items : null;
      if (prefix && key < prefix.length) out.push(prefix[key]);
      else if (b.items !== undefined && !Array.isArray(b.items) && b.items !== false) out.push(b.items);
      else if (Array.isArray(b.items) && b.additionalItems !== undefined && b.additionalItems !== false) out.push(b.additionalItems);
    } else {
      const props = b.properties;
      if (isObject(props) && Object.prototype.hasOwnProperty.call(props, key)) {
        out.push(props[key]);
        continue;
      }
      const pats = b.patternProperties;
      let matched = false;
      if (isObject(pats)) {
        for (const [pat, sub] of Object.entries(pats)) {
          try {
            if (new RegExp(pat, 'u').test(key)) {
              out.push(sub);
              matched = true;
            }
          } catch {
            /* an invalid pattern describes nothing */
          }
        }
      }
      if (!matched && b.additionalProperties !== undefined && b.additionalProperties !== false) out.push(b.additionalProperties);
    }
  }
  return out;
}

/** Whether the schema describes a leaf path (every step has a describing sub-schema). */
export function schemaDescribes(schema: Record<string, unknown>, p: Path): boolean {
  let current: unknown[] = [schema];
  for (const k of p) {
    const next: unknown[] = [];
    for (const s of current) next.push(...childSchemas(s, k, schema));
    if (!next.length) return false;
    current = next.slice(0, 64);
  }
  return true;
}

function kindOf(v: unknown): string {
  return Array.isArray(v) ? 'array' : isObject(v) ? 'object' : 'scalar';
}

/**
 * Score one response. `has_output`: the payload (thinking markup removed, outer fence
 * stripped) is not blank. `valid_json`: it parses as JSON of the same kind (object, array,
 * scalar) as `expected`. `field_match`, `noise`, `passed`: see docs/structured.md.
 */
export function scoreExtraction(task: ExtractionTask, response: string): ExtractionResult {
  const errors: string[] = [];
  const payload = responsePayload(typeof response === 'string' ? response : '');
  if (!payload) {
    return { passed: false, has_output: false, valid_json: false, field_match: 0, noise: 0, errors: ['no output'] };
  }
  let value: unknown;
  try {
    value = fromPy(parsePyJson(payload));
  } catch (e) {
    const m = e instanceof PyJsonError ? e.message : String(e);
    return { passed: false, has_output: true, valid_json: false, field_match: 0, noise: 0, errors: [`invalid JSON: ${m}`] };
  }
  if (kindOf(value) !== kindOf(task.expected)) {
    errors.push(`expected a JSON ${kindOf(task.expected)}, got a JSON ${kindOf(value)}`);
    return { passed: false, has_output: true, valid_json: false, field_match: 0, noise: 0, errors };
  }

  const expectedLeaves = leafPaths(task.expected);
  let matched = 0;
  const missing: string[] = [];
  for (const [p, v] of expectedLeaves) {
    if (jsonEqual(at(value, p), v)) matched++;
    else missing.push(pointer(p));
  }
  const fieldMatch = expectedLeaves.length ? matched / expectedLeaves.length : 1;

  const responseLeaves = leafPaths(value);
  const extraneous: string[] = [];
  for (const [p] of responseLeaves) if (!schemaDescribes(task.schema, p)) extraneous.push(pointer(p));
  const noise = responseLeaves.length ? extraneous.length / responseLeaves.length : 0;

  const schemaCheck = checkJsonSchema(value, task.schema);
  for (const i of schemaCheck.issues) errors.push(`schema: ${i.path} ${i.message}`);
  if (missing.length) {
    const shown = missing.slice(0, 5).join(', ');
    errors.push(`${missing.length} expected field${missing.length === 1 ? '' : 's'} not reproduced: ${shown}${missing.length > 5 ? ', …' : ''}`);
  }
  if (extraneous.length) {
    const shown = extraneous.slice(0, 5).join(', ');
    errors.push(`${extraneous.length} field${extraneous.length === 1 ? '' : 's'} not in the schema: ${shown}${extraneous.length > 5 ? ', …' : ''}`);
  }
  const passed = schemaCheck.ok && matched === expectedLeaves.length;
  return { passed, has_output: true, valid_json: true, field_match: fieldMatch, noise, errors };
}

/** Counts and means over scored rows (error rows are counted by the caller). */
export function summarizeExtraction(results: ExtractionResult[]): ExtractionSummary {
  const n = results.length;
  let noOutput = 0;
  let valid = 0;
  let fm = 0;
  let noise = 0;
  let passed = 0;
  for (const r of results) {
    if (!r.has_output) noOutput++;
    if (r.valid_json) valid++;
    if (r.passed) passed++;
    fm += r.field_match;
    noise += r.noise;
  }
  return {
    rows: n,
    scored: n,
    errors: 0,
    no_output: noOutput,
    valid_json: valid,
    mean_field_match: n ? fm / n : 0,
    mean_noise: n ? noise / n : 0,
    passed,
  };
}

function pct(x: number): string {
  return (100 * x).toFixed(2) + '%';
}

/** A small aligned text table (percentages with two decimals). */
export function formatExtractionSummary(s: ExtractionSummary): string {
  const share = (k: number): string => (s.scored ? pct(k / s.scored) : pct(0));
  const rows: Array<[string, string, string]> = [
    ['rows scored', String(s.scored), ''],
    ['rows with no output', String(s.no_output), share(s.no_output)],
    ['rows with valid JSON', String(s.valid_json), share(s.valid_json)],
    ['rows passed', String(s.passed), share(s.passed)],
    ['mean field match', '', pct(s.mean_field_match)],
    ['mean noise', '', pct(s.mean_noise)],
  ];
  if (s.errors) rows.push(['error rows', String(s.errors), '']);
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  return rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c.padStart(8)}`.trimEnd()).join('\n');
}
