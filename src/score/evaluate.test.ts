import { describe, expect, it } from 'vitest';
import { getRegistry } from '../constraints/index.js';
import { validateParams } from '../constraints/params.js';
import type { Params } from '../constraints/types.js';
import { evaluateInstructions, evaluateStrict, fractionPassed, type InstructionTask } from './evaluate.js';

function task(items: Array<[string, Record<string, unknown>]>): InstructionTask {
  const registry = getRegistry('ifeval');
  const constraints = items.map(([id]) => registry.get(id)!);
  const params = items.map(([, kwargs], i) => {
    const checked = validateParams(constraints[i]!, kwargs as never);
    if (!checked.ok) throw new Error(checked.error.message);
    return checked.params as Params;
  });
  return { prompt: 'p', instructionIds: items.map(([id]) => id), constraints, params };
}

describe('evaluateInstructions', () => {
  const t = task([
    ['punctuation:no_comma', {}],
    ['startend:quotation', {}],
    ['length_constraints:number_words', { num_words: 3, relation: 'less than' }],
  ]);

  it('gives strict verdicts with reasons, and loose verdicts from the variants', () => {
    // Quoted only once the first line is dropped; too many words unless the first line goes.
    const response = 'Sure, here it is:\n"Tea time"';
    const v = evaluateInstructions(t, response);
    expect(v.strict).toEqual([false, false, false]);
    expect(v.loose).toEqual([true, true, true]);
    expect(v.reasons).toHaveLength(3);
  });

  it('fails every instruction of a blank response, strictly and loosely', () => {
    const v = evaluateInstructions(t, ' \n\t ');
    expect(v.strict).toEqual([false, false, false]);
    expect(v.loose).toEqual([false, false, false]);
    expect(v.reasons[0]).toContain('empty');
  });

  it('evaluateStrict gives exactly the strict verdicts', () => {
    for (const response of ['"a b"', 'a, b', '', '"one two three four"', 'x\n"y"']) {
      expect(evaluateStrict(t, response)).toEqual(evaluateInstructions(t, response).strict);
    }
  });

  it('fractionPassed is the share of true verdicts', () => {
    expect(fractionPassed([true, false, true, true])).toBe(0.75);
    expect(fractionPassed([])).toBe(0);
  });
});
