/**
 * `heed generate constraints`: IF-RLVR-style multi-constraint prompts.
 *
 * A row is a base task (heed's template pool or a user file) plus 1–6 constraints drawn from the
 * chosen families, never two that the conflict table keeps apart, with every parameter drawn from
 * widened ranges and written into `kwargs`. The instruction text is each constraint's describe().
 * A share of rows is multi-turn (user task → assistant answer → user constraint request, as in
 * IFBench multi-turn). Each row carries a witness answer when heed's builders compose one that
 * passes the scorer strictly. Docs: docs/generators-constraints.md.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import { getRegistry, ifbenchConstraints } from '../../constraints/index.js';
import type { Constraint, JsonValue, Params } from '../../constraints/types.js';
import { IFEVAL_IDS } from '../../constraints/iftrain/ifeval-flavour.js';
import { IFTRAIN_IDS } from '../../constraints/iftrain/index.js';
import type { Rng } from '../rng.js';
import type { ChatMessage, Draw, Generator, KnobSpec } from '../types.js';
import { drawPoolTask, type BaseTask } from './base-tasks.js';
import { conflictTable } from './conflicts.js';
import { drawParams, rowContext, type DrawState, type Range } from './params.js';
import { witnessCheck } from './verify.js';
import { buildWitness, childRng, plainAnswer } from './witness.js';

export type ConstraintFamily = 'ifeval' | 'iftrain' | 'ifbench';

export interface ConstraintsConfig {
  readonly families: readonly ConstraintFamily[];
  /** Relative weights of 1, 2, …, 6 constraints per row. */
  readonly count_weights: readonly number[];
  readonly multi_turn_share: number;
  /** '' for heed's template pool, else a JSONL (`prompt` field) or plain-text file of base tasks. */
  readonly prompts_file: string;
  /** JSON object: `"id.param": [lo, hi]` (numbers) or `"id.param": ["a", "b"]` (string choices). */
  readonly ranges: string;
  readonly witness: boolean;
}

export interface ConstraintsRow {
  readonly prompt: string;
  readonly instruction_id_list: string[];
  readonly kwargs: Record<string, JsonValue>[];
  readonly messages?: ChatMessage[];
  readonly witness?: string;
}

const FAMILIES: readonly ConstraintFamily[] = ['ifeval', 'iftrain', 'ifbench'];

export const CONSTRAINTS_KNOBS: readonly KnobSpec[] = [
  {
    name: 'families',
    kind: 'string_list',
    choices: FAMILIES,
    default: ['ifeval', 'iftrain'],
    doc: 'Constraint families to draw from: ifeval (the 25 IFEval types) and iftrain (the 29 IFTrain types) for training rows scored with --bench iftrain; ifbench (the 58 IFBench types, held out) scored with --bench ifbench. ifbench can join ifeval but not iftrain.',
  },
  {
    name: 'count_weights',
    kind: 'number_list',
    min: 0,
    default: [0.1, 0.3, 0.3, 0.15, 0.1, 0.05],
    doc: 'Relative weights of 1, 2, 3, 4, 5 and 6 constraints per row (six non-negative numbers, not all 0).',
  },
  { name: 'multi_turn_share', kind: 'number', min: 0, max: 1, default: 0.2, doc: 'Share of rows written as multi-turn conversations (task, answer, constraint request).' },
  { name: 'prompts_file', kind: 'string', default: '', doc: 'Base tasks from a file instead of heed\'s pool: JSONL with a "prompt" field, or plain text, one task a line.' },
  {
    name: 'ranges',
    kind: 'string',
    default: '',
    doc: 'JSON overrides of parameter ranges: {"id.param": [lo, hi]} for numbers, {"id.param": ["a", "b"]} for string choices (e.g. {"length_constraints:number_words.num_words": [200, 400]}).',
  },
  { name: 'witness', kind: 'boolean', default: true, doc: 'Build and verify a witness answer per row (rows whose constraints do not compose keep none).' },
];

const DEFAULTS: ConstraintsConfig = {
  families: ['ifeval', 'iftrain'],
  count_weights: [0.1, 0.3, 0.3, 0.15, 0.1, 0.05],
  multi_turn_share: 0.2,
  prompts_file: '',
  ranges: '',
  witness: true,
};

