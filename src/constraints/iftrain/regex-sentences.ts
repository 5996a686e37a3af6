/**
 * The regular-expression sentence splitter of open-instruct's IFEvalG utilities (the same one
 * Google ships with IFEval). It is not Punkt: it protects a fixed set of abbreviation shapes by
 * turning their periods into a placeholder, then ends a sentence after every remaining `.`, `?`
 * and `!`. Each step below mirrors one substitution of the reference, in the same order.
 */
import { PY_S, pyStrip } from '../../text/python.js';

const PRD = '<prd>';
const STOP = '<stop>';
const STARTERS =
  `(Mr|Mrs|Ms|Dr|Prof|Capt|Cpt|Lt|He${PY_S}|She${PY_S}|It${PY_S}|They${PY_S}|Their${PY_S}|Our${PY_S}|We${PY_S}|But${PY_S}|However${PY_S}|That${PY_S}|This${PY_S}|Wherever)`;

const PREFIXES_RE = /(Mr|St|Mrs|Ms|Dr)[.]/g;
const WEBSITES_RE = /[.](com|net|org|io|gov|edu|me)/g;
const DECIMAL_RE = /([0-9])[.]([0-9])/g;
const MULTI_DOTS_RE = /\.{2,}/g;
const SINGLE_LETTER_RE = new RegExp(`${PY_S}([A-Za-z])[.] `, 'gu');
const ACRONYM_STARTER_RE = new RegExp(`([A-Z][.][A-Z][.](?:[A-Z][.])?) ${STARTERS}`, 'gu');
const THREE_LETTERS_RE = /([A-Za-z])[.]([A-Za-z])[.]([A-Za-z])[.]/g;
const TWO_LETTERS_RE = /([A-Za-z])[.]([A-Za-z])[.]/g;
const SUFFIX_STARTER_RE = new RegExp(` (Inc|Ltd|Jr|Sr|Co)[.] ${STARTERS}`, 'gu');
const SUFFIX_RE = / (Inc|Ltd|Jr|Sr|Co)[.]/g;
const SPACE_LETTER_RE = / ([A-Za-z])[.]/g;

/** open-instruct's `split_into_sentences`: stripped sentences, a final empty one dropped. */
export function splitIntoSentences(input: string): string[] {
  let text = ` ${input}  `;
  text = text.replaceAll('\n', ' ');
  text = text.replace(PREFIXES_RE, `$1${PRD}`);
  text = text.replace(WEBSITES_RE, `${PRD}$1`);
  text = text.replace(DECIMAL_RE, `$1${PRD}$2`);
  text = text.replace(MULTI_DOTS_RE, (m) => PRD.repeat(m.length) + STOP);
  if (text.includes('Ph.D')) text = text.replaceAll('Ph.D.', `Ph${PRD}D${PRD}`);
  text = text.replace(SINGLE_LETTER_RE, ` $1${PRD} `);
  text = text.replace(ACRONYM_STARTER_RE, `$1${STOP} $2`);
  text = text.replace(THREE_LETTERS_RE, `$1${PRD}$2${PRD}$3${PRD}`);
  text = text.replace(TWO_LETTERS_RE, `$1${PRD}$2${PRD}`);
  text = text.replace(SUFFIX_STARTER_RE, ` $1${STOP} $2`);
  text = text.replace(SUFFIX_RE, ` $1${PRD}`);
  text = text.replace(SPACE_LETTER_RE, ` $1${PRD}`);
  if (text.includes('\u201d')) text = text.replaceAll('.\u201d', '\u201d.');
  if (text.includes('"')) text = text.replaceAll('."', '".');
  if (text.includes('!')) text = text.replaceAll('!"', '"!');
  if (text.includes('?')) text = text.replaceAll('?"', '"?');
  text = text.replaceAll('.', `.${STOP}`);
  text = text.replaceAll('?', `?${STOP}`);
  text = text.replaceAll('!', `!${STOP}`);
  text = text.replaceAll(PRD, '.');
  const sentences = text.split(STOP).map(pyStrip);
  if (sentences.length > 0 && sentences[sentences.length - 1] === '') sentences.pop();
  return sentences;
}
