/**
 * Sentence splitting and counting as IFEval's `instructions_util` does it.
 *
 * - `countSentences` is IFEval's `count_sentences`: the number of sentences NLTK's English Punkt
 *   model (`tokenizers/punkt/english.pickle`, `tokenizer.tokenize(text)`) finds. It decides
 *   `length_constraints:number_sentences`.
 * - `splitIntoSentencesRegex` is Google's `split_into_sentences`, a regular-expression splitter
 *   that none of the 25 registered IFEval checkers uses (only the unregistered key-sentence
 *   checker); it is kept for completeness and for IFEval-derived checkers that name it.
 */
import { countPunktSentences } from './punkt/index.js';
import { PY_S, pyStrip } from './python.js';

/** IFEval's `count_sentences(text)`: `len(punkt_english.tokenize(text))`. */
export function countSentences(text: string): number {
  return countPunktSentences(text);
}

const ALPHA = '([A-Za-z])';
const STARTERS = `(Mr|Mrs|Ms|Dr|Prof|Capt|Cpt|Lt|He${PY_S}|She${PY_S}|It${PY_S}|They${PY_S}|Their${PY_S}|Our${PY_S}|We${PY_S}|But${PY_S}|However${PY_S}|That${PY_S}|This${PY_S}|Wherever)`;
const ACRONYMS = '([A-Z][.][A-Z][.](?:[A-Z][.])?)';

const PREFIXES_RE = /(Mr|St|Mrs|Ms|Dr)[.]/g;
const WEBSITES_RE = /[.](com|net|org|io|gov|edu|me)/g;
const DIGITS_RE = /([0-9])[.]([0-9])/g;
const MULTIPLE_DOTS_RE = /\.{2,}/g;
const SINGLE_LETTER_SPACED_RE = new RegExp(`${PY_S}${ALPHA}[.] `, 'gu');
const ACRONYM_STARTER_RE = new RegExp(`${ACRONYMS} ${STARTERS}`, 'gu');
const THREE_LETTER_DOTS_RE = new RegExp(`${ALPHA}[.]${ALPHA}[.]${ALPHA}[.]`, 'g');
const TWO_LETTER_DOTS_RE = new RegExp(`${ALPHA}[.]${ALPHA}[.]`, 'g');
const SUFFIX_STARTER_RE = new RegExp(` (Inc|Ltd|Jr|Sr|Co)[.] ${STARTERS}`, 'gu');
const SUFFIX_RE = / (Inc|Ltd|Jr|Sr|Co)[.]/g;
const SPACE_LETTER_DOT_RE = new RegExp(` ${ALPHA}[.]`, 'g');

/**
 * Google IFEval's `instructions_util.split_into_sentences(text)`: protects periods in titles,
 * web suffixes, decimals, ellipses, initials, acronyms and company suffixes, moves closing
 * quotes before the final punctuation, then splits after every `.`, `?` and `!`; each piece is
 * stripped and a trailing empty piece dropped.
 */
export function splitIntoSentencesRegex(input: string): string[] {
  let text = ` ${input}  `;
  text = text.replaceAll('\n', ' ');
  text = text.replace(PREFIXES_RE, '$1<prd>');
  text = text.replace(WEBSITES_RE, '<prd>$1');
  text = text.replace(DIGITS_RE, '$1<prd>$2');
  text = text.replace(MULTIPLE_DOTS_RE, (m) => '<prd>'.repeat(m.length) + '<stop>');
  if (text.includes('Ph.D')) text = text.replaceAll('Ph.D.', 'Ph<prd>D<prd>');
  text = text.replace(SINGLE_LETTER_SPACED_RE, ' $1<prd> ');
  text = text.replace(ACRONYM_STARTER_RE, '$1<stop> $2');
  text = text.replace(THREE_LETTER_DOTS_RE, '$1<prd>$2<prd>$3<prd>');
  text = text.replace(TWO_LETTER_DOTS_RE, '$1<prd>$2<prd>');
  text = text.replace(SUFFIX_STARTER_RE, ' $1<stop> $2');
  text = text.replace(SUFFIX_RE, ' $1<prd>');
  text = text.replace(SPACE_LETTER_DOT_RE, ' $1<prd>');
  if (text.includes('\u201d')) text = text.replaceAll('.\u201d', '\u201d.');
  if (text.includes('"')) text = text.replaceAll('."', '".');
  if (text.includes('!')) text = text.replaceAll('!"', '"!');
  if (text.includes('?')) text = text.replaceAll('?"', '"?');
  text = text.replaceAll('.', '.<stop>');
  text = text.replaceAll('?', '?<stop>');
  text = text.replaceAll('!', '!<stop>');
  text = text.replaceAll('<prd>', '.');
  let sentences = text.split('<stop>').map(pyStrip);
  if (sentences.length > 0 && sentences[sentences.length - 1] === '') {
    sentences = sentences.slice(0, -1);
  }
  return sentences;
}
