/**
 * `nltk.word_tokenize(text)` (NLTK 3.9.1, English, `preserve_line=False`): Punkt sentence
 * splitting, then NLTK's improved Treebank word tokenizer (`NLTKWordTokenizer`) on each sentence.
 *
 * The word tokenizer is a fixed sequence of substitutions followed by a whitespace split:
 * 1. starting quotes: curly/guillemet opening quotes and backtick runs are padded; a `"` at the
 *    very start becomes ` `` `; a `"` or `''` after a space or an opening bracket becomes ` `` `;
 *    an apostrophe directly before a one-character word (not a clitic such as `'s`) is split;
 * 2. punctuation: a sentence-final period (with trailing closing brackets/quotes) is split off,
 *    `:` and `,` are split unless followed by a digit (or at the end), runs of periods, `;@#$%&`,
 *    `?`, `!`, `*` and `' ` are padded;
 * 3. brackets `[](){}<>` and `--` are padded;
 * 4. ending quotes: closing curly quotes/guillemets are padded, `''` and `"` become ` '' `,
 *    whitespace runs collapse to one space, and clitics (`'s`, `'m`, `'d`, `'ll`, `'re`, `'ve`,
 *    `n't`, a lone `'`) are split off;
 * 5. MacIntyre contractions (`cannot`, `gimme`, `gonna`, `gotta`, `lemme`, `more'n`, `wanna`,
 *    `d'ye`, `'tis`, `'twas`) are split.
 * Regexes follow Python semantics: `\w`, `\b`, `\s`, `\d` are Unicode; `(?i)` is case-folding.
 * Rules that NLTK anchors at the end of the string (where Python's backtracking can go
 * quadratic on long runs of spaces) are computed directly.
 */
import { sentTokenize } from './punkt/index.js';
import { PY_B, PY_S, PY_W, isPyWhitespaceCode, pyIsUpper, pySplit } from './python.js';

