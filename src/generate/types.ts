/**
 * The generator model. A generator is created by name from a typed, validated config with
 * documented defaults; it draws one candidate task from a seeded stream; the runner (run.ts) turns
 * draws into rows that depend only on (generator, config, seed, split, i).
 */
import type { Rng } from './rng.js';

export type GeneratorName = 'ifstruct' | 'constraints' | 'extraction';
export type Split = 'train' | 'test';
export type Ability = 'instruction_following' | 'structured_output' | 'extraction';

/** One chat message of a prompt. */
export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** A generator setting, shown by `heed generate list` and `heed generate NAME --help`. */
export interface KnobSpec {
  /** Name in the config object (snake_case); the CLI flag is `--` + the name with `-` for `_`. */
  readonly name: string;
  readonly kind: 'integer' | 'number' | 'boolean' | 'string' | 'string_list' | 'number_list';
  /** Allowed values for string knobs, or for each item of a string_list knob. */
  readonly choices?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly default: unknown;
  readonly doc: string;
}

/**
 * A drawn task: the output row (without id/split, which the runner adds) and its split key.
 * The runner reads `row` only for draws whose instance falls in the requested split, so a
 * generator may make `row` a getter that builds the expensive parts (witness) on first read.
 */
export interface Draw<Row extends object> {
  readonly row: Row;
  /**
   * The normalised (template, parameters) instance this task was made from. Its hash decides the
   * split (train/test are disjoint by construction) and `heed generate check-overlap` compares it.
   * Two draws with equal instances are the same task.
   */
  readonly instance: unknown;
}

export interface Generator<Config extends object, Row extends object> {
  readonly name: GeneratorName;
  readonly description: string;
  readonly ability: Ability;
  readonly knobs: readonly KnobSpec[];
  /** Validates knob values (already typed by the CLI or given by a library user) over the defaults. */
  configure(partial: Readonly<Record<string, unknown>>): Config;
  /** Draws one candidate task. Must use only `rng` for randomness. */
  draw(rng: Rng, config: Config, index: number): Draw<Row>;
  /** The bench family that scores a row (`heed score --bench ...`). */
  family(row: Row): string;
  /** The prompt as chat messages, for trainer exports. */
  messages(row: Row): ChatMessage[];
}

/** What every generated row carries besides its generator's own fields. */
export interface RowEnvelope {
  readonly id: string;
  readonly split: Split;
  /** Hex SHA-256 of the canonical JSON of the instance. */
  readonly instance_hash: string;
}

// Each generator has its own Config and Row types; the registry stores them behind this alias.
export type AnyGenerator = Generator<object, object>;
