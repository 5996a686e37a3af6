/**
 * `heed generate ifstruct`: IFStruct-style structured-output tasks with a passing witness each.
 *
 * One draw: pick an entity (catalogue), a schema (a subset of its fields), the output controls
 * (format, count, wrapper, fence, commentary), a requirement style and plain/prose; write the
 * prompt with the template grammar (every choice recorded) and a witness answer. The instance
 * — entity, chosen field paths, controls, style, prose and the grammar's choices — decides the
 * split: equal instances are the same task (the witness is not part of it: any passing answer
 * will do).
 */
import type { Rng } from '../rng.js';
import type { ChatMessage, Draw, Generator } from '../types.js';
import { CATALOGUE } from './catalogue/index.js';
import { IFSTRUCT_KNOBS, configureIfstruct } from './config.js';
import { Expander } from './grammar.js';
import { entityType, type Controls, type EntityDef, type IfstructConfig, type IfstructRow, type JsonSchema } from './model.js';
import { PHRASES } from './phrases.js';
import { buildPrompt } from './prompt.js';
import { drawItemSchema, fieldPaths, taskSchema } from './schema.js';
import { drawValue, renderWitness, type Data } from './witness.js';

export type { IfstructConfig, IfstructRow, Style, OutputFormat, EntityDef } from './model.js';
export { STYLES, entityType } from './model.js';
export { CATALOGUE } from './catalogue/index.js';
export { IFSTRUCT_DEFAULTS, IFSTRUCT_KNOBS, configureIfstruct } from './config.js';
export { ifstructCoverage } from './coverage.js';
export { toJson, toYaml, yamlPlainSafe } from './witness.js';

const GENERIC_KEYS = ['items', 'records', 'data', 'entries', 'results'];

const poolCache = new WeakMap<readonly string[], readonly EntityDef[]>();
function entityPool(filter: readonly string[]): readonly EntityDef[] {
  if (filter.length === 0) return CATALOGUE;
  let pool = poolCache.get(filter);
  if (!pool) {
    pool = CATALOGUE.filter((e) => filter.includes(e.name) || filter.includes(e.domain));
    poolCache.set(filter, pool);
  }
  return pool;
}

function drawControls(rng: Rng, cfg: IfstructConfig, entity: EntityDef): Controls {
  const format = rng.weighted(['json', 'yaml'] as const, cfg.formats);
  let count: Controls['count'];
  if (cfg.max_count > cfg.min_count && rng.chance(cfg.range_share)) {
    const a = rng.int(cfg.min_count, cfg.max_count - 1);
    const b = rng.int(a + 1, Math.min(cfg.max_count, a + 4));
    count = [a, b];
  } else {
    count = rng.int(cfg.min_count, cfg.max_count);
  }
  const key = rng.chance(cfg.wrapper_share) ? rng.pick(rng.chance(0.75) ? entity.keys : GENERIC_KEYS) : null;
  return { format, count, key, fence: rng.chance(cfg.fence_share), noCommentary: rng.chance(cfg.no_commentary_share) };
}

function drawIfstruct(rng: Rng, cfg: IfstructConfig, index: number): Draw<IfstructRow> {
  const entity = rng.pick(entityPool(cfg.entity_types));
  const item = drawItemSchema(rng, entity, cfg.min_fields, cfg.max_fields, cfg.max_depth);
  const controls = drawControls(rng, cfg, entity);
  const style = rng.pick(cfg.styles);
  const prose = rng.chance(cfg.prose_share);
  let schemaMemo: JsonSchema | null = null;
  const schema = (): JsonSchema => (schemaMemo ??= taskSchema(item, controls.count));

  const x = new Expander(rng, PHRASES);
  const prompt = buildPrompt(x, { entity, item, schema, controls, style, prose, revisionShare: cfg.revision_share, maxCount: cfg.max_count });
  const count: number | [number, number] = typeof controls.count === 'number' ? controls.count : [controls.count[0], controls.count[1]];

  // The instance is compact text fields (cheap to hash); the runner rejects about half of all
  // draws on their instance hash, so the row (schema, witness) is only built when it is read.
  const instance = {
    entity: entityType(entity),
    fields: fieldPaths(item).join(','),
    controls: `${controls.format}|${JSON.stringify(count)}|${controls.key ?? ''}|${controls.fence ? 1 : 0}|${controls.noCommentary ? 1 : 0}`,
    style,
    prose,
    template: x.choices.join('.'),
  };
  let rowMemo: IfstructRow | null = null;
  const buildRow = (): IfstructRow => {
    // Uses only `rng`, after the prompt: deterministic, and computed at most once.
    const n = typeof count === 'number' ? count : rng.int(count[0], count[1]);
    const items: Data[] = [];
    for (let i = 0; i < n; i++) items.push(drawValue(rng, item, cfg.null_share));
    return {
      seed: index,
      entity_type: instance.entity,
      prompt,
      json_schema: schema(),
      top_level_count: count,
      top_level_key: controls.key,
      require_wrapper_key: controls.key !== null,
      require_code_block: controls.fence,
      require_no_commentary: controls.noCommentary,
      output_format: controls.format,
      style,
      prose,
      witness: renderWitness(rng, items, controls),
    };
  };
  return {
    instance,
    get row(): IfstructRow {
      return (rowMemo ??= buildRow());
    },
  };
}

export const ifstructGenerator: Generator<IfstructConfig, IfstructRow> = {
  name: 'ifstruct',
  description: 'IFStruct-style structured-output tasks (JSON/YAML, 6 requirement styles, half rewritten as prose) with a passing witness',
  ability: 'structured_output',
  knobs: IFSTRUCT_KNOBS,
  configure: configureIfstruct,
  draw: drawIfstruct,
  family: (): string => 'ifstruct',
  messages: (row: IfstructRow): ChatMessage[] => [{ role: 'user', content: row.prompt }],
};
