/**
 * Witness verification with the scorer's own evaluation: the row is parsed exactly as
 * `heed score --bench iftrain|ifbench` parses it, the iftrain thinking removal is applied for
 * iftrain rows, and every instruction must pass strictly (a blank response fails every
 * instruction; a checker that throws counts as failed, as in `evaluateStrict`).
 *
 * A candidate is accepted only when every real checker passed it. A candidate that fails is only
 * used to steer the next attempt, which needs to know which of the `SIZING_IDS` failed and
 * nothing else; so the checkers run cheapest first, and once one has failed, the remaining
 * checkers run only for sizing ids. The slow ones (language identification, sentence and word
 * tokenizers) are thereby skipped on most rejected candidates.
 */
import type { CheckContext, Constraint, Params } from '../../constraints/types.js';
import { removeThinkingSection } from '../../constraints/iftrain/reward.js';
import { isBlank } from '../../score/variants.js';
import { SIZING_IDS, type WitnessCheck } from './witness.js';

/** Checkers that run langdetect (tens to hundreds of microseconds a call). */
const LANGDETECT_IDS: ReadonlySet<string> = new Set([
  'change_case:english_capital',
  'change_case:english_lowercase',
  'language:response_language',
]);

/** Checkers that run the Punkt / Treebank tokenizers or sentence splitting over the response. */
const TOKENIZING_IDS: ReadonlySet<string> = new Set([
  'change_case:capital_word_frequency',
  'length_constraints:number_sentences',
  'length_constraints:number_words',
  'keywords:start_end',
  'keywords:keyword_specific_position',
  'last_word:last_word_sent',
  'first_word:first_word_sent',
  'count:counting_composition',
  'count:count_unique',
  'detectable_format:sentence_hyphens',
]);

/** Relative cost of a checker on witness-sized texts: 0 cheap, 1 tokenizing, 2 langdetect. */
export function checkCost(id: string): number {
  return LANGDETECT_IDS.has(id) ? 2 : TOKENIZING_IDS.has(id) ? 1 : 0;
}

function passes(constraint: Constraint, text: string, params: Params, ctx: CheckContext): boolean {
  try {
    return constraint.check(text, params, ctx).ok;
  } catch {
    return false;
  }
}

export function witnessCheck(
  bench: 'iftrain' | 'ifbench',
  prompt: string,
  ids: readonly string[],
  constraints: readonly Constraint[],
  params: readonly Params[],
): WitnessCheck {
  const ctx: CheckContext = { prompt };
  // Cheapest first; equal costs keep the row's order (a stable sort).
  const order = ids.map((_, i) => i).sort((a, b) => checkCost(ids[a]!) - checkCost(ids[b]!));
  return (candidate: string) => {
    const response = bench === 'iftrain' ? removeThinkingSection(candidate) : candidate;
    if (isBlank(response)) return { ok: false, failed: ids };
    const failedAt: number[] = [];
    for (const i of order) {
      if (failedAt.length > 0 && !SIZING_IDS.has(ids[i]!)) continue;
      if (!passes(constraints[i]!, response, params[i]!, ctx)) failedAt.push(i);
    }
    failedAt.sort((a, b) => a - b);
    // One that only JavaScript's trim() empties (e.g. a lone U+FEFF) is never kept either.
    return { ok: failedAt.length === 0 && response.trim() !== '', failed: failedAt.map((i) => ids[i]!) };
  };
}
