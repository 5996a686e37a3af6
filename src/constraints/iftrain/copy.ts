/**
 * IFTrain copying constraints: copy:repeat_phrase, copy:copy, new:copy_span_idx,
 * copy:copying_simple, copy:copying_multiple.
 */
import { defineConstraint, type Constraint, type Params } from '../types.js';
import { pySplit, pyStrip } from '../../text/python.js';
import { compilePyRegex, pyFindAll } from './pyregex.js';
import { fail, firstError, nonEmpty, nonZero, pass, plural, pyLower, pySliceCodePoints, q } from './common.js';

/** Characters that make a word regex syntax rather than literal text. */
const REGEX_META = /[.^$*+?{}[\]\\|()]/;

interface RepeatPhraseParams extends Params {
  readonly phrase: string;
  readonly small_n: number;
}

/**
 * Non-overlapping matches of the Python pattern `F .*? L` for literal F and L, found by scanning
 * (linear time; the lazy `.*?` stops at the first " L" on the same line).
 */
function literalPhraseMatches(text: string, first: string, last: string): string[] {
  const head = `${first} `;
  const tail = ` ${last}`;
  const out: string[] = [];
  let pos = 0;
  let tailFrom = -1;
  let tailAt = -2; // cached earliest tail position >= tailFrom (-1: none)
  while (pos <= text.length) {
    const i = text.indexOf(head, pos);
    if (i < 0) break;
    const s = i + head.length;
    if (tailAt === -2 || s < tailFrom || (tailAt >= 0 && tailAt < s)) {
      tailFrom = s;
      tailAt = text.indexOf(tail, s);
    }
    if (tailAt < 0) break;
    const nl = text.indexOf('\n', s);
    if (nl < 0 || tailAt < nl) {
      const end = tailAt + tail.length;
      out.push(text.slice(i, end));
      pos = end;
    } else {
      pos = nl + 1;
    }
  }
  return out;
}

function phraseWords(phrase: string): string[] {
  return pySplit(pyStrip(phrase));
}

const repeatPhrase = defineConstraint<RepeatPhraseParams>({
  id: 'copy:repeat_phrase',
  family: 'iftrain',
  params: [
    { name: 'phrase', kind: 'string', required: true, doc: 'the phrase to repeat (stripped); its first and last words are used as regular expressions' },
    { name: 'small_n', kind: 'integer', required: true, range: [2, 3], doc: 'exact number of repetitions (0 counts as missing)' },
  ],
  validate(params) {
    const empty = nonEmpty(params, 'phrase');
    if (empty) return empty;
    const words = phraseWords(params.phrase);
    if (words.length === 0) return { field: 'phrase', message: "'phrase' has no words (the reference would fail on it)" };
    const compiled = compilePyRegex(`${words[0]} .*? ${words[words.length - 1]}`);
    if (!compiled.ok) return { field: 'phrase', message: `the first and last words of 'phrase' form ${compiled.message}` };
    return nonZero(params, 'small_n');
  },
  describe: (p) =>
    `Repeat the phrase ${pyStrip(p.phrase)} exactly ${p.small_n} times, transforming it slightly each time by replacing only one word in the center of the phrase.`,
  check(response, p) {
    const ref = phraseWords(p.phrase);
    if (ref.length === 0) return fail('the phrase has no words');
    const first = ref[0]!;
    const last = ref[ref.length - 1]!;
    let found: string[];
    if (!REGEX_META.test(first) && !REGEX_META.test(last)) {
      found = literalPhraseMatches(response, first, last);
    } else {
      const compiled = compilePyRegex(`${first} .*? ${last}`);
      if (!compiled.ok) return fail(`the phrase's first and last words are ${compiled.message}`);
      const matches = pyFindAll(compiled.regex, response);
      if (matches.length !== p.small_n) {
        return fail(`found ${plural(matches.length, 'candidate repetition')} from ${q(first)} to ${q(last)}, expected exactly ${p.small_n}`);
      }
      if (compiled.groups >= 2) return fail('the phrase pattern has several groups; the reference would raise an error here');
      found = matches.map((m) => (compiled.groups === 1 ? (m[1] ?? '') : m[0]));
    }
    if (found.length !== p.small_n) {
      return fail(`found ${plural(found.length, 'candidate repetition')} from ${q(first)} to ${q(last)}, expected exactly ${p.small_n}`);
    }
    let satisfied = 0;
    for (const match of found) {
      const words = pySplit(match);
      if (words.length !== ref.length) {
        return fail(`${q(match)} has ${plural(words.length, 'word')}, the phrase has ${ref.length}`);
      }
      let differences = 0;
      for (let i = 0; i < words.length; i++) if (words[i] !== ref[i]) differences++;
      if (differences > 1) return fail(`${q(match)} changes ${differences} words, at most one may change`);
      if (differences === 1) satisfied++;
    }
    if (satisfied !== p.small_n) {
      return fail(`only ${satisfied} of ${found.length} repetitions change exactly one word (unchanged copies do not count)`);
    }
    return pass(`found ${plural(found.length, 'repetition')}, each changing exactly one word`);
  },
});

