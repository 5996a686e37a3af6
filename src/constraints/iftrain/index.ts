/**
 * open-instruct's IFEvalG registry (family `iftrain`): its flavour of the 25 IFEval types plus the
 * 29 IFTrain types, 54 ids in all. Semantics, quirks and divergences: docs/constraints-iftrain.md.
 */
import type { Constraint } from '../types.js';
import { copyConstraints } from './copy.js';
import { formatConstraints } from './format.js';
import { wordConstraints } from './words.js';
import { keywordConstraints } from './keywords.js';
import { countingConstraints } from './counting.js';
import { iftrainIfevalConstraints } from './ifeval-flavour.js';

/** The 29 IFTrain-specific ids, in open-instruct's registry order. */
export const IFTRAIN_IDS: readonly string[] = [
  'copy:repeat_phrase',
  'copy:copy',
  'new:copy_span_idx',
  'detectable_format:sentence_hyphens',
  'keywords:no_adjacent_consecutive',
  'detectable_format:square_brackets',
  'keywords:word_once',
  'keywords:word_count_different_numbers',
  'keywords:exclude_word_harder',
  'paragraphs:paragraphs',
  'paragraphs:paragraphs2',
  'first_word:first_word_sent',
  'first_word:first_word_answer',
  'last_word:last_word_sent',
  'last_word:last_word_answer',
  'detectable_format:bigram_wrapping',
  'copy:copying_simple',
  'copy:copying_multiple',
  'punctuation:punctuation_dot',
  'punctuation:punctuation_exclamation',
  'count:lowercase_counting',
  'letters:letter_counting',
  'letters:letter_counting2',
  'count:counting_composition',
  'count:count_unique',
  'count:count_increment_word',
  'keywords:palindrome',
  'keywords:keyword_specific_position',
  'keywords:start_end',
];

function ordered(): Constraint[] {
  const own = new Map(
    [...copyConstraints, ...formatConstraints, ...wordConstraints, ...keywordConstraints, ...countingConstraints].map(
      (c) => [c.id, c] as const,
    ),
  );
  return IFTRAIN_IDS.map((id) => {
    const c = own.get(id);
    if (!c) throw new Error(`iftrain constraint '${id}' is not defined`);
    return c;
  });
}

/** The 29 IFTrain-specific constraints. */
export const iftrainOnlyConstraints: readonly Constraint[] = ordered();

/** All 54 ids of open-instruct's registry: its 25 IFEval-flavour ids, then the 29 IFTrain ids. */
export const iftrainConstraints: readonly Constraint[] = [...iftrainIfevalConstraints, ...iftrainOnlyConstraints];

export { removeThinkingSection, iftrainFraction } from './reward.js';
