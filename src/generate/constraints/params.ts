/**
 * Parameter drawing for the constraints generator: widened ranges per (id, param), value pools for
 * string parameters, and the row context that keeps drawn values compatible with the other
 * constraints of the same row (e.g. an end phrase without "." when punctuation:punctuation_dot is
 * also asked for). heed never leaves a parameter to the reference's random fallback: every
 * parameter a constraint takes is drawn here and written into the row's kwargs.
 */
import type { Constraint, JsonValue, ParamSpec } from '../../constraints/types.js';
import { validateParams } from '../../constraints/params.js';
import type { Rng } from '../rng.js';

export type Range = readonly [number, number];

/**
 * Default widened ranges, keyed `id.param`. Anything not listed uses the ParamSpec's own range
 * widened by `widen()`. Ranges are inclusive.
 */
export const DEFAULT_RANGES: Readonly<Record<string, Range>> = {
  'keywords:frequency.frequency': [1, 6],
  'keywords:letter_frequency.let_frequency': [1, 20],
  'letters:letter_counting2.let_frequency': [1, 20],
  'length_constraints:number_sentences.num_sentences': [1, 30],
  'length_constraints:number_paragraphs.num_paragraphs': [1, 8],
  'length_constraints:number_words.num_words': [50, 800],
  'length_constraints:nth_paragraph_first_word.num_paragraphs': [1, 8],
  'detectable_content:number_placeholders.num_placeholders': [1, 8],
  'detectable_format:number_bullet_lists.num_bullets': [1, 10],
  'detectable_format:number_highlighted_sections.num_highlights': [1, 8],
  'detectable_format:multiple_sections.num_sections': [1, 8],
  'change_case:capital_word_frequency.capital_frequency': [1, 40],
  'copy:repeat_phrase.small_n': [2, 6],
  'copy:copying_multiple.N': [2, 6],
  'count:lowercase_counting.N': [2, 50],
  'letters:letter_counting.N': [10, 800],
  'count:counting_composition.n_sent': [1, 5],
  'count:counting_composition.n_words': [2, 10],
  'keywords:word_count_different_numbers.frequency': [1, 6],
  'keywords:keyword_specific_position.n': [1, 20],
  'keywords:keyword_specific_position.m': [1, 30],
};

/** A spec range widened: the low end halved (not below 1), the high end doubled. */
export function widen(range: Range): Range {
  return [Math.max(1, Math.floor(range[0] / 2)), Math.max(range[1] * 2, range[0])];
}

/** The range used for one parameter, honouring overrides. */
export function rangeFor(id: string, spec: ParamSpec, overrides: Readonly<Record<string, Range>>): Range | null {
  const key = `${id}.${spec.name}`;
  return overrides[key] ?? DEFAULT_RANGES[key] ?? (spec.range ? widen(spec.range) : null);
}

// --- value pools ------------------------------------------------------------------------------

/** Keywords: concrete nouns, none a substring of another or of the witness vocabulary. */
export const KEYWORDS: readonly string[] = [
  'lantern', 'harbor', 'compass', 'violin', 'glacier', 'orchid', 'meteor', 'pepper', 'saddle', 'canyon',
  'falcon', 'ribbon', 'quartz', 'walnut', 'anchor', 'beacon', 'cactus', 'dolphin', 'emerald', 'feather',
  'granite', 'hammock', 'jasmine', 'kettle', 'magnet', 'nutmeg', 'oyster', 'pebble', 'quilt', 'raccoon',
  'satchel', 'tunnel', 'umbrella', 'velvet', 'whistle', 'yogurt', 'zeppelin', 'biscuit', 'candle', 'donkey',
  'fossil', 'goblet', 'helmet', 'jacket', 'kayak', 'ladder', 'mitten', 'needle', 'pillow', 'rocket',
  'teapot', 'trumpet', 'waffle', 'puzzle', 'marble', 'parrot', 'cobalt', 'saffron', 'tulip', 'badger',
];

export const FIRST_WORDS: readonly string[] = [
  'today', 'indeed', 'honestly', 'also', 'here', 'now', 'yes', 'still', 'then', 'truly', 'often', 'sometimes',
  'first', 'clearly', 'perhaps', 'luckily',
];

export const LAST_WORDS: readonly string[] = [
  'today', 'again', 'here', 'now', 'indeed', 'together', 'forever', 'outside', 'tonight', 'too', 'daily',
  'nearby', 'everywhere', 'anyway', 'overall', 'instead',
];

export const END_PHRASES: readonly string[] = [
  'Is there anything else I can help with?',
  'Any other questions?',
  'Let me know if you have additional questions.',
  'Thank you for reading.',
  'That is all I have to say.',
  'Hope this helps you.',
  'What do you think?',
  'Stay curious',
  'Have a wonderful day!',
  'See you next time',
];

