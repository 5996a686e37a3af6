/**
 * The constraint registries heed scores with.
 *
 * - `ifeval`: Google's 25 IFEval types.
 * - `ifbench`: AllenAI's 58 IFBench types plus its copy of the 25 IFEval types (which differs from
 *   Google's only in `keywords:letter_frequency` accepting a–z letters alone).
 * - `iftrain`: open-instruct's IFEvalG registry: its flavour of the 25 IFEval types and the 29
 *   IFTrain types (54 ids).
 */
import { ConstraintRegistry } from './registry.js';
import type { Constraint, Family } from './types.js';
import { ifevalConstraints } from './ifeval/index.js';
import { ifbenchConstraints } from './ifbench/index.js';
import { iftrainConstraints } from './iftrain/index.js';
import { allenaiClassicConstraints } from './allenai-classic.js';

export type { Constraint, Family, CheckResult, CheckContext, ParamSpec, Params, JsonValue } from './types.js';
export { defineConstraint } from './types.js';
export { validateParams } from './params.js';
export { ConstraintRegistry } from './registry.js';
export { ifevalConstraints, ifbenchConstraints, iftrainConstraints };

const registries = new Map<Family, ConstraintRegistry>();

function build(family: Family): readonly Constraint[] {
  switch (family) {
    case 'ifeval':
      return ifevalConstraints;
    case 'ifbench':
      return [...allenaiClassicConstraints, ...ifbenchConstraints];
    case 'iftrain':
      return iftrainConstraints;
  }
}

/** The registry of a family, built once per process. */
export function getRegistry(family: Family): ConstraintRegistry {
  let registry = registries.get(family);
  if (!registry) {
    registry = new ConstraintRegistry(family, build(family));
    registries.set(family, registry);
  }
  return registry;
}
