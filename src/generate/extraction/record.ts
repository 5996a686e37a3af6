/**
 * Drawing a record from an entity schema, and the blank JSON Schema a task shows for it. The
 * record and the schema are built from the same chosen fields, so every expected field is
 * described by the schema and the record always validates against it.
 */
import type { Rng } from '../rng.js';
import type { ArrayField, EntitySchema, FieldSpec, ObjectField, ScalarField } from './entities.js';
import { fromPattern, fromPool, gridNumber, isoDate } from './values.js';

export type JsonLeaf = string | number | boolean | null;
export type JsonData = JsonLeaf | JsonData[] | { [key: string]: JsonData };

export interface RecordOptions {
  /** Probability that an optional field is part of the task. */
  readonly optionalRate: number;
  /** Probability that a nullable field is "not provided" (null). */
  readonly nullRate: number;
  /** Upper bound on array lengths (each array also keeps its own bounds). */
  readonly maxItems: number;
}

/** A field chosen for a task together with its drawn value. */
export interface Chosen {
  readonly field: FieldSpec;
  readonly value: JsonData;
  /** For objects: the chosen sub-fields; for arrays of objects: one list per item. */
  readonly children?: readonly Chosen[];
  readonly items?: readonly (readonly Chosen[])[];
}

function drawScalar(rng: Rng, field: ScalarField): JsonLeaf {
  switch (field.type) {
    case 'string':
      return 'pool' in field ? fromPool(rng, field.pool) : fromPattern(rng, field.pattern);
    case 'integer':
      return rng.int(field.min, field.max);
    case 'number':
      return gridNumber(rng, field.min, field.max, field.decimals);
    case 'boolean':
      return rng.chance(0.5);
    case 'enum':
      return rng.pick(field.values);
    case 'date':
      return isoDate(rng);
  }
}

function drawObject(rng: Rng, fields: readonly FieldSpec[], options: RecordOptions, allowNull: boolean): Chosen[] {
  const out: Chosen[] = [];
  for (const field of fields) {
    if (field.optional && !rng.chance(options.optionalRate)) continue;
    out.push(drawField(rng, field, options, allowNull));
  }
  return out;
}

function toObject(chosen: readonly Chosen[]): { [key: string]: JsonData } {
  const obj: { [key: string]: JsonData } = {};
  for (const c of chosen) obj[c.field.key] = c.value;
  return obj;
}

/** Scalar pools can be small; draw distinct array elements when the pool allows it. */
function drawDistinctScalars(rng: Rng, field: ScalarField, n: number): JsonLeaf[] {
  const out: JsonLeaf[] = [];
  const seen = new Set<string>();
  for (let tries = 0; out.length < n && tries < n * 8; tries++) {
    const v = drawScalar(rng, field);
    const k = JSON.stringify(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

function drawField(rng: Rng, field: FieldSpec, options: RecordOptions, allowNull: boolean): Chosen {
  // Only scalars are ever null: an object or array field always shows its structure.
  const scalar = field.type !== 'object' && field.type !== 'array';
  if (allowNull && scalar && field.nullable && rng.chance(options.nullRate)) return { field, value: null };
  if (field.type === 'object') {
    const children = drawObject(rng, field.fields, options, allowNull);
    return { field, value: toObject(children), children };
  }
  if (field.type === 'array') return drawArray(rng, field, options);
  return { field, value: drawScalar(rng, field) };
}

function drawArray(rng: Rng, field: ArrayField, options: RecordOptions): Chosen {
  const hi = Math.max(field.minItems, Math.min(field.maxItems, options.maxItems));
  const n = rng.int(field.minItems, hi);
  if (field.items.type === 'object') {
    const itemFields = (field.items as ObjectField).fields;
    // Every element of an array has the same keys, so optional sub-fields are chosen once.
    const keep = itemFields.filter((f) => !f.optional || rng.chance(options.optionalRate));
    const items: Chosen[][] = [];
    for (let i = 0; i < n; i++) items.push(drawObject(rng, keep, { ...options, optionalRate: 1 }, false));
    return { field, value: items.map(toObject), items };
  }
  return { field, value: drawDistinctScalars(rng, field.items, n) };
}

/** Draws the fields of one task and their values. */
export function drawRecord(rng: Rng, entity: EntitySchema, options: RecordOptions): Chosen[] {
  return drawObject(rng, entity.fields, options, true);
}

export function recordValue(chosen: readonly Chosen[]): { [key: string]: JsonData } {
  return toObject(chosen);
}

function scalarSchema(field: ScalarField, nullable: boolean): Record<string, unknown> {
  const description = describe(field);
  let schema: Record<string, unknown>;
  switch (field.type) {
    case 'string':
      schema = { type: nullable ? ['string', 'null'] : 'string', description };
      break;
    case 'integer':
      schema = { type: nullable ? ['integer', 'null'] : 'integer', description };
      break;
    case 'number':
      schema = { type: nullable ? ['number', 'null'] : 'number', description };
      break;
    case 'boolean':
      schema = { type: nullable ? ['boolean', 'null'] : 'boolean', description };
      break;
    case 'enum':
      schema = { type: nullable ? ['string', 'null'] : 'string', enum: nullable ? [...field.values, null] : [...field.values], description };
      break;
    case 'date':
      schema = { type: nullable ? ['string', 'null'] : 'string', format: 'date', description };
      break;
  }
  return schema;
}

function describe(field: FieldSpec): string {
  switch (field.type) {
    case 'date':
      return `${field.label} (YYYY-MM-DD)`;
    case 'number':
    case 'integer':
      return field.unit ? `${field.label} (${field.unit})` : field.label;
    default:
      return field.label;
  }
}

function objectSchema(chosen: readonly Chosen[], description?: string, nullable = false): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const c of chosen) properties[c.field.key] = fieldSchema(c);
  return {
    type: nullable ? ['object', 'null'] : 'object',
    ...(description ? { description } : {}),
    properties,
    required: chosen.map((c) => c.field.key),
  };
}

function fieldSchema(c: Chosen): Record<string, unknown> {
  const field = c.field;
  const nullable = field.nullable === true;
  if (field.type === 'object') return objectSchema(c.children ?? [], field.label, nullable);
  if (field.type === 'array') {
    let items: Record<string, unknown>;
    if (field.items.type === 'object') {
      // The element schema lists the sub-fields every element carries.
      const first = c.items?.[0] ?? [];
      items = objectSchema(first, field.itemLabel);
    } else {
      items = scalarSchema(field.items, false);
    }
    return { type: nullable ? ['array', 'null'] : 'array', description: field.label, items, minItems: 1 };
  }
  return scalarSchema(field, nullable);
}

/** The blank JSON Schema of a task: exactly the chosen fields, all required. */
export function blankSchema(entity: EntitySchema, chosen: readonly Chosen[]): Record<string, unknown> {
  const root = objectSchema(chosen);
  return { title: entity.title, ...root };
}
