import { describe, expect, it } from 'vitest';
import { rngFromKey } from '../rng.js';
import { Expander, cap, compile, compileTable } from './grammar.js';

describe('template grammar', () => {
  it('expands alternatives, variables and rules, recording every choice', () => {
    const rules = compileTable({ greet: ['hi', 'hello'], who: 'the {cat|dog}' });
    const t = compile('@greet $name, {see|meet} @who{| again}!');
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const x = new Expander(rngFromKey(['g', i]), rules);
      const s = x.expand(t, { name: 'Ada' });
      seen.add(s);
      expect(s).toMatch(/^(hi|hello) Ada, (see|meet) the (cat|dog)( again)?!$/);
      expect(x.choices.length).toBe(4);
      // Replaying the same key gives the same text and choices.
      const y = new Expander(rngFromKey(['g', i]), rules);
      expect(y.expand(t, { name: 'Ada' })).toBe(s);
      expect(y.choices).toEqual(x.choices);
    }
    expect(seen.size).toBe(16);
  });

  it('nests alternatives and keeps escaped characters', () => {
    const x = new Expander(rngFromKey(['n']), {});
    const out = new Set<string>();
    for (let i = 0; i < 100; i++) out.add(x.expand(compile('{a{1|2}|b} \\{x\\}')));
    expect([...out].sort()).toEqual(['a1 {x}', 'a2 {x}', 'b {x}']);
  });

  it('rejects malformed templates and unbound names', () => {
    expect(() => compile('{a|b')).toThrow(/unclosed/);
    expect(() => compile('a}b')).toThrow(/stray/);
    const x = new Expander(rngFromKey(['u']), {});
    expect(() => x.expand(compile('$missing'))).toThrow(/\$missing/);
    expect(() => x.expand(compile('@nope'))).toThrow(/@nope/);
  });

  it('cap upper-cases the first letter only', () => {
    expect(cap('could you')).toBe('Could you');
    expect(cap('')).toBe('');
  });
});