export const POSTSCRIPT_MARKERS: readonly string[] = ['P.S.', 'P.P.S'];

export const SECTION_SPLITTERS: readonly string[] = ['Section', 'SECTION', 'Part', 'PART', 'Chapter', 'Paragraph', 'PARAGRAPH'];

/** Phrases for copy:repeat_phrase: no punctuation, distinct first and last words. */
export const PHRASES: readonly string[] = [
  'Every cloud has a silver lining',
  'Time flies when you are having fun',
  'Actions speak louder than words',
  'The early bird catches the worm',
  'Knowledge grows when it is shared',
  'Small steps lead to big changes',
  'Good things come to those who wait',
  'Every journey begins with one step',
  'Kindness costs nothing but means everything',
  'Patience turns small seeds into tall trees',
  'Laughter is the best medicine',
  'Hope is a waking dream',
];

/** Languages heed has witness text for (the default pool for language:response_language). */
export const WITNESS_LANGUAGES: readonly string[] = ['en', 'es', 'pt', 'fr', 'de', 'it', 'ru', 'pl', 'fi', 'sw', 'vi', 'ja', 'ko'];

const ALL_LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
/** Letters drawn for a "less than" letter count: ones plain English can do without. */
const RARE_LETTERS = ['b', 'f', 'j', 'k', 'q', 'v', 'w', 'x', 'z', 'y', 'p', 'g'];

/** ifbench option strings and list separators. */
const OPTIONS = ['yes/no/maybe', 'I know or I do not know', 'true/false', 'agree/disagree/not sure'];
const LIST_SEPS = ['SEPARATOR', '...', '|', ';;'];

// --- row context ------------------------------------------------------------------------------

/** What the other constraints of a row demand of shared text (case, forbidden characters). */
export interface RowContext {
  readonly lower: boolean;
  readonly upper: boolean;
  readonly noDot: boolean;
  readonly noExclamation: boolean;
  readonly noComma: boolean;
  readonly hyphens: boolean;
  /** The base task, for parameters that copy from the request. */
  readonly baseTask: string;
}

export function rowContext(ids: readonly string[], baseTask: string): RowContext {
  const has = (id: string): boolean => ids.includes(id);
  return {
    lower: has('change_case:english_lowercase'),
    upper: has('change_case:english_capital'),
    noDot: has('punctuation:punctuation_dot'),
    noExclamation: has('punctuation:punctuation_exclamation'),
    noComma: has('punctuation:no_comma'),
    hyphens: has('detectable_format:sentence_hyphens'),
    baseTask,
  };
}

function caseFor(ctx: RowContext, s: string): string {
  if (ctx.upper) return s.toUpperCase();
  if (ctx.lower) return s.toLowerCase();
  return s;
}

function textAllowed(ctx: RowContext, s: string): boolean {
  if (ctx.noDot && s.includes('.')) return false;
  if (ctx.noExclamation && s.includes('!')) return false;
  if (ctx.noComma && s.includes(',')) return false;
  if (ctx.hyphens && s.includes('-')) return false;
  return true;
}

function pickAllowed(rng: Rng, ctx: RowContext, pool: readonly string[]): string {
  const ok = pool.filter((s) => textAllowed(ctx, s));
  return rng.pick(ok.length ? ok : pool);
}

/** Parameter values shared within one row (keywords must differ across constraints). */
export interface DrawState {
  readonly usedKeywords: Set<string>;
  /** Overrides for choices of enum/string params, keyed `id.param` (from the ranges knob). */
  readonly choices: Readonly<Record<string, readonly string[]>>;
  readonly ranges: Readonly<Record<string, Range>>;
}

function freshKeyword(rng: Rng, state: DrawState): string {
  const pool = KEYWORDS.filter((k) => !state.usedKeywords.has(k));
  const k = rng.pick(pool.length ? pool : KEYWORDS);
  state.usedKeywords.add(k);
  return k;
}

function intIn(rng: Rng, range: Range): number {
  return rng.int(Math.ceil(range[0]), Math.floor(range[1]));
}

/** A code-point span of the base task on word boundaries: [start, end) with start >= 1. */
function drawSpan(rng: Rng, text: string): [number, number] {
  const cps = Array.from(text);
  const starts: number[] = [];
  for (let i = 1; i < cps.length; i++) if (cps[i - 1] === ' ' && cps[i] !== ' ') starts.push(i);
  if (starts.length === 0) return [1, Math.max(2, cps.length)];
  const start = rng.pick(starts);
  const ends: number[] = [];
  for (let i = start + 1; i <= cps.length; i++) if (i === cps.length || cps[i] === ' ') ends.push(i);
  return [start, rng.pick(ends.slice(0, 8))];
}

