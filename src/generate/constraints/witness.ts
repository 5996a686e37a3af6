/**
 * Witness answers for constraints rows: ONE response meant to satisfy every constraint of a row.
 *
 * Each constraint contributes requirements (a per-constraint builder: `gather`), and the composer
 * writes the answer in a safe order: content (sentences from a controlled vocabulary, with the
 * keywords, letters, placeholders and word positions the row asks for), then structure
 * (paragraphs, sections, bullets, title, highlights, repeated phrases, postscript, end phrase),
 * then case, then token-level wrapping (square brackets, bigram brackets), then whole-answer
 * wrappers (quotation, two responses, repeated request, JSON). Every candidate is checked with the
 * real scorer (see verify.ts); a failed candidate is retried with another layout or length, and a
 * row keeps no witness when no candidate passes.
 */
import type { JsonValue, Params } from '../../constraints/types.js';
import { Rng } from '../rng.js';
import {
  ADJECTIVES, ADVERBS, CAPITAL_ADJECTIVES, CAPITAL_ADVERBS, CAPITAL_ARTICLES, CAPITAL_CONJUNCTIONS, CAPITAL_NOUNS,
  CAPITAL_PREPOSITIONS, CAPITAL_VERBS, LANGUAGE_SENTENCES, LETTER_NOUNS, NOUNS, PREPOSITIONS, VERBS,
} from './vocabulary.js';

/** Ids whose witness this module can build (a row with any other id gets no witness). */
export const WITNESS_IDS: ReadonlySet<string> = new Set([
  'keywords:existence', 'keywords:frequency', 'keywords:forbidden_words', 'keywords:letter_frequency',
  'language:response_language', 'length_constraints:number_sentences', 'length_constraints:number_paragraphs',
  'length_constraints:number_words', 'length_constraints:nth_paragraph_first_word',
  'detectable_content:number_placeholders', 'detectable_content:postscript', 'detectable_format:number_bullet_lists',
  'detectable_format:constrained_response', 'detectable_format:number_highlighted_sections',
  'detectable_format:multiple_sections', 'detectable_format:json_format', 'detectable_format:title',
  'combination:two_responses', 'combination:repeat_prompt', 'startend:end_checker',
  'change_case:capital_word_frequency', 'change_case:english_capital', 'change_case:english_lowercase',
  'punctuation:no_comma', 'startend:quotation',
  'copy:repeat_phrase', 'copy:copy', 'new:copy_span_idx', 'detectable_format:sentence_hyphens',
  'keywords:no_adjacent_consecutive', 'detectable_format:square_brackets', 'keywords:word_once',
  'keywords:word_count_different_numbers', 'keywords:exclude_word_harder', 'paragraphs:paragraphs',
  'paragraphs:paragraphs2', 'first_word:first_word_sent', 'first_word:first_word_answer', 'last_word:last_word_sent',
  'last_word:last_word_answer', 'detectable_format:bigram_wrapping', 'copy:copying_simple', 'copy:copying_multiple',
  'punctuation:punctuation_dot', 'punctuation:punctuation_exclamation', 'count:lowercase_counting',
  'letters:letter_counting', 'letters:letter_counting2', 'count:counting_composition', 'count:count_unique',
  'count:count_increment_word', 'keywords:palindrome', 'keywords:keyword_specific_position', 'keywords:start_end',
  // IFBench ids with simple witnesses
  'format:list', 'format:options', 'words:words_position', 'sentence:keyword', 'count:keywords_multiple',
  'format:title_case', 'repeat:repeat_simple', 'repeat:repeat_span', 'repeat:repeat_change', 'format:no_whitespace',
  'count:numbers', 'format:newline', 'words:repeats', 'format:quote_unquote',
]);

type CaseMode = 'normal' | 'lower' | 'upper' | 'title';

/** Everything the row's constraints ask of the answer. */
interface Requirements {
  exact: string | null; // the whole answer is fixed (copy constraints, options)
  language: string | null;
  caseMode: CaseMode;
  /** Substrings (lower-case) no vocabulary word may contain. */
  avoid: string[];
  bannedLetters: Set<string>;
  noComma: boolean;
  noDot: boolean;
  noExclamation: boolean;
  unique: boolean;
  noAdjacent: boolean;
  firstWordAll: string | null;
  lastWordAll: string | null;
  firstWordAnswer: string | null;
  lastWordAnswer: string | null;
  startEnd: boolean;
  minSentences: number;
  maxSentences: number;
  minWords: number;
  maxWords: number;
  minLetters: number;
  maxLetters: number;
  /** Words to include, each occurrence once (already repeated for counts). */
  inserts: string[];
  letterAtLeast: { letter: string; n: number }[];
  capitalAtLeast: number;
  paragraphs: { count: number; sep: string } | null;
  nthFirst: { n: number; word: string } | null;
  keywordPosition: { keyword: string; n: number; m: number } | null;
  title: boolean;
  bullets: number;
  highlights: number;
  placeholders: number;
  sections: { splitter: string; n: number } | null;
  postscript: string | null;
  endPhrase: string | null;
  quotation: boolean;
  json: boolean;
  twoResponses: boolean;
  repeatPrompt: string | null;
  composition: { nSent: number; nWords: number } | null;
  hyphens: boolean;
  brackets: boolean;
  bigram: boolean;
  palindrome: boolean;
  repeatPhrase: { phrase: string; n: number } | null;
  listSep: string | null;
  newlineWords: boolean;
  noWhitespace: boolean;
  numbers: number;
  quoteUnquote: boolean;
  sentenceKeyword: { word: string; n: number } | null;
  wordsPosition: string | null;
  repeatsMax: number | null;
  titleCaseAll: boolean;
  maxLowercase?: number;
  /** Per word list, which words pass the fixed filters (filled by `fixedFilter`). */
  fixedOk: Map<readonly string[], Uint8Array>;
  maxCapital?: number;
  impossible?: boolean;
}

