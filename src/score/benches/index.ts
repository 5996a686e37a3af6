/** The bench registry behind `heed score --bench NAME`. */
import { instructionBench } from './instructions.js';
import { ifstructBench } from './ifstruct.js';
import { extractionBench } from './extraction.js';
import type { Bench, BenchName } from './types.js';

export { BENCH_NAMES } from './types.js';
export type { Bench, BenchName, ScoreOptions, JsonObject, RowProblem } from './types.js';

// Items and summaries differ per bench; callers treat them opaquely.
export type AnyBench = Bench<unknown, object>;

const cache = new Map<BenchName, AnyBench>();

export function getBench(name: BenchName): AnyBench {
  let bench = cache.get(name);
  if (!bench) {
    switch (name) {
      case 'ifeval':
      case 'ifbench':
      case 'iftrain':
        bench = instructionBench(name) as unknown as AnyBench;
        break;
      case 'ifstruct':
        bench = ifstructBench() as unknown as AnyBench;
        break;
      case 'extraction':
        bench = extractionBench() as unknown as AnyBench;
        break;
    }
    cache.set(name, bench);
  }
  return bench;
}
