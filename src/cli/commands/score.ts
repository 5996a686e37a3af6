/** `heed score`: score a JSONL file of responses against a bench family. */
import { Command, Option } from 'commander';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { BENCH_NAMES, type BenchName } from '../../score/benches/types.js';
import { loadBench, type AnyBench } from '../../score/benches/loaded.js';
import type { ScoreOptions } from '../../score/benches/types.js';
import type { Worker } from 'node:worker_threads';
import { splitJsonl, type InputRow } from '../../score/pipeline.js';
import { joinResponses } from '../../score/join.js';
import { defaultWorkers, scoreRows, startWorkers } from '../../score/pool.js';
import { UsageError } from '../../core/errors.js';

export interface ScoreCommandOptions {
  bench: BenchName;
  out?: string;
  summary?: string;
  json?: boolean;
  responseField: string;
  stripThinking?: boolean;
  data?: string;
  responses?: string;
  workers?: number;
  progress?: boolean;
}

function readInput(path: string, role: string): string;
function readInput(path: string, role: string, as: 'bytes'): Buffer;
function readInput(path: string, role: string, as: 'text' | 'bytes' = 'text'): string | Buffer {
  try {
    return as === 'bytes' ? readFileSync(path) : readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${role} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Writes all of `text` to the open file `fd` (named `path` in errors). */
function writeAll(fd: number, text: string, path: string): void {
  const bytes = Buffer.from(text, 'utf8');
  try {
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Runs the command; returns the exit code (0 all scored, 1 some error rows, 2 usage/I/O). */
export async function runScore(input: string | undefined, opts: ScoreCommandOptions): Promise<number> {
  const bench = await loadBench(opts.bench);
  const options = { responseField: opts.responseField, stripThinking: opts.stripThinking ?? false };
  // Workers load their modules while this thread reads the input (they are stopped if unneeded).
  const workers = startWorkers({ bench: opts.bench, file: opts.data ?? input ?? '', options }, opts.workers ?? defaultWorkers());
  try {
    return await scoreInput(input, opts, bench, options, workers);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function scoreInput(
  input: string | undefined,
  opts: ScoreCommandOptions,
  bench: AnyBench,
  options: ScoreOptions,
  workers: Worker[],
): Promise<number> {
  let rows: InputRow[];
  let file: string;
  if (opts.data || opts.responses) {
    if (!opts.data || !opts.responses) throw new UsageError('--data and --responses go together');
    if (input) throw new UsageError('give either one INPUT file or --data with --responses, not both');
    if (opts.bench !== 'ifeval' && opts.bench !== 'ifbench') {
      throw new UsageError('--data/--responses is the layout of the ifeval and ifbench references only');
    }
    const joined = joinResponses(
      readInput(opts.data, 'data file'),
      readInput(opts.responses, 'responses file'),
      opts.responses,
      opts.responseField,
      opts.bench === 'ifbench',
    );
    for (const warning of joined.warnings) process.stderr.write(`heed: ${warning}\n`);
    rows = joined.rows;
    file = opts.data;
  } else {
    if (!input) throw new UsageError('missing INPUT.jsonl (or --data with --responses)');
    rows = splitJsonl(readInput(input, 'input file', 'bytes'));
    file = input;
  }

  // Result rows are written in batches with plain synchronous writes (a stream's buffering
  // only adds work here: the rows are ready, and the file is local).
  let out: number | null = null;
  if (opts.out) {
    try {
      out = openSync(opts.out, 'w');
    } catch (error) {
      throw new UsageError(`cannot write ${opts.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  try {
    return await scoreAndReport(opts, bench, rows, file, options, workers, out);
  } finally {
    if (out !== null) closeSync(out);
  }
}

async function scoreAndReport(
  opts: ScoreCommandOptions,
  bench: AnyBench,
  rows: InputRow[],
  file: string,
  options: ScoreOptions,
  workers: Worker[],
  out: number | null,
): Promise<number> {
  const items: unknown[] = [];
  let errors = 0;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length === 0) return;
    const text = buffer.join('\n') + '\n';
    buffer = [];
    if (out !== null) writeAll(out, text, opts.out ?? '');
    else process.stdout.write(text);
  };
  // Progress only on a terminal (commander sets `progress` to true unless --no-progress is given).
  const showProgress = opts.progress !== false && process.stderr.isTTY === true;
  let lastProgress = 0;
  await scoreRows(
    { bench: opts.bench, file, options },
    rows,
    (result) => {
      buffer.push(result.json);
      if (result.scored) items.push(result.item);
      else errors++;
      if (buffer.length >= 512) flush();
    },
    {
      started: workers,
      onProgress: (done, total) => {
        const now = Date.now();
        if (showProgress && (now - lastProgress > 200 || done === total)) {
          lastProgress = now;
          process.stderr.write(`\rheed: scored ${done}/${total} rows`);
          if (done === total) process.stderr.write('\n');
        }
      },
    },
  );
  flush();

  const summary = bench.summarize(items, { rows: rows.length, errors });
  if (opts.summary) {
    try {
      writeFileSync(opts.summary, JSON.stringify(summary, null, 2) + '\n');
    } catch (error) {
      throw new UsageError(`cannot write ${opts.summary}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  const rendered = opts.json ? JSON.stringify(summary, null, 2) + '\n' : bench.formatSummary(summary);
  if (opts.out) process.stdout.write(rendered);
  else process.stderr.write(rendered);
  return errors > 0 ? 1 : 0;
}

export function scoreCommand(): Command {
  return new Command('score')
    .description('score model responses (JSONL) with a bench family; one result row per input row')
    .argument('[INPUT]', 'JSONL file of task rows with a response field')
    .addOption(new Option('--bench <name>', 'bench family').choices([...BENCH_NAMES]).makeOptionMandatory())
    .option('--out <file>', 'write result rows here (the summary table then goes to stdout)')
    .option('--summary <file>', 'also write the summary as JSON to this file')
    .option('--json', 'print the summary as JSON instead of a table')
    .option('--response-field <name>', 'score this field instead of "response" (e.g. witness)', 'response')
    .option('--strip-thinking', 'ifeval/ifbench: remove <think>...</think> before scoring (off by default, as in the references)')
    .option('--data <file>', 'two-file layout: the task rows (with --responses)')
    .option('--responses <file>', 'two-file layout: rows of {prompt, response}, joined on the prompt')
    .option('--workers <n>', 'worker threads besides the main thread, which scores too (default: one per core beyond two, leaving one core to V8\'s compiler and GC threads; 0: main thread only)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new UsageError(`--workers expects a whole number, got '${v}'`);
      return n;
    })
    .option('--no-progress', 'do not print progress on stderr')
    .addHelpText(
      'after',
      `
Output: with --out, result rows go to that file and the summary table to stdout; without --out,
result rows go to stdout (JSONL) and the table to stderr.
Exit codes: 0 every row scored; 1 some rows could not be scored (error rows name file, line and
field; all other rows are still scored); 2 usage or I/O error.

Examples:
  heed score --bench ifeval examples/ifeval-sample.jsonl --out results.jsonl
  heed score --bench ifeval --data input_data.jsonl --responses input_response_data.jsonl
  heed score --bench ifstruct generated.jsonl --response-field witness --json`,
    );
}
