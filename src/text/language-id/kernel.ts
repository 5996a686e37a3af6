/**
 * langdetect's two hot loops compiled to WebAssembly (sources: trial-kernel.wat and
 * ngram-kernel.wat; `npm run build` assembles them into data/langdetect/*.wasm). Their results
 * are identical to the JavaScript loops in detector.ts; they are several times faster and fast
 * from the first call (no interpreter warm-up, no deoptimisation), which matters because
 * `heed score` spends much of its time on IFEval's language checks.
 *
 * Each model owns one instance of each kernel:
 * - the n-gram kernel's fixed-size memory holds the model's character table and n-gram hash
 *   table, the text's code points and the n-grams found;
 * - the trial kernel's memory holds the model's dense n-gram rows (the pool, which grows), the
 *   text's n-gram rows, the generator outputs and the trial's vector.
 * When a .wasm file is missing or WebAssembly is unavailable, the factory returns null and that
 * step runs in JavaScript.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../../core/data-path.js';

/** Byte offsets of the regions (must match kernel.wat). */
const PROB_BASE = 0;
const GRAMS_BASE = 1024;
const WORDS_BASE = 131072;
const POOL_BASE = 393216;
/** Capacity of the n-gram list and of the stored generator outputs. */
export const KERNEL_MAX_GRAMS = (WORDS_BASE - GRAMS_BASE) / 4;
export const KERNEL_WORDS = (POOL_BASE - WORDS_BASE) / 4;
const PAGE = 65536;

// The few WebAssembly JS API shapes used here (this project's TypeScript libs leave out the DOM
// typings that declare them).
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
type WasmModule = object;
interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => WasmModule;
  readonly Instance: new (module: WasmModule, imports: object) => { readonly exports: unknown };
}
const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

interface KernelExports {
  readonly memory: WasmMemory;
  readonly trial: (
    n: number,
    shift: number,
    pos: number,
    end: number,
    weight: number,
    initial: number,
    langs: number,
    limit: number,
    conv: number,
  ) => number;
}

/** The kernels, by name: the .wat source beside this file, the .wasm under data/langdetect. */
export const KERNEL_NAMES = ['trial-kernel', 'ngram-kernel'] as const;
export type KernelName = (typeof KERNEL_NAMES)[number];

/** Path of an assembled kernel (written by `npm run build`). */
export function langdetectKernelPath(name: KernelName): string {
  return dataPath('langdetect', `${name}.wasm`);
}

const compiled = new Map<KernelName, WasmModule | null>();

function kernelModule(name: KernelName): WasmModule | null {
  let module = compiled.get(name);
  if (module === undefined) {
    try {
      module = wasm ? new wasm.Module(readFileSync(langdetectKernelPath(name))) : null;
    } catch {
      module = null;
    }
    compiled.set(name, module);
  }
  return module;
}

/** Whether both WebAssembly kernels are available (built and loadable). */
export function kernelsAvailable(): boolean {
  return KERNEL_NAMES.every((name) => kernelModule(name) !== null);
}

/** One kernel instance: its memory regions as views, and the trial function. */
export class TrialKernel {
  private readonly exports: KernelExports;
  /** The trial's probability vector (re-read after `grow`). */
  prob!: Float64Array;
  /** The text's n-gram rows, as indices (in doubles) into `pool`. */
  grams!: Int32Array;
  /** The dense n-gram rows. */
  pool!: Float64Array;
  private words!: Uint32Array;
  private wordsStored = 0;

  constructor(module: WasmModule) {
    this.exports = new wasm!.Instance(module, {}).exports as KernelExports;
    this.refreshViews();
  }

  private refreshViews(): void {
    const buffer = this.exports.memory.buffer;
    this.prob = new Float64Array(buffer, PROB_BASE, 64);
    this.grams = new Int32Array(buffer, GRAMS_BASE, KERNEL_MAX_GRAMS);
    this.words = new Uint32Array(buffer, WORDS_BASE, KERNEL_WORDS);
    this.pool = new Float64Array(buffer, POOL_BASE, (buffer.byteLength - POOL_BASE) / 8);
  }

  /** Makes the pool hold at least `doubles` values (existing rows keep their place). */
  growPool(doubles: number): Float64Array {
    const needed = POOL_BASE + doubles * 8;
    const have = this.exports.memory.buffer.byteLength;
    if (needed > have) {
      // Grow at least by doubling, so rows are copied (by the engine) a logarithmic number of times.
      const pages = Math.max(Math.ceil((needed - have) / PAGE), have / PAGE);
      this.exports.memory.grow(pages);
      this.refreshViews();
    }
    return this.pool;
  }