interface PromptParams extends Params {
  readonly prompt_to_repeat: string;
}

const PROMPT_PARAM = {
  name: 'prompt_to_repeat',
  kind: 'string',
  required: true,
  doc: 'the text to copy (compared stripped and lower-cased)',
} as const;

function exactCopy(id: string, description: string): Constraint {
  return defineConstraint<PromptParams>({
    id,
    family: 'iftrain',
    params: [PROMPT_PARAM],
    validate: (params) => nonEmpty(params, 'prompt_to_repeat'),
    describe: () => description,
    check(response, p) {
      const got = pyLower(pyStrip(response));
      const want = pyLower(pyStrip(p.prompt_to_repeat));
      return got === want
        ? pass('the response is the requested text (ignoring case and surrounding whitespace)')
        : fail(`the response ${q(pyStrip(response))} is not the requested text ${q(pyStrip(p.prompt_to_repeat))}`);
    },
  });
}

const copy = exactCopy(
  'copy:copy',
  'Copy this instruction verbatim, do not follow the instruction, only copy it into the output (do not include this instruction sentence!).',
);

const copyingSimple = exactCopy(
  'copy:copying_simple',
  'Repeat the request without change (do not say anything before repeating the request; the request you need to repeat does not include this sentence) and do not answer the actual request!',
);

interface SpanParams extends Params {
  readonly prompt_to_repeat: string;
  readonly n_start: number;
  readonly n_end: number;
}

const copySpanIdx = defineConstraint<SpanParams>({
  id: 'new:copy_span_idx',
  family: 'iftrain',
  params: [
    { ...PROMPT_PARAM, doc: 'the text the span is taken from' },
    { name: 'n_start', kind: 'integer', required: true, doc: 'start character index (code points; 0 counts as missing)' },
    { name: 'n_end', kind: 'integer', required: true, doc: 'end character index, excluded despite the wording (0 counts as missing)' },
  ],
  validate: (params) => firstError(nonEmpty(params, 'prompt_to_repeat'), nonZero(params, 'n_start'), nonZero(params, 'n_end')),
  describe: (p) =>
    `Copy the span of words that lies between (and including) index ${p.n_start} and ${p.n_end}, the indices are character indices!`,
  check(response, p) {
    const span = pySliceCodePoints(p.prompt_to_repeat, p.n_start, p.n_end);
    const got = pyLower(pyStrip(response));
    const want = pyLower(pyStrip(span));
    return got === want
      ? pass(`the response is the span [${p.n_start}:${p.n_end}] ${q(pyStrip(span))}`)
      : fail(`the response ${q(pyStrip(response))} is not the span [${p.n_start}:${p.n_end}] ${q(pyStrip(span))} (n_end excluded)`);
  },
});

interface MultipleParams extends Params {
  readonly prompt_to_repeat: string;
  readonly N: number;
}

const copyingMultiple = defineConstraint<MultipleParams>({
  id: 'copy:copying_multiple',
  family: 'iftrain',
  params: [
    PROMPT_PARAM,
    { name: 'N', kind: 'integer', required: true, range: [2, 3], doc: 'number of copies separated by ****** (0 counts as missing)' },
  ],
  validate: (params) => firstError(nonEmpty(params, 'prompt_to_repeat'), nonZero(params, 'N')),
  describe: (p) =>
    `Repeat the request without change ${p.N} times, separated by 6 asterisk symbols (do not say anything before repeating the request; the request you need to repeat does not include this sentence) and do not answer the actual request!`,
  check(response, p) {
    const pieces = response.split('******');
    if (pieces.length !== p.N) return fail(`found ${plural(pieces.length, 'piece')} separated by ******, expected ${p.N}`);
    const want = pyLower(pyStrip(p.prompt_to_repeat));
    const bad = pieces.findIndex((piece) => pyLower(pyStrip(piece)) !== want);
    return bad < 0
      ? pass(`found ${plural(pieces.length, 'copy', 'copies')} of the request separated by ******`)
      : fail(`piece ${bad + 1} ${q(pyStrip(pieces[bad]!))} is not the request`);
  },
});

export const copyConstraints: readonly Constraint[] = [repeatPhrase, copy, copySpanIdx, copyingSimple, copyingMultiple];
