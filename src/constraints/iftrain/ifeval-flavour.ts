/**
 * open-instruct's flavour of the 25 IFEval instruction types.
 *
 * open-instruct's IFEvalG copy of Google's checkers was compared class by class with Google's code
 * (docstrings and comments aside): all 25 behave identically except keywords:letter_frequency, whose
 * letter must be a–z/A–Z (anything else would be replaced by a random letter). The other 24 are
 * Google's objects from ../ifeval, re-tagged with the `iftrain` family; letter_frequency is
 * IFTrain's own (see counting.ts), shared with letters:letter_counting2.
 */
import type { Constraint } from '../types.js';
import { ifevalConstraints } from '../ifeval/index.js';
import { letterFrequencyIftrain } from './counting.js';

/** The ids of the 25 IFEval types in open-instruct's registry. */
export const IFEVAL_IDS: readonly string[] = [
  'keywords:existence',
  'keywords:frequency',
  'keywords:forbidden_words',
  'keywords:letter_frequency',
  'language:response_language',
  'length_constraints:number_sentences',
  'length_constraints:number_paragraphs',
  'length_constraints:number_words',
  'length_constraints:nth_paragraph_first_word',
  'detectable_content:number_placeholders',
  'detectable_content:postscript',
  'detectable_format:number_bullet_lists',
  'detectable_format:constrained_response',
  'detectable_format:number_highlighted_sections',
  'detectable_format:multiple_sections',
  'detectable_format:json_format',
  'detectable_format:title',
  'combination:two_responses',
  'combination:repeat_prompt',
  'startend:end_checker',
  'change_case:capital_word_frequency',
  'change_case:english_capital',
  'change_case:english_lowercase',
  'punctuation:no_comma',
  'startend:quotation',
];

/** The same constraint under the `iftrain` family; behaviour is delegated unchanged. */
function retag(c: Constraint): Constraint {
  const wrapped: Constraint = {
    id: c.id,
    family: 'iftrain',
    params: c.params,
    describe: (params) => c.describe(params),
    check: (response, params, ctx) => c.check(response, params, ctx),
  };
  return c.validate ? { ...wrapped, validate: (params) => c.validate!(params) } : wrapped;
}

function build(): Constraint[] {
  const byId = new Map(ifevalConstraints.map((c) => [c.id, c] as const));
  return IFEVAL_IDS.map((id) => {
    if (id === 'keywords:letter_frequency') return letterFrequencyIftrain;
    const c = byId.get(id);
    if (!c) throw new Error(`the ifeval registry has no '${id}', needed by the iftrain registry`);
    return retag(c);
  });
}

/** open-instruct's 25 IFEval-flavour constraints, in registry order. */
export const iftrainIfevalConstraints: readonly Constraint[] = build();
