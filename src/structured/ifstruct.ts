/**
 * The IFStruct validator (Liquid AI's `validate_response`) at parity, plus task parsing and the
 * benchmark summary (`eval.py`'s `build_summary`). The decision order, every error string and
 * every `details` key follow the reference; see docs/structured.md.
 */
import { pyStrip } from '../text/python.js';
import { PyJsonError, parsePyJson } from './pyjson.js';
import { PyDict, fromPy, pyEq, pyStr, toPy, type PyValue } from './pyvalue.js';
import {
  checkCommentaryJson,
  checkCommentaryYaml,
  checkUsesCodeBlock,
  extractJson,
  extractOuterFencedBlock,
  extractYaml,
  removeThinkingTags,
} from './extract.js';
import { computeExpectedChecks, summarizeSchemaWalk } from './schema-walk.js';

/** The ten IFStruct dataset fields, with `json_schema`/`top_level_count` decoded to Python values. */
export interface IfstructTask {
  readonly seed: unknown;
  readonly entity_type: string;
  readonly prompt: string;
  /** The schema as a Python dict (ints and floats kept apart). */
  readonly json_schema: PyDict;
  /** An int (bigint), a `[min, max]` list, or null. */
  readonly top_level_count: PyValue;
  readonly top_level_key: string | null;
  readonly require_wrapper_key: boolean;
  readonly require_code_block: boolean;
  readonly require_no_commentary: boolean;
  /** `"yaml"` takes the YAML path; any other value (typos included) takes the JSON path. */
  readonly output_format: string;
}

/** The validator's result; `details` is plain JSON (ints as numbers). */
export interface IfstructVerdict {
  readonly passed: boolean;
  readonly score: 0 | 1;
  readonly errors: string[];
  readonly details: Record<string, unknown>;
}

export type ParseTaskResult = { ok: true; task: IfstructTask } | { ok: false; field: string; message: string };

/** A field that may arrive as a JSON-encoded string (as on the hub) or already decoded. */
function decodeMaybeString(v: unknown, field: string): { ok: true; value: PyValue } | { ok: false; field: string; message: string } {
  if (typeof v === 'string') {
    try {
      return { ok: true, value: parsePyJson(v) };
    } catch (e) {
      const m = e instanceof PyJsonError ? e.message : String(e);
      return { ok: false, field, message: `not valid JSON: ${m}` };
    }
  }
  const p = toPy(v);
  if (p === undefined) return { ok: false, field, message: 'not a JSON value' };
  return { ok: true, value: p };
}

function isIntLike(v: PyValue): boolean {
  return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';
}

/**
 * Validate and decode one task row. `raw` may come from `JSON.parse` (integral floats such as
 * `1.0` then read as ints: prefer {@link parseIfstructLine}, which keeps them) or hold
 * {@link PyDict}/bigint values already. Names the offending field on failure.
 */
export function parseIfstructTask(raw: Record<string, unknown>): ParseTaskResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, field: 'row', message: 'expected a JSON object' };
  }
  const schemaR = decodeMaybeString(raw.json_schema, 'json_schema');
  if (!schemaR.ok) return schemaR;
  if (!(schemaR.value instanceof PyDict)) return { ok: false, field: 'json_schema', message: 'expected a JSON object (schema)' };
  if (!('top_level_count' in raw)) return { ok: false, field: 'top_level_count', message: 'missing' };
  const countR = decodeMaybeString(raw.top_level_count, 'top_level_count');
  if (!countR.ok) return countR;
  const count = countR.value;
  if (!(count === null || isIntLike(count) || (Array.isArray(count) && count.every(isIntLike)))) {
    return { ok: false, field: 'top_level_count', message: 'expected an integer, a [min, max] list or null' };
  }
  const key = raw.top_level_key;
  if (key !== null && key !== undefined && typeof key !== 'string') {
    return { ok: false, field: 'top_level_key', message: 'expected a string or null' };
  }
  const flags = ['require_wrapper_key', 'require_code_block', 'require_no_commentary'] as const;
  for (const f of flags) {
    if (typeof raw[f] !== 'boolean') return { ok: false, field: f, message: 'expected true or false' };
  }
  if (typeof raw.output_format !== 'string') return { ok: false, field: 'output_format', message: 'expected a string' };
  const entity = raw.entity_type;
  if (entity !== undefined && entity !== null && typeof entity !== 'string') {
    return { ok: false, field: 'entity_type', message: 'expected a string' };
  }
  const prompt = raw.prompt;
  if (prompt !== undefined && prompt !== null && typeof prompt !== 'string') {
    return { ok: false, field: 'prompt', message: 'expected a string' };
  }
  return {
    ok: true,
    task: {
      seed: typeof raw.seed === 'bigint' ? Number(raw.seed) : raw.seed,
      entity_type: (entity as string | undefined) ?? '',
      prompt: (prompt as string | undefined) ?? '',
      json_schema: schemaR.value,
      top_level_count: count,
      top_level_key: (key as string | null | undefined) ?? null,
      require_wrapper_key: raw.require_wrapper_key as boolean,
      require_code_block: raw.require_code_block as boolean,
      require_no_commentary: raw.require_no_commentary as boolean,
      output_format: raw.output_format,
    },
  };
}

