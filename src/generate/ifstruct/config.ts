/** The ifstruct generator's knobs: defaults, documentation and validation. */
import { UsageError } from '../../core/errors.js';
import type { KnobSpec } from '../types.js';
import { CATALOGUE } from './catalogue/index.js';
import { STYLES, type IfstructConfig, type Style } from './model.js';

export const ENTITY_CHOICES: readonly string[] = [
  ...new Set([...CATALOGUE.map((e) => e.name), ...CATALOGUE.map((e) => e.domain)]),
].sort();

export const IFSTRUCT_DEFAULTS: IfstructConfig = {
  formats: [0.6, 0.4],
  prose_share: 0.5,
  revision_share: 0.5,
  styles: STYLES,
  min_fields: 3,
  max_fields: 9,
  max_depth: 4,
  min_count: 1,
  max_count: 6,
  fence_share: 0.4,
  wrapper_share: 0.5,
  range_share: 0.3,
  no_commentary_share: 0.55,
  null_share: 0.25,
  entity_types: [],
};

const share = (name: string, doc: string): KnobSpec => ({
  name,
  kind: 'number',
  min: 0,
  max: 1,
  default: IFSTRUCT_DEFAULTS[name as keyof IfstructConfig],
  doc,
});

export const IFSTRUCT_KNOBS: readonly KnobSpec[] = [
  { name: 'formats', kind: 'number_list', min: 0, default: IFSTRUCT_DEFAULTS.formats, doc: 'weights of [json, yaml] output formats' },
  share('prose_share', 'share of prompts rewritten into natural prose by the template grammar'),
  share('revision_share', 'share of prose prompts that think out loud: revise the count, format or wrapper before settling'),
  { name: 'styles', kind: 'string_list', choices: STYLES, default: IFSTRUCT_DEFAULTS.styles, doc: 'requirement styles to draw from (uniformly)' },
  { name: 'min_fields', kind: 'integer', min: 1, max: 30, default: IFSTRUCT_DEFAULTS.min_fields, doc: 'fewest top-level fields per item' },
  { name: 'max_fields', kind: 'integer', min: 1, max: 30, default: IFSTRUCT_DEFAULTS.max_fields, doc: 'most top-level fields per item' },
  { name: 'max_depth', kind: 'integer', min: 1, max: 4, default: IFSTRUCT_DEFAULTS.max_depth, doc: 'deepest object nesting, counting the item object as 1' },
  { name: 'min_count', kind: 'integer', min: 1, max: 50, default: IFSTRUCT_DEFAULTS.min_count, doc: 'smallest top-level item count' },
  { name: 'max_count', kind: 'integer', min: 1, max: 50, default: IFSTRUCT_DEFAULTS.max_count, doc: 'largest top-level item count' },
  share('fence_share', 'share of tasks that require a fenced code block'),
  share('wrapper_share', 'share of tasks that require a named wrapper key (else a bare list)'),
  share('range_share', 'share of tasks with a count range [min, max] instead of an exact count'),
  share('no_commentary_share', 'share of tasks that forbid text outside the payload'),
  share('null_share', 'probability that a witness writes null for a nullable field'),
  { name: 'entity_types', kind: 'string_list', choices: ENTITY_CHOICES, default: IFSTRUCT_DEFAULTS.entity_types, doc: 'entity names or domains to draw from (empty: the whole catalogue)' },
];

function fail(knob: string, msg: string): never {
  throw new UsageError(`ifstruct: knob '${knob}' ${msg}`);
}

function numberKnob(name: string, v: unknown, spec: KnobSpec): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(name, `must be a number, got ${JSON.stringify(v)}`);
  if (spec.kind === 'integer' && !Number.isInteger(v)) fail(name, `must be an integer, got ${v}`);
  if (spec.min !== undefined && v < spec.min) fail(name, `must be ≥ ${spec.min}, got ${v}`);
  if (spec.max !== undefined && v > spec.max) fail(name, `must be ≤ ${spec.max}, got ${v}`);
  return v;
}

/** Validates knob values over the defaults; throws a UsageError naming the bad knob. */
export function configureIfstruct(partial: Readonly<Record<string, unknown>>): IfstructConfig {
  const known = new Map(IFSTRUCT_KNOBS.map((k) => [k.name, k]));
  const out: Record<string, unknown> = { ...IFSTRUCT_DEFAULTS };
  for (const [name, value] of Object.entries(partial)) {
    if (value === undefined) continue;
    const spec = known.get(name);
    if (!spec) fail(name, `is not an ifstruct knob (known: ${[...known.keys()].join(', ')})`);
    switch (spec.kind) {
      case 'number':
      case 'integer':
        out[name] = numberKnob(name, value, spec);
        break;
      case 'number_list': {
        if (!Array.isArray(value) || value.length !== 2) fail(name, 'must be two weights: json,yaml');
        const ws = value.map((w) => numberKnob(name, w, spec)) as [number, number];
        if (!(ws[0] + ws[1] > 0)) fail(name, 'needs a positive weight');
        out[name] = ws;
        break;
      }
      case 'string_list': {
        if (!Array.isArray(value) || value.some((s) => typeof s !== 'string')) fail(name, 'must be a list of names');
        const list = [...new Set(value as string[])];
        const bad = list.filter((s) => !spec.choices!.includes(s));
        if (bad.length) fail(name, `has unknown value(s) ${bad.join(', ')}`);
        if (name === 'styles' && list.length === 0) fail(name, 'needs at least one style');
        out[name] = name === 'styles' ? STYLES.filter((s) => list.includes(s)) : list.sort();
        break;
      }
      default:
        fail(name, 'has an unsupported kind');
    }
  }
  const cfg = out as unknown as IfstructConfig;
  if (cfg.min_fields > cfg.max_fields) fail('min_fields', `(${cfg.min_fields}) must not exceed max_fields (${cfg.max_fields})`);
  if (cfg.min_count > cfg.max_count) fail('min_count', `(${cfg.min_count}) must not exceed max_count (${cfg.max_count})`);
  return { ...cfg, styles: cfg.styles as readonly Style[] };
}
