/**
 * IFEval `detectable_format:*` — bullet lists, constrained answers, highlighted sections,
 * numbered sections, JSON output and a <<title>>.
 *
 * Reference quirks kept (all from its regular expressions):
 * - bullets: lines matching `^\s*\*[^\*].*$` plus lines matching `^\s*-.*$` (MULTILINE). The
 *   leading `\s*` may run across blank lines, `[^\*]` may be the newline itself (so a lone `*`
 *   line followed by any line is a bullet), `**bold**` lines are not bullets, and every line
 *   starting with `-` (including `---` rules) is one;
 * - highlights: each `*…*` on one line with non-blank content, plus each `**…**` with non-blank
 *   content (so `**bold**` counts once, through the second pattern);
 * - sections: the number of matches of `\s?<splitter>\s?\d+\s?` (case-sensitive, anywhere);
 * - JSON: the stripped response minus a leading ```json / ```Json / ```JSON / ``` and a trailing
 *   ```, parsed by Python's json (which also accepts NaN, Infinity and -Infinity);
 * - title: some `<<…>>` on one line whose text, without its leading `<` and trailing `>`
 *   characters, is not blank.
 */
import { defineConstraint } from '../types.js';
import type { Params } from '../types.js';
import { isPyWhitespaceCode, pyStrip } from '../../text/python.js';
import { compilePyRegex, pyCountMatches } from './py-regex.js';
import { countSpec, plural, pyRepr, pyTupleRepr, quote, rejectNegative, verdict } from './shared.js';

// --- bullets ---------------------------------------------------------------------------------

/**
 * Counts matches of `^\s*<marker>…` (Python MULTILINE) where, after the whitespace run, `accept`
 * decides whether a match starts at `q` and returns the index where the matched line content
 * begins, or -1. Linear: every line start inside one whitespace run shares its outcome.
 */
function countLineMatches(text: string, accept: (q: number) => number): number {
  const n = text.length;
  let count = 0;
  let p = 0; // candidate line start
  while (p <= n) {
    let q = p;
    while (q < n && isPyWhitespaceCode(text.charCodeAt(q))) q++;
    const content = accept(q);
    if (content >= 0) {
      count++;
      let e = text.indexOf('\n', content);
      if (e < 0) e = n;
      // findall resumes at e; the next match needs a line start at or after e.
      p = e > 0 && text.charCodeAt(e - 1) === 10 ? e : nextLineStart(text, e);
    } else {
      // All line starts inside [p, q] reach the same q: skip past them.
      p = nextLineStart(text, q);
    }
  }
  return count;
}

function nextLineStart(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length + 1 : nl + 1;
}

/** Number of bullet lines as IFEval counts them (`*` bullets plus `-` bullets). */
export function countBullets(text: string): number {
  const n = text.length;
  const star = countLineMatches(text, (q) => {
    if (q >= n || text[q] !== '*' || q + 1 >= n || text[q + 1] === '*') return -1;
    const c = text.charCodeAt(q + 1);
    return q + (c >= 0xd800 && c <= 0xdbff && q + 2 < n ? 3 : 2);
  });
  const dash = countLineMatches(text, (q) => (q < n && text[q] === '-' ? q + 1 : -1));
  return star + dash;
}

interface BulletParams extends Params {
  readonly num_bullets: number;
}

export const formatNumberBulletLists = defineConstraint<BulletParams>({
  id: 'detectable_format:number_bullet_lists',
  family: 'ifeval',
  params: [countSpec('num_bullets', [1, 5], 'Exact number of markdown bullet points (`* ` or `-`).')],
  describe: (p) =>
    `Your answer must contain exactly ${p.num_bullets} bullet points. Use the markdown bullet points such as:\n* This is point 1. \n* This is point 2`,
  validate: (p) => rejectNegative(p, ['num_bullets']),
  check(response, p) {
    const n = countBullets(response);
    return verdict(n === p.num_bullets, `found ${plural(n, 'bullet point')}, expected exactly ${p.num_bullets}`);
  },
});

// --- constrained response ----------------------------------------------------------------------

const CONSTRAINED_OPTIONS = ['My answer is yes.', 'My answer is no.', 'My answer is maybe.'] as const;

export const formatConstrainedResponse = defineConstraint<Params>({
  id: 'detectable_format:constrained_response',
  family: 'ifeval',
  params: [],
  describe: () => `Answer with one of the following options: ${pyTupleRepr(CONSTRAINED_OPTIONS)}`,
  check(response) {
    const value = pyStrip(response);
    const found = CONSTRAINED_OPTIONS.find((o) => value.includes(o));
    return found
      ? verdict(true, `found the option ${pyRepr(found)}`)
      : verdict(false, `found none of the options ${pyTupleRepr(CONSTRAINED_OPTIONS)}`);
  },
});