function emptyRequirements(): Requirements {
  return {
    exact: null, language: null, caseMode: 'normal', avoid: [], bannedLetters: new Set(), noComma: false, noDot: false,
    noExclamation: false, unique: false, noAdjacent: false, firstWordAll: null, lastWordAll: null, firstWordAnswer: null,
    lastWordAnswer: null, startEnd: false, minSentences: 0, maxSentences: Infinity, minWords: 0, maxWords: Infinity,
    minLetters: 0, maxLetters: Infinity, inserts: [], letterAtLeast: [], capitalAtLeast: 0, paragraphs: null,
    nthFirst: null, keywordPosition: null, title: false, bullets: 0, highlights: 0, placeholders: 0, sections: null,
    postscript: null, endPhrase: null, quotation: false, json: false, twoResponses: false, repeatPrompt: null,
    composition: null, hyphens: false, brackets: false, bigram: false, palindrome: false, repeatPhrase: null,
    listSep: null, newlineWords: false, noWhitespace: false, numbers: 0, quoteUnquote: false, sentenceKeyword: null,
    wordsPosition: null, repeatsMax: null, titleCaseAll: false, maxLowercase: undefined, fixedOk: new Map(),
    maxCapital: undefined, impossible: false,
  };
}

function str(v: JsonValue | undefined): string {
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0].trim();
  return '';
}

function num(v: JsonValue | undefined): number {
  return typeof v === 'number' ? v : 0;
}

/** Python-slice of a string by code points (non-negative indices only, as drawn). */
function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

function setParagraphs(r: Requirements, count: number, sep: string): void {
  if (r.paragraphs && (r.paragraphs.count !== count || r.paragraphs.sep !== sep)) r.impossible = true;
  r.paragraphs = { count, sep };
}

