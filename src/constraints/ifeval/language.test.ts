import { describe, expect, it } from 'vitest';
import { IFEVAL_LANGUAGE_CODES, languageResponseLanguage } from './language.js';
import { paramError, runCheck } from './test-helpers.js';

describe('language:response_language', () => {
  it('holds the 30 languages of the reference table', () => {
    expect(Object.keys(IFEVAL_LANGUAGE_CODES)).toHaveLength(30);
  });
  it('rejects codes outside the table', () => {
    expect(paramError(languageResponseLanguage, { language: 'xx' })).toBe('language');
    expect(paramError(languageResponseLanguage, { language: 'zh' })).toBe('language');
  });
  it('compares the detected language', () => {
    const pt = 'O tempo hoje está muito bonito e as crianças brincam no parque perto da escola.';
    expect(runCheck(languageResponseLanguage, { language: 'pt' }, pt).ok).toBe(true);
    expect(runCheck(languageResponseLanguage, { language: 'es' }, pt).ok).toBe(false);
  });
  it('passes when no language can be detected (no letters)', () => {
    expect(runCheck(languageResponseLanguage, { language: 'fr' }, '12345 !!! 678')).toMatchObject({ ok: true });
  });
});
