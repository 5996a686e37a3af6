/**
 * Scores input rows on every core: chunks go to worker threads, results come back in input order.
 * Falls back to the main thread for small inputs, for one core, or when running from TypeScript
 * sources (tests), where the compiled worker file does not exist.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreInputRow, type InputRow, type PipelineConfig, type RowResult } from './pipeline.js';

export interface PoolOptions {
  /** Number of worker threads; 0 = score on the main thread. Default: one per core. */
  readonly workers?: number;
  /** Called after each chunk with (rows done, rows total). */
  readonly onProgress?: (done: number, total: number) => void;
}

const CHUNK_ROWS = 256;
const CHUNK_CHARS = 4_000_000;
/** Below this many rows, starting workers costs more than it saves. */
const MIN_ROWS_FOR_WORKERS = 1_500;

function chunk(rows: readonly InputRow[]): InputRow[][] {
  const chunks: InputRow[][] = [];
  let current: InputRow[] = [];
  let chars = 0;
  for (const row of rows) {
    current.push(row);
    chars += row.text?.length ?? 1000;
    if (current.length >= CHUNK_ROWS || chars >= CHUNK_CHARS) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** Yields results in input order; `sink` receives each result as soon as its turn comes. */
export async function scoreRows(
  config: PipelineConfig,
  rows: readonly InputRow[],
  sink: (result: RowResult) => void,
  options: PoolOptions = {},
): Promise<void> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  const canUseWorkers = import.meta.url.endsWith('.js') && existsSync(fileURLToPath(workerUrl));
  const wanted = options.workers ?? availableParallelism();
  const chunks = chunk(rows);
  const workers = canUseWorkers && rows.length >= MIN_ROWS_FOR_WORKERS ? Math.min(wanted, chunks.length) : 0;
  let done = 0;
  if (workers <= 1) {
    for (const part of chunks) {
      for (const row of part) sink(scoreInputRow(config, row));
      done += part.length;
      options.onProgress?.(done, rows.length);
    }
    return;
  }
  const pending = new Map<number, RowResult[]>();
  let nextToEmit = 0;
  let nextToSend = 0;
  await new Promise<void>((resolve, reject) => {
    const pool: Worker[] = [];
    let finished = false;
    const fail = (error: Error) => {
      if (finished) return;
      finished = true;
      for (const w of pool) void w.terminate();
      reject(error);
    };
    const send = (worker: Worker) => {
      if (nextToSend < chunks.length) {
        const index = nextToSend++;
        worker.postMessage({ index, rows: chunks[index] });
      }
    };
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(workerUrl, { workerData: config });
      pool.push(worker);
      worker.on('message', (message: { index: number; results: RowResult[] }) => {
        pending.set(message.index, message.results);
        while (pending.has(nextToEmit)) {
          const results = pending.get(nextToEmit)!;
          pending.delete(nextToEmit);
          for (const r of results) sink(r);
          done += results.length;
          nextToEmit++;
          options.onProgress?.(done, rows.length);
        }
        if (nextToEmit === chunks.length) {
          finished = true;
          for (const w of pool) void w.terminate();
          resolve();
        } else {
          send(worker);
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!finished && code !== 0) fail(new Error(`a scoring worker exited with code ${code}`));
      });
      // Two chunks in flight per worker keeps it busy while results travel back.
      send(worker);
      send(worker);
    }
  });
}
