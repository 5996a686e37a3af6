/**
 * Strict and loose evaluation of instruction-following tasks (IFEval, IFBench, IFTrain families).
 *
 * Strict: each checker sees the response as is; a blank response fails every instruction.
 * Loose: an instruction passes if any non-blank variant of `looseVariants` passes it.
 * Checkers are pure, so the strict verdict doubles as the first loose variant's verdict.
 */
import type { CheckContext, Constraint, Params } from '../constraints/types.js';
import { isBlank, looseVariants } from './variants.js';

/** A task whose parameters have been validated against its constraints. */
export interface InstructionTask {
  readonly prompt: string;
  readonly instructionIds: readonly string[];
  readonly constraints: readonly Constraint[];
  readonly params: readonly Params[];
}

export interface InstructionVerdicts {
  readonly strict: boolean[];
  readonly loose: boolean[];
  /** One sentence per instruction explaining its strict verdict. */
  readonly reasons: string[];
}

const BLANK_REASON = 'the response is empty (or only whitespace), which fails every instruction';

/** Runs a checker; a checker that throws (a bug) is reported as a failed check, never a crash. */
function runCheck(constraint: Constraint, text: string, params: Params, ctx: CheckContext): { ok: boolean; reason: string } {
  try {
    return constraint.check(text, params, ctx);
  } catch (error) {
    return { ok: false, reason: `the ${constraint.id} checker failed: ${(error as Error).message}` };
  }
}

/**
 * The loose variants still worth checking once the response itself has failed: non-blank, and
 * different from the response and from each other (checkers are pure, so a repeated text gives
 * the same verdict; e.g. a response without `*` equals its `*`-free variant).
 */
function distinctLooseVariants(response: string): string[] {
  // Plain comparisons, not a Set: hashing hashes every character of long texts, while texts of
  // different lengths (most variants) compare in constant time.
  const out: string[] = [];
  for (const text of looseVariants(response)) {
    if (text === response || out.includes(text) || isBlank(text)) continue;
    out.push(text);
  }
  return out;
}

export function evaluateInstructions(task: InstructionTask, response: string): InstructionVerdicts {
  const ctx: CheckContext = { prompt: task.prompt };
  const n = task.constraints.length;
  const strict: boolean[] = new Array<boolean>(n);
  const loose: boolean[] = new Array<boolean>(n);
  const reasons: string[] = new Array<string>(n);
  const blank = isBlank(response);
  let variants: string[] | null = null;
  for (let i = 0; i < n; i++) {
    const constraint = task.constraints[i]!;
    const params = task.params[i]!;
    if (blank) {
      strict[i] = false;
      reasons[i] = BLANK_REASON;
    } else {
      const result = runCheck(constraint, response, params, ctx);
      strict[i] = result.ok;
      reasons[i] = result.reason;
    }
    if (strict[i]) {
      loose[i] = true;
      continue;
    }
    variants ??= distinctLooseVariants(response);
    let passed = false;
    for (let v = 0; v < variants.length && !passed; v++) {
      if (runCheck(constraint, variants[v]!, params, ctx).ok) passed = true;
    }
    loose[i] = passed;
  }
  return { strict, loose, reasons };
}

/** Strict verdicts only (no loose variants): what a reward or a witness check needs. */
export function evaluateStrict(task: InstructionTask, response: string): boolean[] {
  if (isBlank(response)) return task.constraints.map(() => false);
  const ctx: CheckContext = { prompt: task.prompt };
  return task.constraints.map((constraint, i) => runCheck(constraint, response, task.params[i]!, ctx).ok);
}

/** Share of instructions passed (0 for an empty list). */
export function fractionPassed(verdicts: readonly boolean[]): number {
  if (verdicts.length === 0) return 0;
  let passed = 0;
  for (const v of verdicts) if (v) passed++;
  return passed / verdicts.length;
}