function knobError(name: string, message: string): UsageError {
  return new UsageError(`constraints: --${name.replaceAll('_', '-')} ${message}`);
}

interface ParsedRanges {
  readonly ranges: Record<string, Range>;
  readonly choices: Record<string, readonly string[]>;
}

const parsedRangesCache = new Map<string, ParsedRanges>();

/** Parses and validates the `ranges` knob (every key must name a real id and parameter). */
export function parseRanges(text: string): ParsedRanges {
  const cached = parsedRangesCache.get(text);
  if (cached) return cached;
  const out: ParsedRanges = { ranges: {}, choices: {} };
  if (text.trim() !== '') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw knobError('ranges', `is not valid JSON: ${(error as Error).message}`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw knobError('ranges', 'must be a JSON object of "id.param" keys');
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const dot = key.lastIndexOf('.');
      const id = key.slice(0, dot);
      const param = key.slice(dot + 1);
      const c = getRegistry('iftrain').get(id) ?? getRegistry('ifbench').get(id);
      const spec = c?.params.find((p) => p.name === param);
      if (!c || !spec) throw knobError('ranges', `has an unknown key '${key}' (expected "instruction_id.parameter")`);
      if (!Array.isArray(v) || v.length === 0) throw knobError('ranges', `'${key}' must be [lo, hi] or a list of strings`);
      if (spec.kind === 'integer' || spec.kind === 'number') {
        const [lo, hi] = v as unknown[];
        if (v.length !== 2 || typeof lo !== 'number' || typeof hi !== 'number' || !(lo <= hi) || (spec.kind === 'integer' && (!Number.isInteger(lo) || !Number.isInteger(hi)))) {
          throw knobError('ranges', `'${key}' must be [lo, hi] with ${spec.kind === 'integer' ? 'whole numbers' : 'numbers'} and lo <= hi`);
        }
        if (lo < 0) throw knobError('ranges', `'${key}' must not go below 0`);
        out.ranges[key] = [lo, hi];
      } else {
        if (!(v as unknown[]).every((x) => typeof x === 'string' && x.trim() !== '')) throw knobError('ranges', `'${key}' must be a list of non-empty strings`);
        if (spec.kind === 'enum' && spec.choices && (v as string[]).some((x) => !spec.choices!.includes(x))) {
          throw knobError('ranges', `'${key}' allows only ${spec.choices.join(', ')}`);
        }
        out.choices[key] = v as string[];
      }
    }
  }
  parsedRangesCache.set(text, out);
  return out;
}

const promptsCache = new Map<string, readonly string[]>();

