/**
 * IFBench `count:*` instructions: word, unique-word, conjunction, name, number, punctuation,
 * Japanese-word, pronoun and keyword counts.
 */
import { wordTokenize } from '../../text/treebank.js';
import { countWords } from '../../text/words.js';
import { PY_D, PY_W, pyIsDigit, pySplit, pyStrip } from '../../text/python.js';
import { defineConstraint, type Constraint } from '../types.js';
import {
  countParam,
  fail,
  pass,
  plural,
  pyCount,
  rejectNegative,
  removePunctuation,
  show,
  stripPunctSpace,
} from './shared.js';

type Int = number;

const wordCountRange = defineConstraint<{ min_words: Int; max_words: Int }>({
  id: 'count:word_count_range',
  family: 'ifbench',
  params: [
    countParam('min_words', [100, 500], 'Fewest words allowed (words are runs of \\w characters).'),
    {
      name: 'max_words',
      kind: 'integer',
      required: true,
      range: [105, 550],
      doc: 'Most words allowed; the reference draws it as min_words plus 5-10%.',
    },
  ],
  validate: (p) => rejectNegative(p, ['min_words', 'max_words']),
  describe: (p) => `The response must contain between ${p.min_words} and ${p.max_words} words.`,
  check(response, p) {
    const n = countWords(response);
    const ok = p.min_words <= n && n <= p.max_words;
    return {
      ok,
      reason: `found ${plural(n, 'word')}, required between ${p.min_words} and ${p.max_words}`,
    };
  },
});

const uniqueWordCount = defineConstraint<{ N: Int }>({
  id: 'count:unique_word_count',
  family: 'ifbench',
  params: [countParam('N', [100, 500], 'Fewest distinct words (lower-cased, punctuation-stripped).')],
  validate: (p) => rejectNegative(p, ['N']),
  describe: (p) => `Use at least ${p.N} unique words in the response.`,
  check(response, p) {
    // Whitespace-separated words, lower-cased, stripped of ASCII punctuation; a word made only of
    // punctuation becomes '' and still counts as one distinct "word" (as in the reference).
    const unique = new Set<string>();
    for (const w of pySplit(response.toLowerCase())) unique.add(stripPunctSpace(w));
    const n = unique.size;
    return { ok: n >= p.N, reason: `found ${plural(n, 'unique word')}, required at least ${p.N}` };
  },
});

const CONJUNCTIONS = new Set(['and', 'but', 'for', 'nor', 'or', 'so', 'yet']);

const conjunctions = defineConstraint<{ small_n: Int }>({
  id: 'count:conjunctions',
  family: 'ifbench',
  params: [countParam('small_n', [2, 6], 'Fewest different coordinating conjunctions (and, but, for, nor, or, so, yet).')],
  validate: (p) => rejectNegative(p, ['small_n']),
  describe: (p) => `Use at least ${p.small_n} different coordinating conjunctions in the response.`,
  check(response, p) {
    // The reference collects the *raw* whitespace-separated words whose stripped, lower-cased form
    // is a conjunction, so "and", "And" and "and," are three different entries.
    const found = new Set<string>();
    for (const w of pySplit(response)) {
      if (CONJUNCTIONS.has(stripPunctSpace(w).toLowerCase())) found.add(w);
    }
    const n = found.size;
    const list = [...found].slice(0, 8).map((w) => show(w, 20)).join(', ');
    return {
      ok: n >= p.small_n,
      reason: `found ${plural(n, 'distinct conjunction form')}${n ? ` (${list})` : ''}, required at least ${p.small_n}`,
    };
  },
});

export const PERSON_NAMES: readonly string[] = [
  'Emma', 'Liam', 'Sophia', 'Jackson', 'Olivia', 'Noah', 'Ava', 'Lucas', 'Isabella', 'Mason', 'Mia',
  'Ethan', 'Charlotte', 'Alexander', 'Amelia', 'Benjamin', 'Harper', 'Leo', 'Zoe', 'Daniel', 'Chloe',
  'Samuel', 'Lily', 'Matthew', 'Grace', 'Owen', 'Abigail', 'Gabriel', 'Ella', 'Jacob', 'Scarlett',
  'Nathan', 'Victoria', 'Elijah', 'Layla', 'Nicholas', 'Audrey', 'David', 'Hannah', 'Christopher',
  'Penelope', 'Thomas', 'Nora', 'Andrew', 'Aria', 'Joseph', 'Claire', 'Ryan', 'Stella', 'Jonathan',
];