// --- highlighted sections ----------------------------------------------------------------------

/** Counts `*…*` (single) and `**…**` (double) highlights with non-blank text, as IFEval does. */
export function countHighlights(text: string): number {
  const n = text.length;
  let count = 0;
  // re.findall(r"\*[^\n\*]*\*")
  let i = 0;
  while (i < n) {
    const open = text.indexOf('*', i);
    if (open < 0) break;
    let j = open + 1;
    while (j < n && text[j] !== '*' && text[j] !== '\n') j++;
    if (j < n && text[j] === '*') {
      if (pyStrip(text.slice(open + 1, j)) !== '') count++;
      i = j + 1;
    } else {
      i = j; // hit a newline or the end: nothing between can open a match
    }
  }
  // re.findall(r"\*\*[^\n\*]*\*\*")
  i = 0;
  while (i < n) {
    const open = text.indexOf('**', i);
    if (open < 0) break;
    let j = open + 2;
    while (j < n && text[j] !== '*' && text[j] !== '\n') j++;
    if (j + 1 < n && text[j] === '*' && text[j + 1] === '*') {
      if (pyStrip(text.slice(open + 2, j)) !== '') count++;
      i = j + 2;
    } else if (j < n && text[j] === '*') {
      i = open + 1; // a single '*' closes the run; a later '**' may start at open+1
    } else {
      i = j;
    }
  }
  return count;
}

interface HighlightParams extends Params {
  readonly num_highlights: number;
}

export const formatNumberHighlightedSections = defineConstraint<HighlightParams>({
  id: 'detectable_format:number_highlighted_sections',
  family: 'ifeval',
  params: [countSpec('num_highlights', [1, 4], 'Minimum number of *highlighted* sections.')],
  describe: (p) =>
    `Highlight at least ${p.num_highlights} sections in your answer with markdown, i.e. *highlighted section*.`,
  validate: (p) => rejectNegative(p, ['num_highlights']),
  check(response, p) {
    const n = countHighlights(response);
    return verdict(n >= p.num_highlights, `found ${plural(n, 'highlighted section')}, expected at least ${p.num_highlights}`);
  },
});

// --- multiple sections -------------------------------------------------------------------------

interface SectionParams extends Params {
  readonly section_spliter: string;
  readonly num_sections: number;
}

function sectionPattern(spliter: string): string {
  return `\\s?${pyStrip(spliter)}\\s?\\d+\\s?`;
}

export const formatMultipleSections = defineConstraint<SectionParams>({
  id: 'detectable_format:multiple_sections',
  family: 'ifeval',
  params: [
    {
      name: 'section_spliter',
      kind: 'string',
      required: true,
      doc: 'The word marking each section, e.g. "Section" or "SECTION" (case-sensitive; used as a regular expression).',
    },
    countSpec('num_sections', [1, 5], 'Minimum number of "<spliter> <number>" markers.'),
  ],
  describe: (p) => {
    const s = pyStrip(p.section_spliter);
    return `Your response must have ${p.num_sections} sections. Mark the beginning of each section with ${s} X, such as:\n${s} 1\n[content of section 1]\n${s} 2\n[content of section 2]`;
  },
  validate(p) {
    const compiled = compilePyRegex(sectionPattern(p.section_spliter));
    if (!compiled.ok) {
      return { field: 'section_spliter', message: `${pyRepr(p.section_spliter)} is not a usable regular expression: ${compiled.error}` };
    }
    return rejectNegative(p, ['num_sections']);
  },
  check(response, p) {
    const compiled = compilePyRegex(sectionPattern(p.section_spliter));
    if (!compiled.ok) return verdict(false, `the section splitter ${pyRepr(p.section_spliter)} is not a usable regular expression`);
    const n = pyCountMatches(compiled.regex, response);
    const s = pyStrip(p.section_spliter);
    return verdict(n >= p.num_sections, `found ${plural(n, `'${s} N' marker`)}, expected at least ${p.num_sections}`);
  },
});

// --- JSON --------------------------------------------------------------------------------------