/** Reads base tasks from a JSONL (`prompt` field) or plain-text file; errors name file and line. */
export function loadPromptsFile(path: string): readonly string[] {
  const cached = promptsCache.get(path);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw knobError('prompts_file', `cannot read ${path}: ${(error as Error).message}`);
  }
  const lines = text.split(/\r?\n/);
  const firstLine = lines.find((l) => l.trim() !== '') ?? '';
  const jsonl = firstLine.trimStart().startsWith('{');
  const prompts: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    if (!jsonl) {
      prompts.push(line.trim());
      return;
    }
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (error) {
      throw new UsageError(`${path} line ${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    const prompt = row && typeof row === 'object' && !Array.isArray(row) ? (row as Record<string, unknown>)['prompt'] : undefined;
    if (typeof prompt !== 'string' || prompt.trim() === '') throw new UsageError(`${path} line ${i + 1}: expected an object with a non-empty string "prompt"`);
    prompts.push(prompt.trim());
  });
  if (prompts.length === 0) throw new UsageError(`${path}: no prompts found`);
  promptsCache.set(path, prompts);
  return prompts;
}

export function configureConstraints(partial: Readonly<Record<string, unknown>>): ConstraintsConfig {
  const out: Record<string, unknown> = { ...DEFAULTS };
  for (const [name, value] of Object.entries(partial)) {
    if (value === undefined) continue;
    const spec = CONSTRAINTS_KNOBS.find((k) => k.name === name);
    if (!spec) throw new UsageError(`constraints: unknown setting '${name}' (known: ${CONSTRAINTS_KNOBS.map((k) => k.name).join(', ')})`);
    switch (spec.kind) {
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) throw knobError(name, `expects a number, got ${JSON.stringify(value)}`);
        if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
          throw knobError(name, `must be between ${spec.min} and ${spec.max}, got ${value}`);
        }
        out[name] = value;
        break;
      case 'boolean':
        if (typeof value !== 'boolean') throw knobError(name, `expects true or false, got ${JSON.stringify(value)}`);
        out[name] = value;
        break;
      case 'string':
        if (typeof value !== 'string') throw knobError(name, `expects a string, got ${JSON.stringify(value)}`);
        out[name] = value;
        break;
      case 'string_list': {
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw knobError(name, 'expects a list of names');
        const bad = (value as string[]).filter((v) => !spec.choices!.includes(v));
        if (bad.length) throw knobError(name, `has unknown value${bad.length > 1 ? 's' : ''} ${bad.map((b) => `'${b}'`).join(', ')} (known: ${spec.choices!.join(', ')})`);
        out[name] = FAMILIES.filter((f) => (value as string[]).includes(f));
        break;
      }
      case 'number_list': {
        if (!Array.isArray(value) || value.length !== 6 || value.some((v) => typeof v !== 'number' || !Number.isFinite(v) || v < 0)) {
          throw knobError(name, 'expects six non-negative numbers (weights of 1 to 6 constraints)');
        }
        if (!(value as number[]).some((v) => v > 0)) throw knobError(name, 'needs at least one positive weight');
        out[name] = [...(value as number[])];
        break;
      }
      default:
        throw knobError(name, 'has an unsupported kind');
    }
  }
  const config = out as unknown as ConstraintsConfig;
  if (config.families.length === 0) throw knobError('families', 'needs at least one family');
  if (config.families.includes('ifbench') && config.families.includes('iftrain')) {
    throw knobError('families', 'cannot mix ifbench with iftrain (their rows are scored by different benches)');
  }
  parseRanges(config.ranges);
  if (config.prompts_file !== '') loadPromptsFile(config.prompts_file);
  return config;
}

// --- drawing ------------------------------------------------------------------------------------

interface Pool {
  readonly bench: 'iftrain' | 'ifbench';
  readonly constraints: readonly Constraint[];
  /** The constraints multi-turn rows may use (those that do not copy the request). */
  readonly multiTurn: readonly Constraint[];
}

const poolCache = new Map<string, Pool>();

function poolFor(families: readonly ConstraintFamily[]): Pool {
  const key = families.join(',');
  const cached = poolCache.get(key);
  if (cached) return cached;
  const bench = families.includes('ifbench') ? 'ifbench' : 'iftrain';
  const registry = getRegistry(bench);
  const ids: string[] = [];
  if (families.includes('ifeval')) ids.push(...IFEVAL_IDS);
  if (families.includes('iftrain')) ids.push(...IFTRAIN_IDS);
  if (families.includes('ifbench')) ids.push(...ifbenchConstraints.map((c) => c.id));
  const constraints = ids.map((id) => registry.get(id)!);
  const pool: Pool = { bench, constraints, multiTurn: constraints.filter((c) => !copiesPrompt(c)) };
  poolCache.set(key, pool);
  return pool;
}

/** Ids that copy the request; they are left out of multi-turn rows, whose request spans turns. */
function copiesPrompt(c: Constraint): boolean {
  return c.params.some((p) => p.name === 'prompt_to_repeat') || c.id === 'ratio:overlap';
}

function chooseConstraints(rng: Rng, candidates: readonly Constraint[], k: number): Constraint[] {
  const table = conflictTable();
  let best: Constraint[] = [];
  for (let tries = 0; tries < 4 && best.length < k; tries++) {
    const chosen: Constraint[] = [];
    const chosenIds: string[] = [];
    for (const c of rng.shuffle(candidates)) {
      if (chosen.length >= k) break;
      // A constraint that excludes everything else may only stand alone.
      if (k > 1 && chosen.length === 0 && candidates.every((o) => o === c || table.conflicts(c.id, o.id))) continue;
      if (table.compatible(c.id, chosenIds)) {
        chosen.push(c);
        chosenIds.push(c.id);
      }
    }
    if (chosen.length > best.length) best = chosen;
  }
  return best;
}

const FOLLOW_UPS: readonly string[] = [
  'Now rewrite your answer so that it follows these instructions.',
  'Please revise your previous response with the following requirements.',
  'Rewrite the answer above. This time:',
  'Thanks. Please redo your answer and make sure of the following.',
  'Change your response to meet these constraints.',
  'Rework your last reply according to these rules.',
];

function drawBase(rng: Rng, config: ConstraintsConfig): BaseTask {
  if (config.prompts_file === '') return drawPoolTask(rng);
  const prompts = loadPromptsFile(config.prompts_file);
  const text = rng.pick(prompts);
  return { text, template: 'file', slots: { prompt: text }, topic: null };
}

function drawRow(rng: Rng, config: ConstraintsConfig): Draw<ConstraintsRow> {
  const pool = poolFor(config.families);
  const overrides = parseRanges(config.ranges);
  const base = drawBase(rng, config);
  const multi = rng.chance(config.multi_turn_share);
  const k = rng.weighted([1, 2, 3, 4, 5, 6], config.count_weights);
  const candidates = multi ? pool.multiTurn : pool.constraints;
  const chosen = chooseConstraints(rng, candidates, k);
  const ids = chosen.map((c) => c.id);
  const ctx = rowContext(ids, base.text);
  const state: DrawState = { usedKeywords: new Set(), choices: overrides.choices, ranges: overrides.ranges };
  const kwargs = chosen.map((c) => drawParams(c, rng, ctx, state));
  const normalised = ids.map((id, i) => [id, kwargs[i]] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const instance = {
    base: { template: base.template, slots: base.slots },
    turns: multi ? 'multi' : 'single',
    constraints: normalised,
  };
  // Everything after the instance (descriptions, the multi-turn answer, the witness) is built
  // only when the row is read: the runner reads `row` only for draws whose instance hash falls
  // in the requested split, so the draws it discards (about half) never pay for a witness. The
  // rng is this draw's own stream and nothing else draws from it after the instance, so the
  // row is the same whenever it is built.
  let row: ConstraintsRow | null = null;
  const build = (): ConstraintsRow => {
    const descriptions = chosen.map((c, i) => c.describe(kwargs[i] as Params));
    let prompt: string;
    let messages: ChatMessage[] | undefined;
    if (multi) {
      const answer = plainAnswer(childRng(rng, 1), base.topic);
      prompt = `${rng.pick(FOLLOW_UPS)} ${descriptions.join(' ')}`;
      messages = [
        { role: 'user', content: base.text },
        { role: 'assistant', content: answer },
        { role: 'user', content: prompt },
      ];
    } else {
      prompt = `${base.text} ${descriptions.join(' ')}`;
    }
    let witness: string | null = null;
    if (config.witness) {
      const check = witnessCheck(pool.bench, prompt, ids, chosen, kwargs as Params[]);
      witness = buildWitness({ ids, params: kwargs as Params[], topic: base.topic }, childRng(rng, 2), check);
    }
    return {
      prompt,
      instruction_id_list: ids,
      kwargs,
      ...(messages ? { messages } : {}),
      ...(witness !== null ? { witness } : {}),
    };
  };
  return {
    instance,
    get row(): ConstraintsRow {
      row ??= build();
      return row;
    },
  };
}

/** The 58 IFBench ids (the ifbench registry also holds AllenAI's copy of the 25 IFEval ids). */
const IFBENCH_ONLY = new Set(ifbenchConstraints.map((c) => c.id));

export const constraintsGenerator: Generator<ConstraintsConfig, ConstraintsRow> = {
  name: 'constraints',
  description:
    'IF-RLVR-style prompts: a base task plus 1–6 conflict-free constraints with widened parameter ranges, single- or multi-turn, each with a verified witness answer where one composes.',
  ability: 'instruction_following',
  knobs: CONSTRAINTS_KNOBS,
  configure: configureConstraints,
  draw: (rng, config) => drawRow(rng, config),
  family: (row) => (row.instruction_id_list.some((id) => IFBENCH_ONLY.has(id)) ? 'ifbench' : 'iftrain'),
  messages: (row) => row.messages ?? [{ role: 'user', content: row.prompt }],
};

export { conflictTable, ConflictTable } from './conflicts.js';
export { POOL_SIZE, TOPICS, TASK_TYPES, AUDIENCES, LENGTHS, renderPoolTask } from './base-tasks.js';
export { DEFAULT_RANGES } from './params.js';
export { buildWitness, WITNESS_IDS } from './witness.js';
