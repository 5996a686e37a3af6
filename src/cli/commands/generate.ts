/**
 * `heed generate`: fresh tasks from a generator, exported for evaluation or RL training.
 *
 *   heed generate ifstruct|constraints|extraction [--count 100] [--seed 0] [--split train|test]
 *                 [--out FILE.jsonl|FILE.parquet] [--format heed|verl|trl|openrlhf] [knobs]
 *   heed generate list [--json]              (also: heed generate --list)
 *   heed generate check-overlap A.jsonl B.jsonl   (also: heed generate --check-overlap A B)
 *
 * Every generator knob is a `--kebab-case` flag of its subcommand. Same arguments give
 * byte-identical output. Usage errors exit 2 naming the flag; check-overlap exits 1 when the
 * files share an instance.
 */
import { Command, Option } from 'commander';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { GENERATORS, generateRows, type AnyGenerator, type KnobSpec, type Split } from '../../generate/index.js';
import { EXPORT_FORMATS, exportRow, instanceHashOf, toVerlRow, type ExportFormat, type TaskRow } from '../../datasets/export.js';
import { VerlParquetWriter } from '../../datasets/parquet.js';
import { HeedError, UsageError } from '../../core/errors.js';
import { createProvider, cachedProvider, ResponseCache, type Provider } from '../../providers/index.js';
import { createRewriteSummary, formatRewriteSummary, rewriteIfstructRows, type RewriteSummary } from '../../generate/ifstruct/rewrite.js';

/** Flags every generator subcommand has; a knob with one of these names gets no flag of its own. */
const COMMON_FLAGS = new Set(['count', 'seed', 'split', 'out', 'format', 'progress', 'help']);

export interface GenerateOptions {
  count: number;
  seed: number;
  split: Split;
  out?: string;
  format?: ExportFormat;
  progress?: boolean;
  /** `ifstruct` only: rewrite prose prompts with a model (`--rewrite-with`). */
  rewrite?: RewriteSettings;
}

/** The `--rewrite-*` flags of `heed generate ifstruct`. */
export interface RewriteSettings {
  /** Provider spec, e.g. `openai:gpt-4o-mini`. */
  spec: string;
  /** API base URL (default: OPENAI_BASE_URL, else https://api.openai.com/v1). */
  baseUrl?: string;
  /** Requests in flight at once. */
  concurrency: number;
  /** Response cache folder, or null for no cache. */
  cacheDir: string | null;
  temperature: number;
  timeoutMs: number;
  maxRetries: number;
}

export const REWRITE_DEFAULTS = {
  concurrency: 4,
  cacheDir: '.heed-cache/rewrite',
  temperature: 0.7,
  timeoutSeconds: 60,
  maxRetries: 2,
} as const;

/** The provider the rewrite pass asks (behind the disk cache unless it is turned off). */
function rewriteProvider(settings: RewriteSettings): Provider {
  const provider = createProvider(settings.spec, {
    ...(settings.baseUrl !== undefined ? { baseUrl: settings.baseUrl } : {}),
    timeoutMs: settings.timeoutMs,
    maxRetries: settings.maxRetries,
  });
  return settings.cacheDir === null ? provider : cachedProvider(provider, new ResponseCache(settings.cacheDir));
}

export function knobFlag(knob: KnobSpec): string {
  return knob.name.replace(/_/g, '-');
}

function showDefault(value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.join(',') : '(empty)';
  return String(value);
}

function parseInteger(flag: string, min?: number, max?: number) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isSafeInteger(n)) throw new UsageError(`--${flag} expects a whole number, got '${value}'`);
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
      throw new UsageError(`--${flag} must be ${max === undefined ? `at least ${min}` : `between ${min} and ${max}`}, got ${n}`);
    }
    return n;
  };
}

