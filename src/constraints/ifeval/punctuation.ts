/** IFEval `punctuation:no_comma` — no ASCII comma anywhere (other comma-like characters are fine). */
import { defineConstraint } from '../types.js';
import type { Params } from '../types.js';
import { plural, verdict } from './shared.js';

export const punctuationNoComma = defineConstraint<Params>({
  id: 'punctuation:no_comma',
  family: 'ifeval',
  params: [],
  describe: () => 'In your entire response, refrain from the use of any commas.',
  check(response) {
    let n = 0;
    for (let i = response.indexOf(','); i >= 0; i = response.indexOf(',', i + 1)) n++;
    return n === 0 ? verdict(true, 'found no commas') : verdict(false, `found ${plural(n, 'comma')}, expected none`);
  },
});
