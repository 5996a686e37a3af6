/**
 * The langdetect 1.0.9 model: 55 n-gram profiles plus the character tables of its normaliser,
 * loaded once per process from `data/langdetect/`.
 *
 * Layout chosen for speed:
 * - every character that occurs in some profile n-gram gets a small id (1..4095); characters
 *   outside that alphabet can never be part of a known n-gram;
 * - an n-gram of one to three characters becomes a 36-bit key (three 12-bit ids, split into a
 *   high and a low int32) held in an open-addressing hash table, one Int32Array with the key, the
 *   n-gram's index and its row offset side by side, so a probe touches one cache line;
 * - each n-gram's per-language probabilities are kept sparse at load time and expanded into a
 *   dense Float64Array row (one slot per language, in profile load order) the first time a text
 *   uses the n-gram.
 */
import { createNgramKernel, createTrialKernel, type NgramKernel, type TrialKernel } from './kernel.js';
import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dataPath } from '../../core/data-path.js';

/**
 * Profile load order of the reference run (`os.listdir` order there). It fixes each language's
 * index in the probability vector, hence the order of every floating-point sum.
 */
export const LANGDETECT_LANGUAGES: readonly string[] = [
  'pl', 'gu', 'zh-tw', 'fi', 'af', 'ne', 'ro', 'da', 'hr', 'de', 'pa', 'en', 'fa', 'ca', 'so',
  'ja', 'ko', 'es', 'cs', 'ru', 'vi', 'uk', 'bn', 'fr', 'kn', 'hu', 'te', 'lv', 'sk', 'sl', 'el',
  'id', 'it', 'bg', 'ta', 'he', 'sq', 'hi', 'th', 'tr', 'ml', 'mk', 'pt', 'tl', 'mr', 'sv', 'et',
  'nl', 'sw', 'cy', 'no', 'ur', 'lt', 'ar', 'zh-cn',
];

/** Highest character id (ids use 12 bits; 0 means "not in any profile"). */
const MAX_CHAR_ID = 4095;
const HASH_BITS = 18;
const HASH_SIZE = 1 << HASH_BITS;
export const HASH_MASK = HASH_SIZE - 1;
/** Slot hash (see `hashKey`): multiply-shift on the two key halves; the top HASH_BITS bits. */
export const HASH_MUL_HI = 0x27d4eb2d;
export const HASH_MUL = 0x9e3779b1 | 0;
export const HASH_SHIFT = 32 - HASH_BITS;

export interface LangdetectModel {
  readonly languages: readonly string[];
  /**
   * Per BMP code point c: bits 0-15 the normalised character (NGram.normalize), bits 16-27 that
   * character's id (0: it occurs in no profile n-gram), bit 28 Python's `isupper()` of it.
   */
  readonly charInfo: Int32Array;
  /** Id of the space character (spaces occur in profile n-grams such as " a"). */
  readonly spaceId: number;
  /** Per BMP code unit: index in TO_NORMALIZE_VI_CHARS / DMARK_CLASS, or -1. */
  readonly viLetterIndex: Int8Array;
  readonly viMarkIndex: Int8Array;
  /** viReplacement[mark index][letter index]: the precomposed character. */
  readonly viReplacement: readonly string[];
  /**
   * Open-addressing hash table of n-gram keys, SLOT_WIDTH int32 per slot: key high part, key low
   * part, n-gram index (-1: empty slot), offset of the n-gram's dense row in `rows()` (-1 until
   * `buildRow` makes it). Probe from `hashKey(hi, lo)`, step 1 slot, wrap with HASH_MASK.
   */
  readonly table: Int32Array;
  /** Look an n-gram key up; returns its slot or -1. */
  lookup(hi: number, lo: number): number;
  /** Build (once) the dense probability row of the n-gram in `slot`; returns its offset. */
  buildRow(slot: number): number;
  /** The pool holding all dense rows built so far (re-read after calling rowOffset). */
  rows(): Float64Array;
  /** The WebAssembly trial loop whose memory holds `rows()`, or null (JavaScript only). */
  readonly kernel: TrialKernel | null;
  /** The WebAssembly n-gram extraction whose memory holds `charInfo` and `table`, or null. */
  readonly ngramKernel: NgramKernel | null;
}

