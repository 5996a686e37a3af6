import { describe, expect, it } from 'vitest';
import { validateParams } from './params.js';
import { getRegistry } from './index.js';

const registry = getRegistry('ifeval');
const frequency = registry.get('keywords:frequency')!;
const noParams = registry.get('detectable_format:title')!;

describe('validateParams', () => {
  it('accepts the parameters and drops null ones (null means absent)', () => {
    const result = validateParams(frequency, { keyword: 'cat', frequency: 2, relation: 'at least', extra_none: null });
    expect(result).toEqual({ ok: true, params: { keyword: 'cat', frequency: 2, relation: 'at least' } });
    expect(validateParams(noParams, null)).toEqual({ ok: true, params: {} });
    expect(validateParams(noParams, { anything: null })).toEqual({ ok: true, params: {} });
  });

  it('names an unknown parameter and lists the known ones', () => {
    const result = validateParams(frequency, { keyword: 'cat', frequency: 2, relation: 'at least', colour: 'red' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.field).toBe('colour');
      expect(result.error.message).toContain('keyword, frequency, relation');
    }
    const none = validateParams(noParams, { colour: 'red' });
    expect(none.ok === false && none.error.message).toContain('it takes no parameters');
  });

  it('reports the first unknown parameter in key order', () => {
    const result = validateParams(frequency, { b: 1, a: 2, keyword: 'x' });
    expect(result.ok === false && result.error.field).toBe('b');
  });

  it('reports missing required parameters and ill-typed values', () => {
    const missing = validateParams(frequency, { keyword: 'cat', relation: 'at least' });
    expect(missing.ok === false && missing.error).toMatchObject({ field: 'frequency' });
    const typed = validateParams(frequency, { keyword: 'cat', frequency: 2.5, relation: 'at least' });
    expect(typed.ok === false && typed.error.message).toContain('expected an integer, got 2.5');
    const choice = validateParams(frequency, { keyword: 'cat', frequency: 2, relation: 'more than' });
    expect(choice.ok === false && choice.error.message).toContain('expected one of');
    const shape = validateParams(frequency, ['keyword']);
    expect(shape.ok === false && shape.error.message).toContain('expected an object of parameters');
  });
});