/** The per-constraint builders: each records what its constraint needs of the answer. */
function gather(ids: readonly string[], params: readonly Params[]): Requirements {
  const r = emptyRequirements();
  ids.forEach((id, i) => {
    const p = params[i]!;
    switch (id) {
      case 'keywords:existence':
        for (const k of (p['keywords'] as string[]) ?? []) r.inserts.push(k.trim());
        break;
      case 'keywords:frequency':
      case 'keywords:word_count_different_numbers': {
        const k = str(p['keyword']);
        r.avoid.push(k.toLowerCase());
        if (p['relation'] === 'at least') for (let j = 0; j < num(p['frequency']); j++) r.inserts.push(k);
        else if (num(p['frequency']) >= 2) r.inserts.push(k);
        break;
      }
      case 'keywords:forbidden_words':
        for (const k of (p['forbidden_words'] as string[]) ?? []) r.avoid.push(k.toLowerCase());
        break;
      case 'keywords:letter_frequency':
      case 'letters:letter_counting2': {
        const letter = str(p['letter']).toLowerCase();
        if (p['let_relation'] === 'less than') r.bannedLetters.add(letter);
        else r.letterAtLeast.push({ letter, n: num(p['let_frequency']) });
        break;
      }
      case 'language:response_language':
        r.language = str(p['language']);
        break;
      case 'length_constraints:number_sentences':
        if (p['relation'] === 'less than') r.maxSentences = Math.min(r.maxSentences, num(p['num_sentences']) - 1);
        else r.minSentences = Math.max(r.minSentences, num(p['num_sentences']));
        break;
      case 'length_constraints:number_paragraphs':
        setParagraphs(r, num(p['num_paragraphs']), '\n***\n');
        break;
      case 'paragraphs:paragraphs':
        setParagraphs(r, 2, '\n***\n');
        break;
      case 'paragraphs:paragraphs2':
        setParagraphs(r, 2, '\n\n');
        break;
      case 'length_constraints:nth_paragraph_first_word':
        setParagraphs(r, num(p['num_paragraphs']), '\n\n');
        r.nthFirst = { n: num(p['nth_paragraph']), word: str(p['first_word']).toLowerCase() };
        break;
      case 'length_constraints:number_words':
        if (p['relation'] === 'less than') r.maxWords = Math.min(r.maxWords, num(p['num_words']) - 1);
        else r.minWords = Math.max(r.minWords, num(p['num_words']));
        break;
      case 'letters:letter_counting':
        if (p['relation'] === 'less than') r.maxLetters = Math.min(r.maxLetters, num(p['N']) - 1);
        else r.minLetters = Math.max(r.minLetters, num(p['N']));
        break;
      case 'detectable_content:number_placeholders':
        r.placeholders = Math.max(r.placeholders, num(p['num_placeholders']));
        break;
      case 'detectable_content:postscript':
        r.postscript = str(p['postscript_marker']);
        break;
      case 'detectable_format:number_bullet_lists':
        r.bullets = num(p['num_bullets']);
        break;
      case 'detectable_format:constrained_response':
        r.exact = 'My answer is yes.';
        break;
      case 'detectable_format:number_highlighted_sections':
        r.highlights = num(p['num_highlights']);
        break;
      case 'detectable_format:multiple_sections':
        r.sections = { splitter: str(p['section_spliter']), n: num(p['num_sections']) };
        break;
      case 'detectable_format:json_format':
        r.json = true;
        break;
      case 'detectable_format:title':
        r.title = true;
        break;
      case 'combination:two_responses':
        r.twoResponses = true;
        break;
      case 'combination:repeat_prompt':
        r.repeatPrompt = str(p['prompt_to_repeat']);
        break;
      case 'startend:end_checker':
        r.endPhrase = str(p['end_phrase']);
        break;
      case 'change_case:capital_word_frequency':
        if (p['capital_relation'] === 'less than') r.maxCapital = num(p['capital_frequency']);
        else r.capitalAtLeast = num(p['capital_frequency']);
        break;
      case 'change_case:english_capital':
        r.caseMode = 'upper';
        break;
      case 'change_case:english_lowercase':
        r.caseMode = 'lower';
        break;
      case 'punctuation:no_comma':
        r.noComma = true;
        break;
      case 'startend:quotation':
        r.quotation = true;
        break;
      case 'copy:repeat_phrase': {
        const phrase = str(p['phrase']);
        r.repeatPhrase = { phrase, n: num(p['small_n']) };
        const words = phrase.split(/\s+/);
        r.avoid.push(words[0]!.toLowerCase(), words[words.length - 1]!.toLowerCase());
        break;
      }
      case 'copy:copy':
      case 'copy:copying_simple':
        r.exact = str(p['prompt_to_repeat']);
        break;
      case 'copy:copying_multiple':
        r.exact = Array.from({ length: num(p['N']) }, () => str(p['prompt_to_repeat'])).join('\n******\n');
        break;
      case 'new:copy_span_idx':
        r.exact = sliceCodePoints(p['prompt_to_repeat'] as string, num(p['n_start']), num(p['n_end'])).trim();
        break;
      case 'repeat:repeat_simple':
        r.exact = '';
        break;
      case 'repeat:repeat_span':
        r.exact = sliceCodePoints(p['prompt_to_repeat'] as string, num(p['n_start']), num(p['n_end']) + 1);
        break;
      case 'repeat:repeat_change': {
        const words = str(p['prompt_to_repeat']).split(' ');
        words[0] = words[0] === 'Please' ? 'Kindly' : 'Please';
        r.exact = words.join(' ');
        break;
      }
      case 'format:options': {
        const first = str(p['options']).split(/\/| or |,/)[0]!.trim();
        r.exact = first;
        break;
      }
      case 'detectable_format:sentence_hyphens':
        r.hyphens = true;
        break;
      case 'keywords:no_adjacent_consecutive':
        r.noAdjacent = true;
        break;
      case 'detectable_format:square_brackets':
        r.brackets = true;
        break;
      case 'keywords:word_once':
        r.avoid.push(str(p['keyword']).toLowerCase());
        r.inserts.push(str(p['keyword']));
        break;
      case 'keywords:exclude_word_harder':
        r.avoid.push(str(p['keyword']).toLowerCase());
        break;
      case 'first_word:first_word_sent':
        r.firstWordAll = str(p['first_word']);
        break;
      case 'first_word:first_word_answer':
        r.firstWordAnswer = str(p['first_word']);
        break;
      case 'last_word:last_word_sent':
        r.lastWordAll = str(p['last_word']);
        break;
      case 'last_word:last_word_answer':
        r.lastWordAnswer = str(p['last_word']);
        break;
      case 'detectable_format:bigram_wrapping':
        r.bigram = true;
        break;
      case 'punctuation:punctuation_dot':
        r.noDot = true;
        break;
      case 'punctuation:punctuation_exclamation':
        r.noExclamation = true;
        break;
      case 'count:lowercase_counting':
        r.maxLowercase = num(p['N']);
        break;
      case 'count:counting_composition':
        r.composition = { nSent: num(p['n_sent']), nWords: num(p['n_words']) };
        break;
      case 'count:count_unique':
        r.unique = true;
        break;
      case 'count:count_increment_word': {
        const k1 = str(p['keyword1']);
        const k2 = str(p['keyword2']);
        r.avoid.push(k1.toLowerCase(), k2.toLowerCase());
        r.inserts.push(k1, k2, k2);
        break;
      }
      case 'keywords:palindrome':
        r.palindrome = true;
        break;
      case 'keywords:keyword_specific_position':
        r.keywordPosition = { keyword: str(p['keyword']), n: num(p['n']), m: num(p['m']) };
        r.avoid.push(str(p['keyword']).toLowerCase());
        break;
      case 'keywords:start_end':
        r.startEnd = true;
        break;
      // IFBench
      case 'format:list':
        r.listSep = str(p['sep']);
        break;
      case 'format:newline':
        r.newlineWords = true;
        break;
      case 'format:no_whitespace':
        r.noWhitespace = true;
        break;
      case 'count:numbers':
        r.numbers = num(p['N']);
        break;
      case 'format:quote_unquote':
        r.quoteUnquote = true;
        break;
      case 'sentence:keyword':
        r.sentenceKeyword = { word: str(p['word']), n: num(p['N']) };
        r.avoid.push(str(p['word']).toLowerCase());
        break;
      case 'words:words_position':
        r.wordsPosition = str(p['keyword']);
        r.avoid.push(str(p['keyword']).toLowerCase());
        break;
      case 'count:keywords_multiple':
        for (let k = 1; k <= 5; k++) {
          const w = str(p[`keyword${k}`]);
          r.avoid.push(w.toLowerCase());
          for (let j = 0; j < k; j++) r.inserts.push(w);
        }
        break;
      case 'words:repeats':
        r.repeatsMax = num(p['small_n']);
        r.unique = true;
        break;
      case 'format:title_case':
        r.titleCaseAll = true;
        break;
    }
  });
  if (r.maxLowercase !== undefined && r.caseMode === 'normal') r.caseMode = 'title';
  if (r.titleCaseAll && r.caseMode === 'normal') r.caseMode = 'title';
  return r;
}

