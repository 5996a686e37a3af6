/**
 * AllenAI's 58 IFBench out-of-distribution instruction types (`allenai/IFBench`,
 * `ifbench/instructions.py`), with the ids of its registry. The classic IFEval ids that IFBench's
 * registry also carries live in `../allenai-classic.ts`.
 */
import type { Constraint } from '../types.js';
import { countConstraints } from './count.js';
import { customConstraints } from './custom.js';
import { formatConstraints } from './format.js';
import { ratioConstraints } from './ratio.js';
import { repeatConstraints } from './repeat.js';
import { sentenceConstraints } from './sentence.js';
import { wordsConstraints } from './words.js';

export const ifbenchConstraints: readonly Constraint[] = [
  ...countConstraints,
  ...ratioConstraints,
  ...wordsConstraints,
  ...sentenceConstraints,
  ...formatConstraints,
  ...customConstraints,
  ...repeatConstraints,
];
