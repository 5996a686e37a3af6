/**
 * IFBench `format:*` instructions: nesting, fixed answer options, layout of words and lines,
 * emoji endings, quotes, list markers, HTML italics, bullets, title case, templates, whitespace.
 */
import { isEmoji } from '../../text/emoji.js';
import { sentTokenize } from '../../text/punkt/index.js';
import { wordTokenize } from '../../text/treebank.js';
import {
  PY_NOT_W,
  isPyWhitespaceCode,
  pyIsAlpha,
  pyIsLower,
  pyIsUpper,
  pyLen,
  pySplit,
  pyStrip,
} from '../../text/python.js';
import { defineConstraint, type Constraint } from '../types.js';
import {
  fail,
  firstChar,
  hasPyWhitespace,
  lastChar,
  pass,
  plural,
  pyCount,
  removePunctuation,
  restChars,
  show,
  stripPunctSpace,
} from './shared.js';

type NoParams = Record<string, never>;

const BRACKET_PAIRS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

const parentheses = defineConstraint<NoParams>({
  id: 'format:parentheses',
  family: 'ifbench',
  params: [],
  describe: () => 'Nest parentheses (and [brackets {and braces}]) at least 5 levels deep.',
  check(response) {
    // The reference's scan: a stack of open brackets; a mismatched closer empties the stack and the
    // depth record; success as soon as a bracket closes after some group reached depth 5.
    const stack: string[] = [];
    let maxDepth = 0;
    for (let i = 0; i < response.length; i++) {
      const ch = response[i]!;
      if (ch === '(' || ch === '[' || ch === '{') {
        stack.push(ch);
        if (stack.length > maxDepth) maxDepth = stack.length;
      } else if (ch === ')' || ch === ']' || ch === '}') {
        if (stack.length && stack[stack.length - 1] === BRACKET_PAIRS[ch]) {
          stack.pop();
          if (maxDepth >= 5 && stack.length < maxDepth) return pass(`found correctly closed brackets nested ${maxDepth} levels deep`);
        } else {
          stack.length = 0;
          maxDepth = 0;
        }
      }
    }
    return fail(`found no correctly closed bracket group nested at least 5 levels deep (deepest open run: ${maxDepth})`);
  },
});

const quotes = defineConstraint<NoParams>({
  id: 'format:quotes',
  family: 'ifbench',
  params: [],
  describe: () =>
    'Include quotes within quotes within quotes, at least 3 levels deep, alternating between double quotes and single quotes.',
  check(response) {
    const levels: string[] = [];
    let reached = 0;
    let current = 0;
    for (let i = 0; i < response.length; i++) {
      const ch = response[i]!;
      if (levels.length !== 0 && ch === levels[levels.length - 1]) {
        levels.pop();
        current--;
        if (reached - current >= 3) return pass(`found quotes nested ${reached} levels deep`);
      } else if (ch === '"' || ch === "'") {
        levels.push(ch);
        current++;
        if (current > reached) reached = current;
      }
    }
    return fail('found no quotes nested at least 3 levels deep and closed');
  },
});

const STRICT_OPTIONS_RE = new RegExp(`^${PY_NOT_W}*[aA]${PY_NOT_W}*[bB]${PY_NOT_W}*[cC]`, 'u');

interface ParsedOptions {
  readonly strict: boolean;
  readonly options: string[];
}

function parseOptions(text: string): ParsedOptions {
  // Multiple-choice letters ("a), b), c)") must be answered exactly; other options loosely.
  const strict = STRICT_OPTIONS_RE.test(text);
  // The separator is chosen by substring tests, so any "or" inside an option makes "or" the separator.
  const sep = text.includes('/') ? '/' : text.includes('or') ? 'or' : ',';
  return { strict, options: text.split(sep).map((o) => pyStrip(o)) };
}

