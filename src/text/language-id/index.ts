/**
 * Language identification with the exact behaviour of Python's `langdetect` 1.0.9
 * (`langdetect.detect` with the factory seed set to 0), as IFEval's `language:response_language`
 * and `change_case:english_*` checks use it.
 */
import { langdetectDetect, langdetectProbabilities, type LanguageProbability } from './detector.js';

export type { LanguageProbability } from './detector.js';
export { LANGDETECT_SEED, langdetectProbabilityVector } from './detector.js';
export { LANGDETECT_LANGUAGES, loadLangdetectModel } from './model.js';

/**
 * The language code `langdetect.detect(text)` returns (e.g. `'en'`, `'zh-cn'`; `'unknown'` in the
 * rare case where no language reaches 0.1), or `null` where langdetect raises
 * `LangDetectException` (no usable features in the text).
 */
export function detectLanguage(text: string): string | null {
  return langdetectDetect(text);
}

/** Like `langdetect.detect_langs(text)`: languages above 0.1, most probable first ([] on raise). */
export function detectLanguageProbabilities(text: string): LanguageProbability[] {
  return langdetectProbabilities(text);
}
