/**
 * IFEval's 25 registered instruction types (google-research `instruction_following_eval`), in the
 * order of the reference registry.
 */
import type { Constraint } from '../types.js';
import { changeCaseCapitalWordFrequency, changeCaseEnglishCapital, changeCaseEnglishLowercase } from './change-case.js';
import { combinationRepeatPrompt, combinationTwoResponses } from './combination.js';
import { contentNumberPlaceholders, contentPostscript } from './detectable-content.js';
import {
  formatConstrainedResponse,
  formatJsonFormat,
  formatMultipleSections,
  formatNumberBulletLists,
  formatNumberHighlightedSections,
  formatTitle,
} from './detectable-format.js';
import { keywordsExistence, keywordsForbiddenWords, keywordsFrequency, keywordsLetterFrequency } from './keywords.js';
import { languageResponseLanguage } from './language.js';
import {
  lengthNthParagraphFirstWord,
  lengthNumberParagraphs,
  lengthNumberSentences,
  lengthNumberWords,
} from './length-constraints.js';
import { punctuationNoComma } from './punctuation.js';
import { startendEndChecker, startendQuotation } from './startend.js';

export const ifevalConstraints: readonly Constraint[] = Object.freeze([
  keywordsExistence,
  keywordsFrequency,
  keywordsForbiddenWords,
  keywordsLetterFrequency,
  languageResponseLanguage,
  lengthNumberSentences,
  lengthNumberParagraphs,
  lengthNumberWords,
  lengthNthParagraphFirstWord,
  contentNumberPlaceholders,
  contentPostscript,
  formatNumberBulletLists,
  formatConstrainedResponse,
  formatNumberHighlightedSections,
  formatMultipleSections,
  formatJsonFormat,
  formatTitle,
  combinationTwoResponses,
  combinationRepeatPrompt,
  startendEndChecker,
  changeCaseCapitalWordFrequency,
  changeCaseEnglishCapital,
  changeCaseEnglishLowercase,
  punctuationNoComma,
  startendQuotation,
]);

export { IFEVAL_LANGUAGE_CODES } from './language.js';
export { compilePyRegex } from './py-regex.js';
export type { PyRegexOptions, PyRegexResult } from './py-regex.js';
