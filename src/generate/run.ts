/**
 * Turning draws into rows: determinism, splits and ids.
 *
 * Row i of split S is the first draw k = 0, 1, 2, … from `rngFromKey([generator, configHash, seed,
 * S, i, k])` whose instance hash falls in S (half of all hashes belong to each split), so rows
 * depend only on (generator, config, seed, split, i), train and test never share an instance, and
 * the same arguments give byte-identical output.
 */
import { UsageError } from '../core/errors.js';
import { hashValue, rngFromKey } from './rng.js';
import type { AnyGenerator, RowEnvelope, Split } from './types.js';

/** The split an instance belongs to: decided by its hash alone. */
export function splitOfInstance(instanceHash: string): Split {
  return parseInt(instanceHash.slice(0, 2), 16) % 2 === 0 ? 'train' : 'test';
}

export interface GenerateOptions {
  readonly count: number;
  readonly seed: number;
  readonly split: Split;
  /** First row index (rows can be generated in slices, e.g. by worker threads). */
  readonly start?: number;
}

const MAX_ATTEMPTS = 200;

export type GeneratedRow = RowEnvelope & Record<string, unknown>;

/** Yields `count` rows; each row is `{id, split, instance_hash, ...generator fields}`. */
export function* generateRows(generator: AnyGenerator, config: object, options: GenerateOptions): Generator<GeneratedRow> {
  const configHash = hashValue(config).slice(0, 16);
  const start = options.start ?? 0;
  for (let i = start; i < start + options.count; i++) {
    let accepted: GeneratedRow | null = null;
    for (let attempt = 0; attempt < MAX_ATTEMPTS && !accepted; attempt++) {
      const rng = rngFromKey([generator.name, configHash, options.seed, options.split, i, attempt]);
      const draw = generator.draw(rng, config, i);
      const instanceHash = hashValue(draw.instance);
      if (splitOfInstance(instanceHash) !== options.split) continue;
      accepted = {
        id: `${generator.name}-${options.split}-${options.seed}-${i}`,
        split: options.split,
        instance_hash: instanceHash,
        ...(draw.row as Record<string, unknown>),
      };
    }
    if (!accepted) throw new UsageError(`${generator.name}: no ${options.split} task found for row ${i} after ${MAX_ATTEMPTS} draws`);
    yield accepted;
  }
}
