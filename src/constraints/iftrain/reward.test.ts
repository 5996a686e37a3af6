import { describe, expect, it } from 'vitest';
import { iftrainFraction, removeThinkingSection } from './reward.js';
import { constraint } from './test-helpers.js';

describe('removeThinkingSection', () => {
  it('keeps the text after the last </think>', () => {
    expect(removeThinkingSection('<think>a, b</think>\nAnswer here')).toBe('Answer here');
    expect(removeThinkingSection('pre <think>x</think> mid </think> last')).toBe('last');
    expect(removeThinkingSection('no open tag</think>kept')).toBe('kept');
  });
  it('an unclosed <think> keeps everything, tag included', () => {
    expect(removeThinkingSection('<think>still thinking, sorry')).toBe('<think>still thinking, sorry');
  });
  it('deletes <|assistant|> anywhere and <answer> tags, then strips (Python whitespace)', () => {
    expect(removeThinkingSection('<|assistant|> <think>t</think> <answer>Yes</answer>\u0085')).toBe('Yes');
    expect(removeThinkingSection('a<|assistant|>b')).toBe('ab');
    expect(removeThinkingSection('x </answer> y')).toBe('x  y');
    expect(removeThinkingSection('\ufeffhi')).toBe('\ufeffhi');
  });
  it('tags are case-sensitive', () => {
    expect(removeThinkingSection('<THINK>x</THINK>y')).toBe('<THINK>x</THINK>y');
  });
});

describe('iftrainFraction', () => {
  const noDot = { constraint: constraint('punctuation:punctuation_dot'), params: {} };
  const noBang = { constraint: constraint('punctuation:punctuation_exclamation'), params: {} };
  it('is the share of constraints passed on the answer', () => {
    const r = iftrainFraction('<think>Hmm. Ok!</think>Fine, done!', [noDot, noBang]);
    expect(r.fraction).toBe(0.5);
    expect(r.results.map((x) => x.ok)).toEqual([true, false]);
  });
  it('an empty answer scores 0 with every constraint failed', () => {
    const r = iftrainFraction('<think>plan</think><answer></answer>', [noDot, noBang]);
    expect(r.fraction).toBe(0);
    expect(r.results.every((x) => !x.ok)).toBe(true);
    expect(iftrainFraction('', [noDot]).fraction).toBe(0);
  });
  it('an empty constraint list scores 0', () => {
    expect(iftrainFraction('text', []).fraction).toBe(0);
  });
});
