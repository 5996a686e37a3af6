/**
 * The Punkt sentence tokenizer (Kiss & Strunk 2006) as NLTK 3.9.1 applies a trained model:
 * `PunktSentenceTokenizer.tokenize` / `span_tokenize` with boundary realignment.
 *
 * How NLTK decides, and how this port mirrors it (same decisions, no regular expressions on the
 * hot path, linear time):
 *
 * 1. Candidates. Every `.`, `?` or `!` followed either by one of the "non-word" characters
 *    `)";}]*:@'({[?!` or by whitespace and a further token is a candidate boundary (NLTK's
 *    period-context pattern; whitespace is Python's Unicode `\s`).
 * 2. Context. For each candidate NLTK takes the word before it: the text after the last ASCII
 *    whitespace character (Python's `string.whitespace`, not Unicode) found between the previous
 *    candidate and this one, or, when there is none (or it sits at offset 0 of that stretch), the
 *    start of the previous candidate's word. A candidate whose word starts before the previous
 *    candidate's position hides the previous candidate. The context is that word, the candidate
 *    character and what follows it (the non-word character, or the whitespace and next token).
 * 3. Decision. The context is split into Punkt word tokens, each token is annotated (first pass:
 *    sentence-final punctuation, ellipses, known abbreviations, other period-final words; second
 *    pass: collocations, the orthographic heuristic, frequent sentence starters, initials and
 *    numbers), and the candidate is a break when any token but the last is a sentence break.
 * 4. Slices. A break ends a sentence after the candidate character; the next sentence starts at
 *    the next token (or right after the character when a non-word character followed it). The
 *    last sentence ends at the end of the right-stripped text.
 * 5. Realignment. Closing quotes and brackets (`"')]}`) that open the following slice and are
 *    followed by whitespace, `--` or the slice end are moved to the end of the previous sentence.
 *
 * Offsets are UTF-16 indices into the JavaScript string (every character Punkt tests is in the
 * BMP, so decisions equal Python's code-point based ones).
 */
import { isPyWhitespaceCode } from '../python.js';
import {
  ORTHO_BEG_LC,
  ORTHO_LC,
  ORTHO_MID_UC,
  ORTHO_UC,
  type PunktParameters,
} from './params.js';

const CH_BANG = 0x21;
const CH_COMMA = 0x2c;
const CH_DASH = 0x2d;
const CH_DOT = 0x2e;
const CH_QUESTION = 0x3f;
const CH_NEWLINE = 0x0a;

function codeTable(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

/** Characters that cannot occur inside a Punkt word (NLTK's `_re_non_word_chars`). */
const NON_WORD = codeTable(')";}]*:@\'({[?!');
/** Characters that cannot start a Punkt word (NLTK's `_re_word_start` excludes these). */
const NOT_WORD_START = codeTable('("`{[:;&#*@)}]-,');
/** Closing punctuation moved back onto the previous sentence (`re_boundary_realignment`). */
const CLOSERS = codeTable('"\')]}');
/** Python's `string.whitespace`. */
const ASCII_WS = codeTable(' \t\n\r\x0b\x0c');

function isNonWord(c: number): boolean {
  return c < 128 && NON_WORD[c] === 1;
}

/** Whitespace as seen inside one line of Punkt's word tokenizer (lines are split on "\n"). */
function isLineWs(c: number): boolean {
  return c !== CH_NEWLINE && isPyWhitespaceCode(c);
}

/**
 * Length of the multi-character punctuation token at `i` (`--…`, `..…`, or `. . .` spaced
 * ellipsis of at least three periods), or 0.
 */
function multiCharLength(s: string, i: number): number {
  const n = s.length;
  const c = s.charCodeAt(i);
  if (c === CH_DASH) {
    if (i + 1 < n && s.charCodeAt(i + 1) === CH_DASH) {
      let j = i + 2;
      while (j < n && s.charCodeAt(j) === CH_DASH) j++;
      return j - i;
    }
    return 0;
  }
  if (c !== CH_DOT) return 0;
  if (i + 1 < n && s.charCodeAt(i + 1) === CH_DOT) {
    let j = i + 2;
    while (j < n && s.charCodeAt(j) === CH_DOT) j++;
    return j - i;
  }
  // (?:\.\s){2,}\.  — greedy pairs, then one period (giving back one pair if needed).
  let pairs = 0;
  let j = i;
  while (j + 1 < n && s.charCodeAt(j) === CH_DOT && isLineWs(s.charCodeAt(j + 1))) {
    pairs++;
    j += 2;
  }
  if (pairs >= 2 && j < n && s.charCodeAt(j) === CH_DOT) return 2 * pairs + 1;
  if (pairs >= 3) return 2 * pairs - 1;
  return 0;
}

/** Whether a multi-character punctuation token starts at `i` (used as a word-end lookahead). */
function multiCharAt(s: string, i: number): boolean {
  if (i + 1 >= s.length) return false;
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  if (c === CH_DASH) return d === CH_DASH;
  if (c !== CH_DOT) return false;
  if (d === CH_DOT) return true;
  return (
    i + 4 < s.length &&
    isLineWs(d) &&
    s.charCodeAt(i + 2) === CH_DOT &&
    isLineWs(s.charCodeAt(i + 3)) &&
    s.charCodeAt(i + 4) === CH_DOT
  );
}

/**
 * Punkt's word tokenizer (`PunktLanguageVars.word_tokenize` applied line by line): yields
 * tokens one at a time so that a decision can stop early.
 */
export class PunktWordScanner {
  private pos = 0;

  constructor(private readonly s: string) {}

  /** The next token, or null at the end. */
  next(): string | null {
    const s = this.s;
    const n = s.length;
    let i = this.pos;
    while (i < n && isPyWhitespaceCode(s.charCodeAt(i))) i++;
    if (i >= n) {
      this.pos = n;
      return null;
    }
    const multi = multiCharLength(s, i);
    if (multi > 0) {
      this.pos = i + multi;
      return s.slice(i, i + multi);
    }
    const c = s.charCodeAt(i);
    if (c >= 128 || NOT_WORD_START[c] !== 1) {
      // A word: extend lazily until whitespace, the end, a non-word character, multi-character
      // punctuation, or a comma that is itself followed by one of those.
      let j = i + 1;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (isPyWhitespaceCode(d) || isNonWord(d) || multiCharAt(s, j)) break;
        if (d === CH_COMMA) {
          if (j + 1 >= n) break;
          const e = s.charCodeAt(j + 1);
          if (isPyWhitespaceCode(e) || isNonWord(e) || multiCharAt(s, j + 1)) break;
        }
        j++;
      }
      this.pos = j;
      return s.slice(i, j);
    }
    // Any other single non-space character (all of these are ASCII).
    this.pos = i + 1;
    return s[i]!;
  }
}

