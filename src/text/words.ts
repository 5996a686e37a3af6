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

const WORD_CHAR_RE = new RegExp(`^${PY_W}$`, 'u');
/** Per UTF-16 code unit below U+D800: 1 word character, 2 not, 0 not looked up yet. */
const wordClass = new Uint8Array(0xd800);
for (let c = 0; c < 0x80; c++) {
  const word = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  wordClass[c] = word ? 1 : 2;
}

/** Whether the code point `cp` is a Python `\w` character. */
function isWordCodePoint(cp: number): boolean {
  if (cp < 0xd800) {
    let k = wordClass[cp]!;
    if (k === 0) wordClass[cp] = k = WORD_CHAR_RE.test(String.fromCharCode(cp)) ? 1 : 2;
    return k === 1;
  }
  return WORD_CHAR_RE.test(String.fromCodePoint(cp));
}

/**
 * `len(nltk.tokenize.RegexpTokenizer(r"\w+").tokenize(text))`: IFEval's `count_words`, the number
 * of maximal runs of `\w` code points (counted without building them).
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const word = isWordCodePoint(cp);
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}
