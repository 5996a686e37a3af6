/**
 * Parameters of NLTK's English averaged-perceptron tagger, loaded from
 * `data/perceptron_tagger_english.json.gz` (see data/README.md).
 *
 * The file holds `classes` (the 45 Penn tags), `tagdict` (unambiguous word → tag, looked up on the
 * raw token) and `weights` (75,447 feature strings → {tag: weight}, 271,206 weights in all).
 *
 * Layout. Weights are packed into compressed rows: feature → row number through an open-addressing
 * hash table over the feature strings' UTF-16 units (`FeatureIndex`), and per row a run of
 * (class index, weight) pairs in typed arrays. No per-feature JavaScript object or string stays
 * alive.
 *
 * Loading. `JSON.parse` of the 5.7 MB text plus re-packing took about 250 ms; `scanModel` instead
 * walks the text once and writes the packed arrays directly (the small `classes` / `tagdict`
 * values still go through `JSON.parse`), which brings a cold load to roughly a third of that.
 * `buildModel` (from an already parsed object) is kept as the plain reference path, and a test
 * checks that both give identical models on the shipped file.
 *
 * Numbers. JSON numbers must become exactly the doubles Python's `json` module produces (both
 * round correctly). `scanModel` uses the exact fast path for short decimals — an integer mantissa
 * below 2^53 divided by a power of ten up to 10^22 is one correctly rounded IEEE operation on two
 * exact operands, hence the correctly rounded value of the decimal — and `Number()` otherwise.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dataPath } from '../../core/data-path.js';
import { pyCompareStrings } from '../python.js';

/** Feature string → row number. */
export class FeatureIndex {
  readonly #pool: Uint16Array;
  readonly #keyStart: Int32Array;
  readonly #keyLen: Int32Array;
  readonly #slots: Int32Array; // key number + 1, 0 = empty
  readonly #rows: Int32Array;
  readonly #mask: number;

  /** Use `FeatureIndexBuilder`. */
  constructor(pool: Uint16Array, keyStart: Int32Array, keyLen: Int32Array, rows: Int32Array, count: number) {
    this.#pool = pool;
    this.#keyStart = keyStart;
    this.#keyLen = keyLen;
    this.#rows = rows;
    let size = 16;
    while (size < count * 2) size *= 2;
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
    for (let k = 0; k < count; k++) {
      let h = hashRange(pool, keyStart[k]!, keyLen[k]!) & this.#mask;
      for (;;) {
        const slot = this.#slots[h]!;
        if (slot === 0) {
          this.#slots[h] = k + 1;
          break;
        }
        // A repeated key (JSON allows it; Python keeps the last value): the later one wins.
        if (this.#sameKeys(slot - 1, k)) {
          this.#slots[h] = k + 1;
          break;
        }
        h = (h + 1) & this.#mask;
      }
    }
  }

  #sameKeys(a: number, b: number): boolean {
    const n = this.#keyLen[a]!;
    if (n !== this.#keyLen[b]!) return false;
    const pa = this.#keyStart[a]!;
    const pb = this.#keyStart[b]!;
    for (let i = 0; i < n; i++) if (this.#pool[pa + i] !== this.#pool[pb + i]) return false;
    return true;
  }

  /** Row number of `feature`, or -1 when the model has no such feature. */
  rowOf(feature: string): number {
    return this.rowOfParts(feature, '', '', '');
  }

  /**
   * Row number of the feature `p0 + p1 + p2 + p3`, without building that string (the tagger's
   * features are a fixed prefix plus one or two words; hashing the pieces in place avoids a
   * concatenation per feature).
   */
  rowOfParts(p0: string, p1: string, p2: string, p3: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < p0.length; i++) h = Math.imul(h ^ p0.charCodeAt(i), 0x01000193);
    for (let i = 0; i < p1.length; i++) h = Math.imul(h ^ p1.charCodeAt(i), 0x01000193);
    for (let i = 0; i < p2.length; i++) h = Math.imul(h ^ p2.charCodeAt(i), 0x01000193);
    for (let i = 0; i < p3.length; i++) h = Math.imul(h ^ p3.charCodeAt(i), 0x01000193);
    const n = p0.length + p1.length + p2.length + p3.length;
    const pool = this.#pool;
    const mask = this.#mask;
    h = (h >>> 0) & mask;
    for (;;) {
      const slot = this.#slots[h]!;
      if (slot === 0) return -1;
      const k = slot - 1;
      if (this.#keyLen[k] === n) {
        let p = this.#keyStart[k]!;
        let same = true;
        for (let i = 0; same && i < p0.length; i++) same = pool[p++] === p0.charCodeAt(i);
        for (let i = 0; same && i < p1.length; i++) same = pool[p++] === p1.charCodeAt(i);
        for (let i = 0; same && i < p2.length; i++) same = pool[p++] === p2.charCodeAt(i);
        for (let i = 0; same && i < p3.length; i++) same = pool[p++] === p3.charCodeAt(i);
        if (same) return this.#rows[k]!;
      }
      h = (h + 1) & mask;
    }
  }
}

