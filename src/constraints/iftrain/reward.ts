/**
 * open-instruct's IF training reward (IFEvalVerifier), minus its random parameter fallbacks:
 * the thinking section is removed, every constraint is checked strictly on what is left, and the
 * reward is the share of constraints passed. An empty response or an empty answer scores 0.
 */
import { pyStrip } from '../../text/python.js';
import type { CheckContext, CheckResult, Constraint, Params } from '../types.js';

/**
 * open-instruct's `remove_thinking_section`, step by step:
 * 1. delete every `<|assistant|>` and strip;
 * 2. keep only the text after the last `</think>` (an opening `<think>` plays no role: without a
 *    closing tag everything is kept, tag included; text before `<think>` goes with the thinking);
 * 3. delete every `<answer>` and `</answer>`;
 * 4. strip (Python whitespace: U+0085 and U+001C–U+001F count, U+FEFF does not).
 * Tags are case-sensitive.
 */
export function removeThinkingSection(response: string): string {
  let text = pyStrip(response.replaceAll('<|assistant|>', ''));
  const close = text.lastIndexOf('</think>');
  if (close >= 0) text = text.slice(close + '</think>'.length);
  text = text.replaceAll('<answer>', '').replaceAll('</answer>', '');
  return pyStrip(text);
}

/** One constraint with validated parameters, ready to check. */
export interface IftrainItem {
  readonly constraint: Constraint;
  readonly params: Params;
}

export interface IftrainFractionResult {
  /** Share of constraints passed strictly (0 for an empty answer or an empty list). */
  readonly fraction: number;
  /** One strict verdict per item, with its reason. */
  readonly results: readonly CheckResult[];
  /** The text the constraints were checked against (after thinking removal). */
  readonly answer: string;
}

/**
 * The training reward for one response. Parameters must already be validated (see
 * `validateParams`); heed never substitutes random values for missing ones.
 */
export function iftrainFraction(
  response: string,
  items: readonly IftrainItem[],
  ctx: CheckContext = { prompt: '' },
): IftrainFractionResult {
  const answer = removeThinkingSection(response);
  if (response.length === 0 || answer.length === 0) {
    const reason = response.length === 0 ? 'the response is empty' : 'the answer is empty after removing the thinking section';
    return { fraction: 0, results: items.map(() => ({ ok: false, reason })), answer };
  }
  const results = items.map(({ constraint, params }): CheckResult => {
    try {
      return constraint.check(answer, params, ctx);
    } catch (e) {
      return { ok: false, reason: `checker error: ${e instanceof Error ? e.message : String(e)}` };
    }
  });
  const passed = results.filter((r) => r.ok).length;
  return { fraction: items.length === 0 ? 0 : passed / items.length, results, answer };
}