export const SLOT_WIDTH = 4;
export const INFO_ID_SHIFT = 16;
export const INFO_UPPER_BIT = 1 << 28;

/** Parse a Java-style `.properties` file as langdetect's `messages.py` reads it. */
export function parseMessages(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const eq = line.indexOf('=');
    const key = eq < 0 ? line : line.slice(0, eq);
    const value = eq < 0 ? '' : line.slice(eq + 1);
    out.set(key, decodeEscapes(value));
  }
  return out;
}

/** Python's `unicode_escape` decoding for the escapes that occur in properties files. */
function decodeEscapes(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const d = s[i + 1]!;
    const hexLen = d === 'u' ? 4 : d === 'U' ? 8 : d === 'x' ? 2 : 0;
    if (hexLen > 0) {
      const hex = s.slice(i + 2, i + 2 + hexLen);
      if (hex.length === hexLen && /^[0-9A-Fa-f]+$/.test(hex)) {
        out += String.fromCodePoint(parseInt(hex, 16));
        i += 1 + hexLen;
        continue;
      }
    }
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };
    if (simple[d] !== undefined) {
      out += simple[d];
      i += 1;
      continue;
    }
    out += c;
  }
  return out;
}

function message(messages: Map<string, string>, key: string): string {
  const v = messages.get(key);
  if (v === undefined) throw new Error(`langdetect messages.properties lacks ${key}`);
  return v;
}

/** The `NGram.KANJI_*` classes in the order langdetect lists them (later classes win). */
function kanjiClasses(messages: Map<string, string>): string[] {
  const out: string[] = [];
  for (const key of messages.keys()) if (key.startsWith('NGram.KANJI_')) out.push(message(messages, key));
  return out;
}

/** Build the per-code-point normalisation table of `NGram.normalize` (BMP only; others map to themselves). */
function buildNormalizeTable(messages: Map<string, string>): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  const SPACE = 0x20;
  // Basic Latin: anything but A-Z / a-z becomes a space.
  for (let c = 0; c <= 0x7f; c++) {
    if (c < 0x41 || (c > 0x5a && c < 0x61) || c > 0x7a) t[c] = SPACE;
  }
  // Latin-1 Supplement: a few excluded symbols become a space.
  for (const ch of message(messages, 'NGram.LATIN1_EXCLUDE')) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x80 && c <= 0xff) t[c] = SPACE;
  }
  // Latin Extended-B: Romanian comma-below letters become their cedilla forms.
  t[0x219] = 0x15f;
  t[0x21b] = 0x163;
  // General Punctuation: all spaces.
  for (let c = 0x2000; c <= 0x206f; c++) t[c] = SPACE;
  // Arabic: Farsi yeh becomes Arabic yeh.
  t[0x6cc] = 0x64a;
  // Latin Extended Additional: U+1EA0 and above collapse to one letter.
  for (let c = 0x1ea0; c <= 0x1eff; c++) t[c] = 0x1ec3;
  for (let c = 0x3040; c <= 0x309f; c++) t[c] = 0x3042; // Hiragana
  for (let c = 0x30a0; c <= 0x30ff; c++) t[c] = 0x30a2; // Katakana
  for (let c = 0x3100; c <= 0x312f; c++) t[c] = 0x3105; // Bopomofo
  for (let c = 0x31a0; c <= 0x31bf; c++) t[c] = 0x3105; // Bopomofo Extended
  for (let c = 0xac00; c <= 0xd7af; c++) t[c] = 0xac00; // Hangul Syllables
  // CJK Unified Ideographs: each kanji class maps to its first member.
  for (const cls of kanjiClasses(messages)) {
    const rep = cls.codePointAt(0);
    if (rep === undefined) continue;
    for (const ch of cls) {
      const c = ch.codePointAt(0)!;
      if (c >= 0x4e00 && c <= 0x9fff) t[c] = rep;
    }
  }
  return t;
}

