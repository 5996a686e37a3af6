/**
 * Benches by name, loaded on demand: `loadBench` imports only the modules one bench needs, so the
 * CLI and every worker thread start fast. The pipeline reads loaded benches with `loadedBench`.
 */
import type { Bench, BenchName } from './types.js';

// Items and summaries differ per bench; callers treat them opaquely.
export type AnyBench = Bench<unknown, object>;

const loaded = new Map<BenchName, AnyBench>();

/** Makes a bench available to `loadedBench` (used by the eager registry in index.ts). */
export function registerBench(bench: AnyBench): void {
  loaded.set(bench.name, bench);
}

/** A bench loaded earlier by `loadBench` (or registered by importing './index.js'). */
export function loadedBench(name: BenchName): AnyBench {
  const bench = loaded.get(name);
  if (!bench) throw new Error(`the ${name} bench is not loaded; call loadBench('${name}') first`);
  return bench;
}

/** Imports and builds one bench (once per thread). */
export async function loadBench(name: BenchName): Promise<AnyBench> {
  const known = loaded.get(name);
  if (known) return known;
  let bench: AnyBench;
  switch (name) {
    case 'ifeval':
    case 'ifbench':
    case 'iftrain': {
      const [{ instructionBench }, { loadRegistry }] = await Promise.all([
        import('./instructions.js'),
        import('../../constraints/registries.js'),
      ]);
      bench = instructionBench(name, await loadRegistry(name)) as unknown as AnyBench;
      break;
    }
    case 'ifstruct':
      bench = (await import('./ifstruct.js')).ifstructBench() as unknown as AnyBench;
      break;
    case 'extraction':
      bench = (await import('./extraction.js')).extractionBench() as unknown as AnyBench;
      break;
  }
  registerBench(bench);
  return bench;
}