function parseNumber(flag: string, min?: number, max?: number) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${flag} expects a number, got '${value}'`);
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
      throw new UsageError(`--${flag} must be between ${min ?? '-inf'} and ${max ?? 'inf'}, got ${n}`);
    }
    return n;
  };
}

function parseBoolean(flag: string) {
  return (value: string): boolean => {
    const v = value.toLowerCase();
    if (v === 'true' || v === '1' || v === 'yes') return true;
    if (v === 'false' || v === '0' || v === 'no') return false;
    throw new UsageError(`--${flag} expects true or false, got '${value}'`);
  };
}

function parseList(flag: string, choices?: readonly string[]) {
  return (value: string): string[] => {
    const items = value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (choices) {
      const bad = items.filter((i) => !choices.includes(i));
      if (bad.length) throw new UsageError(`--${flag}: unknown value${bad.length > 1 ? 's' : ''} ${bad.map((b) => `'${b}'`).join(', ')} (allowed: ${choices.join(', ')})`);
    }
    return items;
  };
}

function parseNumberList(flag: string, min?: number, max?: number) {
  const one = parseNumber(flag, min, max);
  return (value: string): number[] =>
    value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map(one);
}

/** The commander option for one knob (no commander default: only given flags reach `configure`). */
export function knobOption(knob: KnobSpec): Option {
  const flag = knobFlag(knob);
  const range = knob.min !== undefined || knob.max !== undefined ? ` [${knob.min ?? ''}..${knob.max ?? ''}]` : '';
  const choices = knob.choices ? ` (${knob.kind === 'string_list' ? 'any of' : 'one of'}: ${knob.choices.join(', ')})` : '';
  const doc = `${knob.doc}${range}${choices} (default: ${showDefault(knob.default)})`;
  switch (knob.kind) {
    case 'integer':
      return new Option(`--${flag} <n>`, doc).argParser(parseInteger(flag, knob.min, knob.max));
    case 'number':
      return new Option(`--${flag} <x>`, doc).argParser(parseNumber(flag, knob.min, knob.max));
    case 'boolean':
      return new Option(`--${flag} [bool]`, doc).argParser(parseBoolean(flag));
    case 'string': {
      const option = new Option(`--${flag} <value>`, `${knob.doc}${range} (default: ${showDefault(knob.default)})`);
      return knob.choices ? option.choices([...knob.choices]) : option;
    }
    case 'string_list':
      return new Option(`--${flag} <list>`, `${doc}; comma-separated`).argParser(parseList(flag, knob.choices));
    case 'number_list':
      return new Option(`--${flag} <list>`, `${doc}; comma-separated`).argParser(parseNumberList(flag, knob.min, knob.max));
  }
}

/** The generator's knob values given on the command line, by knob name. */
function knobValues(generator: AnyGenerator, opts: Record<string, unknown>, command: Command): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const knob of generator.knobs) {
    if (COMMON_FLAGS.has(knob.name)) continue;
    const attr = new Option(`--${knobFlag(knob)}`).attributeName();
    const source = command.getOptionValueSource(attr);
    if (source === undefined || source === 'default') continue;
    let value = opts[attr];
    if (knob.kind === 'boolean' && value === undefined) value = true;
    out[knob.name] = value;
  }
  return out;
}

/** Validates the generator config; any problem is a usage error. */
function configure(generator: AnyGenerator, knobs: Record<string, unknown>): object {
  try {
    return generator.configure(knobs);
  } catch (error) {
    if (HeedError.isInstance(error)) throw error;
    throw new UsageError(`${generator.name}: ${(error as Error).message}`);
  }
}

/** Where rows go: a file descriptor written synchronously, or stdout with back-pressure. */
interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

function fileSink(path: string): Sink {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return {
    write: async (text) => {
      writeSync(fd, text);
    },
    close: async () => closeSync(fd),
  };
}

class StdoutClosed extends Error {}

function stdoutSink(): Sink {
  let closed = false;
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
  };
  process.stdout.on('error', onError);
  return {
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        if (closed) return reject(new StdoutClosed());
        if (process.stdout.write(text)) resolve();
        else process.stdout.once('drain', () => resolve());
      }),
    close: async () => {
      process.stdout.off('error', onError);
    },
  };
}

function progressReporter(total: number, enabled: boolean) {
  let last = 0;
  return (done: number) => {
    if (!enabled) return;
    const now = Date.now();
    if (now - last < 200 && done !== total) return;
    last = now;
    process.stderr.write(`\rheed: generated ${done}/${total} rows`);
    if (done === total) process.stderr.write('\n');
  };
}

/** Runs `heed generate NAME`; resolves to the exit code. */
export async function runGenerate(generator: AnyGenerator, opts: GenerateOptions, knobs: Record<string, unknown>): Promise<number> {
  const parquet = opts.out !== undefined && opts.out.toLowerCase().endsWith('.parquet');
  const format: ExportFormat = opts.format ?? (parquet ? 'verl' : 'heed');
  if (parquet && format !== 'verl') {
    throw new UsageError(`--format ${format} cannot be written to a .parquet file (Parquet is the verl format); use a .jsonl path or --format verl`);
  }
  const config = configure(generator, knobs);
  let rows: Iterable<TaskRow> | AsyncIterable<TaskRow> = generateRows(generator, config, { count: opts.count, seed: opts.seed, split: opts.split });
  let rewriteSummary: RewriteSummary | null = null;
  if (opts.rewrite) {
    if (generator.name !== 'ifstruct') throw new UsageError(`--rewrite-with is only available for heed generate ifstruct`);
    const provider = rewriteProvider(opts.rewrite);
    rewriteSummary = createRewriteSummary(provider.spec);
    // Between generation and export: prose prompts are rewritten, in order, before any row is written.
    rows = rewriteIfstructRows(rows as Iterable<TaskRow>, {
      provider,
      concurrency: opts.rewrite.concurrency,
      temperature: opts.rewrite.temperature,
      summary: rewriteSummary,
    });
  }
  const printRewriteSummary = () => {
    if (rewriteSummary) process.stderr.write(formatRewriteSummary(rewriteSummary));
  };
  const progress = progressReporter(opts.count, (opts.progress ?? true) && process.stderr.isTTY === true && opts.count >= 1000);

  if (parquet) {
    let writer: VerlParquetWriter;
    try {
      writer = new VerlParquetWriter(opts.out!);
    } catch (error) {
      throw new UsageError(`cannot write ${opts.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    let index = 0;
    for await (const row of rows) {
      writer.write([toVerlRow(generator, row, index)]);
      progress(++index);
    }
    writer.close();
    printRewriteSummary();
    return 0;
  }

  const sink = opts.out !== undefined ? fileSink(opts.out) : stdoutSink();
  let buffer: string[] = [];
  let index = 0;
  try {
    for await (const row of rows) {
      buffer.push(JSON.stringify(exportRow(format, generator, row, index)));
      progress(++index);
      if (buffer.length >= 256) {
        await sink.write(buffer.join('\n') + '\n');
        buffer = [];
      }
    }
    if (buffer.length) await sink.write(buffer.join('\n') + '\n');
  } catch (error) {
    // The reader went away (e.g. `| head`): stop quietly.
    if (!(error instanceof StdoutClosed)) throw error;
  } finally {
    await sink.close();
  }
  printRewriteSummary();
  return 0;
}