const UPPERCASE_RE = /^\p{Uppercase}$/u;

function buildUpperTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (UPPERCASE_RE.test(String.fromCharCode(c))) t[c] = 1;
  }
  return t;
}

/** Python's single-character `isupper()` for a code point outside the BMP. */
export function isUpperAstral(cp: number): boolean {
  return UPPERCASE_RE.test(String.fromCodePoint(cp));
}

/** Per BMP code unit, its index in `chars` (-1 when absent). */
function indexTable(chars: string): Int8Array {
  const t = new Int8Array(0x10000).fill(-1);
  for (let i = chars.length - 1; i >= 0; i--) t[chars.charCodeAt(i)] = i;
  return t;
}

interface ProfileJson {
  name: string;
  freq: Record<string, number>;
  n_words: number[];
}

function grow<T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Hash-table slot of an n-gram key (exported so the extraction loop can probe inline). */
export function hashKey(hi: number, lo: number): number {
  return Math.imul(lo ^ Math.imul(hi, HASH_MUL_HI), HASH_MUL) >>> HASH_SHIFT;
}

/** The arrays a model is made of; what a snapshot stores. */
interface ModelParts {
  readonly charInfo: Int32Array;
  readonly spaceId: number;
  readonly viLetterIndex: Int8Array;
  readonly viMarkIndex: Int8Array;
  readonly viReplacement: readonly string[];
  readonly table: Int32Array;
  readonly entryStart: Int32Array;
  readonly entryLang: Uint8Array;
  readonly entryProb: Float64Array;
}

class Model implements LangdetectModel {
  readonly languages: readonly string[] = LANGDETECT_LANGUAGES;
  readonly charInfo: Int32Array;
  readonly spaceId: number;
  readonly viLetterIndex: Int8Array;
  readonly viMarkIndex: Int8Array;
  readonly viReplacement: readonly string[];
  readonly table: Int32Array;
  readonly entryStart: Int32Array;
  readonly entryLang: Uint8Array;
  readonly entryProb: Float64Array;
  readonly kernel: TrialKernel | null;
  readonly ngramKernel: NgramKernel | null;
  private pool: Float64Array;
  private poolUsed = 0;

  constructor(parts: ModelParts) {
    // With the n-gram kernel, the character and n-gram tables live in its memory.
    this.ngramKernel = createNgramKernel(parts.charInfo, parts.table, isUpperAstral);
    this.charInfo = this.ngramKernel ? this.ngramKernel.charInfo : parts.charInfo;
    this.spaceId = parts.spaceId;
    this.viLetterIndex = parts.viLetterIndex;
    this.viMarkIndex = parts.viMarkIndex;
    this.viReplacement = parts.viReplacement;
    this.table = this.ngramKernel ? this.ngramKernel.table : parts.table;
    this.entryStart = parts.entryStart;
    this.entryLang = parts.entryLang;
    this.entryProb = parts.entryProb;
    this.kernel = createTrialKernel();
    const initialPool = this.languages.length * 1024;
    this.pool = this.kernel ? this.kernel.growPool(initialPool) : new Float64Array(initialPool);
  }

  lookup(hi: number, lo: number): number {
    const t = this.table;
    let slot = hashKey(hi, lo);
    for (;;) {
      const at = slot * SLOT_WIDTH;
      if (t[at + 2]! < 0) return -1;
      if (t[at + 1] === lo && t[at] === hi) return slot;
      slot = (slot + 1) & HASH_MASK;
    }
  }

