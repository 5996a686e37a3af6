/**
 * Loading one family's registry on demand. `heed score --bench ifeval` (and each of its worker
 * threads) then compiles only the IFEval checkers, not IFBench's tagger or IFTrain's 54 ids.
 * Library users who want everything at once use `getRegistry` from './index.js'.
 */
import { ConstraintRegistry } from './registry.js';
import type { Constraint, Family } from './types.js';

const loaded = new Map<Family, ConstraintRegistry>();

async function constraintsOf(family: Family): Promise<readonly Constraint[]> {
  switch (family) {
    case 'ifeval':
      return (await import('./ifeval/index.js')).ifevalConstraints;
    case 'ifbench': {
      const [classic, ifbench] = await Promise.all([import('./allenai-classic.js'), import('./ifbench/index.js')]);
      return [...classic.allenaiClassicConstraints, ...ifbench.ifbenchConstraints];
    }
    case 'iftrain':
      return (await import('./iftrain/index.js')).iftrainConstraints;
  }
}

/** The registry of a family, loading its modules on first use. */
export async function loadRegistry(family: Family): Promise<ConstraintRegistry> {
  let registry = loaded.get(family);
  if (!registry) {
    registry = new ConstraintRegistry(family, await constraintsOf(family));
    loaded.set(family, registry);
  }
  return registry;
}