function removePrefix(s: string, prefix: string): string {
  return s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

/** The text IFEval hands to `json.loads`. */
export function jsonCandidate(response: string): string {
  let v = pyStrip(response);
  v = removePrefix(v, '```json');
  v = removePrefix(v, '```Json');
  v = removePrefix(v, '```JSON');
  v = removePrefix(v, '```');
  if (v.endsWith('```')) v = v.slice(0, -3);
  return pyStrip(v);
}

/**
 * Whether Python's `json.loads` accepts `text` (standard JSON plus NaN, Infinity, -Infinity).
 * Returns null when valid, else a short description of the first problem. Iterative, linear.
 */
export function pyJsonError(text: string): string | null {
  const n = text.length;
  let i = 0;
  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const literal = (word: string): boolean => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    return false;
  };
  const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
  const number = (): boolean => {
    const start = i;
    if (text.charCodeAt(i) === 0x2d) {
      i++;
      if (literal('Infinity')) return true;
    }
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else {
      i = start;
      return false;
    }
    if (text.charCodeAt(i) === 0x2e && isDigit(text.charCodeAt(i + 1))) {
      i++;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      let k = i + 1;
      const sign = text.charCodeAt(k);
      if (sign === 0x2b || sign === 0x2d) k++;
      if (isDigit(text.charCodeAt(k))) {
        i = k;
        while (isDigit(text.charCodeAt(i))) i++;
      }
    }
    return true;
  };
  const string = (): string | null => {
    i++; // opening quote
    for (;;) {
      if (i >= n) return 'unterminated string';
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return 'control character in string';
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) return 'unterminated string';
        if ('"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else return 'invalid escape in string';
      } else i++;
    }
  };
  // Stack of containers: 'a' array, 'o' object.
  const stack: ('a' | 'o')[] = [];
  ws();
  for (;;) {
    // Parse one value at i.
    if (i >= n) return 'expecting a value';
    const c = text[i]!;
    let scalarDone = true;
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
      } else {
        if (text[i] !== '"') return 'expecting a property name in double quotes';
        const err = string();
        if (err) return err;
        ws();
        if (text[i] !== ':') return "expecting ':' delimiter";
        i++;
        ws();
        stack.push('o');
        scalarDone = false;
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
      } else {
        stack.push('a');
        scalarDone = false;
      }
    } else if (c === '"') {
      const err = string();
      if (err) return err;
    } else if (!(literal('true') || literal('false') || literal('null') || literal('NaN') || literal('Infinity') || number())) {
      return 'expecting a value';
    }
    if (!scalarDone) continue;
    // After a complete value: close containers or move to the next element.
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        return i === n ? null : 'extra data after the JSON value';
      }
      const d = text[i];
      if (d === ',') {
        i++;
        ws();
        if (top === 'o') {
          if (text[i] !== '"') return 'expecting a property name in double quotes';
          const err = string();
          if (err) return err;
          ws();
          if (text[i] !== ':') return "expecting ':' delimiter";
          i++;
        }
        ws();
        break; // parse the next value
      }
      if ((top === 'a' && d === ']') || (top === 'o' && d === '}')) {
        i++;
        stack.pop();
        continue;
      }
      return top === 'a' ? "expecting ',' or ']'" : "expecting ',' or '}'";
    }
  }
}

export const formatJsonFormat = defineConstraint<Params>({
  id: 'detectable_format:json_format',
  family: 'ifeval',
  params: [],
  describe: () => 'Entire output should be wrapped in JSON format. You can use markdown ticks such as ```.',
  check(response) {
    const err = pyJsonError(jsonCandidate(response));
    return err === null
      ? verdict(true, 'the response (without markdown fences) parses as JSON')
      : verdict(false, `the response (without markdown fences) is not valid JSON: ${err}`);
  },
});

// --- title -------------------------------------------------------------------------------------

/** Python `s.lstrip('<').rstrip('>')`. */
function stripAngles(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 0x3c) a++;
  while (b > a && s.charCodeAt(b - 1) === 0x3e) b--;
  return s.slice(a, b);
}

/** The first `<<…>>` title with non-blank text, as IFEval finds them, or null. Linear time. */
export function findTitle(text: string): string | null {
  const n = text.length;
  let start = 0;
  let nextOpen = text.indexOf('<<');
  while (start <= n && nextOpen >= 0) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    if (nextOpen < start) nextOpen = text.indexOf('<<', start);
    if (nextOpen < 0) break;
    if (nextOpen < end) {
      // `<<[^\n]+>>` is greedy: from the first "<<" of the line to the line's last ">>", with at
      // least one character between; at most one match per line.
      const open = nextOpen;
      let close = -1;
      for (let k = open + 3; k + 1 < end; k++) {
        if (text.charCodeAt(k) === 0x3e && text.charCodeAt(k + 1) === 0x3e) close = k;
      }
      if (close >= 0) {
        const title = text.slice(open, close + 2);
        if (pyStrip(stripAngles(title)) !== '') return title;
      }
      start = end + 1;
    } else {
      // Skip straight to the line holding the next "<<".
      start = text.lastIndexOf('\n', nextOpen) + 1;
    }
  }
  return null;
}

export const formatTitle = defineConstraint<Params>({
  id: 'detectable_format:title',
  family: 'ifeval',
  params: [],
  describe: () => 'Your answer must contain a title, wrapped in double angular brackets, such as <<poem of joy>>.',
  check(response) {
    const title = findTitle(response);
    return title === null
      ? verdict(false, 'found no title wrapped in double angular brackets like <<title>>')
      : verdict(true, `found the title ${quote(title)}`);
  },
});
