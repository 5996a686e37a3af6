/**
 * `heed generate ifstruct --rewrite-with` end to end: the real bin/heed against a mock
 * OpenAI-compatible server on 127.0.0.1 (node:http, no external network).
 *
 * The mock answers each prompt by a plan made from a plain run with the same arguments (which the
 * rewrite pass must not change apart from prompts): most prompts get a faithful rewrite (a new
 * opening paragraph and closing line around heed's text, so every requirement is still stated),
 * every fourth a lossy one (the first field's name removed everywhere), one a 400 error. Then:
 * accepted rows carry the rewrite and `rewritten_by`, rejected and failed rows keep heed's prose,
 * every witness still passes `heed score`, and a second run is answered from the cache
 * (byte-identical output; only the failed request, which is never cached, is sent again).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEED, REPO_ROOT, jsonLines, runHeed, type HeedRun } from './run-heed.js';
import { ifstructCoverage } from '../../src/generate/ifstruct/index.js';
import type { CoverageRow } from '../../src/generate/ifstruct/coverage.js';

type Row = Record<string, unknown> & { id: string; prompt: string; witness: string; prose: boolean; rewritten_by?: string };
type Plan = { kind: 'faithful' | 'lossy' | 'error'; reply: string };

const COUNT = 20;
const BASE_ARGS = ['generate', 'ifstruct', '--count', String(COUNT), '--prose-share', '1', '--seed', '11'];

/** bin/heed without blocking the event loop (the mock server runs in this process). */
function runHeedAsync(args: string[]): Promise<HeedRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.OPENAI_API_KEY;
    delete env.OPENAI_BASE_URL;
    const child = spawn(process.execPath, [HEED, ...args], { cwd: REPO_ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function firstField(row: Row): string {
  return Object.keys((row.json_schema as { items: { properties: Record<string, unknown> } }).items.properties)[0]!;
}

function faithful(prompt: string): string {
  return `Morning! A quick request from the data team, written out in full below.\n\n${prompt}\n\nMany thanks for your help with this.`;
}

function lossy(prompt: string, field: string): string {
  return prompt.replace(new RegExp(`(?<![\\w])${field}(?![\\w])`, 'g'), 'thing');
}

const covered = (row: Row, prompt: string) => ifstructCoverage({ ...(row as unknown as CoverageRow), prompt }).length === 0;

let dir: string;
let server: Server;
let port: number;
let baseline: Row[] = [];
const plans = new Map<string, Plan>();
const seen: Array<Record<string, unknown>> = [];
let inFlight = 0;
let peak = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'heed-rewrite-'));
  const plain = runHeed(BASE_ARGS);
  expect(plain.status, plain.stderr).toBe(0);
  baseline = jsonLines<Row>(plain.stdout);
  expect(baseline).toHaveLength(COUNT);
  baseline.forEach((row, i) => {
    expect(row.prose).toBe(true);
    const kind = i === 6 ? 'error' : i % 4 === 1 ? 'lossy' : 'faithful';
    plans.set(row.prompt, { kind, reply: kind === 'lossy' ? lossy(row.prompt, firstField(row)) : faithful(row.prompt) });
  });

  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      const request = JSON.parse(body) as { model: string; messages: Array<{ role: string; content: string }> };
      seen.push({ url: req.url, authorization: req.headers.authorization, ...request });
      const prompt = request.messages.at(-1)?.content ?? '';
      const plan = plans.get(prompt);
      setTimeout(() => {
        inFlight--;
        if (req.url !== '/v1/chat/completions' || !plan) {
          res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'unexpected request' } }));
        } else if (plan.kind === 'error') {
          res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'prompt rejected by the mock' } }));
        } else {
          res.writeHead(200, { 'content-type': 'application/json' }).end(
            JSON.stringify({
              object: 'chat.completion',
              model: request.model,
              choices: [{ index: 0, message: { role: 'assistant', content: plan.reply }, finish_reason: 'stop' }],
              usage: { prompt_tokens: 100, completion_tokens: 80, total_tokens: 180 },
            }),
          );
        }
      }, 15);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve());
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function rewriteArgs(out: string): string[] {
  return [...BASE_ARGS, '--rewrite-with', 'openai:mock', '--rewrite-base-url', `http://127.0.0.1:${port}/v1`, '--rewrite-concurrency', '3', '--rewrite-cache', join(dir, 'cache'), '--out', out];
}