const options = defineConstraint<{ options: string }>({
  id: 'format:options',
  family: 'ifbench',
  params: [
    {
      name: 'options',
      kind: 'string',
      required: true,
      doc: 'The permitted answers as one string, separated by "/", "or" or "," (e.g. "yes/no/maybe").',
    },
  ],
  describe: (p) => `Answer with one of the following options: ${p.options}. Do not give any explanation.`,
  check(response, p) {
    const parsed = parseOptions(p.options);
    const list = parsed.options.map((o) => show(o, 20)).join(', ');
    if (parsed.strict) {
      const ok = parsed.options.includes(response);
      return {
        ok,
        reason: ok
          ? `the response is exactly the option ${show(response, 20)}`
          : `the response ${show(response, 30)} is not exactly one of ${list}`,
      };
    }
    const answer = stripPunctSpace(response).toLowerCase();
    const ok = parsed.options.some((o) => stripPunctSpace(o).toLowerCase() === answer);
    return {
      ok,
      reason: ok
        ? `the response ${show(response, 30)} matches one of ${list}`
        : `the response ${show(response, 30)} matches none of ${list} (ignoring case, punctuation and spaces at the ends)`,
    };
  },
});

const newline = defineConstraint<NoParams>({
  id: 'format:newline',
  family: 'ifbench',
  params: [],
  describe: () => 'Write each word on a new line.',
  check(response) {
    const text = pyStrip(removePunctuation(response));
    const lines = text.split('\n').filter((l) => l !== '');
    const words = pySplit(text).length;
    return {
      ok: lines.length === words,
      reason: `found ${plural(lines.length, 'non-empty line')} and ${plural(words, 'word')}, required one word per line`,
    };
  },
});

/** The reference's per-sentence test: an emoji as the last or second-to-last character. */
function emojiAtEnd(stripped: string): boolean {
  const last = lastChar(stripped);
  if (isEmoji(last)) return true;
  const before = stripped.slice(0, stripped.length - last.length);
  const secondLast = before.length ? lastChar(before) : last;
  return isEmoji(secondLast);
}

const emoji = defineConstraint<NoParams>({
  id: 'format:emoji',
  family: 'ifbench',
  params: [],
  describe: () => 'Please use an emoji at the end of every sentence.',
  check(response) {
    const sentences = sentTokenize(response);
    for (let i = 0; i < sentences.length; i++) {
      const stripped = pyStrip(removePunctuation(sentences[i]!));
      if (!stripped) return fail(`sentence ${i + 1} is only punctuation`);
      if (emojiAtEnd(stripped)) continue;
      // Punkt often puts an emoji that follows a full stop at the start of the next sentence.
      if (i === sentences.length - 1) return fail(`the last sentence ${show(sentences[i]!, 30)} does not end with an emoji`);
      const next = pyStrip(removePunctuation(sentences[i + 1]!));
      if (!next) return fail(`sentence ${i + 2} is only punctuation`);
      if (!isEmoji(firstChar(next))) {
        return fail(`sentence ${i + 1} ${show(sentences[i]!, 30)} does not end with an emoji`);
      }
    }
    return pass(`all ${plural(sentences.length, 'sentence')} end with an emoji`);
  },
});

/**
 * The lines left by the reference's `for line in lines: if not line.strip(): lines.remove(line)`:
 * removing while iterating skips the element after each removed one, and `remove` deletes the first
 * equal element, which may be an earlier blank line that was skipped. Simulated in linear time.
 */
export function linesAfterBlankRemoval(lines: readonly string[]): string[] {
  const removed = new Uint8Array(lines.length);
  // Blank values passed by the iterator (read or skipped) and still present, in order, per value.
  const pending = new Map<string, { idx: number[]; head: number }>();
  const note = (i: number): void => {
    const v = lines[i]!;
    if (pyStrip(v) !== '') return;
    let q = pending.get(v);
    if (!q) {
      q = { idx: [], head: 0 };
      pending.set(v, q);
    }
    q.idx.push(i);
  };
  let p = 0;
  while (p < lines.length) {
    const i = p++;
    note(i);
    if (pyStrip(lines[i]!) === '') {
      const q = pending.get(lines[i]!)!;
      removed[q.idx[q.head++]!] = 1;
      if (p < lines.length) note(p);
      p++; // the list shifted left: the next element is skipped
    }
  }
  return lines.filter((_, i) => removed[i] === 0);
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (n < line.length && line.charCodeAt(n) === 0x20) n++;
  return n;
}

