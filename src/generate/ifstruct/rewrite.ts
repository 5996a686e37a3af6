/**
 * The LLM rewrite pass of `heed generate ifstruct --rewrite-with openai:MODEL`.
 *
 * heed's own template grammar already writes about half of all prompts as prose. This pass asks
 * a model to rewrite those prose prompts (rows with `prose: true`) in its own words, for surface
 * variety no template grammar reaches. A rewrite is accepted only when `ifstructCoverage` finds
 * every field (name, type, bounds, enum members, nullability, array sizes), the count, the
 * format and every output rule still stated; otherwise the row keeps heed's prose. Accepted rows
 * get `rewritten_by: "<spec>"` (right after `prose`); nothing else in a row changes — schema,
 * controls, witness, id and instance hash are the task's, not the wording's.
 *
 * Rows keep their order: they are taken in windows, the window's prose rows are sent through a
 * small promise pool, and the window is yielded in input order. Requests that fail after the
 * provider's retries leave the row as it was and are counted; a 401/403/404 (bad key, no access,
 * unknown model or endpoint) would fail for every row, so it ends the pass with the error, and so
 * does a run of failed requests with no answer in between (at least 8, or twice the concurrency).
 */
import { ifstructCoverage } from './coverage.js';
import type { CoverageRow } from './coverage.js';
import { ProviderConfigError, ProviderError } from '../../providers/errors.js';
import { createLimiter } from '../../providers/limit.js';
import type { CompletionRequest, Provider, ProviderMessage } from '../../providers/types.js';

/** What the model is told; the user message is the prompt itself. */
export const REWRITE_INSTRUCTIONS = [
  'You rewrite requests for structured data so they read as natural prose, the way a person would write them in an email or a chat message. The user message is the request to rewrite. Reply with the rewritten request only: no preface, no notes, no quotation marks around it.',
  '',
  'The rewrite must keep every requirement of the original, exactly:',
  '- Every field, by its exact name as written (same spelling, underscores and case). Mention each field by name, and in the same sentence, after the name, state its type (string, integer, number, boolean, object, or array/list), and where the original gives them: its minimum and maximum, every allowed value (quoted exactly as in the original), whether it may be null, and for a list how few and how many items it may hold and what type the items are. Keep the whole description of a field on one line. For nested objects and lists of objects, say which object each inner field belongs to.',
  '- How many records to return: the exact number, or both ends of the range, as digits right before the kind of record (for example "4 invoices" or "between 2 and 5 invoices").',
  '- The output format, JSON or YAML. If the original changes its mind about the format, the count or the wrapper before settling, you may keep that, but the final choice must be stated clearly and the final format must be the last format you name.',
  '- Whether the answer must be inside a code fence (```), whether it must contain nothing but the data (no commentary), and whether the records go under a named top-level key (keep the key\'s exact name, in quotes or backticks) or form a bare list with no wrapping object.',
  '',
  'Write all numbers as digits. Do not add fields, requirements or example data, and do not drop any. Do not use a table, a JSON Schema, bullet points or a list of field paths: write sentences and short paragraphs.',
].join('\n');

/** The chat request that asks for a rewrite of `prompt`. */
export function rewriteRequest(prompt: string, temperature?: number): CompletionRequest {
  const messages: ProviderMessage[] = [
    { role: 'system', content: REWRITE_INSTRUCTIONS },
    { role: 'user', content: prompt },
  ];
  return temperature === undefined ? { messages } : { messages, temperature };
}