const NAME_SET = new Set(PERSON_NAMES);
const WORD_RUN_RE = new RegExp(`${PY_W}+`, 'gu');

const personNames = defineConstraint<{ N: Int }>({
  id: 'count:person_names',
  family: 'ifbench',
  params: [countParam('N', [1, 50], 'Fewest different names from the fixed list of 50 that must appear.')],
  validate: (p) => rejectNegative(p, ['N']),
  describe: (p) =>
    `Mention at least ${p.N} different person names in the response, from this list of person names: ${PERSON_NAMES.join(', ')} .`,
  check(response, p) {
    // The reference searches each name case-sensitively between Python \b boundaries. Names are
    // all word characters, so that is the same as some maximal run of \w characters being the name.
    const seen = new Set<string>();
    for (const m of response.matchAll(WORD_RUN_RE)) {
      if (NAME_SET.has(m[0])) {
        seen.add(m[0]);
        if (seen.size === PERSON_NAMES.length) break;
      }
    }
    const found = PERSON_NAMES.filter((name) => seen.has(name));
    const n = found.length;
    const list = found.slice(0, 8).join(', ');
    return {
      ok: n >= p.N,
      reason: `found ${plural(n, 'listed name')}${n ? ` (${list}${n > 8 ? ', ...' : ''})` : ''}, required at least ${p.N}`,
    };
  },
});

const DIGIT_RUN_RE = new RegExp(`${PY_D}+`, 'gu');

function countDigitRuns(text: string): number {
  let n = 0;
  DIGIT_RUN_RE.lastIndex = 0;
  while (DIGIT_RUN_RE.exec(text) !== null) n++;
  return n;
}

const numbers = defineConstraint<{ N: Int }>({
  id: 'count:numbers',
  family: 'ifbench',
  params: [countParam('N', [1, 6], 'Exact count of numbers (digit runs once punctuation is deleted).')],
  validate: (p) => rejectNegative(p, ['N']),
  describe: (p) => `Include exactly ${p.N} numbers in the response.`,
  check(response, p) {
    // Punctuation is deleted first, so "3.14" and "1,000" each become one digit run.
    const n = countDigitRuns(removePunctuation(response));
    return { ok: n === p.N, reason: `found ${plural(n, 'number')}, required exactly ${p.N}` };
  },
});

const PUNCTUATION_MARKS = ['.', ',', '!', '?', ';', ':'] as const;

const punctuation = defineConstraint<Record<string, never>>({
  id: 'count:punctuation',
  family: 'ifbench',
  params: [],
  describe: () =>
    'Use every standard punctuation mark at least once, including semicolons, colons, and the interrobang (?!).',
  check(response) {
    if (!(response.includes('!?') || response.includes('?!') || response.includes('‽'))) {
      return fail('found no interrobang (?!, !? or ‽), which is required');
    }
    // The first "?!" (else the first "!?") is taken out before looking for the six marks, so the
    // interrobang itself does not supply the ! and ?.
    let rest = response;
    let at = response.indexOf('?!');
    if (at === -1) at = response.indexOf('!?');
    if (at !== -1) rest = response.slice(0, at) + response.slice(at + 2);
    const missing = PUNCTUATION_MARKS.filter((m) => !rest.includes(m));
    if (missing.length) {
      return fail(`found an interrobang but no ${missing.map((m) => `'${m}'`).join(', ')} outside it; all of . , ! ? ; : are required`);
    }
    return pass('found an interrobang and every one of . , ! ? ; :');
  },
});

const JAPANESE_RE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function ordinalPattern(n: number): string {
  // The reference's wording, including its slips ("11st", and no "word" after st/nd/rd).
  const last = ((n % 10) + 10) % 10;
  if (last === 1) return `Every ${n}st of your response must be in Japanese.`;
  if (last === 2) return `Every ${n}nd of your response must be in Japanese.`;
  if (last === 3) return `Every ${n}rd of your response must be in Japanese.`;
  return `Every ${n}th word of your response must be in Japanese.`;
}

