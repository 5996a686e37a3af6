/**
 * `heed generate extraction`: ThinkJSON-style triplets. A record is drawn from one of heed's
 * entity schemas (entities.ts), written as unstructured text with distractor facts (render.ts),
 * and paired with the blank JSON Schema of the chosen fields and the expected JSON. The witness
 * is the expected JSON itself, so it passes `heed score --bench extraction` with field_match 1
 * and noise 0 by construction (tests check it on thousands of rows).
 */
import { UsageError } from '../../core/errors.js';
import type { Rng } from '../rng.js';
import type { ChatMessage, Draw, Generator, KnobSpec } from '../types.js';
import { ENTITIES, ENTITY_NAMES, getEntity, type EntitySchema } from './entities.js';
import { blankSchema, drawRecord, recordValue, type JsonData } from './record.js';
import { DATE_STYLES, GENERIC_DISTRACTORS, TEXT_FORMATS, fillDistractor, renderText, type DateStyleKnob, type TextFormat } from './render.js';

export { ENTITIES, ENTITY_NAMES, type EntitySchema, type FieldSpec } from './entities.js';
export { TEXT_FORMATS, type TextFormat } from './render.js';

export interface ExtractionConfig {
  /** Entity types to draw from; empty means all. */
  readonly entities: readonly string[];
  readonly formats: readonly TextFormat[];
  readonly min_distractors: number;
  readonly max_distractors: number;
  readonly optional_rate: number;
  readonly null_rate: number;
  readonly max_items: number;
  readonly date_style: DateStyleKnob;
  readonly fence_witness: boolean;
}

export interface ExtractionRow {
  readonly entity_type: string;
  readonly text_format: TextFormat;
  /** The instruction with the schema and the text, as one user message. */
  readonly prompt: string;
  readonly text: string;
  /** The blank JSON Schema. */
  readonly schema: Record<string, unknown>;
  /** The filled JSON a response must reproduce. */
  readonly expected: { [key: string]: JsonData };
  /** A response that passes: the expected JSON (fenced when `fence_witness`). */
  readonly witness: string;
}

export const EXTRACTION_KNOBS: readonly KnobSpec[] = [
  { name: 'entities', kind: 'string_list', choices: ENTITY_NAMES, default: [], doc: `entity types to draw from (empty: all ${ENTITY_NAMES.length})` },
  { name: 'formats', kind: 'string_list', choices: TEXT_FORMATS, default: [...TEXT_FORMATS], doc: 'text forms the record is written in' },
  { name: 'min_distractors', kind: 'integer', min: 0, max: 10, default: 1, doc: 'fewest distractor facts (details the schema does not ask for) per text' },
  { name: 'max_distractors', kind: 'integer', min: 0, max: 10, default: 3, doc: 'most distractor facts per text' },
  { name: 'optional_rate', kind: 'number', min: 0, max: 1, default: 0.6, doc: 'probability that an optional field is part of a task' },
  { name: 'null_rate', kind: 'number', min: 0, max: 1, default: 0.15, doc: 'probability that a nullable field is "not provided" (expected null)' },
  { name: 'max_items', kind: 'integer', min: 1, max: 10, default: 4, doc: 'upper bound on array lengths' },
  { name: 'date_style', kind: 'string', choices: DATE_STYLES, default: 'mixed', doc: 'how dates are written in the text: iso, or mixed (ISO, "March 5, 2024", "5 March 2024")' },
  { name: 'fence_witness', kind: 'boolean', default: false, doc: 'wrap the witness in a ```json fence (pretty-printed)' },
];

const DEFAULTS: ExtractionConfig = Object.fromEntries(EXTRACTION_KNOBS.map((k) => [k.name, k.default])) as unknown as ExtractionConfig;

function knobError(name: string, message: string): UsageError {
  return new UsageError(`extraction: --${name.replace(/_/g, '-')} ${message}`);
}

