/**
 * IFEval `combination:*` — two responses separated by ******, and repeating the prompt first.
 *
 * Reference quirks kept: `two_responses` splits on every "******" (so a run of 12 asterisks makes
 * an empty middle part, which fails), ignores blank first/last parts and compares the two parts
 * after stripping; `repeat_prompt` is a case-insensitive prefix test on the stripped response.
 */
import { defineConstraint } from '../types.js';
import type { Params } from '../types.js';
import { pyStrip } from '../../text/python.js';
import { plural, quote, verdict } from './shared.js';

export const combinationTwoResponses = defineConstraint<Params>({
  id: 'combination:two_responses',
  family: 'ifeval',
  params: [],
  describe: () =>
    'Give two different responses. Responses and only responses should be separated by 6 asterisk symbols: ******.',
  check(response) {
    const parts = response.split('******');
    const valid: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (pyStrip(part) === '') {
        if (i !== 0 && i !== parts.length - 1) {
          return verdict(false, `found an empty part between two ****** separators, expected exactly two non-empty responses`);
        }
      } else valid.push(part);
    }
    if (valid.length !== 2) {
      return verdict(false, `found ${plural(valid.length, 'non-empty response')} separated by ******, expected exactly 2`);
    }
    if (pyStrip(valid[0]!) === pyStrip(valid[1]!)) {
      return verdict(false, 'found two responses separated by ****** but they are identical, expected two different ones');
    }
    return verdict(true, 'found two different responses separated by ******');
  },
});

interface RepeatParams extends Params {
  readonly prompt_to_repeat: string;
}

export const combinationRepeatPrompt = defineConstraint<RepeatParams>({
  id: 'combination:repeat_prompt',
  family: 'ifeval',
  params: [
    { name: 'prompt_to_repeat', kind: 'string', required: true, doc: 'The request the response must start by repeating (case-insensitive).' },
  ],
  describe: () =>
    'First repeat the request word for word without change, then give your answer (1. do not say any words or characters before repeating the request; 2. the request you need to repeat does not include this sentence)',
  validate(p) {
    return p.prompt_to_repeat === '' ? { field: 'prompt_to_repeat', message: 'prompt_to_repeat must not be empty' } : null;
  },
  check(response, p) {
    const value = pyStrip(response).toLowerCase();
    const expected = pyStrip(p.prompt_to_repeat).toLowerCase();
    if (value.startsWith(expected)) return verdict(true, 'the response starts by repeating the request');
    // Find where the two first differ, for a useful reason.
    // Only a prefix a little longer than the request matters for the message.
    const a = Array.from(value.slice(0, expected.length + 64));
    const b = Array.from(expected);
    let k = 0;
    while (k < a.length && k < b.length && a[k] === b[k]) k++;
    return verdict(
      false,
      `the response does not start with the request: after ${plural(k, 'matching character')} it has ${quote(a.slice(k, k + 20).join(''))} where the request has ${quote(b.slice(k, k + 20).join(''))}`,
    );
  },
});
