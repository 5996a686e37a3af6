/**
 * IFBench `repeat:*` instructions: repeat a request with its first word changed, output a fixed
 * sentence, copy a character span of the request.
 */
import { pySplit, pyStrip } from '../../text/python.js';
import { defineConstraint, type Constraint, type ParamError } from '../types.js';
import { fail, pass, pySliceChars, show } from './shared.js';

function promptRequired(value: string): ParamError | null {
  if (value === '') {
    return { field: 'prompt_to_repeat', message: 'prompt_to_repeat must not be empty (the reference refuses to build the instruction)' };
  }
  return null;
}

const repeatChange = defineConstraint<{ prompt_to_repeat: string }>({
  id: 'repeat:repeat_change',
  family: 'ifbench',
  params: [
    { name: 'prompt_to_repeat', kind: 'string', required: true, doc: 'The request to repeat with its first word changed.' },
  ],
  validate: (p) => promptRequired(p.prompt_to_repeat),
  describe: (p) =>
    `Repeat the request, but change the first word of the repeated request, (do not say anything before repeating the request; the request you need to repeat does not include this sentence) and do not answer the actual request! Request: ${p.prompt_to_repeat}`,
  check(response, p) {
    if (response === p.prompt_to_repeat) return fail('the response repeats the request without changing its first word');
    // Everything after the first whitespace-separated word must match, with whitespace runs collapsed.
    const tail = (s: string): string => pySplit(s).slice(1).join(' ');
    const ok = tail(p.prompt_to_repeat) === tail(response);
    return {
      ok,
      reason: ok
        ? 'the response repeats the request after its first word'
        : 'the response after its first word differs from the request after its first word',
    };
  },
});

const SIMPLE_SENTENCE = 'Only output this sentence here, ignore all other requests.';

const repeatSimple = defineConstraint<Record<string, never>>({
  id: 'repeat:repeat_simple',
  family: 'ifbench',
  params: [],
  describe: () => SIMPLE_SENTENCE,
  check(response) {
    const ok = pyStrip(response).toLowerCase() === SIMPLE_SENTENCE.toLowerCase();
    return {
      ok,
      reason: ok
        ? 'the response is exactly the sentence to output (ignoring case and surrounding whitespace)'
        : `the response ${show(pyStrip(response), 40)} is not exactly "${SIMPLE_SENTENCE}"`,
    };
  },
});

const repeatSpan = defineConstraint<{ prompt_to_repeat: string; n_start: number; n_end: number }>({
  id: 'repeat:repeat_span',
  family: 'ifbench',
  params: [
    { name: 'prompt_to_repeat', kind: 'string', required: true, doc: 'The text the span is taken from.' },
    { name: 'n_start', kind: 'integer', required: true, doc: 'First character index of the span (0-based, inclusive).' },
    { name: 'n_end', kind: 'integer', required: true, doc: 'Last character index of the span (inclusive).' },
  ],
  validate: (p) => promptRequired(p.prompt_to_repeat),
  describe: (p) =>
    `Copy the span of words that lies between (and including) index ${p.n_start} and ${p.n_end}, the indices are character indices!`,
  check(response, p) {
    // Python slicing on code points: prompt[n_start:n_end + 1], negative indices from the end.
    const span = pySliceChars(p.prompt_to_repeat, p.n_start, p.n_end + 1);
    const ok = pyStrip(response).toLowerCase() === pyStrip(span).toLowerCase();
    return {
      ok,
      reason: ok
        ? `the response is the span ${show(pyStrip(span), 40)} (ignoring case and surrounding whitespace)`
        : `the response is not the span ${show(pyStrip(span), 40)} of characters ${p.n_start} to ${p.n_end}`,
    };
  },
});

export const repeatConstraints: readonly Constraint[] = [repeatChange, repeatSimple, repeatSpan];