/** FNV-1a over UTF-16 units (the same function `rowOf` computes on the query string). */
function hashRange(units: Uint16Array, start: number, len: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + len; i++) h = Math.imul(h ^ units[i]!, 0x01000193);
  return h >>> 0;
}

/** Collects feature keys (as UTF-16 units) and their rows, then builds a `FeatureIndex`. */
class FeatureIndexBuilder {
  #pool = new Uint16Array(1 << 20);
  #used = 0;
  #keyStart: number[] = [];
  #keyLen: number[] = [];
  #rows: number[] = [];

  #reserve(n: number): void {
    if (this.#used + n <= this.#pool.length) return;
    let size = this.#pool.length * 2;
    while (this.#used + n > size) size *= 2;
    const next = new Uint16Array(size);
    next.set(this.#pool.subarray(0, this.#used));
    this.#pool = next;
  }

  /** Adds `text[start, end)` as a key. */
  addRange(text: string, start: number, end: number, row: number): void {
    const n = end - start;
    this.#reserve(n);
    const pool = this.#pool;
    const base = this.#used;
    for (let i = 0; i < n; i++) pool[base + i] = text.charCodeAt(start + i);
    this.#keyStart.push(base);
    this.#keyLen.push(n);
    this.#rows.push(row);
    this.#used += n;
  }

  add(key: string, row: number): void {
    this.addRange(key, 0, key.length, row);
  }

  build(): FeatureIndex {
    return new FeatureIndex(
      this.#pool.slice(0, this.#used),
      Int32Array.from(this.#keyStart),
      Int32Array.from(this.#keyLen),
      Int32Array.from(this.#rows),
      this.#rows.length,
    );
  }
}

/** The English tagger model, packed for scoring. */
export interface PerceptronModel {
  /** Tag names, sorted ascending by code point (the order the arg-max tie-break needs). */
  readonly classes: readonly string[];
  /** Unambiguous word → tag shortcut (case-sensitive, raw token). */
  readonly tagdict: ReadonlyMap<string, string>;
  /** Feature string → row number in `rowStart` (-1: unknown feature). */
  readonly features: FeatureIndex;
  /** Row r's entries are `rowStart[r] .. rowStart[r + 1] - 1` in `entryClass` / `entryWeight`. */
  readonly rowStart: Int32Array;
  /** Class index (into `classes`) of each entry. */
  readonly entryClass: Uint16Array;
  /** Weight of each entry. */
  readonly entryWeight: Float64Array;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readClasses(raw: unknown): { classes: string[]; classIndex: Map<string, number> } {
  if (!Array.isArray(raw) || !raw.every((c): c is string => typeof c === 'string')) {
    throw new Error('pos-tagger model: "classes" is not a list of strings');
  }
  // Python keeps classes in a set; duplicates in the list collapse.
  const classes = [...new Set(raw)].sort(pyCompareStrings);
  if (classes.length > 0xffff) throw new Error('pos-tagger model: too many classes');
  const classIndex = new Map<string, number>();
  classes.forEach((c, i) => classIndex.set(c, i));
  return { classes, classIndex };
}

function readTagdict(raw: unknown): Map<string, string> {
  if (!isRecord(raw)) throw new Error('pos-tagger model: "tagdict" is not an object');
  const tagdict = new Map<string, string>();
  for (const [word, tag] of Object.entries(raw)) {
    if (typeof tag !== 'string') throw new Error(`pos-tagger model: tagdict[${word}] is not a string`);
    tagdict.set(word, tag);
  }
  return tagdict;
}

/** Growable (class, weight) entry arrays plus row starts. */
class RowWriter {
  entryClass = new Uint16Array(1 << 18);
  entryWeight = new Float64Array(1 << 18);
  count = 0;
  starts: number[] = [];

  startRow(): number {
    this.starts.push(this.count);
    return this.starts.length - 1;
  }

  push(cls: number, w: number): void {
    if (this.count === this.entryClass.length) {
      const c2 = new Uint16Array(this.count * 2);
      c2.set(this.entryClass);
      this.entryClass = c2;
      const w2 = new Float64Array(this.count * 2);
      w2.set(this.entryWeight);
      this.entryWeight = w2;
    }
    this.entryClass[this.count] = cls;
    this.entryWeight[this.count] = w;
    this.count++;
  }

  finish(): { rowStart: Int32Array; entryClass: Uint16Array; entryWeight: Float64Array } {
    const rowStart = Int32Array.from([...this.starts, this.count]);
    return {
      rowStart,
      entryClass: this.entryClass.slice(0, this.count),
      entryWeight: this.entryWeight.slice(0, this.count),
    };
  }
}

/**
 * Builds the packed model from the parsed JSON (`{classes, tagdict, weights}`).
 * Throws if the structure is not the expected one (a corrupt or wrong data file).
 */
export function buildModel(raw: unknown): PerceptronModel {
  if (!isRecord(raw)) throw new Error('pos-tagger model: top level is not an object');
  const { classes, classIndex } = readClasses(raw.classes);
  const tagdict = readTagdict(raw.tagdict);
  const rawWeights = raw.weights;
  if (!isRecord(rawWeights)) throw new Error('pos-tagger model: "weights" is not an object');
  const index = new FeatureIndexBuilder();
  const rows = new RowWriter();
  // JSON.parse objects have no inherited enumerable keys, so `for…in` visits the own keys.
  for (const f in rawWeights) {
    const row = rawWeights[f];
    if (!isRecord(row)) throw new Error(`pos-tagger model: weights[${f}] is not an object`);
    index.add(f, rows.startRow());
    for (const label in row) {
      const w = row[label];
      if (typeof w !== 'number') throw new Error(`pos-tagger model: weight ${f}/${label} is not a number`);
      const ci = classIndex.get(label);
      // A label outside `classes` can never win Python's max over `self.classes`; the shipped
      // model has none, but skipping keeps the semantics if one appeared.
      if (ci !== undefined) rows.push(ci, w);
    }
  }
  return { classes, tagdict, features: index.build(), ...rows.finish() };
}

// ---------------------------------------------------------------------------------------------
// Direct scanner

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** A single-pass reader over one JSON text; throws on anything it does not expect. */
class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  fail(what: string): never {
    throw new Error(`pos-tagger model: ${what} at offset ${this.pos}`);
  }

  ws(): void {
    const t = this.text;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
      else break;
    }
    this.pos = p;
  }

  expect(ch: number): void {
    this.ws();
    if (this.text.charCodeAt(this.pos) !== ch) this.fail(`expected "${String.fromCharCode(ch)}"`);
    this.pos++;
  }

  /** Tries to consume `ch` after whitespace. */
  eat(ch: number): boolean {
    this.ws();
    if (this.text.charCodeAt(this.pos) === ch) {
      this.pos++;
      return true;
    }
    return false;
  }

  /** Raw content [strStart, strEnd) of the last string read, and whether it had escapes. */
  strStart = 0;
  strEnd = 0;
  strEscaped = false;

  /** Reads a string token into `strStart` / `strEnd` / `strEscaped`; ends after the closing quote. */
  rawString(): void {
    this.ws();
    const t = this.text;
    if (t.charCodeAt(this.pos) !== 0x22) this.fail('expected a string');
    const start = this.pos + 1;
    let p = start;
    let escaped = false;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 0x22) break;
      if (c === 0x5c) {
        escaped = true;
        p += 2;
      } else if (Number.isNaN(c)) {
        this.fail('unterminated string');
      } else {
        p++;
      }
    }
    this.pos = p + 1;
    this.strStart = start;
    this.strEnd = p;
    this.strEscaped = escaped;
  }

  /** Decodes the string whose raw content is `[start, end)`. */
  decode(start: number, end: number, escaped: boolean): string {
    if (!escaped) return this.text.slice(start, end);
    const s: unknown = JSON.parse(this.text.slice(start - 1, end + 1));
    if (typeof s !== 'string') this.fail('bad string');
    return s;
  }

  /** Reads a JSON number exactly as JSON.parse would. */
  number(): number {
    this.ws();
    const t = this.text;
    const start = this.pos;
    let p = start;
    let neg = false;
    if (t.charCodeAt(p) === 0x2d) {
      neg = true;
      p++;
    }
    let mant = 0;
    let digits = 0;
    let frac = 0;
    let c = t.charCodeAt(p);
    while (c >= 0x30 && c <= 0x39) {
      mant = mant * 10 + (c - 0x30);
      digits++;
      c = t.charCodeAt(++p);
    }
    if (digits === 0) this.fail('expected a number');
    if (c === 0x2e) {
      c = t.charCodeAt(++p);
      while (c >= 0x30 && c <= 0x39) {
        mant = mant * 10 + (c - 0x30);
        digits++;
        frac++;
        c = t.charCodeAt(++p);
      }
    }
    let slow = false;
    if (c === 0x65 || c === 0x45) {
      slow = true;
      c = t.charCodeAt(++p);
      if (c === 0x2b || c === 0x2d) c = t.charCodeAt(++p);
      while (c >= 0x30 && c <= 0x39) c = t.charCodeAt(++p);
    }
    this.pos = p;
    // 15 digits keep the mantissa exact (< 2^53); 10^frac is exact up to 10^22.
    if (slow || digits > 15 || frac > 22) {
      const v = Number(t.slice(start, p));
      if (Number.isNaN(v)) this.fail('bad number');
      return v;
    }
    const v = mant / POW10[frac]!;
    return neg ? -v : v;
  }

  /** Skips one JSON value of any kind and returns its [start, end). */
  skipValue(): [number, number] {
    this.ws();
    const t = this.text;
    const start = this.pos;
    const first = t.charCodeAt(start);
    if (first === 0x22) {
      this.rawString();
    } else if (first === 0x7b || first === 0x5b) {
      let depth = 1;
      this.pos++;
      while (depth > 0) {
        const c = t.charCodeAt(this.pos);
        if (Number.isNaN(c)) this.fail('unexpected end');
        if (c === 0x22) {
          this.rawString();
          continue;
        }
        this.pos++;
        if (c === 0x7b || c === 0x5b) depth++;
        else if (c === 0x7d || c === 0x5d) depth--;
      }
    } else {
      // number, true, false or null: up to the next delimiter
      for (;;) {
        const c = t.charCodeAt(this.pos);
        if (Number.isNaN(c) || c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) break;
        this.pos++;
      }
      if (this.pos === start) this.fail('expected a value');
    }
    return [start, this.pos];
  }
}

/** Packs a label's ASCII characters into one number (up to 7 characters), or -1. */
function labelCode(text: string, start: number, end: number): number {
  if (end - start > 7) return -1;
  let code = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    code = code * 128 + c + 0; // base 128
  }
  return code * 8 + (end - start); // length disambiguates leading NULs
}

/** Builds the packed model straight from the JSON text (same result as `buildModel(JSON.parse(text))`). */
export function scanModel(text: string): PerceptronModel {
  const sc = new Scanner(text);
  let classInfo: { classes: string[]; classIndex: Map<string, number> } | undefined;
  let tagdictRaw: unknown;
  let weightsAt = -1;
  let packed: Omit<PerceptronModel, 'classes' | 'tagdict'> | undefined;
  sc.expect(0x7b);
  if (!sc.eat(0x7d)) {
    do {
      sc.rawString();
      const key = sc.decode(sc.strStart, sc.strEnd, sc.strEscaped);
      sc.expect(0x3a);
      if (key === 'weights') {
        // Packed right away when the classes came first (as in the shipped file), else later.
        if (classInfo !== undefined) packed = scanWeights(sc, classInfo.classIndex);
        else {
          weightsAt = sc.pos;
          sc.skipValue();
        }
      } else {
        const [vs, ve] = sc.skipValue();
        if (key === 'classes') classInfo = readClasses(JSON.parse(text.slice(vs, ve)) as unknown);
        else if (key === 'tagdict') tagdictRaw = JSON.parse(text.slice(vs, ve)) as unknown;
      }
    } while (sc.eat(0x2c));
    sc.expect(0x7d);
  }
  const { classes, classIndex } = classInfo ?? readClasses(undefined);
  const tagdict = readTagdict(tagdictRaw);
  if (packed === undefined) {
    if (weightsAt < 0) throw new Error('pos-tagger model: "weights" is not an object');
    sc.pos = weightsAt;
    packed = scanWeights(sc, classIndex);
  }
  return { classes, tagdict, ...packed };
}

/** Reads the `weights` object at the scanner's position into packed rows. */
function scanWeights(sc: Scanner, classIndex: ReadonlyMap<string, number>): Omit<PerceptronModel, 'classes' | 'tagdict'> {
  const text = sc.text;
  const labelIndex = new Map<number, number>();
  for (const [name, i] of classIndex) {
    const code = labelCode(name, 0, name.length);
    if (code >= 0) labelIndex.set(code, i);
  }
  const index = new FeatureIndexBuilder();
  const rows = new RowWriter();
  // A label repeated inside one row keeps its last weight, as JSON.parse and Python's json do.
  const labelRow = new Int32Array(classIndex.size).fill(-1);
  const labelEntry = new Int32Array(classIndex.size);
  sc.expect(0x7b);
  if (!sc.eat(0x7d)) {
    do {
      sc.rawString();
      const row = rows.startRow();
      if (sc.strEscaped) index.add(sc.decode(sc.strStart, sc.strEnd, true), row);
      else index.addRange(text, sc.strStart, sc.strEnd, row);
      sc.expect(0x3a);
      sc.expect(0x7b);
      if (!sc.eat(0x7d)) {
        do {
          sc.rawString();
          const ls = sc.strStart;
          const le = sc.strEnd;
          const lesc = sc.strEscaped;
          sc.expect(0x3a);
          const w = sc.number();
          const code = lesc ? -1 : labelCode(text, ls, le);
          const ci = code >= 0 ? labelIndex.get(code) : classIndex.get(sc.decode(ls, le, lesc));
          if (ci === undefined) continue;
          if (labelRow[ci] === row) {
            rows.entryWeight[labelEntry[ci]!] = w;
          } else {
            labelRow[ci] = row;
            labelEntry[ci] = rows.count;
            rows.push(ci, w);
          }
        } while (sc.eat(0x2c));
        sc.expect(0x7d);
      }
    } while (sc.eat(0x2c));
    sc.expect(0x7d);
  }
  return { features: index.build(), ...rows.finish() };
}

/** Reads and packs a gzipped model file. */
export function loadModelFile(path: string): PerceptronModel {
  return scanModel(gunzipSync(readFileSync(path)).toString('utf8'));
}

let cached: PerceptronModel | undefined;

/** The shipped English model, loaded on first use and kept for the life of the process. */
export function englishModel(): PerceptronModel {
  if (cached === undefined) cached = loadModelFile(dataPath('perceptron_tagger_english.json.gz'));
  return cached;
}
