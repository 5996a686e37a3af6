/**
 * Scores input rows on every core: the main thread and worker threads pull chunks from one queue,
 * and results are emitted in input order. Small inputs, `workers: 0`, and runs from TypeScript
 * sources (tests, where the compiled worker file does not exist) score on the main thread alone.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { plainRow, scoreInputRow, type InputRow, type PipelineConfig, type RowResult } from './pipeline.js';

export interface PoolOptions {
  /** Worker threads besides the main thread, which scores too. Default: `defaultWorkers()`. */
  readonly workers?: number;
  /** Workers started earlier with `startWorkers` (so their start-up overlapped reading the input). */
  readonly started?: readonly Worker[];
  /** Called as results are emitted, with (rows done, rows total). */
  readonly onProgress?: (done: number, total: number) => void;
}

const CHUNK_ROWS = 128;
const CHUNK_CHARS = 2_000_000;
/** Below this many rows, starting a worker costs more than it saves. */
const MIN_ROWS_FOR_WORKERS = 1_500;

function chunk(rows: readonly InputRow[]): InputRow[][] {
  const chunks: InputRow[][] = [];
  let current: InputRow[] = [];
  let chars = 0;
  for (const row of rows) {
    current.push(row);
    chars += row.size ?? row.text?.length ?? 1000;
    if (current.length >= CHUNK_ROWS || chars >= CHUNK_CHARS) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

function workerUrl(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') && existsSync(fileURLToPath(url)) ? url : null;
}

/**
 * Starts `count` scoring workers now, so they load their modules while the caller reads the input.
 * Returns none when running from TypeScript sources (no compiled worker file).
 */
export function startWorkers(config: PipelineConfig, count: number = defaultWorkers()): Worker[] {
  const url = workerUrl();
  if (!url) return [];
  return Array.from({ length: count }, () => new Worker(url, { workerData: config }));
}

/**
 * The default number of worker threads: one per core beyond the first two. The main thread scores
 * too, and one core is left to V8's background threads (optimizing compiler, garbage collector),
 * which every thread keeps busy during its first second. Measured on 2 cores: a worker thread
 * made `heed score --bench ifeval` on the 12,175-row parity file ~10-15% slower (its start-up
 * and its compiler starve the main thread's), and a 4x larger file only 6-14% faster.
 */
export function defaultWorkers(cores: number = availableParallelism()): number {
  return Math.max(0, cores - 2);
}

/** Scores `rows`; `sink` receives each result in input order as soon as its turn comes. */
export async function scoreRows(
  config: PipelineConfig,
  rows: readonly InputRow[],
  sink: (result: RowResult) => void,
  options: PoolOptions = {},
): Promise<void> {
  const chunks = chunk(rows);
  const started = [...(options.started ?? [])];
  const wanted = options.started ? started.length : (options.workers ?? defaultWorkers());
  const workerCount = workerUrl() && rows.length >= MIN_ROWS_FOR_WORKERS ? Math.max(0, Math.min(wanted, chunks.length - 1)) : 0;
  // Workers started early but not needed (small input) are stopped at the end with the others.

  const pending = new Map<number, RowResult[]>();
  let nextToEmit = 0;
  let nextToTake = 0;
  let done = 0;
  let failure: Error | null = null;
  const emit = () => {
    while (pending.has(nextToEmit)) {
      const results = pending.get(nextToEmit)!;
      pending.delete(nextToEmit);
      for (const r of results) sink(r);
      done += results.length;
      nextToEmit++;
      options.onProgress?.(done, rows.length);
    }
  };

  const pool: Worker[] = [...started];
  let wakeMain: (() => void) | null = null;
  const feed = (worker: Worker) => {
    if (nextToTake < chunks.length) {
      const index = nextToTake++;
      worker.postMessage({ index, rows: chunks[index]!.map(plainRow) });
    }
  };
  while (pool.length < workerCount) pool.push(new Worker(workerUrl()!, { workerData: config }));
  for (let i = 0; i < workerCount; i++) {
    const worker = pool[i]!;
    worker.on('message', (message: { index: number; results: RowResult[] }) => {
      pending.set(message.index, message.results);
      emit();
      feed(worker);
      wakeMain?.();
    });
    worker.on('error', (error) => {
      failure ??= error;
      wakeMain?.();
    });
    worker.on('exit', (code) => {
      if (code !== 0 && nextToEmit < chunks.length) failure ??= new Error(`a scoring worker exited with code ${code}`);
      wakeMain?.();
    });
    // Two chunks in flight per worker keep it busy while results travel back.
    feed(worker);
    feed(worker);
  }

  try {
    // The main thread scores chunks too, yielding between chunks so worker messages are handled.
    while (nextToEmit < chunks.length) {
      if (failure) throw failure;
      if (nextToTake < chunks.length) {
        const index = nextToTake++;
        pending.set(index, chunks[index]!.map((row) => scoreInputRow(config, row)));
        emit();
        if (workerCount > 0) await yieldToEvents();
      } else {
        // Everything is taken: wait for the workers' last results.
        await new Promise<void>((resolve) => {
          wakeMain = resolve;
        });
        wakeMain = null;
      }
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
