/**
 * AllenAI's copy of the 25 IFEval types (IFBench's `classic_instructions.py`).
 *
 * It is Google's code except in one place: `keywords:letter_frequency` accepts only a letter whose
 * lower case lies in a–z and otherwise draws a random letter. heed never draws, so under the
 * `ifbench` (and `iftrain`) registries such a letter is an error for the row.
 */
import { ifevalConstraints } from './ifeval/index.js';
import type { Constraint, Params } from './types.js';

/** The a–z rule of AllenAI's and open-instruct's letter-frequency checker. */
export function validateAsciiLetter(params: Params): { field: string; message: string } | null {
  const letter = params['letter'];
  if (typeof letter !== 'string') return null;
  const lower = letter.toLowerCase();
  if (lower.length === 1 && lower >= 'a' && lower <= 'z') return null;
  return {
    field: 'letter',
    message: `letter must be a single a-z letter in this registry (got ${JSON.stringify(letter)}); the reference would draw a random letter instead`,
  };
}

function withAsciiLetterGuard(constraint: Constraint): Constraint {
  return {
    ...constraint,
    family: 'ifbench',
    validate(params) {
      return constraint.validate?.(params) ?? validateAsciiLetter(params);
    },
  };
}

export const allenaiClassicConstraints: readonly Constraint[] = ifevalConstraints.map((c) =>
  c.id === 'keywords:letter_frequency' ? withAsciiLetterGuard(c) : { ...c, family: 'ifbench' },
);