// ---------------------------------------------------------------- list

function knobTable(generator: AnyGenerator): string[] {
  const rows = generator.knobs
    .filter((k) => !COMMON_FLAGS.has(k.name))
    .map((k) => [`--${knobFlag(k)}`, k.kind, showDefault(k.default), k.doc + (k.choices ? ` (${k.choices.join(', ')})` : '')]);
  if (rows.length === 0) return ['    (no settings)'];
  const w0 = Math.max(...rows.map((r) => r[0]!.length));
  const w1 = Math.max(...rows.map((r) => r[1]!.length));
  const w2 = Math.min(24, Math.max(...rows.map((r) => r[2]!.length)));
  return rows.map(([flag, kind, def, doc]) => `    ${flag!.padEnd(w0)}  ${kind!.padEnd(w1)}  ${def!.padEnd(w2)}  ${doc}`);
}

/** The generator catalogue, as text or JSON. */
export function listGenerators(json: boolean): string {
  const entries = Object.values(GENERATORS);
  if (json) {
    return (
      JSON.stringify(
        entries.map((g) => ({
          name: g.name,
          description: g.description,
          ability: g.ability,
          knobs: g.knobs.map((k) => ({ ...k, flag: `--${knobFlag(k)}` })),
        })),
        null,
        2,
      ) + '\n'
    );
  }
  const lines: string[] = ['Generators (heed generate NAME [options]; common options: --count 100 --seed 0 --split train --format heed --out FILE):', ''];
  for (const g of entries) {
    lines.push(`${g.name} — ${g.description} (ability: ${g.ability})`);
    lines.push(...knobTable(g), '');
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- check-overlap

interface HashedFile {
  readonly rows: number;
  /** instance hash → first (line, id). */
  readonly hashes: Map<string, { line: number; id: unknown }>;
}

function readHashes(path: string): HashedFile {
  if (path.toLowerCase().endsWith('.parquet')) {
    throw new UsageError(`check-overlap reads JSONL files (heed, verl, TRL or OpenRLHF rows), not Parquet: ${path}`);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const hashes = new Map<string, { line: number; id: unknown }>();
  let rows = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UsageError(`${path} line ${i + 1}: not valid JSON`);
    }
    const hash = instanceHashOf(value);
    if (hash === null) throw new UsageError(`${path} line ${i + 1}: no instance_hash (is this a file written by heed generate?)`);
    rows++;
    if (!hashes.has(hash)) {
      const v = value as Record<string, unknown>;
      const extra = v.extra_info as Record<string, unknown> | undefined;
      hashes.set(hash, { line: i + 1, id: v.id ?? extra?.id ?? null });
    }
  }
  return { rows, hashes };
}

/** Compares two generated files; resolves to 1 when they share an instance, else 0. */
export function runCheckOverlap(a: string, b: string, write: (s: string) => void = (s) => process.stdout.write(s)): number {
  const fa = readHashes(a);
  const fb = readHashes(b);
  const shared: string[] = [];
  for (const hash of fa.hashes.keys()) if (fb.hashes.has(hash)) shared.push(hash);
  write(`${a}: ${fa.rows} rows, ${fa.hashes.size} distinct instances\n`);
  write(`${b}: ${fb.rows} rows, ${fb.hashes.size} distinct instances\n`);
  if (shared.length === 0) {
    write('no shared instances: the files are disjoint\n');
    return 0;
  }
  write(`${shared.length} shared instance${shared.length === 1 ? '' : 's'}, for example:\n`);
  for (const hash of shared.slice(0, 5)) {
    const x = fa.hashes.get(hash)!;
    const y = fb.hashes.get(hash)!;
    write(`  ${hash.slice(0, 16)}  ${a} line ${x.line} (id ${JSON.stringify(x.id)})  ${b} line ${y.line} (id ${JSON.stringify(y.id)})\n`);
  }
  return 1;
}

// ---------------------------------------------------------------- commands

/**
 * A command whose inherited settings (exit override, output, help after error) also reach its
 * subcommands, which exist before the parent is added to the program.
 */
class ParentCommand extends Command {
  override copyInheritedSettings(source: Command): this {
    super.copyInheritedSettings(source);
    for (const sub of this.commands) sub.copyInheritedSettings(this);
    return this;
  }
}

/** The `--rewrite-*` flags (ifstruct only). */
function addRewriteOptions(command: Command): void {
  command
    .option('--rewrite-with <provider:model>', 'rewrite prose prompts with a model, e.g. openai:gpt-4o-mini; a rewrite is kept only if the coverage check finds every field and rule still stated (API key: OPENAI_API_KEY)')
    .option('--rewrite-base-url <url>', 'OpenAI-compatible API base URL for --rewrite-with (default: OPENAI_BASE_URL, else https://api.openai.com/v1)')
    .option('--rewrite-concurrency <n>', `requests in flight at once (default: ${REWRITE_DEFAULTS.concurrency})`, parseInteger('rewrite-concurrency', 1, 256))
    .option('--rewrite-cache <dir>', `cache of model answers, so reruns are reproducible and free (default: ${REWRITE_DEFAULTS.cacheDir})`)
    .option('--no-rewrite-cache', 'do not read or write the cache (model output is then not reproducible)')
    .option('--rewrite-temperature <x>', `sampling temperature (default: ${REWRITE_DEFAULTS.temperature})`, parseNumber('rewrite-temperature', 0, 2))
    .option('--rewrite-timeout <seconds>', `time allowed per request attempt (default: ${REWRITE_DEFAULTS.timeoutSeconds})`, parseNumber('rewrite-timeout', 0.001, 3600))
    .option('--rewrite-max-retries <n>', `retries on 408/409/429/5xx, timeouts and network errors (default: ${REWRITE_DEFAULTS.maxRetries})`, parseInteger('rewrite-max-retries', 0, 20));
}

/** The rewrite settings from the flags; undefined without --rewrite-with (other --rewrite-* flags then are a usage error). */
function rewriteSettings(opts: Record<string, unknown>, command: Command): RewriteSettings | undefined {
  const flags: Record<string, string> = {
    rewriteBaseUrl: '--rewrite-base-url',
    rewriteConcurrency: '--rewrite-concurrency',
    rewriteCache: opts.rewriteCache === false ? '--no-rewrite-cache' : '--rewrite-cache',
    rewriteTemperature: '--rewrite-temperature',
    rewriteTimeout: '--rewrite-timeout',
    rewriteMaxRetries: '--rewrite-max-retries',
  };
  const spec = opts.rewriteWith as string | undefined;
  if (spec === undefined) {
    const given = Object.keys(flags).find((attr) => {
      const source = command.getOptionValueSource(attr);
      return source !== undefined && source !== 'default';
    });
    if (given !== undefined) throw new UsageError(`${flags[given]} needs --rewrite-with PROVIDER:MODEL`);
    return undefined;
  }
  const cache = opts.rewriteCache as string | boolean | undefined;
  return {
    spec,
    ...(opts.rewriteBaseUrl !== undefined ? { baseUrl: opts.rewriteBaseUrl as string } : {}),
    concurrency: (opts.rewriteConcurrency as number | undefined) ?? REWRITE_DEFAULTS.concurrency,
    cacheDir: cache === false ? null : typeof cache === 'string' ? cache : REWRITE_DEFAULTS.cacheDir,
    temperature: (opts.rewriteTemperature as number | undefined) ?? REWRITE_DEFAULTS.temperature,
    timeoutMs: Math.round(((opts.rewriteTimeout as number | undefined) ?? REWRITE_DEFAULTS.timeoutSeconds) * 1000),
    maxRetries: (opts.rewriteMaxRetries as number | undefined) ?? REWRITE_DEFAULTS.maxRetries,
  };
}

function generatorCommand(generator: AnyGenerator, setExit: (code: number) => void): Command {
  const command = new Command(generator.name)
    .description(`${generator.description} (ability: ${generator.ability})`)
    .option('--count <n>', 'number of rows (default: 100)', parseInteger('count', 0))
    .option('--seed <n>', 'random seed; same arguments give byte-identical output (default: 0)', parseInteger('seed', 0))
    .addOption(new Option('--split <name>', 'train or test: disjoint by instance hash (default: train)').choices(['train', 'test']))
    .option('--out <file>', 'write here instead of stdout; a .parquet path writes verl Parquet')
    .addOption(new Option('--format <name>', 'heed | verl | trl | openrlhf (default: heed; verl for a .parquet path)').choices([...EXPORT_FORMATS]))
    .option('--no-progress', 'do not print progress on stderr');
  for (const knob of generator.knobs) {
    if (COMMON_FLAGS.has(knob.name)) continue;
    command.addOption(knobOption(knob));
    if (knob.kind === 'boolean') command.addOption(new Option(`--no-${knobFlag(knob)}`, `same as --${knobFlag(knob)} false`));
  }
  const rewrites = generator.name === 'ifstruct';
  if (rewrites) addRewriteOptions(command);
  command.addHelpText(
    'after',
    `
Every row depends only on (generator, settings, --seed, --split, row index): the same arguments
give byte-identical output. Train and test rows never share an instance (see check-overlap).
Score the witnesses with: heed score --bench <family> FILE.jsonl --response-field witness

Examples:
  heed generate ${generator.name} --count 1000 --seed 1 --out ${generator.name}.jsonl
  heed generate ${generator.name} --count 1000 --split test --out ${generator.name}-test.jsonl
  heed generate ${generator.name} --count 5000 --out train.parquet        # verl Parquet${
    rewrites
      ? `

LLM rewrites (--rewrite-with): prose prompts are sent to the model and a rewrite replaces heed's
prose only when the coverage check finds every field, type, bound, enum, count and output rule
still stated; accepted rows carry rewritten_by. Answers are cached under --rewrite-cache, so a
rerun with the cache is byte-identical; without it, model output is not reproducible.
  heed generate ifstruct --count 1000 --rewrite-with openai:gpt-4o-mini --out ifstruct.jsonl
  heed generate ifstruct --rewrite-with openai:qwen3-8b --rewrite-base-url http://127.0.0.1:8000/v1`
      : ''
  }`,
  );
  command.action(async (opts: Record<string, unknown>, cmd: Command) => {
    const options: GenerateOptions = {
      count: (opts.count as number | undefined) ?? 100,
      seed: (opts.seed as number | undefined) ?? 0,
      split: (opts.split as Split | undefined) ?? 'train',
      ...(opts.out !== undefined ? { out: opts.out as string } : {}),
      ...(opts.format !== undefined ? { format: opts.format as ExportFormat } : {}),
      progress: opts.progress !== false,
    };
    const rewrite = rewrites ? rewriteSettings(opts, cmd) : undefined;
    if (rewrite) options.rewrite = rewrite;
    setExit(await runGenerate(generator, options, knobValues(generator, opts, cmd)));
  });
  return command;
}

/** `heed generate`; `setExit` receives each subcommand's exit code. */
export function generateCommand(setExit: (code: number) => void): Command {
  const names = Object.keys(GENERATORS);
  const parent = new ParentCommand('generate')
    .description('generate tasks with witnesses (ifstruct, constraints, extraction), exported for evaluation or RL trainers')
    .argument('[generator]', `one of: ${names.join(', ')} (or the list / check-overlap subcommands)`)
    .option('--list', 'same as `heed generate list`')
    .option('--check-overlap <files...>', 'same as `heed generate check-overlap A B`');
  for (const generator of Object.values(GENERATORS)) parent.addCommand(generatorCommand(generator, setExit));

  parent.addCommand(
    new Command('list')
      .description('generators and their settings with defaults')
      .option('--json', 'print as JSON')
      .action((opts: { json?: boolean }) => {
        process.stdout.write(listGenerators(opts.json === true));
        setExit(0);
      }),
  );
  parent.addCommand(
    new Command('check-overlap')
      .description('exit 1 if two generated files share any (template, parameters) instance, else 0')
      .argument('<A>', 'JSONL file written by heed generate (any --format)')
      .argument('<B>', 'another one')
      .action((a: string, b: string) => {
        setExit(runCheckOverlap(a, b));
      }),
  );

  parent.action((name: string | undefined, opts: { list?: boolean; checkOverlap?: string[] }) => {
    if (opts.list) {
      process.stdout.write(listGenerators(false));
      setExit(0);
      return;
    }
    if (opts.checkOverlap) {
      if (opts.checkOverlap.length !== 2) throw new UsageError(`--check-overlap expects two files, got ${opts.checkOverlap.length}`);
      setExit(runCheckOverlap(opts.checkOverlap[0]!, opts.checkOverlap[1]!));
      return;
    }
    if (name === undefined) throw new UsageError(`heed generate needs a generator: ${names.join(', ')} (or list, check-overlap)`);
    throw new UsageError(`unknown generator '${name}' (known: ${names.join(', ')})`);
  });
  return parent;
}
