/**
 * langdetect 1.0.9's `detect` / `detect_langs`, reproduced step by step so that every
 * floating-point operation happens in the same order as in Python (results are bit-identical,
 * given the same profile order and seed).
 *
 * Pipeline (what langdetect's Detector does):
 * 1. `append`: replace URLs and e-mail addresses with a space, fold Vietnamese letter + combining
 *    mark pairs into precomposed letters, keep the first 10,000 characters (code points) and
 *    squeeze runs of ASCII spaces.
 * 2. `cleaning_text`: when fewer than half as many characters fall in 'A'..'z' as at or above
 *    U+0300, drop every character in 'A'..'z' (note: langdetect compares a block number with a
 *    block name there, so every character >= U+0300 counts as non-Latin).
 * 3. n-gram extraction: normalise each character, keep a three-character window that restarts
 *    after a space, skip positions inside all-capital words, and collect the 1-, 2- and 3-grams
 *    that some profile knows.
 * 4. Seven trials, each with alpha = 0.5 + gauss() * 0.05; each trial starts from a uniform
 *    vector and multiplies in (alpha / 10000 + p(gram | lang)) for randomly chosen n-grams,
 *    normalising every fifth draw, until the top probability exceeds 0.99999 or 1000 draws.
 *    The generator is a private Python `random.Random`, reseeded with the factory seed (0 here)
 *    at the start of every detection.
 * 5. The trial vectors are averaged (each divided by 7), and languages above 0.1 are listed,
 *    most probable first (ties keep profile order).
 */
import { PythonRandomStream } from '../python-random.js';
import { KERNEL_MAX_GRAMS } from './kernel.js';
import {
  HASH_MASK,
  HASH_MUL,
  HASH_MUL_HI,
  HASH_SHIFT,
  INFO_ID_SHIFT,
  INFO_UPPER_BIT,
  isUpperAstral,
  SLOT_WIDTH,
  loadLangdetectModel,
  type LangdetectModel,
} from './model.js';

export interface LanguageProbability {
  lang: string;
  prob: number;
}

const MAX_TEXT_LENGTH = 10000;
const N_TRIAL = 7;
const ALPHA_DEFAULT = 0.5;
const ALPHA_WIDTH = 0.05;
const ITERATION_LIMIT = 1000;
const PROB_THRESHOLD = 0.1;
const CONV_THRESHOLD = 0.99999;
const BASE_FREQ = 10000;
/** The seed the reference verdicts were computed with. */
export const LANGDETECT_SEED = 0;