const PREFACE_RE = /^(?:here(?:'s| is)|sure|certainly|of course)[^\n]{0,80}:[ \t]*\n+/i;

/**
 * The rewritten prompt from a model's reply: reasoning (`<think>…</think>`) before the answer
 * removed, a one-line preface ("Here is the rewritten request:") removed, a reply wholly wrapped
 * in one code fence unwrapped, whitespace trimmed.
 */
export function cleanRewrite(reply: string): string {
  let text = reply;
  const think = text.lastIndexOf('</think>');
  if (think >= 0) text = text.slice(think + '</think>'.length);
  text = text.trim().replace(PREFACE_RE, '');
  const lines = text.split('\n');
  if (lines.length >= 3 && /^```[\w-]*\s*$/.test(lines[0]!) && /^```\s*$/.test(lines[lines.length - 1]!)) {
    const inner = lines.slice(1, -1);
    if (!inner.some((l) => l.trimStart().startsWith('```'))) text = inner.join('\n');
  }
  return text.trim();
}

/**
 * A missing-item label with the row-specific parts (field path, numbers, values) abstracted, so
 * the summary can say which kinds of requirement rewrites drop most.
 */
export function missingCategory(label: string): string {
  return label
    .replace(/^field [^:]+:/, 'field:')
    .replace(/enum value .*$/, 'enum value')
    .replace(/wrapper key ".*"$/, 'wrapper key')
    .replace(/ \(the last format named is \w+\)| \(never named\)/, '')
    .replace(/\d+(?:\.\d+)?/g, 'N');
}

export interface RewriteSummary {
  readonly spec: string;
  /** Prose rows sent to the model (answered by the network or the cache). */
  sent: number;
  /** Of those, answered from the response cache. */
  cached: number;
  /** Rewrites that passed the coverage check (rows now carry `rewritten_by`). */
  accepted: number;
  /** Rewrites that failed the coverage check (rows keep heed's prose). */
  rejected: number;
  /** Replies identical to the original prompt (nothing to accept; rows keep heed's prose). */
  unchanged: number;
  /** Requests that failed after retries (rows keep heed's prose). */
  failed: number;
  /** Rejections by missing-item category (see `missingCategory`): category → rows. */
  readonly missing: Record<string, number>;
  /** Failed requests by kind (`HTTP 500`, `timeout`, `network`, …) → count. */
  readonly failures: Record<string, number>;
  promptTokens: number;
  completionTokens: number;
  /** The message of the most recent failed request. */
  lastFailure?: string;
}

export function createRewriteSummary(spec: string): RewriteSummary {
  return { spec, sent: 0, cached: 0, accepted: 0, rejected: 0, unchanged: 0, failed: 0, missing: {}, failures: {}, promptTokens: 0, completionTokens: 0 };
}

export interface RewriteOptions {
  readonly provider: Provider;
  /** Requests in flight at once (default 4). */
  readonly concurrency?: number;
  readonly temperature?: number;
  /** Filled in as rows pass through. */
  readonly summary: RewriteSummary;
}

type Row = Readonly<Record<string, unknown>>;

function isCandidate(row: Row): boolean {
  return row.prose === true && typeof row.prompt === 'string';
}

/** `row` with `prompt` replaced and `rewritten_by` added right after `prose`. */
function withRewrite(row: Row, prompt: string, spec: string): Row {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'rewritten_by') continue;
    out[key] = key === 'prompt' ? prompt : value;
    if (key === 'prose') out.rewritten_by = spec;
  }
  if (!('rewritten_by' in out)) out.rewritten_by = spec;
  return out;
}

function failureKind(error: ProviderError): string {
  if (error.failure === 'http') return `HTTP ${error.status}${error.status === 429 ? ' (rate limit)' : ''}`;
  return error.failure.replace('_', ' ');
}

