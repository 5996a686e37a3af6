/**
 * IFEval `keywords:*` — keyword presence, keyword frequency, forbidden words, letter frequency.
 *
 * Reference quirks kept: keywords are Python regular expressions matched anywhere and without
 * regard to case (`cat` matches inside "concatenation", `.` matches any character); forbidden
 * words are wrapped in `\b…\b`; the letter may be any single character (Google's current code;
 * the a–z guard of later copies is not applied), and it is counted in the lower-cased response.
 */
import { defineConstraint } from '../types.js';
import type { ParamError, Params } from '../types.js';
import { pyLen, pyStrip } from '../../text/python.js';
import { compilePyRegex, pyCountMatches, pySearch } from './py-regex.js';
import {
  compare,
  countSpec,
  plural,
  pyListRepr,
  pyRepr,
  pySorted,
  rejectNegative,
  relationSpec,
  requirement,
  verdict,
  type Relation,
} from './shared.js';

function patternError(field: string, pattern: string, flags: { ignoreCase: boolean }): ParamError | null {
  const compiled = compilePyRegex(pattern, flags);
  return compiled.ok ? null : { field, message: `'${pattern}' is not a usable regular expression: ${compiled.error}` };
}

/** Compiles a validated pattern; on the (validated-away) failure path, returns a never-matching regex. */
function mustCompile(pattern: string): RegExp {
  const compiled = compilePyRegex(pattern, { ignoreCase: true });
  return compiled.ok ? compiled.regex : /(?!)/gu;
}

// ---------------------------------------------------------------------------------------------

interface ExistenceParams extends Params {
  readonly keywords: string[];
}

export const keywordsExistence = defineConstraint<ExistenceParams>({
  id: 'keywords:existence',
  family: 'ifeval',
  params: [
    {
      name: 'keywords',
      kind: 'string_list',
      required: true,
      doc: 'Keywords (Python regular expressions, case-insensitive) that must all appear; the reference draws 2 when absent.',
    },
  ],
  describe: (p) => `Include keywords ${pyListRepr(pySorted(p.keywords))} in the response.`,
  validate(p) {
    if (p.keywords.length === 0) {
      return { field: 'keywords', message: 'keywords must not be empty (the reference would draw random keywords)' };
    }
    for (const k of p.keywords) {
      const e = patternError('keywords', k, { ignoreCase: true });
      if (e) return e;
    }
    return null;
  },
  check(response, p) {
    const keywords = pySorted(p.keywords);
    for (const k of keywords) {
      if (!pySearch(mustCompile(k), response)) {
        return verdict(false, `keyword ${pyRepr(k)} was not found, expected all of ${pyListRepr(keywords)}`);
      }
    }
    return verdict(true, `found all ${plural(keywords.length, 'keyword')} ${pyListRepr(keywords)}`);
  },
});

// ---------------------------------------------------------------------------------------------

interface FrequencyParams extends Params {
  readonly keyword: string;
  readonly frequency: number;
  readonly relation: Relation;
}

export const keywordsFrequency = defineConstraint<FrequencyParams>({
  id: 'keywords:frequency',
  family: 'ifeval',
  params: [
    {
      name: 'keyword',
      kind: 'string',
      required: true,
      doc: 'The keyword (a Python regular expression, case-insensitive, stripped of surrounding whitespace).',
    },
    countSpec('frequency', [1, 3], 'Number of occurrences compared with the relation.'),
    relationSpec('relation', "'less than': occurrences < frequency; 'at least': occurrences >= frequency."),
  ],
  describe: (p) =>
    `In your response, the word ${pyStrip(p.keyword)} should appear ${p.relation} ${p.frequency} times.`,
  validate(p) {
    if (p.keyword === '') return { field: 'keyword', message: 'keyword must not be empty (the reference would draw a random keyword)' };
    return rejectNegative(p, ['frequency']) ?? patternError('keyword', pyStrip(p.keyword), { ignoreCase: true });
  },
  check(response, p) {
    const keyword = pyStrip(p.keyword);
    const n = pyCountMatches(mustCompile(keyword), response);
    const ok = compare(n, p.relation, p.frequency);
    return verdict(ok, `found ${pyRepr(keyword)} ${plural(n, 'time')}, expected ${requirement(p.relation, p.frequency)}`);
  },
});

