#!/usr/bin/env node
/**
 * Generator throughput: rows per second for each generator in the registry, on the main thread
 * (one core), with default settings, witnesses included — exactly the rows `heed generate NAME`
 * writes (before JSON serialisation). Target: >= 5,000 rows/s per generator.
 *
 * Method (as bench/structured.mjs): a warm-up of at least 1 s per generator, then the median of
 * 5 passes; a pass generates fresh rows (a new seed each time) for at least 0.5 s of CPU time.
 * Rates are rows per second of this process's CPU time (user + system), steadier than wall time
 * on a shared machine; wall-clock rates are printed alongside. The share of rows carrying a
 * witness is printed too (constraints rows keep none where the witness builders do not compose).
 *
 * Run `npm run build` first: it imports the compiled library from dist/.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, timeRows } from './timing.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.resolve(here, '../dist/generate/index.js');
export const TARGET_ROWS_PER_SEC = 5000;

/**
 * Run the benchmark; returns `{[generator]: {cpu, wall, witnessShare}}` (rows/s), or null when the
 * build is missing.
 */
export async function runGenerateBench({ print = true, warmupSeconds = 1, passes = 5, passSeconds = 0.5, batch = 200 } = {}) {
  const log = print ? (s) => console.log(s) : () => {};
  if (!existsSync(DIST)) {
    log(`generate bench skipped: ${DIST} not found (run npm run build)`);
    return null;
  }
  const { GENERATORS, generateRows } = await import(pathToFileURL(DIST).href);
  log(`Generator throughput, default settings, witnesses included, one core (CPU-time rows/s, median of ${passes}; target >= ${fmt(TARGET_ROWS_PER_SEC)}):`);
  const results = {};
  for (const [name, generator] of Object.entries(GENERATORS)) {
    const config = generator.configure({});
    let seed = 0;
    let rows = 0;
    let withWitness = 0;
    const once = () => {
      for (const row of generateRows(generator, config, { count: batch, seed: seed++, split: 'train' })) {
        rows++;
        if (typeof row.witness === 'string') withWitness++;
      }
    };
    const { cpu, wall } = timeRows(once, batch, { warmupSeconds, passes, passSeconds });
    const result = { cpu, wall, witnessShare: withWitness / rows };
    results[name] = result;
    const verdict = result.cpu >= TARGET_ROWS_PER_SEC ? 'ok' : 'BELOW TARGET';
    log(
      `  ${name.padEnd(12)} ${fmt(result.cpu).padStart(8)} rows/s (wall ${fmt(result.wall)})   witnesses on ${fmt(100 * result.witnessShare, 1)}% of rows   ${verdict}`,
    );
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runGenerateBench();
}