const wordsJapanese = defineConstraint<{ N: Int }>({
  id: 'count:words_japanese',
  family: 'ifbench',
  params: [countParam('N', [1, 30], 'Every N-th whitespace-separated word must contain Japanese script.')],
  validate(p) {
    if (p.N === 0) return { field: 'N', message: 'N must be at least 1 (the reference divides by it)' };
    return rejectNegative(p, ['N']);
  },
  describe: (p) => ordinalPattern(p.N),
  check(response, p) {
    const words = pySplit(response);
    let checked = 0;
    for (let i = p.N - 1; i < words.length; i += p.N) {
      const word = stripPunctSpace(words[i]!);
      // Empty words and digit strings are exempt.
      if (!word || pyIsDigit(word)) continue;
      checked++;
      if (!JAPANESE_RE.test(word)) {
        return fail(`word ${i + 1} (${show(word, 30)}) has no Japanese characters; every ${p.N}-th word must`);
      }
    }
    return pass(`all ${plural(checked, 'checked word')} at every ${p.N}-th position contain Japanese characters`);
  },
});

const PRONOUNS = new Set([
  'i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them',
  'my', 'mine', 'our', 'ours', 'your', 'yours', 'his', 'hers', 'its', 'their', 'theirs',
  'myself', 'ourselves', 'yourself', 'yourselves', 'himself', 'herself', 'itself', 'themselves',
  'this', 'that', 'these', 'those',
  'who', 'whom', 'whose', 'which', 'what',
  'whoever', 'whomever', 'whatever', 'whichever',
  'anybody', 'anyone', 'anything', 'everybody', 'everyone', 'everything',
  'nobody', 'nothing', 'somebody', 'someone', 'something',
  'each', 'either', 'neither', 'both', 'all', 'some', 'any', 'none',
]);

const pronouns = defineConstraint<{ N: Int }>({
  id: 'count:pronouns',
  family: 'ifbench',
  params: [countParam('N', [1, 25], 'Fewest pronoun tokens (NLTK word tokens of the lower-cased text).')],
  validate: (p) => rejectNegative(p, ['N']),
  describe: (p) => `The response should include at least ${p.N} pronouns.`,
  check(response, p) {
    // "/" becomes a space so that "she/her" counts twice; then NLTK tokens of the lower-cased text.
    const tokens = wordTokenize(response.replaceAll('/', ' ').toLowerCase());
    let n = 0;
    for (const t of tokens) if (PRONOUNS.has(t)) n++;
    return { ok: n >= p.N, reason: `found ${plural(n, 'pronoun')}, required at least ${p.N}` };
  },
});

const KEYWORD_TIMES = [1, 2, 3, 5, 7] as const;
const TIMES_WORDS = ['once', 'twice', 'three times', 'five times', 'seven times'] as const;
type Keywords = { keyword1: string; keyword2: string; keyword3: string; keyword4: string; keyword5: string };
const KEYWORD_NAMES = ['keyword1', 'keyword2', 'keyword3', 'keyword4', 'keyword5'] as const;

function keywordsOf(p: Keywords): string[] {
  // The reference strips each keyword (Python str.strip) when building the instruction.
  return KEYWORD_NAMES.map((k) => pyStrip(p[k]));
}

const keywordsMultiple = defineConstraint<Keywords>({
  id: 'count:keywords_multiple',
  family: 'ifbench',
  params: KEYWORD_NAMES.map((name, i) => ({
    name,
    kind: 'string' as const,
    required: true,
    doc: `Keyword that must occur exactly ${KEYWORD_TIMES[i]} time(s) (case-insensitive substring count).`,
  })),
  describe(p) {
    const [k1, k2, k3, k4, k5] = keywordsOf(p);
    return `Include keyword ${k1} once in your response, keyword ${k2} twice in your response, keyword ${k3} three times in your response, keyword ${k4} five times in your response, and keyword ${k5} seven times in your response.`;
  },
  check(response, p) {
    const lower = response.toLowerCase();
    const keywords = keywordsOf(p);
    const counts: string[] = [];
    for (let i = 0; i < keywords.length; i++) {
      const kw = keywords[i]!;
      const want = KEYWORD_TIMES[i]!;
      // Substring count, non-overlapping, as str.count (so "cat" also counts inside "concatenate").
      const n = pyCount(lower, kw.toLowerCase(), want + 1);
      if (n !== want) {
        const found = n > want ? `more than ${TIMES_WORDS[i]}` : n === 1 ? 'once' : `${n} times`;
        return fail(`found ${show(kw, 30)} ${found}, required exactly ${TIMES_WORDS[i]}`);
      }
      counts.push(`${show(kw, 20)} ${TIMES_WORDS[i]}`);
    }
    return pass(`found each keyword the required number of times (${counts.join(', ')})`);
  },
});

export const countConstraints: readonly Constraint[] = [
  wordCountRange,
  uniqueWordCount,
  conjunctions,
  personNames,
  numbers,
  punctuation,
  wordsJapanese,
  pronouns,
  keywordsMultiple,
];
