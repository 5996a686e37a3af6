/**
 * Witness answers: data drawn from a task's item schema, rendered as JSON or block-style YAML
 * with the task's output rules (wrapper or bare list, code fence, commentary allowed or not).
 *
 * The YAML writer quotes every string a YAML 1.1 loader could read as something else (booleans
 * such as `no`/`on`, nulls, numbers, sexagesimal `14:35`, dates, anything with `: ` or ` #`,
 * leading indicators such as `-`), using JSON's escapes inside double quotes, which YAML shares.
 */
import type { Rng } from '../rng.js';
import type { Controls, FieldDef, NamedField } from './model.js';
import { stringValue } from './values.js';

export type Data = null | boolean | number | string | Data[] | { [k: string]: Data };

function numberValue(rng: Rng, min: number, max: number, dp: number): number {
  const scale = 10 ** dp;
  const lo = Math.ceil(min * scale);
  const hi = Math.floor(max * scale);
  if (hi < lo) return min;
  // Bias towards round, realistic magnitudes: most values come from the lower part of wide ranges.
  let k = rng.int(lo, hi);
  if (hi - lo > 1000 && rng.chance(0.6)) k = lo + Math.floor((hi - lo) * rng.next() ** 3);
  let v = Number((k / scale).toFixed(dp));
  if (v < min) v = min;
  if (v > max) v = max;
  return v;
}

function integerValue(rng: Rng, min: number | undefined, max: number | undefined): number {
  const lo = min ?? 0;
  const hi = max ?? lo + 1000;
  if (hi - lo > 1000 && rng.chance(0.6)) return lo + Math.floor((hi - lo) * rng.next() ** 3);
  return rng.int(lo, hi);
}

/** A value satisfying `def` (nulls for nullable fields with probability `nullShare`). */
export function drawValue(rng: Rng, def: FieldDef, nullShare: number): Data {
  switch (def.kind) {
    case 'object':
      return drawObject(rng, def.fields, nullShare);
    case 'array': {
      const hi = Math.min(def.maxItems, def.minItems + 3);
      const n = rng.int(def.minItems, Math.max(def.minItems, hi));
      const out: Data[] = [];
      for (let i = 0; i < n; i++) out.push(drawValue(rng, def.items, nullShare));
      return out;
    }
    default:
      if (def.nullable && rng.chance(nullShare)) return null;
      switch (def.kind) {
        case 'string':
          return stringValue(rng, def.gen);
        case 'enum':
          return rng.pick(def.values);
        case 'integer':
          return def.values ? rng.pick(def.values) : integerValue(rng, def.min, def.max);
        case 'number':
          return numberValue(rng, def.min, def.max, def.dp);
        case 'boolean':
          return rng.chance(0.5);
      }
  }
}

export function drawObject(rng: Rng, fields: readonly NamedField[], nullShare: number): { [k: string]: Data } {
  const out: { [k: string]: Data } = {};
  for (const f of fields) out[f.name] = drawValue(rng, f.def, nullShare);
  return out;
}

// ---------------------------------------------------------------------------------------------
// YAML

const YAML_SPECIAL_WORDS = new Set([
  'y', 'n', 'yes', 'no', 'true', 'false', 'on', 'off', 'null', '~', '', '.inf', '.nan', '<<', '=',
]);
const SAFE_PLAIN = /^[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F ,.'()/&_+-]*$/;

/** True when a string can be written as a plain YAML scalar and read back as the same string. */
export function yamlPlainSafe(s: string): boolean {
  if (!SAFE_PLAIN.test(s)) return false;
  if (s.endsWith(' ')) return false;
  return !YAML_SPECIAL_WORDS.has(s.toLowerCase());
}

function yamlScalar(v: Data): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return numberText(v, true);
  if (typeof v === 'string') return yamlPlainSafe(v) ? v : JSON.stringify(v);
  throw new Error('not a scalar');
}

/** Numbers as a YAML 1.1 loader and CPython's json read them back (floats keep a dot). */
function numberText(v: number, yaml: boolean): string {
  const s = String(v);
  if (!/[eE]/.test(s)) return s;
  // Tiny or huge magnitudes: write them out without an exponent (YAML 1.1 floats need a dot).
  const fixed = v.toFixed(20).replace(/0+$/, '').replace(/\.$/, yaml ? '.0' : '');
  return fixed;
}

function isScalar(v: Data): v is null | boolean | number | string {
  return v === null || typeof v !== 'object';
}

function yamlMapping(obj: { [k: string]: Data }, indent: number, lines: string[]): void {
  const pad = ' '.repeat(indent);
  for (const [k, v] of Object.entries(obj)) {
    if (isScalar(v)) lines.push(`${pad}${k}: ${yamlScalar(v)}`);
    else if (Array.isArray(v)) {
      if (v.length === 0) lines.push(`${pad}${k}: []`);
      else {
        lines.push(`${pad}${k}:`);
        yamlSequence(v, indent, lines);
      }
    } else {
      lines.push(`${pad}${k}:`);
      yamlMapping(v, indent + 2, lines);
    }
  }
}

function yamlSequence(items: Data[], indent: number, lines: string[]): void {
  const pad = ' '.repeat(indent);
  for (const item of items) {
    if (isScalar(item)) lines.push(`${pad}- ${yamlScalar(item)}`);
    else if (Array.isArray(item)) throw new Error('nested sequences are not generated');
    else {
      const start = lines.length;
      yamlMapping(item, indent + 2, lines);
      lines[start] = `${pad}- ${lines[start]!.slice(indent + 2)}`;
    }
  }
}

/** Block-style YAML of a list (bare) or of `{key: list}`. */
export function toYaml(items: Data[], key: string | null): string {
  const lines: string[] = [];
  if (key === null) yamlSequence(items, 0, lines);
  else {
    lines.push(`${key}:`);
    yamlSequence(items, 0, lines);
  }
  return lines.join('\n');
}

/** Pretty JSON (2-space indent) of a list or `{key: list}`. */
export function toJson(items: Data[], key: string | null): string {
  return JSON.stringify(key === null ? items : { [key]: items }, null, 2);
}

const LEAD_INS = [
  'Here you go:',
  'Here are the items.',
  'Sure, here is the data:',
  'Done. Output below.',
];
const SIGN_OFFS = ['Let me know if you need changes.', 'All fields follow the schema.', 'Hope this helps!'];

/** The witness text: the payload with the task's fence and commentary rules applied. */
export function renderWitness(rng: Rng, items: Data[], controls: Controls): string {
  const body = controls.format === 'json' ? toJson(items, controls.key) : toYaml(items, controls.key);
  const fence = controls.fence || rng.chance(0.3);
  if (!fence) return body;
  const tag = controls.format === 'json' ? rng.pick(['json', 'json', '']) : rng.pick(['yaml', 'yaml', 'yml', '']);
  let text = `\`\`\`${tag}\n${body}\n\`\`\``;
  if (!controls.noCommentary) {
    if (rng.chance(0.4)) text = `${rng.pick(LEAD_INS)}\n\n${text}`;
    if (rng.chance(0.2)) text = `${text}\n\n${rng.pick(SIGN_OFFS)}`;
  }
  return text;
}
