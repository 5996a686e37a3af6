/**
 * Drawing a task schema from a catalogue entity: a subset of its fields (order kept), subsets of
 * nested objects' fields, pruned to the configured object depth; and the JSON Schema the row
 * carries (every property required, as in IFStruct's rows).
 */
import type { Rng } from '../rng.js';
import type { EntityDef, FieldDef, JsonSchema, NamedField } from './model.js';

type ObjectDef = Extract<FieldDef, { kind: 'object' }>;

/** Object depth of a field: an object adds one level, an array adds none. */
export function objectDepth(def: FieldDef): number {
  if (def.kind === 'object') return 1 + Math.max(0, ...def.fields.map((f) => objectDepth(f.def)));
  if (def.kind === 'array') return objectDepth(def.items);
  return 0;
}

/**
 * The field with every object below `levels` object levels removed (`levels` counts the objects
 * this field may still open); null when nothing is left.
 */
export function pruneDepth(def: FieldDef, levels: number): FieldDef | null {
  if (def.kind === 'object') {
    if (levels < 1) return null;
    const fields: NamedField[] = [];
    for (const f of def.fields) {
      const d = pruneDepth(f.def, levels - 1);
      if (d) fields.push({ name: f.name, def: d });
    }
    return fields.length ? { kind: 'object', fields } : null;
  }
  if (def.kind === 'array') {
    const items = pruneDepth(def.items, levels);
    return items ? { ...def, items } : null;
  }
  return def;
}

/** `k` of `items`, chosen at random, in their original order. */
function orderedSample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  if (k >= items.length) return [...items];
  const idx = rng.sample(
    items.map((_, i) => i),
    k,
  ).sort((a, b) => a - b);
  return idx.map((i) => items[i]!);
}

/** Nested objects keep at least two fields (or all, when they have fewer). */
function drawNested(rng: Rng, def: FieldDef): FieldDef {
  if (def.kind === 'object') {
    const n = def.fields.length;
    const k = n <= 2 ? n : rng.int(Math.max(2, Math.ceil(n * 0.6)), n);
    return { kind: 'object', fields: orderedSample(rng, def.fields, k).map((f) => ({ name: f.name, def: drawNested(rng, f.def) })) };
  }
  if (def.kind === 'array') return { ...def, items: drawNested(rng, def.items) };
  return def;
}

const poolCache = new WeakMap<EntityDef, Map<number, readonly NamedField[]>>();

/** The entity's fields with objects deeper than `maxDepth` removed (cached). */
function prunedPool(entity: EntityDef, maxDepth: number): readonly NamedField[] {
  let byDepth = poolCache.get(entity);
  if (!byDepth) poolCache.set(entity, (byDepth = new Map()));
  let pool = byDepth.get(maxDepth);
  if (!pool) {
    const pruned = pruneDepth({ kind: 'object', fields: entity.fields }, maxDepth) as ObjectDef | null;
    pool = pruned ? pruned.fields : [];
    byDepth.set(maxDepth, pool);
  }
  return pool;
}

/** The item schema of one task: `minFields..maxFields` top-level fields of the entity. */
export function drawItemSchema(rng: Rng, entity: EntityDef, minFields: number, maxFields: number, maxDepth: number): ObjectDef {
  const pool = prunedPool(entity, maxDepth);
  const lo = Math.min(minFields, pool.length);
  const hi = Math.min(maxFields, pool.length);
  const k = rng.int(lo, hi);
  const chosen = orderedSample(rng, pool, k);
  return { kind: 'object', fields: chosen.map((f) => ({ name: f.name, def: drawNested(rng, f.def) })) };
}

/** Every field path of a drawn item (`venue.name`, `songs[].title`), containers included. */
export function fieldPaths(item: ObjectDef): string[] {
  const out: string[] = [];
  const walk = (fields: readonly NamedField[], prefix: string): void => {
    for (const f of fields) {
      const p = prefix + f.name;
      out.push(p);
      let d = f.def;
      let q = p;
      while (d.kind === 'array') {
        q += '[]';
        d = d.items;
      }
      if (d.kind === 'object') walk(d.fields, `${q}.`);
    }
  };
  walk(item.fields, '');
  return out;
}

function scalarType(def: FieldDef): string {
  switch (def.kind) {
    case 'string':
    case 'enum':
      return 'string';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return def.kind;
  }
}

/** The JSON Schema of one field. */
export function fieldSchema(def: FieldDef): JsonSchema {
  switch (def.kind) {
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      for (const f of def.fields) properties[f.name] = fieldSchema(f.def);
      return { type: 'object', properties, required: def.fields.map((f) => f.name) };
    }
    case 'array':
      return { type: 'array', items: fieldSchema(def.items), minItems: def.minItems, maxItems: def.maxItems };
    default: {
      const t = scalarType(def);
      const out: Record<string, unknown> = { type: def.nullable ? [t, 'null'] : t };
      if (def.kind === 'enum') out.enum = [...def.values];
      if (def.kind === 'integer' && def.values) out.enum = [...def.values];
      if ((def.kind === 'integer' || def.kind === 'number') && def.min !== undefined) out.minimum = def.min;
      if ((def.kind === 'integer' || def.kind === 'number') && def.max !== undefined) out.maximum = def.max;
      return out;
    }
  }
}

/** The row's `json_schema`: an array of items with the count as minItems/maxItems. */
export function taskSchema(item: ObjectDef, count: number | readonly [number, number]): JsonSchema {
  const [lo, hi] = typeof count === 'number' ? [count, count] : count;
  return { type: 'array', items: fieldSchema(item), minItems: lo, maxItems: hi };
}