/** Punkt's word tokenization of a whole text (for tests and debugging). */
export function punktWordTokens(text: string): string[] {
  const out: string[] = [];
  const scanner = new PunktWordScanner(text);
  for (let t = scanner.next(); t !== null; t = scanner.next()) out.push(t);
  return out;
}

const NUMERIC_RE = /^-?[.,]?\p{Nd}[\p{Nd},.\-]*\.?$/u;
const ELLIPSIS_RE = /^\.\.+$/;
/** Python's `[^\W\d]\.$`: one letter (or `_`, or a non-decimal number character) and a period. */
const INITIAL_RE = /^[\p{L}\p{Nl}\p{No}_]\.$/u;
const FIRST_UPPER_RE = /^\p{Uppercase}/u;
const FIRST_LOWER_RE = /^\p{Lowercase}/u;

/** A word token with its Punkt annotations. */
interface AugToken {
  readonly tok: string;
  /** Lower-cased token, or `##number##` for numeric tokens. */
  readonly type: string;
  readonly periodFinal: boolean;
  sentbreak: boolean;
  abbr: boolean;
  ellipsis: boolean;
}

function typeNoPeriod(t: AugToken): string {
  const ty = t.type;
  return ty.length > 1 && ty.charCodeAt(ty.length - 1) === CH_DOT ? ty.slice(0, -1) : ty;
}

function typeNoSentPeriod(t: AugToken): string {
  return t.sentbreak ? typeNoPeriod(t) : t.type;
}

/** How many decided contexts a tokenizer remembers before starting over. */
const DECISION_MEMO_ENTRIES = 1 << 16;

/** A Punkt sentence tokenizer with fixed parameters. */
export class PunktSentenceTokenizer {
  constructor(private readonly params: PunktParameters) {}

  /** Creates a token and applies the first (type-based) annotation pass. */
  private firstPass(tok: string): AugToken {
    const lower = tok.toLowerCase();
    const c0 = lower.charCodeAt(0);
    // Numeric tokens start with '-', '.', ',' or a decimal digit (any script).
    const maybeNumber = c0 >= 128 || c0 === CH_DASH || c0 === CH_DOT || c0 === CH_COMMA || (c0 >= 0x30 && c0 <= 0x39);
    const t: AugToken = {
      tok,
      type: maybeNumber && NUMERIC_RE.test(lower) ? '##number##' : lower,
      periodFinal: tok.charCodeAt(tok.length - 1) === CH_DOT,
      sentbreak: false,
      abbr: false,
      ellipsis: false,
    };
    if (tok === '.' || tok === '?' || tok === '!') {
      t.sentbreak = true;
    } else if (tok.charCodeAt(0) === CH_DOT && ELLIPSIS_RE.test(tok)) {
      t.ellipsis = true;
    } else if (t.periodFinal && !tok.endsWith('..')) {
      const base = tok.slice(0, -1).toLowerCase();
      const abbrevs = this.params.abbrevTypes;
      if (abbrevs.has(base) || abbrevs.has(base.slice(base.lastIndexOf('-') + 1))) {
        t.abbr = true;
      } else {
        t.sentbreak = true;
      }
    }
    return t;
  }

