/**
 * heed: verifiable instruction following and structured output.
 *
 * Subpath entry points keep imports small: `heed/text`, `heed/constraints`, `heed/structured`,
 * `heed/score`. This root re-exports the most used names.
 */
export { getRegistry, validateParams, ifevalConstraints, ifbenchConstraints, iftrainConstraints } from './constraints/index.js';
export type { Constraint, CheckResult, CheckContext, Family, ParamSpec, Params, JsonValue } from './constraints/index.js';
export { parseGroundTruth } from './constraints/ground-truth.js';
export { removeThinkingSection } from './constraints/iftrain/reward.js';
export { evaluateInstructions, getBench, scoreInputRow, stripThinking } from './score/index.js';
export { validateIfstructRow, parseIfstructTask, checkJsonSchema, scoreExtraction } from './structured/index.js';