describe('heed generate ifstruct --rewrite-with (mock OpenAI-compatible server)', () => {
  it('accepts covering rewrites, keeps heed prose for lossy and failed ones, and the witnesses still pass', async () => {
    const out = join(dir, 'rewritten.jsonl');
    const run = await runHeedAsync(rewriteArgs(out));
    expect(run.status, run.stderr).toBe(0);

    // One request per prose row, in the OpenAI shape, at most 3 at a time, no key sent.
    expect(seen).toHaveLength(COUNT);
    for (const r of seen) {
      expect(r.url).toBe('/v1/chat/completions');
      expect(r.model).toBe('mock');
      expect(r.authorization).toBeUndefined();
      expect((r.messages as Array<{ role: string }>).map((m) => m.role)).toEqual(['system', 'user']);
    }
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);

    const rows = jsonLines<Row>(readFileSync(out, 'utf8'));
    expect(rows.map((r) => r.id)).toEqual(baseline.map((r) => r.id));
    let accepted = 0;
    let rejected = 0;
    let failed = 0;
    rows.forEach((row, i) => {
      const before = baseline[i]!;
      const plan = plans.get(before.prompt)!;
      const { prompt: _a, rewritten_by: _b, ...rest } = row;
      const { prompt: _c, ...restBefore } = before;
      expect(rest, `${row.id}: only the prompt may change`).toEqual(restBefore);
      if (plan.kind === 'faithful' && covered(before, plan.reply)) {
        accepted++;
        expect(row.prompt).toBe(plan.reply);
        expect(row.rewritten_by).toBe('openai:mock');
      } else {
        if (plan.kind === 'lossy') {
          rejected++;
          expect(covered(before, plan.reply), `${row.id}: the lossy reply should fail coverage`).toBe(false);
        }
        if (plan.kind === 'error') failed++;
        expect(row.prompt).toBe(before.prompt);
        expect(row).not.toHaveProperty('rewritten_by');
      }
    });
    expect(accepted).toBeGreaterThanOrEqual(12);
    expect(rejected).toBe(5);
    expect(failed).toBe(1);
    expect(run.stderr).toContain(`rewrite with openai:mock: ${COUNT} prose rows sent; ${accepted} accepted, ${rejected} rejected by the coverage check`);
    expect(run.stderr).toContain('1 failed request');
    expect(run.stderr).toMatch(/failed requests: HTTP 400 \(1\)/);
    expect(run.stderr).toMatch(/most often missing in rejected rewrites: field: not mentioned \(5\)/);

    const scored = runHeed(['score', '--bench', 'ifstruct', out, '--response-field', 'witness', '--out', join(dir, 'results.jsonl'), '--json']);
    expect(scored.status, scored.stderr).toBe(0);
    const results = jsonLines<{ id: string; passed: boolean; errors: string[] }>(readFileSync(join(dir, 'results.jsonl'), 'utf8'));
    expect(results).toHaveLength(COUNT);
    for (const r of results) expect(r.passed, `${r.id}: ${r.errors.join('; ')}`).toBe(true);
  });

  it('a second run is answered from the cache and is byte-identical', async () => {
    const first = join(dir, 'rewritten.jsonl');
    expect(existsSync(first)).toBe(true);
    const before = seen.length;
    const second = join(dir, 'rewritten-again.jsonl');
    const run = await runHeedAsync(rewriteArgs(second));
    expect(run.status, run.stderr).toBe(0);
    // Only the failed request (errors are never cached) goes out again.
    expect(seen.length - before).toBe(1);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    expect(run.stderr).toContain(`${COUNT} prose rows sent (${COUNT - 1} answered from the cache)`);
    // The cache holds one file per answered request, and no key material.
    const entries = readdirSync(join(dir, 'cache')).flatMap((sub) => readdirSync(join(dir, 'cache', sub)));
    expect(entries).toHaveLength(COUNT - 1);
  });

  it('--no-rewrite-cache asks the server again; rewrite flags need --rewrite-with', async () => {
    const before = seen.length;
    const run = await runHeedAsync([...BASE_ARGS.slice(0, 3), '2', ...BASE_ARGS.slice(4), '--rewrite-with', 'openai:mock', '--rewrite-base-url', `http://127.0.0.1:${port}/v1`, '--no-rewrite-cache']);
    expect(run.status, run.stderr).toBe(0);
    expect(seen.length - before).toBe(2);
    expect(jsonLines<Row>(run.stdout)).toHaveLength(2);

    const orphan = runHeed([...BASE_ARGS, '--rewrite-concurrency', '2']);
    expect(orphan.status).toBe(2);
    expect(orphan.stderr).toContain('--rewrite-concurrency needs --rewrite-with');
    const badSpec = runHeed([...BASE_ARGS, '--rewrite-with', 'mock']);
    expect(badSpec.status).toBe(2);
    expect(badSpec.stderr).toMatch(/no provider prefix/);
  });
});