// --- child streams ------------------------------------------------------------------------------

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A child stream seeded from four draws of `rng`, each mixed with `salt`: deterministic like
 * `Rng.fork` (it depends only on the parent's state and the salt), but without a SHA-256 per
 * child — the witness builder takes a few children per row.
 */
export function childRng(rng: Rng, salt: number): Rng {
  const s = Math.imul(salt + 1, 0x9e3779b9);
  return new Rng([mix32(rng.nextUint32() ^ s), mix32(rng.nextUint32() + s), mix32(rng.nextUint32() ^ (s >>> 7)), mix32(rng.nextUint32() - s)]);
}

// --- word source --------------------------------------------------------------------------------

/** The word lists one answer is written from. */
interface Vocabulary {
  readonly articles: readonly string[];
  readonly adjectives: readonly string[];
  readonly nouns: readonly string[];
  readonly verbs: readonly string[];
  readonly adverbs: readonly string[];
  readonly prepositions: readonly string[];
  readonly conjunctions: readonly string[];
}

const ARTICLES: readonly string[] = ['the', 'their', 'our', 'many', 'all', 'these'];
const CONJUNCTIONS: readonly string[] = ['and', 'with', 'for', 'of'];

const PLAIN_VOCABULARY: Vocabulary = {
  articles: ARTICLES, adjectives: ADJECTIVES, nouns: NOUNS, verbs: VERBS, adverbs: ADVERBS, prepositions: PREPOSITIONS,
  conjunctions: CONJUNCTIONS,
};

/** All-capital answers use words langdetect reads as English when capitalised (vocabulary.ts). */
const CAPITAL_VOCABULARY: Vocabulary = {
  articles: CAPITAL_ARTICLES, adjectives: CAPITAL_ADJECTIVES, nouns: CAPITAL_NOUNS, verbs: CAPITAL_VERBS,
  adverbs: CAPITAL_ADVERBS, prepositions: CAPITAL_PREPOSITIONS, conjunctions: CAPITAL_CONJUNCTIONS,
};

function vocabularyFor(r: Requirements): Vocabulary {
  return r.caseMode === 'upper' ? CAPITAL_VOCABULARY : PLAIN_VOCABULARY;
}

/**
 * Which words of a list pass the row's fixed filters (banned letters, words to avoid): they do
 * not change while a row's answer is written, so each list is filtered once per row.
 */
function fixedFilter(r: Requirements, list: readonly string[]): Uint8Array {
  let cached = r.fixedOk.get(list);
  if (cached) return cached;
  cached = new Uint8Array(list.length);
  for (let i = 0; i < list.length; i++) cached[i] = passesFixed(r, list[i]!) ? 1 : 0;
  r.fixedOk.set(list, cached);
  return cached;
}

function passesFixed(r: Requirements, word: string): boolean {
  const w = word.toLowerCase();
  for (const letter of r.bannedLetters) if (w.includes(letter)) return false;
  for (const a of r.avoid) if (a && (w.includes(a) || a.includes(w))) return false;
  return true;
}

class Words {
  /** Lower-cased words written so far (kept only when the row asks for unique words). */
  private readonly used = new Set<string>();
  /** Lower-cased initial of the last word written (kept only for no_adjacent_consecutive). */
  private prevInitial = '';
  readonly v: Vocabulary;

  constructor(
    private readonly rng: Rng,
    private readonly r: Requirements,
  ) {
    this.v = vocabularyFor(r);
  }

  ok(word: string): boolean {
    return passesFixed(this.r, word) && this.passesState(word);
  }

  /** The filters that depend on the words already written (uniqueness, adjacent initials). */
  private passesState(word: string): boolean {
    if (this.r.unique && this.used.has(word.toLowerCase())) return false;
    if (this.r.noAdjacent && this.prevInitial && word.toLowerCase().charCodeAt(0) === this.prevInitial.charCodeAt(0) + 1) return false;
    return true;
  }

  /** A word from the list that passes every filter, or null. */
  pick(list: readonly string[]): string | null {
    const start = this.rng.int(0, list.length - 1);
    const fixed = fixedFilter(this.r, list);
    for (let k = 0; k < list.length; k++) {
      const at = (start + k) % list.length;
      const w = list[at]!;
      if (fixed[at] === 1 && this.passesState(w)) {
        if (this.r.unique) this.used.add(w.toLowerCase());
        if (this.r.noAdjacent) this.prevInitial = w[0]!.toLowerCase();
        return w;
      }
    }
    return null;
  }
}

/** One body sentence of `size` words (approximately), without terminal punctuation. */
function sentenceWords(words: Words, size: number): string[] {
  const out: string[] = [];
  const push = (list: readonly string[]): void => {
    const w = words.pick(list);
    if (w) out.push(w);
  };
  const v = words.v;
  // Articles and "and" make the text read as English to language identification.
  if (size >= 5) push(v.articles);
  if (size >= 4) push(v.adjectives);
  push(v.nouns);
  if (size >= 7) push(v.adverbs);
  push(v.verbs);
  if (size >= 5) push(v.articles);
  if (size >= 5) push(v.adjectives);
  push(v.nouns);
  if (size >= 6) {
    push(size >= 8 ? v.conjunctions : v.prepositions);
    if (size >= 8) push(v.articles);
    push(v.nouns);
  }
  return out;
}

function capitalize(w: string): string {
  return w ? w[0]!.toUpperCase() + w.slice(1) : w;
}

// --- layout -------------------------------------------------------------------------------------

interface Sentence {
  words: string[];
  end: string;
}

function endMark(r: Requirements, idx: number): string {
  if (r.unique) return ['.', '?', '!'].filter((m) => m !== '.' || !r.noDot).filter((m) => m !== '!' || !r.noExclamation)[idx] ?? '';
  if (!r.noDot) return '.';
  if (!r.noExclamation) return '!';
  return '?';
}

function renderSentence(s: Sentence): string {
  return s.words.join(' ') + s.end;
}

/** Sentences `from` to `to` (exclusive) rendered and joined with spaces. */
function renderSentences(sentences: readonly Sentence[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += i === from ? renderSentence(sentences[i]!) : ' ' + renderSentence(sentences[i]!);
  return out;
}

/** Words that cannot be changed by case transforms or filler moves (exact-case parameters). */
interface Plan {
  sentences: number;
  variant: number;
}

interface Built {
  text: string;
}

const PLACEHOLDER_NAMES = ['name', 'address', 'date', 'place', 'company', 'time', 'amount', 'email', 'phone', 'city'];

/**
 * Writes one candidate answer (without wrappers) for the requirements, with `plan.sentences`
 * body sentences and layout variant `plan.variant`.
 */
function writeBody(r: Requirements, plan: Plan, rng: Rng, topicWords: readonly string[]): Built | null {
  const words = new Words(rng, r);
  if (r.composition) return writeComposition(r, r.composition, words);
  return writeProse(r, plan, rng, words, topicWords);
}

// writeBody is split into several functions of moderate size: the optimising compiler then
// compiles (and, when a rare layout meets code it has not seen yet, recompiles) each one
// separately, instead of one very large function at a cost of tens of milliseconds each time.

/** Composition: a fixed grid of 3 paragraphs × n_sent sentences × n_words tokens. */
function writeComposition(r: Requirements, composition: { nSent: number; nWords: number }, words: Words): Built | null {
  {
    const { nSent, nWords } = composition;
    const inserts = [...r.inserts];
    const paras: string[] = [];
    for (let p = 0; p < 3; p++) {
      const sents: string[] = [];
      for (let s = 0; s < nSent; s++) {
        const ws: string[] = [];
        while (ws.length < nWords - 1) {
          const w = inserts.length && ws.length > 0 ? inserts.shift()! : words.pick(ws.length % 2 === 0 ? words.v.nouns : words.v.verbs) ?? words.pick(words.v.adjectives);
          if (!w) return null;
          ws.push(w);
        }
        ws[0] = capitalize(ws[0]!);
        sents.push(ws.join(' ') + endMark(r, 0));
      }
      paras.push(sents.join(' '));
    }
    if (inserts.length) return null;
    return { text: paras.join('\n***\n') };
  }
}

/** Prose answers: sentences with the row's words, then paragraphs, then the layout extras. */
function writeProse(r: Requirements, plan: Plan, rng: Rng, words: Words, topicWords: readonly string[]): Built | null {
  const variant = plan.variant;
  // How many body sentences, and in how many paragraphs.
  let total = Math.max(1, plan.sentences);
  const paraCount = r.paragraphs ? r.paragraphs.count : r.hyphens || r.unique ? 1 : Math.min(total, 1 + (variant % 2));
  total = Math.max(total, paraCount, r.sections?.n ?? 0, r.keywordPosition?.n ?? 0, r.sentenceKeyword?.n ?? 0);
  const short = r.maxWords < 60 || r.maxLetters < 300 || r.unique;
  const size = (): number => (short ? 3 + rng.int(0, 1) : 5 + rng.int(0, 3));

  // Language passages replace the English vocabulary.
  const sentences: Sentence[] = [];
  const lang = r.language && r.language !== 'en' ? LANGUAGE_SENTENCES[r.language] : null;
  if (r.language && !LANGUAGE_SENTENCES[r.language]) return null;
  for (let i = 0; i < total; i++) {
    if (lang) {
      const s = lang[i % lang.length]!;
      sentences.push({ words: s.slice(0, -1).split(' '), end: s.slice(-1) });
      continue;
    }
    const ws = sentenceWords(words, size());
    if (ws.length === 0) return null;
    sentences.push({ words: ws, end: endMark(r, i) });
  }
  // Topic words in the first sentence, when allowed.
  if (!lang && topicWords.length && !r.unique && !r.composition && topicWords.every((w) => words.ok(w)) && variant % 3 !== 2) {
    sentences[0]!.words.push(words.v.prepositions[0]!, ...topicWords);
  }
  // Inserts (keywords with their counts), spread over sentences, never first in a sentence.
  r.inserts.forEach((k, i) => {
    const s = sentences[(i * 7 + variant) % sentences.length]!;
    const at = 1 + ((i + variant) % Math.max(1, s.words.length - 1));
    s.words.splice(Math.min(at, s.words.length), 0, k);
  });
  // Letters "at least".
  for (const { letter, n } of r.letterAtLeast) {
    const bag = LETTER_NOUNS[letter] ?? [];
    let have = 0;
    for (const s of sentences) for (const w of s.words) for (const ch of w.toLowerCase()) if (ch === letter) have++;
    let guard = 0;
    while (have < n && guard++ < 200) {
      const w = words.pick(bag) ?? bag[guard % bag.length]!;
      const s = sentences[guard % sentences.length]!;
      s.words.splice(Math.max(1, s.words.length - 1), 0, w);
      for (const ch of w) if (ch === letter) have++;
    }
  }
  // Placeholders, highlights and capital words inside sentences.
  for (let i = 0; i < r.placeholders; i++) {
    const s = sentences[i % sentences.length]!;
    s.words.splice(Math.max(1, s.words.length - 1), 0, `[${PLACEHOLDER_NAMES[i % PLACEHOLDER_NAMES.length]}]`);
  }
  let hl = 0;
  for (let i = 0; hl < r.highlights && i < sentences.length * 8; i++) {
    const s = sentences[i % sentences.length]!;
    const k = 1 + Math.floor(i / sentences.length);
    if (k < s.words.length && !s.words[k]!.startsWith('*') && !s.words[k]!.startsWith('[')) {
      s.words[k] = `*${s.words[k]}*`;
      hl++;
    }
  }
  if (hl < r.highlights) return null;
  if (r.sentenceKeyword) sentences[r.sentenceKeyword.n - 1]!.words.splice(1, 0, r.sentenceKeyword.word);
  // First/last words per sentence.
  for (const s of sentences) {
    if (r.firstWordAll) s.words.unshift(r.firstWordAll);
    if (r.lastWordAll) s.words.push(r.lastWordAll);
  }
  if (r.firstWordAnswer) sentences[0]!.words.unshift(r.firstWordAnswer);
  // Words at fixed positions.
  if (r.keywordPosition) {
    const { keyword, n, m } = r.keywordPosition;
    const s = sentences[n - 1]!;
    const tail = r.lastWordAll || (r.lastWordAnswer && n === sentences.length) ? 1 : 0;
    while (s.words.length < m + tail) {
      const w = words.pick(words.v.nouns) ?? words.pick(words.v.adjectives);
      if (!w) return null;
      s.words.splice(s.words.length - tail, 0, w);
    }
    s.words[m - 1] = keyword;
  }
  const last = sentences[sentences.length - 1]!;
  if (r.lastWordAnswer && !r.postscript) last.words.push(r.lastWordAnswer);
  // Sentence-initial capitals.
  for (const s of sentences) s.words[0] = capitalize(s.words[0]!);
  // Capital words "at least".
  let caps = 0;
  for (let i = 0; caps < r.capitalAtLeast && i < sentences.length * 12; i++) {
    const s = sentences[i % sentences.length]!;
    const k = Math.floor(i / sentences.length);
    if (k < s.words.length && /^[a-zA-Z]{2,}$/.test(s.words[k]!) && s.words[k] !== r.keywordPosition?.keyword) {
      s.words[k] = s.words[k]!.toUpperCase();
      caps++;
    }
  }
  if (caps < r.capitalAtLeast) return null;
  // Palindrome.
  if (r.palindrome) {
    const pal = r.caseMode === 'upper' ? 'NOON' : r.caseMode === 'title' ? 'A' : 'noon';
    const s = sentences[sentences.length > 1 ? 1 : 0]!;
    s.words.splice(Math.min(1, s.words.length), 0, pal);
  }
  // start_end: the answer ends with its first word and no punctuation.
  if (r.startEnd) {
    const first = sentences[0]!.words[0]!;
    const endSentence = sentences[sentences.length - 1]!;
    if (r.endPhrase) return null;
    endSentence.words.push(first.toLowerCase());
    endSentence.end = '';
  }

  // Paragraphs: distribute sentences.
  if (r.hyphens) {
    const units = sentences.map(renderSentence);
    if (r.title) units[0] = `<<${titleText(words)}>> ${units[0]}`;
    if (r.postscript) units.push(`${r.postscript} ${renderSentence({ words: sentenceWords(words, 4), end: endMark(r, 0) })}`);
    if (r.endPhrase) units.push(r.endPhrase);
    return { text: units.join('-') };
  }
  const paras = distribute(r, sentences, paraCount);
  if (!paras) return null;
  return decorate(r, variant, words, sentences, paras);
}

/** The body sentences spread over `paraCount` paragraphs (lines), with section markers. */
function distribute(r: Requirements, sentences: readonly Sentence[], paraCount: number): string[][] | null {
  const paras: string[][] = [];
  for (let p = 0; p < paraCount; p++) paras.push([]);
  const perPara = Math.floor(sentences.length / paraCount);
  let extra = sentences.length % paraCount;
  let cursor = 0;
  const sectionTotal = r.sections?.n ?? 0;
  let sectionNo = 0;
  for (let p = 0; p < paraCount; p++) {
    const count = perPara + (extra-- > 0 ? 1 : 0);
    // This paragraph's sentences: [start, end) (the groups partition the sentences).
    const start = cursor;
    const end = cursor + count;
    cursor = end;
    // Sections: split this paragraph's sentences under markers.
    const remainingParas = paraCount - p;
    const sectionsHere = sectionTotal ? Math.ceil((sectionTotal - sectionNo) / remainingParas) : 0;
    if (sectionsHere > 0 && count >= sectionsHere) {
      const per = Math.floor(count / sectionsHere);
      for (let s = 0; s < sectionsHere; s++) {
        sectionNo++;
        paras[p]!.push(`${r.sections!.splitter} ${sectionNo}`);
        paras[p]!.push(renderSentences(sentences, start + s * per, s === sectionsHere - 1 ? end : start + (s + 1) * per));
      }
    } else {
      paras[p]!.push(renderSentences(sentences, start, end));
    }
  }
  if (sectionNo < sectionTotal) return null;
  return paras;
}

/** Layout extras over the paragraphs, then the joined text. */
function decorate(r: Requirements, variant: number, words: Words, sentences: readonly Sentence[], paras: string[][]): Built | null {
  // nth paragraph first word.
  if (r.nthFirst) {
    const lines = paras[r.nthFirst.n - 1]!;
    const rest = lines[0]!;
    lines[0] = `${capitalize(r.nthFirst.word)} ${rest.slice(0, 1).toLowerCase()}${rest.slice(1)}`;
  }
  // Repeated phrase lines.
  if (r.repeatPhrase) {
    const ws = r.repeatPhrase.phrase.split(/\s+/);
    const endSensitive = r.lastWordAnswer || r.startEnd || r.lastWordAll;
    const lastPara = paras[endSensitive ? 0 : paras.length - 1]!;
    const at0 = endSensitive ? 1 : lastPara.length;
    for (let i = 0; i < r.repeatPhrase.n; i++) {
      const copy = [...ws];
      const at = ws.length > 2 ? 1 + (i % (ws.length - 2)) : 0;
      const repl = words.pick(words.v.adjectives) ?? 'new';
      copy[at] = r.caseMode === 'upper' ? repl.toUpperCase() : repl;
      lastPara.splice(at0 + i, 0, copy.join(' '));
    }
  }
  // Bullets at the end of the last paragraph (or the middle one on odd variants).
  if (r.bullets) {
    const endSensitive = r.lastWordAnswer || r.startEnd || r.lastWordAll;
    const target = paras[endSensitive ? 0 : variant % 2 === 1 && paras.length > 2 ? 1 : paras.length - 1]!;
    const items: string[] = [];
    for (let i = 0; i < r.bullets; i++) {
      const ws = sentenceWords(words, 3);
      if (!ws.length) return null;
      ws[0] = capitalize(ws[0]!);
      items.push(`* ${ws.join(' ')}${endMark(r, 0)}`);
    }
    if (endSensitive) target.splice(1, 0, ...items);
    else target.push(...items);
  }
  // ifbench list separator: items joined with the separator.
  if (r.listSep) {
    paras[paras.length - 1]!.push(['apples', 'pears', 'plums'].join(` ${r.listSep} `) + ` ${r.listSep} figs`);
  }
  if (r.numbers) paras[paras.length - 1]!.push(`We counted ${Array.from({ length: r.numbers }, (_, i) => String(i + 2)).join(' and ')}`);
  if (r.quoteUnquote) paras[paras.length - 1]!.push('"Go slow" means take your time');
  // Title: top line, end of the first paragraph, or inside the first sentence.
  if (r.title) {
    const t = `<<${titleText(words)}>>`;
    const startSensitive = r.firstWordAnswer || r.firstWordAll || r.startEnd || r.nthFirst?.n === 1 || r.keywordPosition || r.wordsPosition;
    const where = startSensitive ? 1 + (variant % 2) : variant % 3;
    if (where === 0) paras[0]!.unshift(t);
    else if (where === 1) paras[0]!.push(t);
    else {
      const firstLine = paras[0]!.findIndex((l) => !l.startsWith('* '));
      const line = paras[0]![firstLine]!;
      const sp = line.indexOf(' ');
      paras[0]![firstLine] = sp > 0 ? `${line.slice(0, sp)} ${t}${line.slice(sp)}` : `${line} ${t}`;
    }
  }
  // Postscript (last line), then the end phrase.
  if (r.postscript) {
    const ws = sentenceWords(words, 4);
    if (r.firstWordAll) ws.unshift(r.firstWordAll);
    if (r.lastWordAll) ws.push(r.lastWordAll);
    if (r.lastWordAnswer) ws.push(r.lastWordAnswer);
    ws[0] = capitalize(ws[0]!);
    let ps = `${r.postscript} ${ws.join(' ')}${r.startEnd ? '' : endMark(r, 0)}`;
    if (r.startEnd) ps = `${r.postscript} ${ws.join(' ')} ${sentences[0]!.words[0]!.toLowerCase()}`;
    paras[paras.length - 1]!.push(ps);
  }
  let text = paras.map((lines) => lines.join('\n')).join(r.paragraphs ? r.paragraphs.sep : '\n\n');
  if (r.endPhrase) text += ` ${r.endPhrase}`;
  if (r.wordsPosition) {
    const toks = text.split(' ');
    if (toks.length < 4) return null;
    toks.splice(1, 0, r.wordsPosition);
    toks.splice(toks.length - 1, 0, r.wordsPosition);
    text = toks.join(' ');
  }
  return { text };
}

function titleText(words: Words): string {
  const a = words.pick(words.v.adjectives) ?? 'Good';
  const n = words.pick(words.v.nouns) ?? 'Notes';
  return `${capitalize(a)} ${capitalize(n)}`;
}

/** Case, then token-level wrapping. */
function finish(text: string, r: Requirements, protect: ReadonlySet<string>): string {
  let out = text;
  if (r.caseMode === 'upper') out = out.toUpperCase();
  else if (r.caseMode === 'lower') out = out.toLowerCase();
  else if (r.caseMode === 'title') {
    let lowerLeft = Math.max(0, r.maxLowercase ?? 0);
    out = out.replace(/[a-z]+/g, (w, at: number) => {
      const before = at > 0 ? out[at - 1]! : ' ';
      if (/[A-Za-z0-9_]/.test(before)) return w;
      if (protect.has(w)) {
        lowerLeft--;
        return w;
      }
      return capitalize(w);
    });
    void lowerLeft;
  }
  if (r.newlineWords) out = out.split(/\s+/).join('\n');
  if (r.noWhitespace) out = out.replace(/\s+/g, '');
  if (r.brackets) out = out.replace(/\S+/g, (t) => `[${t}]`);
  if (r.bigram) {
    let k = 0;
    out = out.replace(/\S+/g, (t) => (k++ % 2 === 0 ? `<<${t}` : `${t}>>`));
  }
  return out;
}

function wrap(text: string, r: Requirements, second: string | null): string {
  let out = text;
  if (r.twoResponses && second !== null) out = `${out}\n******\n${second}`;
  if (r.repeatPrompt) out = `${r.repeatPrompt}\n${out}`;
  if (r.quotation) out = `"${out}"`;
  if (r.json) out = JSON.stringify({ answer: out });
  return out;
}

/**
 * A verifier: `ok` is true only when every constraint of the row passes strictly on the
 * candidate. When it is false, `failed` names every failing id of `SIZING_IDS` (the ids the
 * retry logic reads) and may leave other failing ids out.
 */
export type WitnessCheck = (candidate: string) => { ok: boolean; failed: readonly string[] };

export interface WitnessRequest {
  readonly ids: readonly string[];
  readonly params: readonly Params[];
  readonly topic: string | null;
}

const GROW_AT_LEAST = new Set(['length_constraints:number_words', 'length_constraints:number_sentences', 'letters:letter_counting']);

/** The ids whose failure makes `buildWitness` resize the next attempt (see the loop below). */
export const SIZING_IDS: ReadonlySet<string> = new Set([
  ...GROW_AT_LEAST,
  'keywords:keyword_specific_position',
  'count:lowercase_counting',
  'change_case:capital_word_frequency',
]);

/** How far `buildWitness` may grow the body beyond its first size before it gives up. */
const MAX_GROWTH = 2.5;

/** Builds a witness for a row, or null when no candidate passes `check`. */
export function buildWitness(req: WitnessRequest, rng: Rng, check: WitnessCheck, maxAttempts = 6): string | null {
  for (const id of req.ids) if (!WITNESS_IDS.has(id)) return null;
  const r = gather(req.ids, req.params);
  if (r.impossible) return null;
  if (r.exact !== null) {
    const candidate = r.exact;
    return candidate.trim() && check(candidate).ok ? candidate : null;
  }
  const protect = new Set<string>();
  if (r.keywordPosition) for (const w of r.keywordPosition.keyword.split(/\s+/)) protect.add(w);
  if (r.repeatPhrase) for (const w of r.repeatPhrase.phrase.split(/\s+/)) protect.add(w);
  if (r.sections) protect.add(r.sections.splitter);
  const topicWords = topicWordsOf(req.topic);

  // Initial body size from the length requirements.
  let lo = Math.max(2, r.minSentences, Math.ceil(r.minWords / 6) + 1, Math.ceil(r.minLetters / 30) + 1,
    Math.ceil(r.capitalAtLeast / 4) + 1, Math.ceil(r.highlights / 3));
  let hi = Math.min(r.maxSentences - (r.postscript ? 1 : 0) - (r.bullets || 0) - (r.endPhrase ? 1 : 0),
    Math.floor(r.maxWords / 8), Math.floor(r.maxLetters / 40));
  if (r.unique) hi = Math.min(hi, 3);
  if (!Number.isFinite(hi)) hi = Math.max(lo, 4);
  let sentences = Math.max(1, Math.min(Math.max(lo, rng.int(2, 4)), hi));
  if (hi < 1) sentences = 1;
  // Growing far beyond the first size almost never helps (about 3 rows in 2,000 in a sample)
  // and makes every later attempt slow: the attempts stop there.
  const maxSentences = Math.ceil(sentences * MAX_GROWTH);

  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const sub = childRng(rng, attempt);
    const body = writeBody(r, { sentences, variant: attempt }, sub, topicWords);
    if (!body) continue;
    let second: string | null = null;
    if (r.twoResponses) {
      const other = writeBody(r, { sentences: Math.max(1, sentences - 1), variant: attempt + 1 }, childRng(rng, 100 + attempt), []);
      if (!other) continue;
      second = finish(other.text, r, protect);
    }
    const candidate = wrap(finish(body.text, r, protect), r, second);
    const verdict = check(candidate);
    if (verdict.ok) return candidate;
    // Adjust the length for the next attempt.
    let grow = false;
    let shrink = false;
    req.ids.forEach((id, i) => {
      if (!verdict.failed.includes(id)) return;
      const p = req.params[i]!;
      const less = p['relation'] === 'less than' || p['let_relation'] === 'less than' || p['capital_relation'] === 'less than';
      if (GROW_AT_LEAST.has(id) || id === 'keywords:keyword_specific_position') {
        if (less) shrink = true;
        else grow = true;
      }
      if (id === 'count:lowercase_counting' || id === 'change_case:capital_word_frequency') shrink = less || id === 'count:lowercase_counting';
    });
    if (grow) {
      sentences = Math.ceil(sentences * 1.6) + 1;
      if (sentences > maxSentences) return null;
    } else if (shrink) sentences = Math.max(1, Math.floor(sentences * 0.6));
    lo = Math.min(lo, sentences);
  }
  return null;
}

/** A plain answer (no constraints) about the topic: the assistant turn of multi-turn rows. */
export function plainAnswer(rng: Rng, topic: string | null): string {
  const r = emptyRequirements();
  const topicWords = topicWordsOf(topic);
  const body = writeBody(r, { sentences: rng.int(3, 6), variant: rng.int(0, 1) }, rng, topicWords);
  return body ? body.text : 'Here is my answer.';
}

/** The topic's words when it is plain lower-case ASCII (proper names stay out of witnesses). */
function topicWordsOf(topic: string | null): string[] {
  const words = (topic ?? '').split(' ');
  return words.every((w) => /^[a-z]+$/.test(w)) ? words : [];
}