  buildRow(slot: number): number {
    const at = slot * SLOT_WIDTH;
    const known = this.table[at + 3]!;
    if (known >= 0) return known;
    const gram = this.table[at + 2]!;
    const width = this.languages.length;
    if (this.poolUsed + width > this.pool.length) {
      if (this.kernel) {
        this.pool = this.kernel.growPool(this.pool.length * 2);
      } else {
        const bigger = new Float64Array(this.pool.length * 2);
        bigger.set(this.pool);
        this.pool = bigger;
      }
    }
    const off = this.poolUsed;
    this.poolUsed += width;
    for (let e = this.entryStart[gram]!, end = this.entryStart[gram + 1]!; e < end; e++) {
      this.pool[off + this.entryLang[e]!] = this.entryProb[e]!;
    }
    this.table[at + 3] = off;
    return off;
  }

  rows(): Float64Array {
    return this.pool;
  }
}

/** Builds the model parts from the profiles and the normaliser tables in `dir`. */
function buildParts(dir: string): ModelParts {
  return new PartsBuilder(dir).parts;
}

class PartsBuilder {
  readonly parts: ModelParts;
  private readonly table = new Int32Array(HASH_SIZE * SLOT_WIDTH).fill(-1);

  constructor(dir: string) {
    const messages = parseMessages(readFileSync(`${dir}/messages.properties`, 'utf8'));
    const languages = LANGDETECT_LANGUAGES;
    const normalized = buildNormalizeTable(messages);
    const upper = buildUpperTable();
    const viLetterIndex = indexTable(message(messages, 'TO_NORMALIZE_VI_CHARS'));
    const viMarkIndex = indexTable(message(messages, 'DMARK_CLASS'));
    const viReplacement = ['0300', '0301', '0303', '0309', '0323'].map((m) =>
      message(messages, `NORMALIZED_VI_CHARS_${m}`),
    );

    const charId = new Uint16Array(0x10000);
    let nextCharId = 1;
    // (n-gram, language, probability) triples in load order; grouped by n-gram afterwards.
    let tGram = new Int32Array(1 << 18);
    let tLang = new Uint8Array(1 << 18);
    let tProb = new Float64Array(1 << 18);
    let triples = 0;
    let gramCount = 0;
    languages.forEach((lang, index) => {
      const profile = JSON.parse(readFileSync(`${dir}/profiles/${lang}`, 'utf8')) as ProfileJson;
      if (profile.name !== lang) throw new Error(`langdetect profile ${lang} is named ${profile.name}`);
      const freq = profile.freq;
      const nWords = profile.n_words;
      for (const word of Object.keys(freq)) {
        // Only 1- to 3-character n-grams get probabilities, and only they can occur in a text.
        const len = word.length;
        if (len < 1 || len > 3) continue;
        let id1 = 0;
        let id2 = 0;
        let id3 = 0;
        for (let k = 0; k < len; k++) {
          const cp = word.charCodeAt(k);
          if (cp >= 0xd800 && cp <= 0xdfff) throw new Error('langdetect profile n-gram outside the BMP');
          let id = charId[cp]!;
          if (id === 0) {
            if (nextCharId > MAX_CHAR_ID) throw new Error('langdetect profile alphabet too large');
            id = nextCharId++;
            charId[cp] = id;
          }
          id1 = id2;
          id2 = id3;
          id3 = id;
        }
        const g = this.insert(id1, (id2 << 12) | id3, gramCount);
        if (g === gramCount) gramCount++;
        if (triples === tGram.length) {
          tGram = grow(tGram, new Int32Array(triples * 2));
          tLang = grow(tLang, new Uint8Array(triples * 2));
          tProb = grow(tProb, new Float64Array(triples * 2));
        }
        tGram[triples] = g;
        tLang[triples] = index;
        tProb[triples] = (1.0 * freq[word]!) / nWords[len - 1]!;
        triples++;
      }
    });
    // Counting sort of the triples by n-gram (stable: languages stay in load order).
    const entryStart = new Int32Array(gramCount + 1);
    for (let t = 0; t < triples; t++) entryStart[tGram[t]! + 1]!++;
    for (let g = 0; g < gramCount; g++) entryStart[g + 1]! += entryStart[g]!;
    const fill = entryStart.slice(0, gramCount);
    const entryLang = new Uint8Array(triples);
    const entryProb = new Float64Array(triples);
    for (let t = 0; t < triples; t++) {
      const e = fill[tGram[t]!]!++;
      entryLang[e] = tLang[t]!;
      entryProb[e] = tProb[t]!;
    }
    const info = new Int32Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const n = normalized[c]!;
      info[c] = n | (charId[n]! << INFO_ID_SHIFT) | (upper[n] ? INFO_UPPER_BIT : 0);
    }
    const spaceId = charId[0x20]!;
    if (spaceId === 0) throw new Error('langdetect profiles hold no n-gram with a space');
    this.parts = {
      charInfo: info,
      spaceId,
      viLetterIndex,
      viMarkIndex,
      viReplacement,
      table: this.table,
      entryStart,
      entryLang,
      entryProb,
    };
  }

  /** Insert a key unless present; returns the n-gram index stored for it. */
  private insert(hi: number, lo: number, gram: number): number {
    const t = this.table;
    let slot = hashKey(hi, lo);
    for (;;) {
      const at = slot * SLOT_WIDTH;
      const g = t[at + 2]!;
      if (g < 0) {
        t[at] = hi;
        t[at + 1] = lo;
        t[at + 2] = gram;
        return gram;
      }
      if (t[at] === hi && t[at + 1] === lo) return g;
      slot = (slot + 1) & HASH_MASK;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Snapshot: the built arrays in one binary file, written by `npm run build` (scripts/) so a process
// maps them in a few milliseconds instead of parsing 55 profiles (~130 ms, once per worker thread).
// It records a SHA-256 of the source files and is ignored when they changed. It also records each
// source's size and modification time: when those still match, the sources are not re-read (a
// mismatch, e.g. after a fresh checkout, falls back to comparing the hash).

const SNAPSHOT_MAGIC = 'heed-langdetect-snapshot-v1';
const SNAPSHOT_FILE = 'model.snapshot';

/** SHA-256 over messages.properties and the profiles, in load order. */
export function langdetectSourceHash(dir: string): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(`${dir}/messages.properties`));
  for (const lang of LANGDETECT_LANGUAGES) hash.update(readFileSync(`${dir}/profiles/${lang}`));
  return hash.digest('hex');
}