/** Validates knob values over the defaults; unknown names and bad values are usage errors. */
export function configureExtraction(partial: Readonly<Record<string, unknown>>): ExtractionConfig {
  const out: Record<string, unknown> = { ...DEFAULTS };
  for (const [name, value] of Object.entries(partial)) {
    if (value === undefined) continue;
    const spec = EXTRACTION_KNOBS.find((k) => k.name === name);
    if (!spec) throw new UsageError(`extraction: unknown setting '${name}' (known: ${EXTRACTION_KNOBS.map((k) => k.name).join(', ')})`);
    switch (spec.kind) {
      case 'integer':
      case 'number': {
        if (typeof value !== 'number' || !Number.isFinite(value) || (spec.kind === 'integer' && !Number.isInteger(value))) {
          throw knobError(name, `expects ${spec.kind === 'integer' ? 'a whole number' : 'a number'}, got ${JSON.stringify(value)}`);
        }
        if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
          throw knobError(name, `must be between ${spec.min} and ${spec.max}, got ${value}`);
        }
        out[name] = value;
        break;
      }
      case 'boolean':
        if (typeof value !== 'boolean') throw knobError(name, `expects true or false, got ${JSON.stringify(value)}`);
        out[name] = value;
        break;
      case 'string':
        if (typeof value !== 'string' || (spec.choices && !spec.choices.includes(value))) {
          throw knobError(name, `expects one of ${spec.choices?.join(', ')}, got ${JSON.stringify(value)}`);
        }
        out[name] = value;
        break;
      case 'string_list': {
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw knobError(name, 'expects a list of names');
        const bad = (value as string[]).filter((v) => spec.choices && !spec.choices.includes(v));
        if (bad.length) throw knobError(name, `has unknown value${bad.length > 1 ? 's' : ''} ${bad.map((b) => `'${b}'`).join(', ')} (known: ${spec.choices?.join(', ')})`);
        // Order and repeats do not change what is drawn, so the config is normalised.
        out[name] = [...new Set(value as string[])].sort();
        break;
      }
      default:
        throw knobError(name, 'has an unsupported kind');
    }
  }
  const config = out as unknown as ExtractionConfig;
  if (config.formats.length === 0) throw knobError('formats', 'needs at least one text form');
  if (config.min_distractors > config.max_distractors) {
    throw knobError('min_distractors', `(${config.min_distractors}) is larger than --max-distractors (${config.max_distractors})`);
  }
  return config;
}

const INSTRUCTIONS: ReadonlyArray<(title: string) => string> = [
  () =>
    'Extract the information from the text below as JSON that conforms to the JSON Schema. Include only the fields the schema defines, and answer with the JSON object alone.',
  (t) => `Read the following ${t} and fill in the JSON Schema with the details it contains. Reply with a single JSON object and nothing else.`,
  () => 'Using only facts stated in the text, produce a JSON object that matches this schema. Ignore details the schema does not ask for. Output only the JSON.',
  (t) => `Turn this ${t} into structured data. Return one JSON object valid against the schema below, with every required field filled in from the text; no commentary.`,
];

function buildPrompt(rng: Rng, title: string, schema: Record<string, unknown>, text: string): string {
  const instruction = rng.pick(INSTRUCTIONS)(title);
  const schemaBlock = `JSON Schema:\n${JSON.stringify(schema, null, 2)}`;
  const textBlock = `Text:\n"""\n${text}\n"""`;
  return rng.chance(0.5) ? `${instruction}\n\n${schemaBlock}\n\n${textBlock}` : `${instruction}\n\n${textBlock}\n\n${schemaBlock}`;
}

/** The witness for an expected value: compact JSON, or pretty JSON in a ```json fence. */
export function extractionWitness(expected: unknown, fenced: boolean): string {
  return fenced ? `\`\`\`json\n${JSON.stringify(expected, null, 2)}\n\`\`\`` : JSON.stringify(expected);
}

function drawExtraction(rng: Rng, config: ExtractionConfig): Draw<ExtractionRow> {
  const pool: readonly EntitySchema[] = config.entities.length ? config.entities.map((n) => getEntity(n)!) : ENTITIES;
  const entity = rng.pick(pool);
  const format = rng.pick(config.formats);
  const chosen = drawRecord(rng, entity, { optionalRate: config.optional_rate, nullRate: config.null_rate, maxItems: config.max_items });
  const expected = recordValue(chosen);
  const schema = blankSchema(entity, chosen);
  const nDistractors = rng.int(config.min_distractors, config.max_distractors);
  const templates = rng.sample([...entity.distractors, ...GENERIC_DISTRACTORS], nDistractors);
  const distractors = templates.map((t) => fillDistractor(rng, t));
  const text = renderText(rng, chosen, { format, dateStyle: config.date_style, title: entity.title, distractors });
  const prompt = buildPrompt(rng, entity.title, schema, text);
  const row: ExtractionRow = {
    entity_type: entity.name,
    text_format: format,
    prompt,
    text,
    schema,
    expected,
    witness: extractionWitness(expected, config.fence_witness),
  };
  // The instance: the template (entity, text form) and everything drawn for it. The text holds
  // every surface choice, so two equal instances are the same task.
  return { row, instance: { generator: 'extraction', entity: entity.name, format, expected, text } };
}

export const extractionGenerator: Generator<ExtractionConfig, ExtractionRow> = {
  name: 'extraction',
  description: 'ThinkJSON-style extraction: unstructured text with distractors, a blank JSON Schema and the expected JSON',
  ability: 'extraction',
  knobs: EXTRACTION_KNOBS,
  configure: configureExtraction,
  draw: (rng, config) => drawExtraction(rng, config),
  family: () => 'extraction',
  messages: (row): ChatMessage[] => [{ role: 'user', content: row.prompt }],
};
