#!/usr/bin/env node
/**
 * IFStruct validation throughput: scores the parity rows (../shared/parity/ifstruct.jsonl)
 * repeatedly for about two seconds each, JSON rows and YAML rows separately, and prints rows/s
 * next to the Python validator's figures measured on the project's build machine
 * (CPython 3.11 + PyYAML 6.0 pure-Python loader: ~4,000–5,500 JSON rows/s, ~190–220 YAML rows/s).
 * Run `npm run build` first: it imports the compiled library from dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const PARITY = path.resolve(here, '../../shared/parity/ifstruct.jsonl');
const DIST = path.resolve(here, '../dist/structured/index.js');

/** The Python reference figures (rows/s) from the brief, for comparison. */
export const PYTHON_ROWS_PER_SEC = { json: [4000, 5500], yaml: [190, 220] };

function timeRows(lib, rows, seconds) {
  // Warm up once, then loop over the rows until the time is spent.
  for (const r of rows) lib.validateIfstructRow(r.task, r.response);
  let n = 0;
  const t0 = performance.now();
  const limit = seconds * 1000;
  while (performance.now() - t0 < limit) {
    for (const r of rows) lib.validateIfstructRow(r.task, r.response);
    n += rows.length;
  }
  const elapsed = (performance.now() - t0) / 1000;
  return { rows: n, seconds: elapsed, rowsPerSec: n / elapsed };
}

/**
 * Run the benchmark; returns `{json, yaml}` figures (rows/s, with the ratio to the Python
 * validator's midpoint), or null when the parity file or the build is missing.
 */
export async function runStructuredBench({ seconds = 2, print = true } = {}) {
  const log = print ? (s) => console.log(s) : () => {};
  if (!existsSync(PARITY)) {
    log(`structured bench skipped: ${PARITY} not found`);
    return null;
  }
  if (!existsSync(DIST)) {
    log(`structured bench skipped: ${DIST} not found (run npm run build)`);
    return null;
  }
  const lib = await import(pathToFileURL(DIST).href);
  const rows = readFileSync(PARITY, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const raw = lib.parseIfstructLine(line);
      const parsed = lib.parseIfstructTask(raw);
      if (!parsed.ok) throw new Error(`bad parity row: ${parsed.field}: ${parsed.message}`);
      return { task: parsed.task, response: raw.response };
    });
  const result = {};
  for (const fmt of ['json', 'yaml']) {
    const subset = rows.filter((r) => (fmt === 'yaml') === (r.task.output_format === 'yaml'));
    const t = timeRows(lib, subset, seconds);
    const [lo, hi] = PYTHON_ROWS_PER_SEC[fmt];
    const mid = (lo + hi) / 2;
    result[fmt] = { rows: subset.length, rowsPerSec: Math.round(t.rowsPerSec), pythonRowsPerSec: [lo, hi], speedup: t.rowsPerSec / mid };
    log(
      `ifstruct ${fmt.padEnd(4)} ${String(Math.round(t.rowsPerSec)).padStart(8)} rows/s   ` +
        `(Python ${lo.toLocaleString('en')}–${hi.toLocaleString('en')} rows/s; ${(t.rowsPerSec / mid).toFixed(1)}x the midpoint)`,
    );
  }
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runStructuredBench();
}