/** Errors that would repeat for every row: stop the pass instead of counting them one by one. */
function isFatal(error: unknown): boolean {
  if (error instanceof ProviderConfigError) return true;
  return error instanceof ProviderError && error.failure === 'http' && (error.status === 401 || error.status === 403 || error.status === 404);
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Rewrites one row (if it is a prose row); never throws except for fatal provider errors. */
export async function rewriteIfstructRow(row: Row, options: RewriteOptions & { readonly signal?: AbortSignal }): Promise<Row> {
  if (!isCandidate(row)) return row;
  const { provider, summary } = options;
  const original = row.prompt as string;
  summary.sent++;
  let reply: string;
  try {
    const request = rewriteRequest(original, options.temperature);
    const result = await provider.complete(options.signal ? { ...request, signal: options.signal } : request);
    if (result.cached) summary.cached++;
    summary.promptTokens += result.usage?.promptTokens ?? 0;
    summary.completionTokens += result.usage?.completionTokens ?? 0;
    reply = result.text;
  } catch (error) {
    if (isFatal(error)) throw error;
    summary.failed++;
    summary.lastFailure = (error as Error).message;
    bump(summary.failures, error instanceof ProviderError ? failureKind(error) : (error as Error).name || 'error');
    return row;
  }
  const rewritten = cleanRewrite(reply);
  if (rewritten === original.trim()) {
    summary.unchanged++;
    return row;
  }
  const missing = ifstructCoverage({ ...(row as unknown as CoverageRow), prompt: rewritten });
  if (missing.length > 0) {
    summary.rejected++;
    for (const category of new Set(missing.map(missingCategory))) bump(summary.missing, category);
    return row;
  }
  summary.accepted++;
  return withRewrite(row, rewritten, provider.spec);
}

/**
 * Passes `rows` through the rewrite, in order. Non-prose rows go through untouched. At most
 * `concurrency` requests are in flight; rows are buffered a window at a time.
 */
export async function* rewriteIfstructRows<R extends Row>(rows: Iterable<R>, options: RewriteOptions): AsyncGenerator<R> {
  const concurrency = options.concurrency ?? 4;
  const limit = createLimiter(concurrency);
  const windowSize = Math.max(64, concurrency * 8);
  const controller = new AbortController();
  const one = { ...options, signal: controller.signal };
  const { summary } = options;
  // A run of failures with no answer in between (server down, wrong URL, exhausted quota) would
  // otherwise wait out every row's retries: stop instead.
  const maxStreak = Math.max(8, concurrency * 2);
  let streak = 0;
  const rewriteOne = async (row: R): Promise<R> => {
    const failedBefore = summary.failed;
    const out = (await rewriteIfstructRow(row, one)) as R;
    streak = summary.failed > failedBefore ? streak + 1 : 0;
    if (streak >= maxStreak) {
      throw new ProviderError(`${summary.spec}: stopping the rewrite after ${streak} failed requests in a row; the last one: ${summary.lastFailure ?? 'unknown error'}`, {
        failure: 'network',
      });
    }
    return out;
  };
  const flush = async (batch: R[]): Promise<R[]> => {
    try {
      return await Promise.all(batch.map((row) => (isCandidate(row) ? limit(() => rewriteOne(row)) : row)));
    } catch (error) {
      controller.abort();
      throw error;
    }
  };
  let batch: R[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= windowSize) {
      yield* await flush(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield* await flush(batch);
}

/** The summary as lines for stderr. */
export function formatRewriteSummary(summary: RewriteSummary, top = 5): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [
    `rewrite with ${summary.spec}: ${plural(summary.sent, 'prose row')} sent` +
      (summary.cached > 0 ? ` (${summary.cached} answered from the cache)` : '') +
      `; ${summary.accepted} accepted, ${summary.rejected} rejected by the coverage check` +
      (summary.unchanged > 0 ? `, ${summary.unchanged} unchanged` : '') +
      `, ${plural(summary.failed, 'failed request')}`,
  ];
  const ranked = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, top)
      .map(([k, n]) => `${k} (${n})`)
      .join(', ');
  if (summary.rejected > 0) lines.push(`  most often missing in rejected rewrites: ${ranked(summary.missing)}`);
  if (summary.failed > 0) lines.push(`  failed requests: ${ranked(summary.failures)}`);
  if (summary.promptTokens + summary.completionTokens > 0) {
    lines.push(`  tokens (network and cache): ${summary.promptTokens} prompt, ${summary.completionTokens} completion`);
  }
  return lines.map((l) => `heed: ${l}`).join('\n') + '\n';
}
