/** The package's public entry points, imported by name as a user would (they resolve to dist/). */
import { describe, expect, it } from 'vitest';

describe('heed as a library', () => {
  it('runs the README example through heed/constraints', async () => {
    const { getRegistry, validateParams } = await import('heed/constraints');
    const wordCount = getRegistry('ifeval').get('length_constraints:number_words')!;
    const params = validateParams(wordCount, { num_words: 50, relation: 'at least' });
    expect(params.ok).toBe(true);
    if (!params.ok) return;
    expect(wordCount.check('Too short.', params.params, { prompt: '' })).toEqual({
      ok: false,
      reason: 'found 2 words, expected at least 50',
    });
    expect(wordCount.describe(params.params)).toBe('Answer with at least 50 words.');
  });

  it('exposes every family with the expected number of ids', async () => {
    const { getRegistry } = await import('heed');
    expect(getRegistry('ifeval').ids()).toHaveLength(25);
    expect(getRegistry('ifbench').ids()).toHaveLength(58 + 25);
    expect(getRegistry('iftrain').ids()).toHaveLength(54);
  });

  it('exports text primitives from heed/text', async () => {
    const text = await import('heed/text');
    expect(text.countWords("naïve café_au_lait It's")).toBe(4);
    expect(text.sentTokenize('Mr. Smith arrived. He sat down.')).toEqual(['Mr. Smith arrived.', 'He sat down.']);
    expect(text.detectLanguage('Bonjour tout le monde, comment allez-vous aujourd’hui ?')).toBe('fr');
  });
});