/**
 * Parse one JSONL line with Python's JSON semantics (so `"maximum": 1.0` stays a float and is
 * printed `1.0` in messages) into a plain record whose nested objects are {@link PyDict}s and
 * whose ints are bigints. Throws {@link PyJsonError} on malformed JSON.
 */
export function parseIfstructLine(line: string): Record<string, unknown> {
  const v = parsePyJson(line);
  if (!(v instanceof PyDict)) throw new PyJsonError('Expecting a JSON object', 0, 1, 1, 'expected a JSON object');
  const out: Record<string, unknown> = {};
  for (const [k, x] of v.entries()) {
    const name = pyStr(k);
    // Keep schema/count as Python values; everything else as plain JSON.
    out[name] = name === 'json_schema' || name === 'top_level_count' ? x : fromPy(x);
  }
  return out;
}

/** `_check_top_level_structure`: returns the possibly unwrapped value, was_wrapped and an error. */
export function checkTopLevelStructure(
  data: PyValue,
  expectedKey: string | null,
  requireWrapper: boolean,
): { data: PyValue; wasWrapped: boolean; error: string | null } {
  if (Array.isArray(data)) {
    if (requireWrapper) {
      return { data, wasWrapped: false, error: `Expected wrapped object with key '${expectedKey ?? 'None'}', got bare list` };
    }
    return { data, wasWrapped: false, error: null };
  }
  if (data instanceof PyDict && data.size === 1) {
    const onlyKey = data.keyAt(0);
    const onlyValue = data.valueAt(0);
    if (Array.isArray(onlyValue)) {
      if (!requireWrapper) {
        return { data: onlyValue, wasWrapped: true, error: `Expected bare list, got wrapped object with key '${pyStr(onlyKey)}'` };
      }
      if (expectedKey === null || pyEq(onlyKey, expectedKey)) return { data: onlyValue, wasWrapped: true, error: null };
      return {
        data: onlyValue,
        wasWrapped: true,
        error: `Expected top-level key '${expectedKey}', got '${pyStr(onlyKey)}'`,
      };
    }
  }
  return { data, wasWrapped: false, error: null };
}

/** `validate_response` for one task row and one response. Total: never throws. */
export function validateIfstructRow(task: IfstructTask, response: string): IfstructVerdict {
  try {
    return validate(task, response);
  } catch (e) {
    // Unreachable by design; kept so that a bug can never crash a batch.
    const msg = e instanceof Error ? e.message : String(e);
    return { passed: false, score: 0, errors: [`internal error: ${msg}`], details: { output_format: task.output_format } };
  }
}

