#!/usr/bin/env node
// heed throughput benchmarks (`npm run bench`, which builds dist/ first).
// Prints rows/second next to the Python references' figures from ../shared/parity/README.md,
// measured on a machine of the same kind (2-core Xeon, CPython 3.11, one process, strict + loose).
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir, availableParallelism } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, median } from './timing.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const parity = join(root, '..', 'shared', 'parity');
const { scoreInputRow } = await import(join(root, 'dist/score/pipeline.js'));
const { getRegistry } = await import(join(root, 'dist/constraints/index.js'));
const { getBench } = await import(join(root, 'dist/score/benches/index.js'));
const { defaultWorkers } = await import(join(root, 'dist/score/pool.js'));
for (const name of ['ifeval', 'ifbench']) getBench(name);

const PYTHON_ROWS_PER_S = { ifeval: 494, ifbench: 267 };


function readRows(file) {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/**
 * Scores every row strict + loose on the main thread (one core). Like the Python figures ("warm,
 * median of 3 passes"), passes run after a warm-up of at least 2 s (data loaded, hot paths
 * compiled); the median of 5 passes is reported.
 */
function scoringThroughput(bench, rows, passes = 5) {
  const config = { bench, file: `${bench}.jsonl`, options: { responseField: 'response', stripThinking: false } };
  const pass = () => {
    const start = performance.now();
    for (let i = 0; i < rows.length; i++) scoreInputRow(config, { line: i + 1, row: rows[i] });
    return rows.length / ((performance.now() - start) / 1000);
  };
  const warmStart = performance.now();
  do pass();
  while (performance.now() - warmStart < 2000);
  return median(Array.from({ length: passes }, pass));
}

console.log(`heed benchmarks — node ${process.version}, ${availableParallelism()} cores\n`);

if (!existsSync(parity)) {
  console.log(`(${parity} not found: parity-file benchmarks skipped)`);
} else {
  console.log('Scoring throughput, strict + loose, one core (warm, median of 5 passes):');
  for (const bench of ['ifeval', 'ifbench']) {
    const rows = readRows(join(parity, `${bench}.jsonl`));
    const rate = scoringThroughput(bench, rows);
    const python = PYTHON_ROWS_PER_S[bench];
    console.log(`  ${bench.padEnd(8)} ${fmt(rate).padStart(8)} rows/s   Python reference ${fmt(python)} rows/s   ${fmt(rate / python, 1)}x (target 20x)`);
  }

  // End to end: `heed score` (workers on every core) vs a Node script that only reads the file,
  // JSON.parses each line and runs one \w+ scan per response. Same run, same machine.
  const file = join(parity, 'ifeval.jsonl');
  const dir = mkdtempSync(join(tmpdir(), 'heed-bench-'));
  const baselineScript = join(dir, 'baseline.mjs');
  writeFileSync(
    baselineScript,
    `import { readFileSync } from 'node:fs';
const re = /[\\p{L}\\p{N}_]+/gu;
let words = 0;
for (const line of readFileSync(process.argv[2], 'utf8').split('\\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line);
  words += (row.response.match(re) ?? []).length;
}
console.log(words);
`,
  );
  const time = (args) => {
    const start = performance.now();
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'] });
    return (performance.now() - start) / 1000;
  };
  const heed = join(root, 'bin', 'heed');
  const out = join(dir, 'results.jsonl');
  const baseline = [];
  const heedRuns = [];
  // Five interleaved pairs: the shared 2-vCPU machines swing by 10-20% from minute to minute.
  for (let i = 0; i < 5; i++) {
    baseline.push(time([baselineScript, file]));
    heedRuns.push(time([heed, 'score', '--bench', 'ifeval', file, '--out', out, '--no-progress']));
  }
  const b = median(baseline);
  const h = median(heedRuns);
  console.log(`\nEnd to end on ifeval.jsonl (12,175 rows), median of 5, process start included:`);
  console.log(`  read + JSON.parse + one \\w+ scan   ${fmt(b, 2)} s`);
  console.log(`  heed score --bench ifeval (default workers: ${defaultWorkers()}) ${fmt(h, 2)} s   ratio ${fmt(h / b, 2)}x (target <= 3x); fastest pair ${fmt(Math.min(...heedRuns) / Math.min(...baseline), 2)}x`);
}

// Hostile responses: each must get its verdicts in under a second. One row carries all 25 IFEval
// types (strict + loose); the slowest single type is reported too.
console.log('\nHostile responses, one row with all 25 IFEval types, strict + loose:');
const registry = getRegistry('ifeval');
const sampleKwargs = JSON.parse(readFileSync(join(root, 'bench', 'ifeval-all-types.json'), 'utf8'));
if (registry.ids().length !== sampleKwargs.length) throw new Error('bench/ifeval-all-types.json must list every IFEval type');
const hostile = {
  '5 MB prose': 'The quick brown fox jumps over the lazy dog. '.repeat(Math.ceil(5e6 / 45)).slice(0, 5e6),
  "200,000 '*'": '*'.repeat(200_000),
  '100,000 lines': Array.from({ length: 100_000 }, (_, i) => `line ${i} * - # ${'ab'.repeat(i % 7)}`).join('\n'),
};
const hostileConfig = { bench: 'ifeval', file: 'hostile', options: { responseField: 'response', stripThinking: false } };
for (const [name, response] of Object.entries(hostile)) {
  const row = { prompt: 'hostile', instruction_id_list: sampleKwargs.map((k) => k.id), kwargs: sampleKwargs.map((k) => k.kwargs), response };
  const start = performance.now();
  const result = JSON.parse(scoreInputRow(hostileConfig, { line: 1, row }).json);
  const total = performance.now() - start;
  if (result.error || result.strict.length !== 25) throw new Error(`no verdict for the ${name} response`);
  let worst = { id: '', ms: 0 };
  for (const k of sampleKwargs) {
    const t0 = performance.now();
    scoreInputRow(hostileConfig, { line: 1, row: { ...row, instruction_id_list: [k.id], kwargs: [k.kwargs] } });
    const ms = performance.now() - t0;
    if (ms > worst.ms) worst = { id: k.id, ms };
  }
  console.log(`  ${name.padEnd(15)} ${fmt(total, 0).padStart(6)} ms for the row (target < 1,000); slowest type alone: ${worst.id} ${fmt(worst.ms, 0)} ms`);
}

const structured = join(root, 'bench', 'structured.mjs');
if (existsSync(structured)) {
  console.log('');
  const { runStructuredBench } = await import(structured);
  await runStructuredBench();
}

const generateBench = join(root, 'bench', 'generate.mjs');
if (existsSync(generateBench)) {
  console.log('');
  const { runGenerateBench } = await import(generateBench);
  await runGenerateBench();
}
