/**
 * Witness verification with the scorer's own evaluation: the row is parsed exactly as
 * `heed score --bench iftrain|ifbench` parses it, the iftrain thinking removal is applied for
 * iftrain rows, and every instruction must pass strictly.
 */
import type { Constraint, Params } from '../../constraints/types.js';
import { removeThinkingSection } from '../../constraints/iftrain/reward.js';
import { evaluateStrict, type InstructionTask } from '../../score/evaluate.js';
import type { WitnessCheck } from './witness.js';

export function witnessCheck(
  bench: 'iftrain' | 'ifbench',
  prompt: string,
  ids: readonly string[],
  constraints: readonly Constraint[],
  params: readonly Params[],
): WitnessCheck {
  const task: InstructionTask = { prompt, instructionIds: ids, constraints, params };
  return (candidate: string) => {
    const response = bench === 'iftrain' ? removeThinkingSection(candidate) : candidate;
    // Strict verdicts are the ones evaluateInstructions reports as `strict` (loose is not needed).
    const strict = evaluateStrict(task, response);
    const failed = ids.filter((_, i) => !strict[i]);
    return { ok: failed.length === 0 && response.trim() !== '', failed };
  };
}