function validate(task: IfstructTask, rawResponse: string): IfstructVerdict {
  const response = removeThinkingTags(typeof rawResponse === 'string' ? rawResponse : '');
  const errors: string[] = [];
  const details: Record<string, unknown> = { output_format: task.output_format };
  const fence = extractOuterFencedBlock(response);

  const code = checkUsesCodeBlock(response, fence);
  details.uses_code_block = code.uses;
  details.code_block_type = code.type;
  if (task.require_code_block && !code.uses) errors.push('Response must use a code block but none was found');

  const isYaml = task.output_format === 'yaml';
  const extracted = isYaml ? extractYaml(response, fence) : extractJson(response, fence);
  details[isYaml ? 'yaml_valid' : 'json_valid'] = extracted.ok;
  if (!extracted.ok) {
    errors.push(extracted.error);
    return { passed: false, score: 0, errors, details };
  }

  if (task.require_no_commentary) {
    // Unfenced JSON that parsed is the whole (stripped) response: the reference's naive bracket
    // matcher then spans exactly that value (strings and escapes of valid JSON are delimited the
    // way it assumes), so nothing is outside it and the scan can be skipped.
    const c = isYaml
      ? checkCommentaryYaml(response, fence)
      : fence.block === null
        ? null
        : checkCommentaryJson(response, fence);
    details.no_commentary = c === null;
    if (c !== null) errors.push(c);
  }

  const st = checkTopLevelStructure(extracted.value, task.top_level_key, task.require_wrapper_key);
  details.was_wrapped = st.wasWrapped;
  if (st.error) errors.push(st.error);
  const parsed = st.data;

  const walked = summarizeSchemaWalk(parsed, task.json_schema);
  const schemaErrors = walked.errors;
  const passedChecks = walked.passed;
  const checkCount = passedChecks + schemaErrors.length;
  for (let i = 0; i < schemaErrors.length; i++) errors.push(schemaErrors[i]!);
  details.schema_valid = schemaErrors.length === 0;

  const count = task.top_level_count;
  if (count !== null && Array.isArray(parsed)) {
    const actual = parsed.length;
    if (typeof count === 'bigint' || typeof count === 'boolean') {
      if (!pyEq(BigInt(actual), count)) errors.push(`Expected ${pyStr(count)} items, got ${actual}`);
    } else if (Array.isArray(count) && count.length === 2) {
      const [lo, hi] = count as [PyValue, PyValue];
      const n = BigInt(actual);
      const below = (typeof lo === 'bigint' || typeof lo === 'number') && n < lo;
      const above = (typeof hi === 'bigint' || typeof hi === 'number') && n > hi;
      const loB = typeof lo === 'boolean' && n < (lo ? 1n : 0n);
      const hiB = typeof hi === 'boolean' && n > (hi ? 1n : 0n);
      if (below || above || loB || hiB) errors.push(`Expected ${pyStr(lo)}-${pyStr(hi)} items, got ${actual}`);
    }
  }

  const total = Math.max(computeExpectedChecks(task.json_schema, count), checkCount);
  details.schema_fields_total = total;
  details.schema_fields_passed = passedChecks;
  details.schema_match_ratio = total ? passedChecks / total : 0.0;
  const passed = errors.length === 0;
  return { passed, score: passed ? 1 : 0, errors, details };
}

// ---------------------------------------------------------------------------------------------
// Summary

export interface PassSlice {
  count: number;
  passed: number;
  pass_rate: number;
}

export interface IfstructSummary {
  /** Rows read (scored + error rows). */
  rows: number;
  /** Rows that were scored. */
  scored: number;
  /** Rows that could not be scored (bad task fields); set by the caller, 0 here. */
  errors: number;
  pass_rate: number;
  by_output_format: Record<string, PassSlice>;
  by_top_level_structure: Record<string, PassSlice>;
  by_entity_type: Record<string, PassSlice>;
  /** The ten most frequent error categories over failed rows (ties: first seen). */
  top_errors: Array<{ category: string; count: number }>;
}

/** `eval.py`'s bucketing of one error string. */
export function errorCategory(err: string): string {
  if (err.includes('required field missing')) return 'required field missing';
  if (err.includes('No valid JSON')) return 'no valid JSON';
  if (err.includes('No valid YAML')) return 'no valid YAML';
  if (err.includes('must use a code block')) return 'missing code block';
  if (err.includes('Expected wrapped object')) return 'expected wrapper key, got bare list';
  if (err.includes('Expected bare list')) return 'expected bare list, got wrapper';
  if (err.includes('Expected top-level key')) return 'wrong wrapper key name';
  if (err.includes('expected') && err.includes('got')) return 'type mismatch';
  if (err.includes('items')) return 'wrong item count';
  return Array.from(err).slice(0, 80).join('');
}

