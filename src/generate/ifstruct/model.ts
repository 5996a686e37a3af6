/**
 * The data model of the ifstruct generator: catalogue fields (what an entity can have), drawn
 * schema nodes (what one task asks for), the generator's config and its output row.
 */

/** A scalar or container field of a catalogue entity, parsed from the catalogue's shorthand. */
export type FieldDef =
  | { readonly kind: 'string'; readonly nullable: boolean; readonly gen: string }
  | { readonly kind: 'enum'; readonly nullable: boolean; readonly values: readonly string[] }
  | { readonly kind: 'integer'; readonly nullable: boolean; readonly min?: number; readonly max?: number; readonly values?: readonly number[] }
  | { readonly kind: 'number'; readonly nullable: boolean; readonly min: number; readonly max: number; readonly dp: number }
  | { readonly kind: 'boolean'; readonly nullable: boolean }
  | { readonly kind: 'object'; readonly fields: readonly NamedField[] }
  | { readonly kind: 'array'; readonly minItems: number; readonly maxItems: number; readonly items: FieldDef };

export interface NamedField {
  readonly name: string;
  readonly def: FieldDef;
}

/** One entity type of the catalogue: a pool of fields from which task schemas are drawn. */
export interface EntityDef {
  /** snake_case id, unique across the catalogue. */
  readonly name: string;
  readonly domain: string;
  readonly singular: string;
  readonly plural: string;
  /** Short contexts completing "N <plural> …", e.g. "for a jazz trio's spring tour". */
  readonly topics: readonly string[];
  /** Wrapper key names that suit the entity. */
  readonly keys: readonly string[];
  readonly fields: readonly NamedField[];
}

/** The row's `entity_type`: `<domain>__<name>`. */
export function entityType(e: EntityDef): string {
  return `${e.domain}__${e.name}`;
}

export const STYLES = ['json_schema', 'annotated_example', 'chat', 'path_glossary', 'bullet_paths', 'ascii_table'] as const;
export type Style = (typeof STYLES)[number];
export type OutputFormat = 'json' | 'yaml';

/** The output rules of one task (what the validator checks besides the schema). */
export interface Controls {
  readonly format: OutputFormat;
  /** An exact count or an inclusive `[min, max]` range. */
  readonly count: number | readonly [number, number];
  /** The wrapper key, or null for a bare list. */
  readonly key: string | null;
  readonly fence: boolean;
  readonly noCommentary: boolean;
}

export interface IfstructConfig {
  /** Weights of [json, yaml]. */
  readonly formats: readonly [number, number];
  readonly prose_share: number;
  readonly revision_share: number;
  readonly styles: readonly Style[];
  readonly min_fields: number;
  readonly max_fields: number;
  readonly max_depth: number;
  readonly min_count: number;
  readonly max_count: number;
  readonly fence_share: number;
  readonly wrapper_share: number;
  readonly range_share: number;
  readonly no_commentary_share: number;
  readonly null_share: number;
  /** Entity names or domains to draw from; empty means the whole catalogue. */
  readonly entity_types: readonly string[];
}

/** A JSON Schema as emitted into rows (plain JSON). */
export type JsonSchema = { readonly [k: string]: unknown };

/** One generated ifstruct row (the runner adds id, split and instance_hash). */
export interface IfstructRow {
  readonly seed: number;
  readonly entity_type: string;
  readonly prompt: string;
  readonly json_schema: JsonSchema;
  readonly top_level_count: number | [number, number];
  readonly top_level_key: string | null;
  readonly require_wrapper_key: boolean;
  readonly require_code_block: boolean;
  readonly require_no_commentary: boolean;
  readonly output_format: OutputFormat;
  readonly style: Style;
  readonly prose: boolean;
  readonly witness: string;
}