// ---------------------------------------------------------------------------------------------

interface ForbiddenParams extends Params {
  readonly forbidden_words: string[];
}

function forbiddenList(words: readonly string[]): string[] {
  return pySorted([...new Set(words)]);
}

export const keywordsForbiddenWords = defineConstraint<ForbiddenParams>({
  id: 'keywords:forbidden_words',
  family: 'ifeval',
  params: [
    {
      name: 'forbidden_words',
      kind: 'string_list',
      required: true,
      doc: 'Words that must not appear (each matched as `\\b<word>\\b`, case-insensitive, as a Python regular expression).',
    },
  ],
  describe: (p) => `Do not include keywords ${pyListRepr(forbiddenList(p.forbidden_words))} in the response.`,
  validate(p) {
    if (p.forbidden_words.length === 0) {
      return { field: 'forbidden_words', message: 'forbidden_words must not be empty (the reference would draw random words)' };
    }
    for (const w of p.forbidden_words) {
      const e = patternError('forbidden_words', `\\b${w}\\b`, { ignoreCase: true });
      if (e) return e;
    }
    return null;
  },
  check(response, p) {
    const words = forbiddenList(p.forbidden_words);
    for (const w of words) {
      if (pySearch(mustCompile(`\\b${w}\\b`), response)) {
        return verdict(false, `found the forbidden word ${pyRepr(w)}, expected none of ${pyListRepr(words)}`);
      }
    }
    return verdict(true, `found none of the forbidden words ${pyListRepr(words)}`);
  },
});

// ---------------------------------------------------------------------------------------------

interface LetterParams extends Params {
  readonly letter: string;
  readonly let_frequency: number;
  readonly let_relation: Relation;
}

/** The letter as the reference keeps it: stripped, then lower-cased (may become '' or 2 characters). */
function effectiveLetter(letter: string): string {
  return pyStrip(letter).toLowerCase();
}

/** `collections.Counter(text.lower())[letter]`: a count of one code point in the lower-cased text. */
function countLetter(text: string, letter: string): number {
  if (pyLen(letter) !== 1) return 0;
  const lowered = text.toLowerCase();
  let n = 0;
  const unit = letter.charCodeAt(0);
  if (letter.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
    // A lone surrogate only counts where it stands alone, not as half of a pair.
    for (const ch of lowered) if (ch === letter) n++;
    return n;
  }
  let from = 0;
  for (;;) {
    const at = lowered.indexOf(letter, from);
    if (at < 0) break;
    n++;
    from = at + letter.length;
  }
  return n;
}

export const keywordsLetterFrequency = defineConstraint<LetterParams>({
  id: 'keywords:letter_frequency',
  family: 'ifeval',
  params: [
    {
      name: 'letter',
      kind: 'string',
      required: true,
      doc: 'One character (any character, e.g. "#", as in Google\'s code); counted case-insensitively.',
    },
    countSpec('let_frequency', [1, 10], 'Number of occurrences compared with the relation.'),
    relationSpec('let_relation', "'less than': occurrences < let_frequency; 'at least': occurrences >= let_frequency."),
  ],
  describe: (p) =>
    `In your response, the letter ${effectiveLetter(p.letter)} should appear ${p.let_relation} ${p.let_frequency} times.`,
  validate(p) {
    if (pyLen(p.letter) !== 1) {
      return {
        field: 'letter',
        message: `letter must be a single character, got ${pyRepr(p.letter)} (the reference would draw a random letter)`,
      };
    }
    return rejectNegative(p, ['let_frequency']);
  },
  check(response, p) {
    const letter = effectiveLetter(p.letter);
    const n = countLetter(response, letter);
    const ok = compare(n, p.let_relation, p.let_frequency);
    return verdict(
      ok,
      `found the letter ${pyRepr(letter)} ${plural(n, 'time')}, expected ${requirement(p.let_relation, p.let_frequency)}`,
    );
  },
});
