/**
 * IFEval `language:response_language` — the whole response must be detected (langdetect, seed 0)
 * as the requested ISO 639-1 language. When detection fails (no letters at all), the reference
 * counts the instruction as followed.
 */
import { defineConstraint } from '../types.js';
import type { Params } from '../types.js';
import { detectLanguage } from '../../text/language-id/index.js';
import { pyRepr, verdict } from './shared.js';

/** IFEval's language table: ISO 639-1 code → the name its descriptions print. */
export const IFEVAL_LANGUAGE_CODES: Readonly<Record<string, string>> = Object.freeze({
  en: 'English',
  es: 'Spanish',
  pt: 'Portuguese',
  ar: 'Arabic',
  hi: 'Hindi',
  fr: 'French',
  ru: 'Russian',
  de: 'German',
  ja: 'Japanese',
  it: 'Italian',
  bn: 'Bengali',
  uk: 'Ukrainian',
  th: 'Thai',
  ur: 'Urdu',
  ta: 'Tamil',
  te: 'Telugu',
  bg: 'Bulgarian',
  ko: 'Korean',
  pl: 'Polish',
  he: 'Hebrew',
  fa: 'Persian',
  vi: 'Vietnamese',
  ne: 'Nepali',
  sw: 'Swahili',
  kn: 'Kannada',
  mr: 'Marathi',
  gu: 'Gujarati',
  pa: 'Punjabi',
  ml: 'Malayalam',
  fi: 'Finnish',
});

interface LanguageParams extends Params {
  readonly language: string;
}

export const languageResponseLanguage = defineConstraint<LanguageParams>({
  id: 'language:response_language',
  family: 'ifeval',
  params: [
    {
      name: 'language',
      kind: 'enum',
      required: true,
      choices: Object.keys(IFEVAL_LANGUAGE_CODES),
      doc: 'ISO 639-1 code from IFEval\'s 30-language table (e.g. "en", "pt", "hi").',
    },
  ],
  describe: (p) =>
    `Your ENTIRE response should be in ${IFEVAL_LANGUAGE_CODES[p.language] ?? p.language} language, no other language is allowed.`,
  validate(p) {
    if (!Object.hasOwn(IFEVAL_LANGUAGE_CODES, p.language)) {
      return { field: 'language', message: `language ${pyRepr(p.language)} is not in IFEval's language table` };
    }
    return null;
  },
  check(response, p) {
    const detected = detectLanguage(response);
    if (detected === null) {
      return verdict(true, 'no language could be detected (no letters), which the reference counts as followed');
    }
    const name = IFEVAL_LANGUAGE_CODES[p.language] ?? p.language;
    return verdict(detected === p.language, `detected language ${pyRepr(detected)}, expected ${pyRepr(p.language)} (${name})`);
  },
});
