/**
 * The bench registry behind `heed score --bench NAME`, loaded eagerly for library users and tests
 * (`getBench` is synchronous). The CLI loads only the bench it runs, through `loadBench`.
 */
import { getRegistry } from '../../constraints/index.js';
import { instructionBench } from './instructions.js';
import { ifstructBench } from './ifstruct.js';
import { extractionBench } from './extraction.js';
import { loadedBench, registerBench, type AnyBench } from './loaded.js';
import type { BenchName } from './types.js';

export { BENCH_NAMES } from './types.js';
export type { Bench, BenchName, ScoreOptions, JsonObject, RowProblem } from './types.js';
export { loadBench, loadedBench, type AnyBench } from './loaded.js';

let registered = false;

/** Any bench, by name (all of them are built on first call). */
export function getBench(name: BenchName): AnyBench {
  if (!registered) {
    for (const family of ['ifeval', 'ifbench', 'iftrain'] as const) {
      registerBench(instructionBench(family, getRegistry(family)) as unknown as AnyBench);
    }
    registerBench(ifstructBench() as unknown as AnyBench);
    registerBench(extractionBench() as unknown as AnyBench);
    registered = true;
  }
  return loadedBench(name);
}