/**
 * Draws every parameter of `c` for a row. Dependent parameters are drawn together (nth_paragraph
 * within num_paragraphs, a copy span inside the base task); values that would make the task
 * impossible on their own ("fewer than 1 sentence") are moved to the nearest possible value.
 */
export function drawParams(c: Constraint, rng: Rng, ctx: RowContext, state: DrawState): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  const id = c.id;
  const num = (name: string): number => {
    const spec = c.params.find((p) => p.name === name)!;
    const range = rangeFor(id, spec, state.ranges) ?? [1, 5];
    return intIn(rng, range);
  };
  const choice = (spec: ParamSpec, fallback: readonly string[]): string => {
    const custom = state.choices[`${id}.${spec.name}`];
    return rng.pick(custom && custom.length ? custom : fallback);
  };
  for (const spec of c.params) {
    if (out[spec.name] !== undefined) continue;
    const key = spec.name;
    if (!spec.required) continue;
    if (key === 'prompt_to_repeat') {
      out[key] = ctx.baseTask;
      continue;
    }
    if (spec.kind === 'enum') {
      const pool = key === 'language' ? WITNESS_LANGUAGES.filter((l) => (spec.choices ?? []).includes(l)) : spec.choices ?? [];
      out[key] = choice(spec, pool);
      continue;
    }
    if (spec.kind === 'integer' || spec.kind === 'number') {
      if (id === 'length_constraints:nth_paragraph_first_word' && key === 'nth_paragraph') continue;
      if ((id === 'new:copy_span_idx' || id === 'repeat:repeat_span') && (key === 'n_start' || key === 'n_end')) continue;
      out[key] = num(key);
      continue;
    }
    // strings / lists
    if (key === 'keywords') out[key] = [caseFor(ctx, freshKeyword(rng, state)), caseFor(ctx, freshKeyword(rng, state))].slice(0, rng.int(1, 3));
    else if (key === 'forbidden_words') out[key] = [freshKeyword(rng, state), freshKeyword(rng, state)].slice(0, rng.int(1, 2));
    else if (key === 'letter') out[key] = 'TBD';
    // open-instruct's description of word_count_different_numbers ("should appear N times") omits
    // the relation its check applies; only 'at least' keeps the literal instruction satisfiable.
    else if (key === 'relation') out[key] = id === 'keywords:word_count_different_numbers' ? 'at least' : rng.pick(['less than', 'at least']);
    else if (key === 'first_word') out[key] = caseFor(ctx, choice(spec, FIRST_WORDS));
    else if (key === 'last_word') out[key] = caseFor(ctx, choice(spec, LAST_WORDS));
    else if (key === 'end_phrase') out[key] = pickAllowed(rng, ctx, state.choices[`${id}.end_phrase`] ?? END_PHRASES);
    else if (key === 'postscript_marker') out[key] = choice(spec, POSTSCRIPT_MARKERS);
    else if (key === 'section_spliter') out[key] = caseFor(ctx, choice(spec, SECTION_SPLITTERS));
    else if (key === 'phrase') out[key] = caseFor(ctx, choice(spec, PHRASES));
    else if (key === 'options') out[key] = choice(spec, OPTIONS);
    else if (key === 'sep') out[key] = choice(spec, LIST_SEPS);
    else if (key === 'reference_text') out[key] = ctx.baseTask;
    else out[key] = caseFor(ctx, freshKeyword(rng, state));
  }
  // Dependent and coupled parameters.
  if ('letter' in out) {
    const relKey = 'let_relation' in out ? 'let_relation' : 'relation';
    const custom = state.choices[`${id}.letter`];
    out['letter'] = rng.pick(custom && custom.length ? custom : out[relKey] === 'less than' ? RARE_LETTERS : ALL_LETTERS);
  }
  if (id === 'length_constraints:nth_paragraph_first_word') {
    out['nth_paragraph'] = rng.int(1, out['num_paragraphs'] as number);
  }
  if (id === 'new:copy_span_idx' || id === 'repeat:repeat_span') {
    const [s, e] = drawSpan(rng, ctx.baseTask);
    out['n_start'] = s;
    // repeat:repeat_span's end index is inclusive.
    out['n_end'] = id === 'repeat:repeat_span' ? e - 1 : e;
  }
  if (out['relation'] === 'less than' || out['let_relation'] === 'less than' || out['capital_relation'] === 'less than') {
    // "fewer than 1 sentence/word/letter" cannot be met by a non-empty answer.
    for (const k of ['num_sentences', 'num_words', 'N']) {
      if (typeof out[k] === 'number' && (out[k] as number) < 2) out[k] = 2;
    }
  }
  return out;
}

/** Whether the drawn values pass heed's own parameter validation (a safety net for overrides). */
export function paramsValid(c: Constraint, params: Record<string, JsonValue>): boolean {
  return validateParams(c, params).ok;
}