/** Size and modification time (ms) of each source file, in load order. */
function langdetectSourceStamp(dir: string): number[] {
  const stamp: number[] = [];
  for (const file of ['messages.properties', ...LANGDETECT_LANGUAGES.map((lang) => `profiles/${lang}`)]) {
    const stat = statSync(`${dir}/${file}`);
    stamp.push(stat.size, stat.mtimeMs);
  }
  return stamp;
}

function sameStamp(a: unknown, b: readonly number[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((v, i) => v === b[i]);
}

type SnapshotArray = Int32Array | Int8Array | Uint8Array | Float64Array;

/** Serialises a freshly built model (no dense rows yet) with the hash of its sources. */
export function buildLangdetectSnapshot(dir: string): Buffer {
  const parts = buildParts(dir);
  const arrays: Array<[string, SnapshotArray]> = [
    ['charInfo', parts.charInfo],
    ['viLetterIndex', parts.viLetterIndex],
    ['viMarkIndex', parts.viMarkIndex],
    ['table', parts.table],
    ['entryStart', parts.entryStart],
    ['entryLang', parts.entryLang],
    ['entryProb', parts.entryProb],
  ];
  const header = {
    magic: SNAPSHOT_MAGIC,
    source: langdetectSourceHash(dir),
    stamp: langdetectSourceStamp(dir),
    spaceId: parts.spaceId,
    viReplacement: parts.viReplacement,
    arrays: arrays.map(([name, a]) => ({ name, length: a.length })),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  // Header length (4 bytes), header, padding to 8 bytes, then each array padded to 8 bytes.
  const chunks: Buffer[] = [];
  const lengthBytes = Buffer.alloc(4);
  lengthBytes.writeUInt32LE(headerBytes.length);
  chunks.push(lengthBytes, headerBytes);
  let size = 4 + headerBytes.length;
  const pad = () => {
    const extra = (8 - (size % 8)) % 8;
    if (extra) chunks.push(Buffer.alloc(extra));
    size += extra;
  };
  pad();
  for (const [, a] of arrays) {
    chunks.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    size += a.byteLength;
    pad();
  }
  return Buffer.concat(chunks);
}

/** Reads a snapshot; `null` when it is absent, damaged, or built from other sources. */
function readSnapshot(dir: string): ModelParts | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(`${dir}/${SNAPSHOT_FILE}`);
  } catch {
    return null;
  }
  try {
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as {
      magic: string;
      source: string;
      stamp?: unknown;
      spaceId: number;
      viReplacement: string[];
      arrays: Array<{ name: string; length: number }>;
    };
    if (header.magic !== SNAPSHOT_MAGIC) return null;
    if (!sameStamp(header.stamp, langdetectSourceStamp(dir)) && header.source !== langdetectSourceHash(dir)) return null;
    // Typed views need 8-byte alignment: use the file's buffer when it is aligned (large reads
    // get a buffer of their own), else copy it into one that is.
    let own: ArrayBufferLike = bytes.buffer;
    let base = bytes.byteOffset;
    if (base % 8 !== 0) {
      own = new ArrayBuffer(bytes.length);
      new Uint8Array(own).set(bytes);
      base = 0;
    }
    let offset = 4 + headerLength;
    offset += (8 - (offset % 8)) % 8;
    const views = new Map<string, ArrayBuffer | SnapshotArray>();
    const kinds: Record<string, { new (buffer: ArrayBuffer, offset: number, length: number): SnapshotArray; BYTES_PER_ELEMENT: number }> = {
      charInfo: Int32Array,
      viLetterIndex: Int8Array,
      viMarkIndex: Int8Array,
      table: Int32Array,
      entryStart: Int32Array,
      entryLang: Uint8Array,
      entryProb: Float64Array,
    };
    for (const { name, length } of header.arrays) {
      const Kind = kinds[name];
      if (!Kind) return null;
      if (offset + length * Kind.BYTES_PER_ELEMENT > bytes.length) return null;
      const view = new Kind(own as ArrayBuffer, base + offset, length);
      views.set(name, view);
      offset += view.byteLength;
      offset += (8 - (offset % 8)) % 8;
    }
    if (offset > bytes.length) return null;
    return {
      charInfo: views.get('charInfo') as Int32Array,
      spaceId: header.spaceId,
      viLetterIndex: views.get('viLetterIndex') as Int8Array,
      viMarkIndex: views.get('viMarkIndex') as Int8Array,
      viReplacement: header.viReplacement,
      table: views.get('table') as Int32Array,
      entryStart: views.get('entryStart') as Int32Array,
      entryLang: views.get('entryLang') as Uint8Array,
      entryProb: views.get('entryProb') as Float64Array,
    };
  } catch {
    return null;
  }
}

/** Path of the snapshot file `npm run build` writes beside the profiles. */
export function langdetectSnapshotPath(): string {
  return dataPath('langdetect', SNAPSHOT_FILE);
}

let cached: LangdetectModel | undefined;

/**
 * The process-wide model, loaded on first use: from the snapshot when it matches the profiles,
 * else built from `data/langdetect/` directly (same arrays, slower).
 */
export function loadLangdetectModel(options: { useSnapshot?: boolean } = {}): LangdetectModel {
  if (options.useSnapshot === false) return new Model(buildParts(dataPath('langdetect')));
  if (cached === undefined) {
    const dir = dataPath('langdetect');
    cached = new Model(readSnapshot(dir) ?? buildParts(dir));
  }
  return cached;
}
