/**
 * The generic `json_schema` constraint: validate a value (or a model response) against any
 * user-supplied JSON Schema with ajv — draft-07 by default, 2019-09 or 2020-12 when `$schema`
 * names them — with `allErrors` and non-strict compilation (unknown keywords such as `example`
 * are ignored, unknown formats are not checked). Compiled validators are cached by a hash of
 * the canonical schema JSON.
 */
import { createHash } from 'node:crypto';
import AjvDraft07Module from 'ajv';
import Ajv2019Module from 'ajv/dist/2019.js';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { PyJsonError, parsePyJson } from './pyjson.js';
import { fromPy } from './pyvalue.js';
import { responsePayload } from './extract.js';

/** One schema violation: a JSON Pointer into the instance (`/` for the root) and a sentence. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

export interface SchemaCheck {
  readonly ok: boolean;
  readonly issues: SchemaIssue[];
}

export interface SchemaResponseCheck extends SchemaCheck {
  /** One sentence explaining the verdict. */
  readonly reason: string;
}

interface AjvLike {
  compile(schema: object): ValidateFunction;
}
type AjvCtor = new (opts: Record<string, unknown>) => AjvLike;

// The CommonJS builds expose the class as `default` under NodeNext interop.
function ctor(mod: unknown): AjvCtor {
  const m = mod as { default?: unknown };
  return (typeof m.default === 'function' ? m.default : mod) as AjvCtor;
}

const OPTIONS = { allErrors: true, strict: false, logger: false, validateFormats: false };
let instances: { d07: AjvLike; d2019: AjvLike; d2020: AjvLike } | null = null;

function ajvFor(schema: object): AjvLike {
  instances ??= {
    d07: new (ctor(AjvDraft07Module))(OPTIONS),
    d2019: new (ctor(Ajv2019Module))(OPTIONS),
    d2020: new (ctor(Ajv2020Module))(OPTIONS),
  };
  const dialect = (schema as { $schema?: unknown }).$schema;
  if (typeof dialect === 'string') {
    if (dialect.includes('2020-12')) return instances.d2020;
    if (dialect.includes('2019-09')) return instances.d2019;
  }
  return instances.d07;
}

/** JSON with object keys sorted at every level (the cache key's input). */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return '[' + v.map(canonicalJson).join(',') + ']';
  const keys = Object.keys(v as Record<string, unknown>).sort();
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson((v as Record<string, unknown>)[k])).join(',') + '}';
}

const MAX_CACHE = 1024;
const cache = new Map<string, ValidateFunction | { error: string }>();

/** The compiled validator for a schema (cached by the SHA-256 of its canonical JSON). */
function compiled(schema: object): ValidateFunction | { error: string } {
  const key = createHash('sha256').update(canonicalJson(schema)).digest('hex');
  const hit = cache.get(key);
  if (hit) return hit;
  let entry: ValidateFunction | { error: string };
  try {
    entry = ajvFor(schema).compile(schema);
  } catch (e) {
    entry = { error: e instanceof Error ? e.message : String(e) };
  }
  if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value!);
  cache.set(key, entry);
  return entry;
}

/** Number of compiled validators currently cached (for tests and diagnostics). */
export function jsonSchemaCacheSize(): number {
  return cache.size;
}

function issueOf(e: ErrorObject): SchemaIssue {
  const path = e.instancePath || '/';
  let message = e.message ?? e.keyword;
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties' && typeof p.additionalProperty === 'string') {
    message += ` ('${p.additionalProperty}')`;
  } else if (e.keyword === 'enum' && Array.isArray(p.allowedValues)) {
    message += `: ${JSON.stringify(p.allowedValues)}`;
  } else if (e.keyword === 'unevaluatedProperties' && typeof p.unevaluatedProperty === 'string') {
    message += ` ('${p.unevaluatedProperty}')`;
  }
  return { path, message };
}

/**
 * Validate a plain JSON value against a JSON Schema. An invalid schema is reported as one issue
 * at the root (`invalid schema: …`). Never throws.
 */
export function checkJsonSchema(value: unknown, schema: object): SchemaCheck {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    return { ok: false, issues: [{ path: '/', message: 'invalid schema: expected a JSON object' }] };
  }
  const v = compiled(schema);
  if (!(typeof v === 'function')) return { ok: false, issues: [{ path: '/', message: `invalid schema: ${v.error}` }] };
  let valid: boolean;
  try {
    valid = v(value) as boolean;
  } catch (e) {
    return { ok: false, issues: [{ path: '/', message: `validation failed: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  if (valid) return { ok: true, issues: [] };
  return { ok: false, issues: (v.errors ?? []).map(issueOf) };
}

/** Parse a model response as JSON (thinking markup and the outer code fence stripped). */
export function parseResponseJson(response: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  const payload = responsePayload(response);
  if (!payload) return { ok: false, reason: 'the response has no JSON payload' };
  try {
    return { ok: true, value: fromPy(parsePyJson(payload)) };
  } catch (e) {
    const m = e instanceof PyJsonError ? e.message : String(e);
    return { ok: false, reason: `the response is not valid JSON (${m})` };
  }
}

/** Parse the response (fences stripped) and validate it; `reason` is one sentence. */
export function checkJsonSchemaResponse(response: string, schema: object): SchemaResponseCheck {
  const parsed = parseResponseJson(typeof response === 'string' ? response : '');
  if (!parsed.ok) return { ok: false, reason: parsed.reason, issues: [] };
  const r = checkJsonSchema(parsed.value, schema);
  if (r.ok) return { ok: true, reason: 'the response is valid JSON that satisfies the schema', issues: [] };
  const shown = r.issues.slice(0, 3).map((i) => `${i.path} ${i.message}`);
  const more = r.issues.length > 3 ? `; and ${r.issues.length - 3} more` : '';
  const n = r.issues.length;
  return { ok: false, reason: `the response violates the schema (${n} issue${n === 1 ? '' : 's'}: ${shown.join('; ')}${more})`, issues: r.issues };
}
