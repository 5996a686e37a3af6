/**
 * langdetect's trial loop compiled to WebAssembly (source: kernel.wat; `npm run build` assembles
 * it into data/langdetect/kernel.wasm). Bit-identical to the JavaScript loop in detector.ts,
 * about three times faster, and fast from the first call (no interpreter warm-up), which is where
 * `heed score` spends much of its time on IFEval's language checks.
 *
 * Each model owns one kernel instance: its memory holds the model's dense n-gram rows (the pool),
 * the n-gram list of the text being detected, the generator outputs and the trial's vector.
 * When the .wasm file is missing or WebAssembly is unavailable, `createTrialKernel` returns null
 * and detection runs in JavaScript.
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

/** Path of the assembled kernel (written by `npm run build`). */
export function langdetectKernelPath(): string {
  return dataPath('langdetect', 'kernel.wasm');
}

let compiled: WasmModule | null | undefined;

function kernelModule(): WasmModule | null {
  if (compiled === undefined) {
    try {
      compiled = wasm ? new wasm.Module(readFileSync(langdetectKernelPath())) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** Whether the WebAssembly kernel is available (built and loadable). */
export function trialKernelAvailable(): boolean {
  return kernelModule() !== null;
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

  /** Stores the generator outputs the trials read (once; they never change). */
  storeWords(words: Uint32Array): void {
    if (this.wordsStored > 0) return;
    const count = Math.min(words.length, KERNEL_WORDS);
    this.words.set(words.subarray(0, count));
    this.wordsStored = count;
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

/** A new kernel instance, or null when the kernel is not available. */
export function createTrialKernel(): TrialKernel | null {
  const module = kernelModule();
  return module === null ? null : new TrialKernel(module);
}