  /**
   * Makes the generator outputs `0 .. end - 1` available to the trials (at most KERNEL_WORDS),
   * copying from `words` (the seed's output sequence) the ones not stored yet.
   */
  storeWords(words: Uint32Array, end: number): void {
    const upTo = Math.min(end, words.length, KERNEL_WORDS);
    if (upTo <= this.wordsStored) return;
    this.words.set(words.subarray(this.wordsStored, upTo), this.wordsStored);
    this.wordsStored = upTo;
  }

  /**
   * Runs one trial over the first `n` entries of `grams`, reading generator outputs from
   * position `pos`; leaves the vector in `prob` and returns the next position, or -1 when the
   * trial would need outputs beyond those stored (the caller then runs it in JavaScript).
   */
  trial(n: number, pos: number, weight: number, initial: number, langs: number, limit: number, conv: number): number {
    return this.exports.trial(n, Math.clz32(n), pos, this.wordsStored, weight, initial, langs, limit, conv);
  }
}

/** A new trial kernel instance, or null when that kernel is not available. */
export function createTrialKernel(): TrialKernel | null {
  const module = kernelModule('trial-kernel');
  return module === null ? null : new TrialKernel(module);
}

/** Byte offsets of the n-gram kernel's regions (must match ngram-kernel.wat). */
const INFO_BASE = 0;
const INFO_LENGTH = 0x10000;
const TABLE_BASE = 262144;
const CHARS_BASE = 4456448;
const OUT_BASE = 4497408;
/** Capacity of the code point buffer (langdetect keeps at most 10,000 characters). */
export const NGRAM_KERNEL_MAX_CHARS = (OUT_BASE - CHARS_BASE) / 4;

interface NgramExports {
  readonly memory: WasmMemory;
  readonly clean: (length: number) => number;
  readonly extract: (length: number, space: number) => number;
}

/** One n-gram kernel instance. Its memory never grows, so the views stay valid. */
export class NgramKernel {
  private readonly exports: NgramExports;
  /** The model's character table (see LangdetectModel.charInfo). */
  readonly charInfo: Int32Array;
  /** The model's n-gram hash table (see LangdetectModel.table). */
  readonly table: Int32Array;
  /** The text's code points, written by the host before `clean` / `extract`. */
  readonly chars: Int32Array;
  /** Written by `extract`: per known n-gram its row offset, or -(slot + 1) for an unbuilt row. */
  readonly out: Int32Array;

  constructor(module: WasmModule, tableLength: number, isUpperAstral: (codePoint: number) => boolean) {
    const host = { isUpperAstral: (cp: number) => (isUpperAstral(cp) ? 1 : 0) };
    this.exports = new wasm!.Instance(module, { host }).exports as NgramExports;
    const buffer = this.exports.memory.buffer;
    if (TABLE_BASE + tableLength * 4 > CHARS_BASE) throw new RangeError('n-gram table too large for the kernel');
    this.charInfo = new Int32Array(buffer, INFO_BASE, INFO_LENGTH);
    this.table = new Int32Array(buffer, TABLE_BASE, tableLength);
    this.chars = new Int32Array(buffer, CHARS_BASE, NGRAM_KERNEL_MAX_CHARS);
    this.out = new Int32Array(buffer, OUT_BASE, KERNEL_MAX_GRAMS);
  }

  /** langdetect's `cleaning_text` on `chars[0 .. length)`; returns the new length. */
  clean(length: number): number {
    return this.exports.clean(length);
  }

  /** n-gram extraction over `chars[0 .. length)` into `out`; returns the count. */
  extract(length: number, spaceId: number): number {
    return this.exports.extract(length, spaceId);
  }
}

/**
 * A new n-gram kernel instance holding a copy of `charInfo` and `table` (the model then works on
 * the kernel's copies), or null when that kernel is not available.
 */
export function createNgramKernel(
  charInfo: Int32Array,
  table: Int32Array,
  isUpperAstral: (codePoint: number) => boolean,
): NgramKernel | null {
  const module = kernelModule('ngram-kernel');
  if (module === null || charInfo.length !== INFO_LENGTH) return null;
  const kernel = new NgramKernel(module, table.length, isUpperAstral);
  kernel.charInfo.set(charInfo);
  kernel.table.set(table);
  return kernel;
}