const lineIndent = defineConstraint<NoParams>({
  id: 'format:line_indent',
  family: 'ifbench',
  params: [],
  describe: () => 'Create stairs by incrementally indenting each new line.',
  check(response) {
    const lines = linesAfterBlankRemoval(response.split('\n'));
    for (let i = 0; i + 1 < lines.length; i++) {
      const a = leadingSpaces(lines[i]!);
      const b = leadingSpaces(lines[i + 1]!);
      if (b <= a) {
        return fail(`line ${i + 2} is indented by ${b} spaces, not more than the ${a} of the line before`);
      }
    }
    return pass(`each of ${plural(lines.length, 'line')} is indented further than the one before`);
  },
});

const QUOTE_STRIP = new Set<number>(
  Array.from('0123456789!#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', (c) => c.charCodeAt(0)),
);

const quoteUnquote = defineConstraint<NoParams>({
  id: 'format:quote_unquote',
  family: 'ifbench',
  params: [],
  describe: () => 'Every quoted phrase must be followed by an unquoted explanation.',
  check(response) {
    // Mentions of the character itself ('"') are dropped, then all whitespace.
    const text = pySplit(response.replaceAll('\'"\'', '')).join('');
    if (text.includes('""')) return fail('found two quotation marks next to each other (a quote with nothing between quotes)');
    let end = text.length;
    let start = 0;
    while (start < end && QUOTE_STRIP.has(text.charCodeAt(start))) start++;
    while (end > start && QUOTE_STRIP.has(text.charCodeAt(end - 1))) end--;
    if (end > start && text[end - 1] === '"') {
      return fail('the response ends with a quotation, without an explanation after it');
    }
    return pass('no quotation is left without text after it');
  },
});

const list = defineConstraint<{ sep: string }>({
  id: 'format:list',
  family: 'ifbench',
  params: [{ name: 'sep', kind: 'string', required: true, doc: 'The marker used instead of bullet points (e.g. "...", "SEPARATOR").' }],
  describe: (p) => `Answer with a list of items, instead of bullet points use ${p.sep}.`,
  check(response, p) {
    // Any two occurrences anywhere count; they need not start lines.
    const n = pyCount(response, p.sep, 2);
    return {
      ok: n >= 2,
      reason: `found ${n >= 2 ? 'at least 2' : String(n)} occurrence${n === 1 ? '' : 's'} of ${show(p.sep, 20)}, required at least 2`,
    };
  },
});

const thesis = defineConstraint<NoParams>({
  id: 'format:thesis',
  family: 'ifbench',
  params: [],
  describe: () => 'Each section must begin with a thesis statement in italics, use HTML to indicate the italics.',
  check(response) {
    let index = response.indexOf('<i>');
    if (index === -1) {
      index = response.indexOf('<em>');
      if (index === -1) return fail('found no <i> or <em> tag');
    }
    const text = response.slice(index);
    let end = text.indexOf('</i>');
    if (end === -1) {
      end = text.indexOf('</em>');
      if (end === -1) return fail('found no closing </i> or </em> after the first italics tag');
    }
    // Offsets 3 and 4 are the lengths of "<i>" and "</i>", also used for <em>.
    const statement = end > 3 ? text.slice(3, end) : '';
    if (pyStrip(statement) === '') return fail('the first italics element is empty');
    const after = text.slice(end + 4);
    const ok = pyStrip(after) !== '';
    return {
      ok,
      reason: ok ? 'found an italic thesis followed by more text' : 'found an italic thesis with no text after it',
    };
  },
});