  /** Whether `t` starts a sentence: true, false or 'unknown' (the orthographic heuristic). */
  private orthoHeuristic(t: AugToken): boolean | 'unknown' {
    const tok = t.tok;
    if (tok.length === 1 && ';:,.!?'.includes(tok)) return false;
    const ctx = this.params.orthoContext.get(typeNoSentPeriod(t)) ?? 0;
    const firstUpper = FIRST_UPPER_RE.test(tok);
    if (firstUpper && (ctx & ORTHO_LC) !== 0 && (ctx & ORTHO_MID_UC) === 0) return true;
    if (FIRST_LOWER_RE.test(tok) && ((ctx & ORTHO_UC) !== 0 || (ctx & ORTHO_BEG_LC) === 0)) {
      return false;
    }
    return 'unknown';
  }

  /** The second (token-context) annotation pass over the pair (t1, t2), updating t1. */
  private secondPass(t1: AugToken, t2: AugToken | null): void {
    if (t2 === null || !t1.periodFinal) return;
    const typ = typeNoPeriod(t1);
    const nextTyp = typeNoSentPeriod(t2);
    const isInitial = INITIAL_RE.test(t1.tok);

    // Collocation heuristic: a known pair around the period means no break.
    if (this.params.collocations.get(typ)?.has(nextTyp) === true) {
      t1.sentbreak = false;
      t1.abbr = true;
      return;
    }
    // An abbreviation or ellipsis may still end a sentence.
    if ((t1.abbr || t1.ellipsis) && !isInitial) {
      if (this.orthoHeuristic(t2) === true) {
        t1.sentbreak = true;
        return;
      }
      if (FIRST_UPPER_RE.test(t2.tok) && this.params.sentStarters.has(nextTyp)) {
        t1.sentbreak = true;
        return;
      }
    }
    // Initials and ordinal numbers followed by a non-starter are abbreviations.
    if (isInitial || typ === '##number##') {
      const starter = this.orthoHeuristic(t2);
      if (starter === false) {
        t1.sentbreak = false;
        t1.abbr = true;
        return;
      }
      if (
        starter === 'unknown' &&
        isInitial &&
        FIRST_UPPER_RE.test(t2.tok) &&
        ((this.params.orthoContext.get(nextTyp) ?? 0) & ORTHO_LC) === 0
      ) {
        t1.sentbreak = false;
        t1.abbr = true;
      }
    }
  }

  /**
   * Decisions already taken, by context. A decision is a pure function of its context (a word,
   * the candidate character and the next token), and the same contexts recur: in the loose
   * variants of one response and across responses ("it. The"). Cleared when it grows large.
   */
  private readonly decisions = new Map<string, boolean>();

  /** Whether `context` holds a sentence break before its last token (`text_contains_sentbreak`). */
  containsSentbreak(context: string): boolean {
    const known = this.decisions.get(context);
    if (known !== undefined) return known;
    const found = this.decideContext(context);
    if (this.decisions.size >= DECISION_MEMO_ENTRIES) this.decisions.clear();
    this.decisions.set(context, found);
    return found;
  }

  private decideContext(context: string): boolean {
    const scanner = new PunktWordScanner(context);
    const first = scanner.next();
    if (first === null) return false;
    let cur = this.firstPass(first);
    for (;;) {
      const nextTok = scanner.next();
      if (nextTok === null) return false;
      const next = this.firstPass(nextTok);
      this.secondPass(cur, next);
      if (cur.sentbreak) return true;
      cur = next;
    }
  }