function slice(map: Map<string, PassSlice>, key: string, passed: boolean): void {
  let s = map.get(key);
  if (!s) map.set(key, (s = { count: 0, passed: 0, pass_rate: 0 }));
  s.count++;
  if (passed) s.passed++;
}

function finish(map: Map<string, PassSlice>, order?: string[]): Record<string, PassSlice> {
  const out: Record<string, PassSlice> = {};
  const keys = order ? order.filter((k) => map.has(k)) : Array.from(map.keys()).sort(compareStr);
  for (const k of keys) {
    const s = map.get(k)!;
    s.pass_rate = s.count ? s.passed / s.count : 0;
    out[k] = s;
  }
  return out;
}

function compareStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Pass rates overall, by output format (`json`, `yaml`, then any other value as given), by
 * top-level structure (`wrapper_key` / `bare_list`) and by entity type (sorted), and the top
 * ten error categories of failed rows.
 */
export function summarizeIfstruct(rows: Array<{ task: IfstructTask; verdict: IfstructVerdict }>): IfstructSummary {
  const byFormat = new Map<string, PassSlice>();
  const byStructure = new Map<string, PassSlice>();
  const byEntity = new Map<string, PassSlice>();
  const errorCounts = new Map<string, number>();
  let passed = 0;
  for (const { task, verdict } of rows) {
    if (verdict.passed) passed++;
    slice(byFormat, task.output_format, verdict.passed);
    slice(byStructure, task.require_wrapper_key ? 'wrapper_key' : 'bare_list', verdict.passed);
    slice(byEntity, task.entity_type, verdict.passed);
    if (!verdict.passed) {
      for (const e of verdict.errors) {
        const k = errorCategory(e);
        errorCounts.set(k, (errorCounts.get(k) ?? 0) + 1);
      }
    }
  }
  const formats = ['json', 'yaml', ...Array.from(byFormat.keys()).filter((k) => k !== 'json' && k !== 'yaml').sort(compareStr)];
  // Stable sort keeps first-seen order among equal counts.
  const top = Array.from(errorCounts, ([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 10);
  return {
    rows: rows.length,
    scored: rows.length,
    errors: 0,
    pass_rate: rows.length ? passed / rows.length : 0,
    by_output_format: finish(byFormat, formats),
    by_top_level_structure: finish(byStructure, ['wrapper_key', 'bare_list']),
    by_entity_type: finish(byEntity),
    top_errors: top,
  };
}

function pct(x: number): string {
  return (100 * x).toFixed(2) + '%';
}

/** A small aligned text table of the summary (percentages with two decimals). */
export function formatIfstructSummary(s: IfstructSummary): string {
  const rows: Array<[string, string, string]> = [];
  const passedAll = Math.round(s.pass_rate * s.scored);
  rows.push(['overall', `${passedAll}/${s.scored}`, pct(s.pass_rate)]);
  const section = (title: string, m: Record<string, PassSlice>): void => {
    for (const [k, v] of Object.entries(m)) rows.push([`${title}: ${k}`, `${v.passed}/${v.count}`, pct(v.pass_rate)]);
  };
  section('format', s.by_output_format);
  section('structure', s.by_top_level_structure);
  section('entity', s.by_entity_type);
  const w0 = Math.max(...rows.map((r) => r[0].length), 5);
  const w1 = Math.max(...rows.map((r) => r[1].length), 6);
  const lines = [`${'slice'.padEnd(w0)}  ${'passed'.padStart(w1)}  ${'rate'.padStart(8)}`];
  for (const [a, b, c] of rows) lines.push(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c.padStart(8)}`);
  if (s.errors) lines.push(`error rows: ${s.errors} (of ${s.rows})`);
  if (s.top_errors.length) {
    lines.push('', 'top error categories:');
    const wc = Math.max(...s.top_errors.map((e) => String(e.count).length));
    for (const e of s.top_errors) lines.push(`  ${String(e.count).padStart(wc)}  ${pyStrip(e.category)}`);
  }
  return lines.join('\n');
}