const URL_RE = /https?:\/\/[-_.?&~;+=/#0-9A-Za-z]{1,2076}/g;
const MAIL_RE = /[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}/g;
/**
 * How many trailing code units of a processed prefix may differ from processing the whole text:
 * a URL match reads at most 2,084 characters ahead, an e-mail match 575, the Vietnamese pair 2.
 */
const PREFIX_MARGIN = 4096;

/** Per model, a pattern matching any of its Vietnamese combining marks (to skip texts without). */
const markPatterns = new WeakMap<LangdetectModel, RegExp>();

function markPattern(model: LangdetectModel): RegExp {
  let pattern = markPatterns.get(model);
  if (pattern === undefined) {
    let chars = '';
    for (let c = 0; c < model.viMarkIndex.length; c++) if (model.viMarkIndex[c]! >= 0) chars += `\\u${c.toString(16).padStart(4, '0')}`;
    pattern = new RegExp(`[${chars}]`);
    markPatterns.set(model, pattern);
  }
  return pattern;
}

/** `NGram.normalize_vi`: letter + combining mark pairs become the precomposed letter. */
function foldVietnamese(model: LangdetectModel, s: string): string {
  const firstMark = s.search(markPattern(model));
  if (firstMark < 0) return s;
  const letters = model.viLetterIndex;
  const marks = model.viMarkIndex;
  let out = '';
  let from = 0;
  for (let i = Math.max(1, firstMark); i < s.length; i++) {
    const mark = marks[s.charCodeAt(i)]!;
    if (mark < 0) continue;
    const letter = letters[s.charCodeAt(i - 1)]!;
    if (letter < 0) continue;
    // Marks are never letters, so the letter at i - 1 cannot belong to an earlier pair.
    out += s.slice(from, i - 1) + model.viReplacement[mark]![letter]!;
    from = i + 1;
    i++;
  }
  return from === 0 ? s : out + s.slice(from);
}

function substitute(model: LangdetectModel, s: string): string {
  // Both patterns need a literal "http" / "@"; skipping the scan when absent changes nothing.
  if (s.includes('http')) s = s.replace(URL_RE, ' ');
  if (s.includes('@')) s = s.replace(MAIL_RE, ' ');
  return foldVietnamese(model, s);
}

/**
 * The result of langdetect's `append` on `text`: up to 10,000 code points with ASCII-space runs
 * squeezed. Only a prefix of a long text is processed, grown until the part that could still
 * change is beyond the 10,000 characters kept.
 */
function appendText(model: LangdetectModel, text: string, out: Int32Array): number {
  let end = Math.min(text.length, 3 * MAX_TEXT_LENGTH);
  let s: string;
  for (;;) {
    s = substitute(model, end === text.length ? text : text.slice(0, end));
    if (end === text.length || s.length >= 2 * MAX_TEXT_LENGTH + PREFIX_MARGIN) break;
    end = Math.min(text.length, end * 2);
  }
  const len = s.length;
  let n = 0;
  let preSpace = false;
  let i = 0;
  for (let count = 0; i < len && count < MAX_TEXT_LENGTH; count++) {
    let c = s.charCodeAt(i++);
    if (c >= 0xd800 && c <= 0xdbff && i < len) {
      const d = s.charCodeAt(i);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    const isSpace = c === 0x20;
    if (!isSpace || !preSpace) out[n++] = c;
    preSpace = isSpace;
  }
  return n;
}

/** langdetect's `cleaning_text`, in place; returns the new length. */
function cleanText(chars: Int32Array, length: number): number {
  let latin = 0;
  let nonLatin = 0;
  for (let i = 0; i < length; i++) {
    const c = chars[i]!;
    if (c >= 0x41 && c <= 0x7a) latin++;
    else if (c >= 0x300) nonLatin++;
  }
  if (latin * 2 >= nonLatin) return length;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const c = chars[i]!;
    if (c < 0x41 || c > 0x7a) chars[n++] = c;
  }
  return n;
}

/** Dense-row offset of the n-gram with key (hi, lo), or -1 when no profile has it. */
function probe(model: LangdetectModel, table: Int32Array, hi: number, lo: number): number {
  let slot = Math.imul(lo ^ Math.imul(hi, HASH_MUL_HI), HASH_MUL) >>> HASH_SHIFT; // = hashKey(hi, lo)
  for (;;) {
    const at = slot * SLOT_WIDTH;
    if (table[at + 2]! < 0) return -1;
    if (table[at + 1] === lo && table[at] === hi) {
      const off = table[at + 3]!;
      return off >= 0 ? off : model.buildRow(slot);
    }
    slot = (slot + 1) & HASH_MASK;
  }
}

/**
 * n-gram extraction (`_extract_ngrams` with `NGram.add_char`): writes the dense-row offset of
 * every known n-gram to `out` and returns their count. The window (Python's `NGram.grams`) is kept
 * as character ids i0 i1 i2 (length wl); unknown characters have id 0 and spaces `spaceId`.
 */
function extractNgrams(model: LangdetectModel, chars: Int32Array, length: number, out: Int32Array): number {
  const { charInfo, spaceId, table } = model;
  let n = 0;
  let i0 = spaceId;
  let i1 = 0;
  let i2 = 0;
  let wl = 1;
  let lastUpper = false;
  let capital = false;
  for (let k = 0; k < length; k++) {
    const raw = chars[k]!;
    let id: number;
    let upper: boolean;
    if (raw < 0x10000) {
      const info = charInfo[raw]!;
      id = (info >>> INFO_ID_SHIFT) & 0xfff;
      upper = (info & INFO_UPPER_BIT) !== 0;
    } else {
      id = 0;
      upper = isUpperAstral(raw);
    }
    // NGram.add_char
    const lastId = wl === 1 ? i0 : wl === 2 ? i1 : i2;
    if (lastId === spaceId) {
      i0 = spaceId;
      wl = 1;
      capital = false;
      lastUpper = false;
      if (id === spaceId) continue; // the window stays " ": no n-gram
    } else if (wl === 3) {
      i0 = i1;
      i1 = i2;
      wl = 2;
    }
    if (wl === 1) i1 = id;
    else i2 = id;
    wl++;
    if (upper) {
      if (lastUpper) capital = true;
    } else {
      capital = false;
    }
    lastUpper = upper;
    if (capital || id === 0) continue; // every n-gram ending here holds an unknown character
    // The 1-gram (a lone space is never a feature), then the 2-gram and 3-gram ending here.
    let off: number;
    if (id !== spaceId) {
      off = probe(model, table, 0, id);
      if (off >= 0) out[n++] = off;
    }
    const prev = wl === 2 ? i0 : i1;
    if (prev === 0) continue;
    const lo = (prev << 12) | id;
    off = probe(model, table, 0, lo);
    if (off >= 0) out[n++] = off;
    if (wl === 3 && i0 !== 0) {
      off = probe(model, table, i0, lo);
      if (off >= 0) out[n++] = off;
    }
  }
  return n;
}

const UNROLL = 5;
/** Generator outputs made available to the WebAssembly kernel ahead of each trial. */
const TRIAL_WORDS = 4096;
const scratchChars = new Int32Array(MAX_TEXT_LENGTH);
let scratchGrams = new Int32Array(3 * MAX_TEXT_LENGTH);
const scratchProb = new Float64Array(64);
const scratchLangprob = new Float64Array(64);
/** Set by `detectBlock(text, true)`: the decided language index, or -1 when all trials ran. */
let decidedIndex = -1;

/**
 * After some trials, the language `detect` will return is already certain when the leader's
 * running sum exceeds 0.1 and beats every other language by more than the remaining trials could
 * add to it: each trial adds `prob[j] / N_TRIAL` with a normalised `prob[j] <= 1`, and sums of
 * non-negative numbers never decrease. A margin of 1e-9 covers rounding. Returns the leader's
 * index, or -1 when undecided.
 */
function decidedLeader(langprob: Float64Array, langCount: number, remainingTrials: number): number {
  if (remainingTrials === 0) return -1;
  let leader = 0;
  for (let j = 1; j < langCount; j++) if (langprob[j]! > langprob[leader]!) leader = j;
  let second = 0.0;
  for (let j = 0; j < langCount; j++) if (j !== leader && langprob[j]! > second) second = langprob[j]!;
  const lead = langprob[leader]!;
  return lead > PROB_THRESHOLD && lead - second > remainingTrials / N_TRIAL + 1e-9 ? leader : -1;
}
/**
 * langdetect reseeds its generator at every detection, so every detection reads the same output
 * sequence from its start: it is computed once (and grown on demand) and read by position.
 */
let seededStream: PythonRandomStream | null = null;

/**
 * Runs langdetect's `_detect_block` on `text`, leaving the averaged probability vector (profile
 * order) in `scratchLangprob`; returns false where langdetect raises "No features in text".
 *
 * With `stopWhenDecided`, trials stop as soon as the language `detect` returns can no longer
 * change (see `decidedLeader`); `decidedIndex` then holds it and the vector is partial.
 * With `useKernel` (the default) the model's WebAssembly kernels run the n-gram extraction and
 * the trials when they are available; results are identical either way (kernel.test.ts).
 */
function detectBlock(text: string, stopWhenDecided = false, useKernel = true): boolean {
  const model = loadLangdetectModel();
  const ngramKernel = useKernel ? model.ngramKernel : null;
  let grams: Int32Array;
  let ngramCount: number;
  if (ngramKernel !== null) {
    ngramCount = ngramKernel.extract(ngramKernel.clean(appendText(model, text, ngramKernel.chars)), model.spaceId);
    grams = ngramKernel.out;
    // Build the rows the kernel found missing (the JavaScript loop builds them as it goes).
    for (let k = 0; k < ngramCount; k++) if (grams[k]! < 0) grams[k] = model.buildRow(-grams[k]! - 1);
  } else {
    let length = appendText(model, text, scratchChars);
    length = cleanText(scratchChars, length);
    if (scratchGrams.length < 3 * length) scratchGrams = new Int32Array(3 * length);
    ngramCount = extractNgrams(model, scratchChars, length, scratchGrams);
    grams = scratchGrams;
  }
  if (ngramCount === 0) return false;
  const rows = model.rows(); // every row this text needs exists now
  const langCount = model.languages.length;
  const langprob = scratchLangprob;
  langprob.fill(0.0, 0, langCount);
  const initial = 1.0 / langCount;
  const stream = (seededStream ??= new PythonRandomStream(LANGDETECT_SEED));
  let kernel = useKernel ? model.kernel : null;
  if (kernel !== null && ngramCount <= KERNEL_MAX_GRAMS) {
    kernel.grams.set(grams.subarray(0, ngramCount));
  } else {
    kernel = null;
  }

  let position = 0;
  let gaussCached = false;
  let gaussNext = 0.0;
  for (let t = 0; t < N_TRIAL; t++) {
    // random.gauss(0.0, 1.0): a new Box–Muller pair every other call, the cached value between.
    let z: number;
    if (gaussCached) {
      z = gaussNext;
      gaussCached = false;
    } else {
      stream.gaussPairAt(position);
      position += 4;
      z = stream.pairFirst;
      gaussNext = stream.pairSecond;
      gaussCached = true;
    }
    const alpha = ALPHA_DEFAULT + (0.0 + z * 1.0) * ALPHA_WIDTH;
    const weight = alpha / BASE_FREQ;
    let prob: Float64Array;
    let next = -1;
    if (kernel !== null) {
      // Outputs for a long trial (most take a few hundred); one that needs more runs below.
      stream.ensure(position + TRIAL_WORDS);
      kernel.storeWords(stream.words, position + TRIAL_WORDS);
      next = kernel.trial(ngramCount, position, weight, initial, langCount, ITERATION_LIMIT, CONV_THRESHOLD);
    }
    if (next >= 0) {
      position = next;
      prob = kernel!.prob;
    } else {
      position = runTrial(stream, grams, ngramCount, rows, position, weight, initial, langCount);
      prob = scratchProb;
    }
    for (let j = 0; j < langCount; j++) langprob[j] += prob[j]! / N_TRIAL;
    if (stopWhenDecided) {
      decidedIndex = decidedLeader(langprob, langCount, N_TRIAL - 1 - t);
      if (decidedIndex >= 0) return true;
    }
  }
  decidedIndex = -1;
  return true;
}

/**
 * One trial in JavaScript (kernel.wat does the same operations): from a uniform vector, multiply
 * in `weight + p(gram | lang)` for n-grams drawn from output `position` on, normalising every
 * fifth draw, until the top probability exceeds CONV_THRESHOLD or ITERATION_LIMIT draws. Leaves
 * the vector in `scratchProb`; returns the position after the trial.
 */
function runTrial(
  stream: PythonRandomStream,
  grams: Int32Array,
  ngramCount: number,
  rows: Float64Array,
  position: number,
  weight: number,
  initial: number,
  langCount: number,
): number {
  const prob = scratchProb;
  prob.fill(initial, 0, langCount);
  const unrolledEnd = langCount - (langCount % UNROLL);
  // random.choice(grams): `_randbelow(n)` draws n.bit_length() bits (the top bits of one output)
  // until the value is below n.
  const shift = Math.clz32(ngramCount);
  let words = stream.words;
  for (let i = 0; ; i++) {
    let r: number;
    do {
      if (position >= words.length) {
        stream.ensure(position + 1);
        words = stream.words;
      }
      r = words[position++]! >>> shift;
    } while (r >= ngramCount);
    // _update_lang_prob: prob[j] *= weight + p(gram | lang j); each element on its own, so
    // the loop is unrolled (by UNROLL) without changing any result.
    const off = grams[r]!;
    let j = 0;
    for (; j < unrolledEnd; j += UNROLL) {
      prob[j] *= weight + rows[off + j]!;
      prob[j + 1] *= weight + rows[off + j + 1]!;
      prob[j + 2] *= weight + rows[off + j + 2]!;
      prob[j + 3] *= weight + rows[off + j + 3]!;
      prob[j + 4] *= weight + rows[off + j + 4]!;
    }
    for (; j < langCount; j++) prob[j] *= weight + rows[off + j]!;
    if (i % 5 === 0) {
      // _normalize_prob: a plain left-to-right sum (CPython 3.11's sum() of floats), then
      // division of each element; the maximum does not depend on the visiting order.
      let sump = 0.0;
      for (j = 0; j < langCount; j++) sump += prob[j]!;
      let maxp = 0.0;
      for (j = 0; j < langCount; j++) {
        const p = prob[j]! / sump;
        if (maxp < p) maxp = p;
        prob[j] = p;
      }
      if (maxp > CONV_THRESHOLD || i >= ITERATION_LIMIT) return position;
    }
  }
}

/**
 * Results of recent detections. Detection is a pure function of the text, and IFEval asks about
 * the same text repeatedly (the strict check, then loose variants that often equal the response),
 * so a small first-in-first-out memo saves most repeated work. `null`: langdetect raises.
 */
const MEMO_ENTRIES = 128;
const MEMO_MAX_TEXT = 32768;
const memo = new Map<string, Float64Array | null>();
/** Results of recent `detect` calls (which may stop early, so they keep no vector). */
const detectMemo = new Map<string, string | null>();

/** The probability vector for `text` (shared, do not modify), or null where langdetect raises. */
function probabilityVector(text: string): Float64Array | null {
  const cacheable = text.length <= MEMO_MAX_TEXT;
  if (cacheable) {
    const hit = memo.get(text);
    if (hit !== undefined) return hit;
  }
  const vector = detectBlock(text) ? scratchLangprob.slice(0, loadLangdetectModel().languages.length) : null;
  if (cacheable) {
    if (memo.size >= MEMO_ENTRIES) memo.delete(memo.keys().next().value as string);
    memo.set(text, vector);
  }
  return vector;
}

/**
 * The averaged language probability vector langdetect computes for `text` (profile order, see
 * LANGDETECT_LANGUAGES), or `null` where langdetect raises "No features in text".
 */
export function langdetectProbabilityVector(text: string): Float64Array | null {
  const vector = probabilityVector(text);
  return vector === null ? null : vector.slice();
}

/**
 * The full probability vector computed with the WebAssembly trial loop or with the JavaScript one
 * (no memo, no early stop): for tests that hold the two to bit-identical results. The kernel
 * engine falls back to JavaScript when the kernel is not built.
 */
export function langdetectVectorWith(text: string, engine: 'kernel' | 'javascript'): Float64Array | null {
  return detectBlock(text, false, engine === 'kernel') ? scratchLangprob.slice(0, loadLangdetectModel().languages.length) : null;
}

/** langdetect's `_sort_probability`: languages above 0.1, most probable first. */
function rankLanguages(vector: Float64Array): LanguageProbability[] {
  const languages = loadLangdetectModel().languages;
  const out: LanguageProbability[] = [];
  for (let j = 0; j < vector.length; j++) {
    if (vector[j]! > PROB_THRESHOLD) out.push({ lang: languages[j]!, prob: vector[j]! });
  }
  // Python's list.sort(reverse=True) is stable: equal probabilities keep profile order.
  out.sort((a, b) => (a.prob < b.prob ? 1 : a.prob > b.prob ? -1 : 0));
  return out;
}

/** `detect_langs`: languages above 0.1, most probable first; empty where langdetect raises. */
export function langdetectProbabilities(text: string): LanguageProbability[] {
  const vector = probabilityVector(text);
  return vector === null ? [] : rankLanguages(vector);
}

/**
 * `detect`: the most probable language, `'unknown'` when no language exceeds 0.1 (langdetect's
 * UNKNOWN_LANG), or `null` where langdetect raises LangDetectException (no features in text).
 */
export function langdetectDetect(text: string): string | null {
  const cacheable = text.length <= MEMO_MAX_TEXT;
  if (cacheable) {
    const hit = detectMemo.get(text);
    if (hit !== undefined) return hit;
    const vectorHit = memo.get(text);
    if (vectorHit !== undefined) return vectorHit === null ? null : leaderOf(vectorHit);
  }
  let result: string | null;
  if (!detectBlock(text, true)) result = null;
  else if (decidedIndex >= 0) result = loadLangdetectModel().languages[decidedIndex]!;
  else result = leaderOf(scratchLangprob.subarray(0, loadLangdetectModel().languages.length));
  if (cacheable) {
    if (detectMemo.size >= MEMO_ENTRIES) detectMemo.delete(detectMemo.keys().next().value as string);
    detectMemo.set(text, result);
  }
  return result;
}

/** `detect`'s answer from a complete probability vector. */
function leaderOf(vector: Float64Array): string {
  // The first of the highest probabilities (a stable descending sort puts it first).
  const languages = loadLangdetectModel().languages;
  let best = -1;
  for (let j = 0; j < languages.length; j++) {
    const p = vector[j]!;
    if (p > PROB_THRESHOLD && (best < 0 || p > vector[best]!)) best = j;
  }
  return best < 0 ? 'unknown' : languages[best]!;
}
