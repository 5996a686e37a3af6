#!/usr/bin/env node
/**
 * IFStruct validation throughput: scores the parity rows (../shared/parity/ifstruct.jsonl), JSON
 * rows and YAML rows separately, on the main thread (one core), and prints rows/s next to the
 * Python validator's figures measured on the project's build machine (../shared/parity/README.md:
 * CPython 3.11 + PyYAML 6.0 pure-Python loader, ~4,000–5,500 JSON rows/s, ~190–220 YAML rows/s).
 *
 * Method (as bench/run.mjs): a warm-up of at least 2 s per format (hot paths compiled), then
 * the median of 5 passes. A pass validates the subset repeatedly for at least 0.5 s of CPU time;
 * rates are rows per second of this process's CPU time (process.cpuUsage, user + system), which
 * is steadier than wall time on a shared machine. Wall-clock rates are printed alongside.
 *
 * The headline figure, like the Python one, validates decoded rows: the task row is decoded once
 * up front (the same task object for every pass, so the schema's compiled view is reused), then
 * `validateIfstructRow(task, response)` strips thinking markup, finds the fence, parses the
 * response and walks the schema. A second figure decodes the JSONL line every time as well
 * (`parseIfstructLine` + `parseIfstructTask` + validate: `heed score`'s per-row work, nothing
 * reused between rows); `withDecoding: false` skips it.
 *
 * Run `npm run build` first: it imports the compiled library from dist/. An optional argument
 * names another compiled `structured/` folder (for before/after comparisons).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, timeRows } from './timing.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const PARITY = path.resolve(here, '../../shared/parity/ifstruct.jsonl');
const DEFAULT_DIST = path.resolve(here, '../dist/structured/index.js');

/** The Python reference figures (rows/s) from ../shared/parity/README.md, for comparison. */
export const PYTHON_ROWS_PER_SEC = { json: [4000, 5500], yaml: [190, 220] };

/**
 * Run the benchmark; returns `{json, yaml}` figures (CPU-time rows/s, wall rows/s, and the ratio
 * to the Python validator's midpoint), or null when the parity file or the build is missing.
 */
export async function runStructuredBench({ print = true, dist = DEFAULT_DIST, warmupSeconds = 2, passes = 5, withDecoding = true } = {}) {
  const log = print ? (s) => console.log(s) : () => {};
  if (!existsSync(PARITY)) {
    log(`structured bench skipped: ${PARITY} not found`);
    return null;
  }
  if (!existsSync(dist)) {
    log(`structured bench skipped: ${dist} not found (run npm run build)`);
    return null;
  }
  const lib = await import(pathToFileURL(dist).href);
  const rows = readFileSync(PARITY, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const raw = lib.parseIfstructLine(line);
      const parsed = lib.parseIfstructTask(raw);
      if (!parsed.ok) throw new Error(`bad parity row: ${parsed.field}: ${parsed.message}`);
      return { task: parsed.task, response: raw.response, line };
    });
  log(`IFStruct validation, one core (warm-up >= ${warmupSeconds} s, median of ${passes} passes; rows/s of CPU time, wall in brackets):`);
  const result = {};
  for (const format of ['json', 'yaml']) {
    const isFormat = (r) => (format === 'yaml') === (r.task.output_format === 'yaml');
    const subset = rows.filter(isFormat);
    const validateAll = () => {
      for (let i = 0; i < subset.length; i++) lib.validateIfstructRow(subset[i].task, subset[i].response);
    };
    const t = timeRows(validateAll, subset.length, { warmupSeconds, passes });
    // The same rows with their JSONL line decoded every time (parseIfstructLine +
    // parseIfstructTask + validate): nothing carried over from one validation to the next.
    const lines = rows.filter(isFormat).map((r) => r.line);
    const decodeAll = () => {
      for (let i = 0; i < lines.length; i++) {
        const raw = lib.parseIfstructLine(lines[i]);
        const parsed = lib.parseIfstructTask(raw);
        lib.validateIfstructRow(parsed.task, raw.response);
      }
    };
    const d = withDecoding ? timeRows(decodeAll, lines.length, { warmupSeconds, passes }) : null;
    const [lo, hi] = PYTHON_ROWS_PER_SEC[format];
    const mid = (lo + hi) / 2;
    result[format] = {
      rows: subset.length,
      rowsPerSec: Math.round(t.cpu),
      wallRowsPerSec: Math.round(t.wall),
      withDecodingRowsPerSec: d ? Math.round(d.cpu) : null,
      pythonRowsPerSec: [lo, hi],
      speedup: t.cpu / mid,
    };
    log(
      `  ifstruct ${format.padEnd(4)} ${fmt(t.cpu).padStart(8)} rows/s (wall ${fmt(t.wall)})   ` +
        `Python ${fmt(lo)}–${fmt(hi)} rows/s   ${fmt(t.cpu / mid, 1)}x the midpoint (target 20x)`,
    );
    if (d) log(`    with the row decoded each time ${fmt(d.cpu).padStart(8)} rows/s (wall ${fmt(d.wall)})`);
  }
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = process.argv[2];
  await runStructuredBench({ dist: arg ? path.resolve(arg, arg.endsWith('.js') ? '' : 'index.js') : DEFAULT_DIST });
}