const subBullets = defineConstraint<NoParams>({
  id: 'format:sub-bullets',
  family: 'ifbench',
  params: [],
  describe: () =>
    'Your response must include bullet points denoted by * and at least one sub-bullet point denoted by - for each bullet point.',
  check(response) {
    // Every piece after a '*' (anywhere, not only at line starts) must contain a '-'.
    const pieces = response.split('*');
    for (let i = 1; i < pieces.length; i++) {
      if (!pieces[i]!.includes('-')) {
        return fail(`the text after '*' number ${i} (${show(pieces[i]!, 30)}) has no '-' sub-bullet`);
      }
    }
    return pass(`all ${plural(pieces.length - 1, "'*' bullet")} are followed by a '-' sub-bullet`);
  },
});

const noBulletsBullets = defineConstraint<NoParams>({
  id: 'format:no_bullets_bullets',
  family: 'ifbench',
  params: [],
  describe: () =>
    'Your answer must contain at least two sentences ending in a period followed by at least two bullet points denoted by *.',
  check(response) {
    let inSentences = true;
    let sentences = 0;
    let bullets = 0;
    const lines = response.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = pyStrip(lines[i]!);
      if (line.startsWith('*')) {
        inSentences = false;
        if (sentences < 2) return fail(`found a '*' bullet after only ${plural(sentences, 'sentence')}, required at least 2 before`);
        bullets++;
      } else if (inSentences) {
        // The reference stores the sentence list in its flag, so a blank line (no sentences)
        // ends the prose part as well.
        const found = sentTokenize(line).length;
        sentences += found;
        inSentences = found > 0;
      } else {
        return fail(`line ${i + 1} is neither a '*' bullet nor part of the opening sentences`);
      }
    }
    return {
      ok: bullets >= 2,
      reason: `found ${plural(sentences, 'sentence')} followed by ${plural(bullets, 'bullet')}, required at least 2 of each`,
    };
  },
});

const titleCase = defineConstraint<NoParams>({
  id: 'format:title_case',
  family: 'ifbench',
  params: [],
  describe: () => 'Write the entire response in title case (capitalize the first letter of every major word).',
  check(response) {
    for (const word of wordTokenize(response)) {
      const first = firstChar(word);
      if (!first || !pyIsAlpha(first)) continue;
      const rest = restChars(word);
      if (rest === '') {
        if (pyIsLower(first)) return fail(`the one-letter word ${show(word)} is lower case`);
        continue;
      }
      if (pyIsUpper(first) && pyIsLower(rest)) continue;
      if (pyIsLower(first) && (pyIsUpper(rest) || pyIsLower(rest))) {
        return fail(`the word ${show(word, 30)} does not start with a capital letter`);
      }
    }
    return pass('every word starting with a letter is capitalised');
  },
});

const outputTemplate = defineConstraint<NoParams>({
  id: 'format:output_template',
  family: 'ifbench',
  params: [],
  describe: () =>
    'Use this exact template for your response: My Answer: [answer] My Conclusion: [conclusion] Future Outlook: [outlook]',
  check(response) {
    const missing = ['My Answer:', 'My Conclusion:', 'Future Outlook:'].filter((h) => !response.includes(h));
    if (missing.length) return fail(`found no ${missing.map((m) => `"${m}"`).join(', ')}; all three headings are required`);
    return pass('found all three template headings');
  },
});

const noWhitespace = defineConstraint<NoParams>({
  id: 'format:no_whitespace',
  family: 'ifbench',
  params: [],
  describe: () => 'The output should not contain any whitespace.',
  check(response) {
    if (!hasPyWhitespace(response)) return pass(`found no whitespace in ${plural(pyLen(response), 'character')}`);
    let i = 0;
    while (!isPyWhitespaceCode(response.charCodeAt(i))) i++;
    const code = response.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
    return fail(`found whitespace (U+${code}) at character ${pyLen(response.slice(0, i)) + 1}`);
  },
});

export const formatConstraints: readonly Constraint[] = [
  parentheses,
  quotes,
  options,
  newline,
  emoji,
  lineIndent,
  quoteUnquote,
  list,
  thesis,
  subBullets,
  noBulletsBullets,
  titleCase,
  outputTemplate,
  noWhitespace,
];
