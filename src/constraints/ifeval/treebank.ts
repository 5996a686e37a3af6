/**
 * NLTK's improved Treebank word tokenizer (`NLTKWordTokenizer.tokenize`, the tokenizer inside
 * `nltk.word_tokenize`), rewritten as the same ordered list of substitutions on one sentence.
 *
 * IFEval's `change_case:capital_word_frequency` counts the tokens of `word_tokenize(response)` that
 * are upper case, so the places where this tokenizer cuts words decide verdicts: contractions
 * ("DON'T" → "DO", "N'T"; "CANNOT" → "CAN", "NOT"), clitics split only before a space (which is
 * why a sentence-final period, split off per sentence, matters), punctuation and brackets.
 * Python regex semantics (Unicode `\w`/`\s`/`\d`/`\b`, `$` before a final newline, IGNORECASE
 * groups) come from ./py-regex.ts.
 */
import { isPyWhitespaceCode, pySplit } from '../../text/python.js';
import { compilePyRegex } from './py-regex.js';

type Rule = readonly [RegExp, string] | ((text: string) => string);

function py(pattern: string, ignoreCase = false): RegExp {
  const compiled = compilePyRegex(pattern, { ignoreCase });
  if (!compiled.ok) throw new Error(`treebank rule ${pattern}: ${compiled.error}`);
  return compiled.regex;
}

const STARTING_QUOTES: readonly Rule[] = [
  [py('([«“‘„]|[`]+)'), ' $1 '],
  [py('^"'), '``'],
  [py('(``)'), ' $1 '],
  [py('([ \\(\\[{<])("|\'{2})'), '$1 `` '],
  [py("(')(?!re|ve|ll|m|t|s|d|n)(\\w)\\b", true), '$1 $2'],
];

const PUNCTUATION: readonly Rule[] = [
  (text) => finalPeriod(text, '])}>"\'»”’ ', true),
  [py('([:,])([^\\d])'), ' $1 $2'],
  [py('([:,])$'), ' $1 '],
  [py('\\.{2,}'), ' $& '],
  [py('[;@#$%&]'), ' $& '],
  (text) => finalPeriod(text, '])}>"\'', false),
  [py('[?!]'), ' $& '],
  [py("([^'])' "), "$1 ' "],
  [py('[*]'), ' $& '],
];

const PARENS_BRACKETS: Rule = [py('[\\]\\[\\(\\)\\{\\}\\<\\>]'), ' $& '];
const DOUBLE_DASHES: Rule = [py('--'), ' -- '];

const ENDING_QUOTES: readonly Rule[] = [
  [py('([»”’])'), ' $1 '],
  [py("''"), " '' "],
  [py('"'), " '' "],
  [py("([^' ])('[sS]|'[mM]|'[dD]|') "), '$1 $2 '],
  [py("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) "), '$1 $2 '],
];

const CONTRACTIONS: readonly Rule[] = [
  '\\b(can)(?#X)(not)\\b',
  "\\b(d)(?#X)('ye)\\b",
  '\\b(gim)(?#X)(me)\\b',
  '\\b(gon)(?#X)(na)\\b',
  '\\b(got)(?#X)(ta)\\b',
  '\\b(lem)(?#X)(me)\\b',
  "\\b(more)(?#X)('n)\\b",
  '\\b(wan)(?#X)(na)(?=\\s)',
  " ('t)(?#X)(is)\\b",
  " ('t)(?#X)(was)\\b",
].map((p) => [py(p, true), ' $1 $2 '] as const);

function apply(text: string, rules: readonly Rule[]): string {
  let out = text;
  for (const rule of rules) {
    if (typeof rule === 'function') {
      out = rule(out);
      continue;
    }
    const [re, sub] = rule;
    re.lastIndex = 0;
    out = out.replace(re, sub);
  }
  return out;
}

/**
 * The final-period rules `([^\.])(\.)([<closers>]*)\s*$` → `\1 \2 \3 ` (or `\1 \2\3 `), without
 * the quadratic backtracking a regex engine spends on long whitespace tails: the period must sit
 * right before the longest tail made of closers and whitespace; the closers group is the longest
 * run of closers after which only whitespace remains.
 */
function finalPeriod(text: string, closers: string, spaced: boolean): string {
  const isCloser = (c: string): boolean => closers.includes(c);
  let t = text.length;
  while (t > 0 && (isCloser(text[t - 1]!) || isPyWhitespaceCode(text.charCodeAt(t - 1)))) t--;
  const k = t - 1; // the period
  if (k < 1 || text[k] !== '.' || text[k - 1] === '.') return text;
  let m = t;
  while (m < text.length && isCloser(text[m]!)) m++;
  let w = text.length;
  while (w > t && isPyWhitespaceCode(text.charCodeAt(w - 1))) w--;
  if (m < w) return text;
  const group3 = text.slice(t, m);
  return `${text.slice(0, k)} .${spaced ? ' ' : ''}${group3} `;
}

/** Tokens of one sentence, as `NLTKWordTokenizer().tokenize(sentence)` returns them. */
export function treebankTokenize(sentence: string): string[] {
  let text = apply(sentence, STARTING_QUOTES);
  text = apply(text, PUNCTUATION);
  text = apply(text, [PARENS_BRACKETS, DOUBLE_DASHES]);
  text = ` ${text} `;
  text = apply(text, ENDING_QUOTES);
  text = apply(text, CONTRACTIONS);
  return pySplit(text);
}

/** `nltk.word_tokenize(text)`: sentence-split first (the splitter is passed in), then tokenize each. */
export function wordTokenize(text: string, splitSentences: (text: string) => readonly string[]): string[] {
  const out: string[] = [];
  for (const sentence of splitSentences(text)) for (const t of treebankTokenize(sentence)) out.push(t);
  return out;
}
