/**
 * Word counting as IFEval does it: the number of maximal runs of Python `\w` characters
 * (NLTK's `RegexpTokenizer(r"\w+")`, which is `re.findall(r"\w+", text)`).
 *
 * Python's `\w` is every Unicode letter and number plus `_` (see `PY_W`): "é" (precomposed),
 * "東京", Arabic-Indic or Devanagari digits and "²" are word characters, while combining
 * marks (categories Mn/Mc, e.g. U+0301 in a decomposed "é") are not, so they split words.
 */
import { PY_W } from './python.js';

const WORD_RUN_RE = new RegExp(`${PY_W}+`, 'gu');

/** The runs of Python `\w` characters in `text`, in order (`re.findall(r"\w+", text)`). */
export function wordTokensW(text: string): string[] {
  return text.match(WORD_RUN_RE) ?? [];
}

/** `len(nltk.tokenize.RegexpTokenizer(r"\w+").tokenize(text))`: IFEval's `count_words`. */
export function countWords(text: string): number {
  WORD_RUN_RE.lastIndex = 0;
  let n = 0;
  while (WORD_RUN_RE.exec(text) !== null) n++;
  WORD_RUN_RE.lastIndex = 0;
  return n;
}