// Patterns without the `u` flag only involve BMP characters, and where they can consume one half
// of a surrogate pair they put it back unchanged, so the result equals Python's.
const OPENING_QUOTES_RE = /([«“‘„]|[`]+)/g;
const DOUBLE_BACKTICK_RE = /``/g;
const QUOTE_AFTER_OPENER_RE = /([ ([{<])("|'{2})/g;
const APOSTROPHE_BEFORE_CHAR_RE = new RegExp(`(')(?!re|ve|ll|m|t|s|d|n)(${PY_W})${PY_B}`, 'giu');
const COLON_COMMA_RE = /([:,])([^\p{Nd}])/gu;
// `([:,])$`: Python's `$` also matches just before a final newline.
const COLON_COMMA_END_RE = /([:,])(?=\n?$)/;
const PERIOD_RUN_RE = /\.{2,}/g;
const SYMBOL_RE = /[;@#$%&]/g;
const QUESTION_BANG_RE = /[?!]/g;
const APOSTROPHE_SPACE_RE = /([^'])' /g;
const STAR_RE = /\*/g;
const BRACKET_RE = /[\][(){}<>]/g;
const DOUBLE_DASH_RE = /--/g;
const CLOSING_QUOTES_RE = /([»”’])/g;
const TWO_APOSTROPHES_RE = /''/g;
const DOUBLE_QUOTE_RE = /"/g;
const CLITIC_SHORT_RE = /([^' ])('[sS]|'[mM]|'[dD]|') /g;
const CLITIC_LONG_RE = /([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) /g;

// Which characters a sentence holds, so that rules that cannot match are skipped.
const HAS_OPEN_QUOTE = 1;
const HAS_DQUOTE = 2;
const HAS_APOSTROPHE = 4;
const HAS_COLON_COMMA = 8;
const HAS_PERIOD = 16;
const HAS_SYMBOL = 32;
const HAS_QUESTION_BANG = 64;
const HAS_STAR = 128;
const HAS_BRACKET = 256;
const HAS_DASH = 512;
const HAS_CLOSE_QUOTE = 1024;
const HAS_OTHER_SPACE = 2048;

function charMask(s: string): number {
  let mask = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      switch (c) {
        case 0x60: mask |= HAS_OPEN_QUOTE; break; // `
        case 0x22: mask |= HAS_DQUOTE; break;
        case 0x27: mask |= HAS_APOSTROPHE; break;
        case 0x3a: case 0x2c: mask |= HAS_COLON_COMMA; break;
        case 0x2e: mask |= HAS_PERIOD; break;
        case 0x3b: case 0x40: case 0x23: case 0x24: case 0x25: case 0x26: mask |= HAS_SYMBOL; break;
        case 0x3f: case 0x21: mask |= HAS_QUESTION_BANG; break;
        case 0x2a: mask |= HAS_STAR; break;
        case 0x5b: case 0x5d: case 0x28: case 0x29: case 0x7b: case 0x7d: case 0x3c: case 0x3e:
          mask |= HAS_BRACKET;
          break;
        case 0x2d: mask |= HAS_DASH; break;
        case 0x20: break;
        default:
          if (isPyWhitespaceCode(c)) mask |= HAS_OTHER_SPACE;
      }
    } else if (c === 0xab || c === 0x201c || c === 0x2018 || c === 0x201e) {
      mask |= HAS_OPEN_QUOTE;
    } else if (c === 0xbb || c === 0x201d || c === 0x2019) {
      mask |= HAS_CLOSE_QUOTE;
    } else if (isPyWhitespaceCode(c)) {
      mask |= HAS_OTHER_SPACE;
    }
  }
  return mask;
}

/** Python's `re.sub(r"\s+", " ", s)`. */
function collapseWhitespace(s: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    if (!isPyWhitespaceCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isPyWhitespaceCode(s.charCodeAt(j))) j++;
    if (j - i > 1 || s.charCodeAt(i) !== 0x20) {
      out += s.slice(from, i) + ' ';
      from = j;
    }
    i = j;
  }
  return from === 0 ? s : out + s.slice(from);
}

const WORD_CHAR_RE = new RegExp(`^${PY_W}$`, 'u');
const SPACE_CHAR_RE = new RegExp(`^${PY_S}$`, 'u');

/** Whether the code point ending just before UTF-16 offset `i` is a Python `\w` character. */
function wordCharBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const cp = s.codePointAt(i >= 2 && /[\uDC00-\uDFFF]/.test(s[i - 1]!) ? i - 2 : i - 1)!;
  return WORD_CHAR_RE.test(String.fromCodePoint(cp));
}

/** Whether the code point starting at UTF-16 offset `i` is a Python `\w` character. */
function wordCharAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  return WORD_CHAR_RE.test(String.fromCodePoint(s.codePointAt(i)!));
}

/**
 * MacIntyre contractions (`CONTRACTIONS2`, `CONTRACTIONS3`), each `(?i)` and replaced by
 * ` \1 \2 `. The word-boundary conditions are checked on each literal match rather than
 * with lookarounds (much faster in V8); this finds the same matches because no pattern can
 * overlap a shifted copy of itself, so a rejected match never hides an accepted one.
 */
const CONTRACTIONS: ReadonlyArray<{
  re: RegExp;
  /** Lower-case text every match contains (a cheap pre-check; `s` can also match `ſ`). */
  needle: string;
  left: boolean;
  right: 'word' | 'space';
}> = [
  { re: /(can)(not)/giu, needle: 'cannot', left: true, right: 'word' },
  { re: /(d)('ye)/giu, needle: "d'ye", left: true, right: 'word' },
  { re: /(gim)(me)/giu, needle: 'gimme', left: true, right: 'word' },
  { re: /(gon)(na)/giu, needle: 'gonna', left: true, right: 'word' },
  { re: /(got)(ta)/giu, needle: 'gotta', left: true, right: 'word' },
  { re: /(lem)(me)/giu, needle: 'lemme', left: true, right: 'word' },
  { re: /(more)('n)/giu, needle: "more'n", left: true, right: 'word' },
  { re: /(wan)(na)/giu, needle: 'wanna', left: true, right: 'space' },
  { re: / ('t)(is)/giu, needle: " 't", left: false, right: 'word' },
  { re: / ('t)(was)/giu, needle: " 't", left: false, right: 'word' },
];

function splitContractions(text: string): string {
  let s = text;
  let lower: string | undefined;
  for (const { re, needle, left, right } of CONTRACTIONS) {
    lower ??= s.toLowerCase();
    if (!lower.includes(needle)) continue;
    s = s.replace(re, (m: string, a: string, b: string, offset: number, whole: string) => {
      if (left && wordCharBefore(whole, offset)) return m;
      const end = offset + m.length;
      const ok =
        right === 'word'
          ? !wordCharAt(whole, end)
          : end < whole.length && SPACE_CHAR_RE.test(whole[end]!);
      return ok ? ` ${a} ${b} ` : m;
    });
    lower = undefined;
  }
  return s;
}

/** Closing characters the first final-period rule keeps with the period (it includes space). */
const FINAL_PERIOD_CLOSERS_WIDE = new Set(']})>"\'»”’ ');
/** Closing characters the second final-period rule keeps with the period. */
const FINAL_PERIOD_CLOSERS = new Set(']})>"\'');

/**
 * Python's `re.sub(r'([^\.])(\.)([C]*)\s*$', repl, text)` for a closer class C: at most one match,
 * the period right before the closing run that reaches the trailing whitespace. `spaced` picks the
 * replacement `\1 \2 \3 ` (true) or `\1 \2\3 ` (false).
 */
function splitFinalPeriod(text: string, closers: ReadonlySet<string>, spaced: boolean): string {
  let w = text.length;
  while (w > 0 && isPyWhitespaceCode(text.charCodeAt(w - 1))) w--;
  let z = w;
  while (z > 0 && closers.has(text[z - 1]!)) z--;
  const dot = z - 1;
  if (dot < 1 || text[dot] !== '.' || text[dot - 1] === '.') return text;
  let q = z;
  while (q < text.length && closers.has(text[q]!)) q++;
  const closing = text.slice(z, q);
  return text.slice(0, dot) + (spaced ? ` . ${closing} ` : ` .${closing} `);
}

/** NLTK's `NLTKWordTokenizer().tokenize(text)` (no sentence splitting). */
export function treebankWordTokenize(text: string): string[] {
  const mask = charMask(text);
  let s = text;
  // Starting quotes.
  if (mask & HAS_OPEN_QUOTE) s = s.replace(OPENING_QUOTES_RE, ' $1 ');
  if (s.charCodeAt(0) === 0x22) s = '``' + s.slice(1);
  if (mask & (HAS_OPEN_QUOTE | HAS_DQUOTE)) s = s.replace(DOUBLE_BACKTICK_RE, ' $& ');
  if (mask & (HAS_DQUOTE | HAS_APOSTROPHE)) s = s.replace(QUOTE_AFTER_OPENER_RE, '$1 `` ');
  if (mask & HAS_APOSTROPHE) s = s.replace(APOSTROPHE_BEFORE_CHAR_RE, '$1 $2');
  // Punctuation.
  if (mask & HAS_PERIOD) s = splitFinalPeriod(s, FINAL_PERIOD_CLOSERS_WIDE, true);
  if (mask & HAS_COLON_COMMA) {
    s = s.replace(COLON_COMMA_RE, ' $1 $2');
    s = s.replace(COLON_COMMA_END_RE, ' $1 ');
  }
  if (mask & HAS_PERIOD) s = s.replace(PERIOD_RUN_RE, ' $& ');
  if (mask & HAS_SYMBOL) s = s.replace(SYMBOL_RE, ' $& ');
  if (mask & HAS_PERIOD) s = splitFinalPeriod(s, FINAL_PERIOD_CLOSERS, false);
  if (mask & HAS_QUESTION_BANG) s = s.replace(QUESTION_BANG_RE, ' $& ');
  if (mask & HAS_APOSTROPHE) s = s.replace(APOSTROPHE_SPACE_RE, "$1 ' ");
  if (mask & HAS_STAR) s = s.replace(STAR_RE, ' $& ');
  // Brackets and double dashes.
  if (mask & HAS_BRACKET) s = s.replace(BRACKET_RE, ' $& ');
  if (mask & HAS_DASH) s = s.replace(DOUBLE_DASH_RE, ' -- ');
  s = ` ${s} `;
  // Ending quotes.
  if (mask & HAS_CLOSE_QUOTE) s = s.replace(CLOSING_QUOTES_RE, ' $1 ');
  if (mask & HAS_APOSTROPHE) s = s.replace(TWO_APOSTROPHES_RE, " '' ");
  if (mask & HAS_DQUOTE) s = s.replace(DOUBLE_QUOTE_RE, " '' ");
  // NLTK collapses every whitespace run to one space here. Only the clitic and contraction
  // rules below look at spaces, always at a single character next to a non-space, so runs of
  // plain spaces need no collapsing; other whitespace (tab, newline, NBSP, ...) must become ' '.
  if (mask & HAS_OTHER_SPACE) s = collapseWhitespace(s);
  if (mask & HAS_APOSTROPHE) {
    s = s.replace(CLITIC_SHORT_RE, '$1 $2 ');
    s = s.replace(CLITIC_LONG_RE, '$1 $2 ');
  }
  return pySplit(splitContractions(s));
}

/** `nltk.word_tokenize(text)`: Punkt sentences, each split by the improved Treebank tokenizer. */
export function wordTokenize(text: string): string[] {
  const out: string[] = [];
  for (const sentence of sentTokenize(text)) {
    for (const token of treebankWordTokenize(sentence)) out.push(token);
  }
  return out;
}

const UPPERCASE_CHAR_RE = /\p{Uppercase}/u;
/** Word pieces the MacIntyre contraction rules split without an apostrophe (lower case). */
const LETTER_CONTRACTIONS = ['cannot', 'gimme', 'gonna', 'gotta', 'lemme', 'wanna'] as const;
/** The contractions with an apostrophe, which split around the whole word. */
const APOSTROPHE_CONTRACTIONS = ["d'ye", "more'n", "'tis", "'twas"] as const;

/**
 * ASCII characters that no tokenizer rule looks at: letters, digits and `_^\\/+=~|` (and control
 * characters). `.` and `-` are rule characters only when doubled (runs, `--`) or sentence-final.
 */
const INERT = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 0x20; c++) t[c] = 1;
  for (const ch of '_^\\/+=~|') t[ch.charCodeAt(0)] = 1;
  for (let c = 0x30; c <= 0x39; c++) t[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = 1;
  return t;
})();

/**
 * How many `NLTKWordTokenizer` tokens of `sentence` are upper case (Python `isupper`), i.e. hold
 * an upper-case character and no lower- or title-case one. Same result as counting over
 * `treebankWordTokenize(sentence)`, usually without tokenizing:
 *
 * Tokens never span whitespace (the rules only insert spaces and rewrite quote characters), so
 * the count is a sum over whitespace-separated chunks, and a chunk without an upper-case
 * character contributes nothing. For an ASCII chunk, see `asciiChunkCount`. Any other chunk with
 * a capital sends the sentence through the tokenizer.
 */
export function countUpperTokens(sentence: string): number {
  const count = chunkUpperTokens(sentence);
  return count >= 0 ? count : countUpperTokensSlow(sentence);
}

/**
 * How many `nltk.word_tokenize(text)` tokens are upper case (Python `isupper`), as IFEval's
 * `change_case:capital_word_frequency` counts them: per Punkt sentence, `countUpperTokens`.
 *
 * When every chunk with a capital is decided by its own characters (`chunkUpperTokens`), the
 * sentence split cannot change the count, so Punkt is not run: sentences cover every
 * non-whitespace character, and Punkt only ends a sentence after `.` `?` or `!` followed by
 * whitespace or by one of ``)";}]*:@'({[?!``. Inside a decided chunk's core such a position can
 * only be a `.` before an apostrophe, which is a segment boundary already, so the cased
 * characters still group the same way, and the rules that look at a sentence's ends (a final
 * period, an opening `"`) only touch characters that are not cased.
 */
export function countUpperWordTokens(text: string): number {
  const whole = chunkUpperTokens(text);
  if (whole >= 0) return whole;
  let n = 0;
  for (const sentence of sentTokenize(text)) if (UPPERCASE_CHAR_RE.test(sentence)) n += countUpperTokens(sentence);
  return n;
}

/** The upper-case tokens of `text` chunk by chunk, or -1 when some chunk needs the tokenizer. */
function chunkUpperTokens(text: string): number {
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isPyWhitespaceCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let upper = false;
    let ascii = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        if (isPyWhitespaceCode(c)) break;
        ascii = false;
      } else if (c >= 0x41 && c <= 0x5a) {
        upper = true;
      } else if (c <= 0x20 && isPyWhitespaceCode(c)) {
        break;
      }
    }
    if (!ascii) {
      if (UPPERCASE_CHAR_RE.test(text.slice(start, i))) return -1;
      continue;
    }
    if (!upper) continue;
    const found = asciiChunkCount(text, start, i);
    if (found < 0) return -1;
    count += found;
  }
  return count;
}

/**
 * The upper-case tokens of the ASCII chunk [start, end) that holds a capital, or -1 when only
 * the tokenizer can tell.
 *
 * Call the chunk's core the part from its first to its last letter or digit. Every rule splits
 * at a rule character (quotes, brackets, `,` `:` `;` `!` `?` `*` `@#$%&`, runs of `.` or `-`,
 * sentence-final punctuation), at an apostrophe, before the `n` of `n't`, or around and inside a
 * few contractions (`cannot`, `gimme`, ..., `d'ye`, `more'n`, `'tis`, `'twas`). When the core holds only inert
 * characters and apostrophes, and no such contraction, cut it at the apostrophes (and before an
 * `n` followed by `'t`) into segments: a token's cased characters are then whole segments. If no
 * segment has a capital without a small letter, a token with a capital also holds a small letter,
 * so none is upper case (without apostrophes: the core's cased characters form one token, upper
 * case when it has a capital and no small letter).
 */
function asciiChunkCount(s: string, start: number, end: number): number {
  let first = -1;
  let last = -1;
  let apostrophes = false;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x27) apostrophes = true;
    else if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) {
      if (first < 0) first = k;
      last = k;
    }
  }
  let upper = false;
  let lower = false;
  // Segment state: capitals / small letters seen in the current segment.
  let segUpper = false;
  let segLower = false;
  let upperOnlySegment = false;
  for (let k = first; k <= last; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x27) {
      if (segUpper && !segLower) upperOnlySegment = true;
      segUpper = segLower = false;
      continue;
    }
    if (INERT[c] !== 1) {
      // A lone '.' or '-' between inert characters splits nothing.
      if ((c === 0x2d || c === 0x2e) && s.charCodeAt(k + 1) !== c && s.charCodeAt(k - 1) !== c) continue;
      return -1;
    }
    const isUpper = c >= 0x41 && c <= 0x5a;
    const isLower = c >= 0x61 && c <= 0x7a;
    if ((c === 0x6e || c === 0x4e) && s.charCodeAt(k + 1) === 0x27 && (s.charCodeAt(k + 2) | 0x20) === 0x74) {
      // The n of n't may become a token of its own: close the segment before it.
      if (segUpper && !segLower) upperOnlySegment = true;
      segUpper = segLower = false;
    }
    if (isUpper) upper = segUpper = true;
    else if (isLower) lower = segLower = true;
  }
  if (segUpper && !segLower) upperOnlySegment = true;
  if (last - first + 1 >= 5 || apostrophes) {
    const lowered = s.slice(start, end).toLowerCase();
    for (const piece of LETTER_CONTRACTIONS) if (lowered.includes(piece)) return -1;
    if (apostrophes) for (const piece of APOSTROPHE_CONTRACTIONS) if (lowered.includes(piece)) return -1;
  }
  if (!apostrophes) return upper && !lower ? 1 : 0;
  return upperOnlySegment ? -1 : 0;
}

function countUpperTokensSlow(sentence: string): number {
  let n = 0;
  for (const token of treebankWordTokenize(sentence)) if (pyIsUpper(token)) n++;
  return n;
}