  /** Sentence slices before realignment (`_slices_from_text`), as flat [start, end, …] pairs. */
  private rawSlices(text: string): number[] {
    const n = text.length;
    const out: number[] = [];
    let lastBreak = 0;
    // The previous candidate: position of its character, its word start, its context end and
    // where the next sentence would start if it breaks.
    let prevPos = -1;
    let prevWordStart = 0;
    let prevSliceStop = 0;
    let prevAfterEnd = 0;
    let prevNextStart = 0;

    const decide = (pos: number, wordStart: number, afterEnd: number, nextStart: number): void => {
      if (this.containsSentbreak(text.slice(wordStart, afterEnd))) {
        out.push(lastBreak, pos + 1);
        lastBreak = nextStart;
      }
    };

    // Candidates are the next '.', '?' or '!' (indexOf scans natively, far faster than a loop).
    let nextDot = text.indexOf('.');
    let nextQuestion = text.indexOf('?');
    let nextBang = text.indexOf('!');
    for (;;) {
      let i = nextDot;
      if (nextQuestion >= 0 && (i < 0 || nextQuestion < i)) i = nextQuestion;
      if (nextBang >= 0 && (i < 0 || nextBang < i)) i = nextBang;
      if (i < 0) break;
      if (i === nextDot) nextDot = text.indexOf('.', i + 1);
      else if (i === nextQuestion) nextQuestion = text.indexOf('?', i + 1);
      else nextBang = text.indexOf('!', i + 1);
      // Does the period-context pattern match here?
      let afterEnd: number;
      let nextStart: number;
      if (i + 1 >= n) continue;
      const d = text.charCodeAt(i + 1);
      if (isNonWord(d)) {
        afterEnd = i + 2;
        nextStart = i + 1;
      } else if (isPyWhitespaceCode(d)) {
        let j = i + 2;
        while (j < n && isPyWhitespaceCode(text.charCodeAt(j))) j++;
        if (j >= n) continue;
        let k = j + 1;
        while (k < n && !isPyWhitespaceCode(text.charCodeAt(k))) k++;
        afterEnd = k;
        nextStart = j;
      } else {
        continue;
      }
      // The word before the candidate.
      let k = i - 1;
      while (k >= prevSliceStop && !(text.charCodeAt(k) < 128 && ASCII_WS[text.charCodeAt(k)] === 1)) k--;
      const wordStart = k >= prevSliceStop && k !== prevSliceStop ? k + 1 : prevWordStart;
      if (prevPos >= 0 && prevSliceStop <= wordStart) {
        decide(prevPos, prevWordStart, prevAfterEnd, prevNextStart);
      }
      prevPos = i;
      prevWordStart = wordStart;
      prevSliceStop = i;
      prevAfterEnd = afterEnd;
      prevNextStart = nextStart;
    }
    if (prevPos >= 0) decide(prevPos, prevWordStart, prevAfterEnd, prevNextStart);

    let end = n;
    while (end > 0 && isPyWhitespaceCode(text.charCodeAt(end - 1))) end--;
    out.push(lastBreak, end);
    return out;
  }

  /**
   * Sentence spans `[start, end]` (UTF-16 offsets), with closing punctuation realigned onto the
   * sentence it ends (`span_tokenize(text)` with `realign_boundaries=True`).
   */
  spanTokenize(text: string): Array<[number, number]> {
    const flat = this.flatSpans(text);
    const spans: Array<[number, number]> = [];
    for (let k = 0; k < flat.length; k += 2) spans.push([flat[k]!, flat[k + 1]!]);
    return spans;
  }

  /** The sentence spans as flat `[start, end, start, end, ...]` offsets. */
  flatSpans(text: string): number[] {
    const raw = this.rawSlices(text);
    const spans: number[] = [];
    const count = raw.length / 2;
    let realign = 0;
    for (let idx = 0; idx < count; idx++) {
      const start1 = raw[2 * idx]! + realign;
      const stop1 = raw[2 * idx + 1]!;
      if (idx === count - 1) {
        if (start1 < stop1) spans.push(start1, stop1);
        continue;
      }
      const start2 = raw[2 * idx + 2]!;
      const stop2 = raw[2 * idx + 3]!;
      // Closing punctuation at the start of the next slice, then whitespace, "--" or its end.
      let p = start2;
      while (p < stop2) {
        const c = text.charCodeAt(p);
        if (c >= 128 || CLOSERS[c] !== 1) break;
        p++;
      }
      let matchEnd = -1;
      if (p > start2) {
        if (p >= stop2) {
          matchEnd = p;
        } else if (isPyWhitespaceCode(text.charCodeAt(p))) {
          let q = p + 1;
          while (q < stop2 && isPyWhitespaceCode(text.charCodeAt(q))) q++;
          matchEnd = q;
        } else if (
          p + 1 < stop2 &&
          text.charCodeAt(p) === CH_DASH &&
          text.charCodeAt(p + 1) === CH_DASH
        ) {
          matchEnd = p;
        }
      }
      if (matchEnd >= 0) {
        spans.push(start1, p);
        realign = matchEnd - start2;
      } else {
        realign = 0;
        if (start1 < stop1) spans.push(start1, stop1);
      }
    }
    return spans;
  }

  /** The sentences of `text` (`PunktSentenceTokenizer.tokenize(text)`). */
  tokenize(text: string): string[] {
    const flat = this.flatSpans(text);
    const out: string[] = [];
    for (let k = 0; k < flat.length; k += 2) out.push(text.slice(flat[k], flat[k + 1]));
    return out;
  }

  /** The number of sentences (`len(tokenize(text))`), without building them. */
  countSentences(text: string): number {
    return this.flatSpans(text).length / 2;
  }
}
