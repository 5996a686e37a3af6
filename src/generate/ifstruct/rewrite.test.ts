import { describe, expect, it } from 'vitest';
import { generateRows, getGenerator, type GeneratedRow } from '../index.js';
import { ifstructCoverage } from './index.js';
import { parseIfstructTask, validateIfstructRow } from '../../structured/index.js';
import type { CoverageRow } from './coverage.js';
import { ProviderError } from '../../providers/errors.js';
import { REWRITE_INSTRUCTIONS, cleanRewrite, createRewriteSummary, formatRewriteSummary, missingCategory, rewriteIfstructRows } from './rewrite.js';
import type { CompletionRequest, CompletionResult, Provider } from '../../providers/types.js';

const g = getGenerator('ifstruct')!;
function rows(count: number, proseShare: number, seed = 0): GeneratedRow[] {
  return [...generateRows(g, g.configure({ prose_share: proseShare }), { count, seed, split: 'train' })];
}

/** The first field name of a row's item schema. */
function firstField(row: GeneratedRow): string {
  const schema = row.json_schema as { items: { properties: Record<string, unknown> } };
  return Object.keys(schema.items.properties)[0]!;
}

/** Drops every whole-word mention of `name`. */
function dropName(prompt: string, name: string): string {
  return prompt.replace(new RegExp(`(?<![\\w])${name}(?![\\w])`, 'g'), 'thing');
}

type Behaviour = (prompt: string, index: number) => string | Error;

function fakeProvider(behaviour: Behaviour): Provider & { requests: CompletionRequest[]; peak: number } {
  let active = 0;
  const p = {
    spec: 'openai:fake',
    kind: 'openai' as const,
    model: 'fake',
    baseUrl: 'http://127.0.0.1:1/v1',
    requests: [] as CompletionRequest[],
    peak: 0,
    async complete(request: CompletionRequest): Promise<CompletionResult> {
      const index = p.requests.push(request) - 1;
      active++;
      p.peak = Math.max(p.peak, active);
      await new Promise((r) => setTimeout(r, (index * 7) % 5));
      active--;
      const out = behaviour(request.messages.at(-1)!.content, index);
      if (out instanceof Error) throw out;
      return { text: out, usage: { promptTokens: 10, completionTokens: 5 } };
    },
  };
  return p;
}

async function collect(source: AsyncIterable<GeneratedRow>): Promise<GeneratedRow[]> {
  const out: GeneratedRow[] = [];
  for await (const r of source) out.push(r);
  return out;
}

describe('rewriteIfstructRows', () => {
  it('sends only prose rows, with the instructions as system message and the prompt as user message', async () => {
    const input = rows(30, 0.5);
    const provider = fakeProvider((p) => p);
    const summary = createRewriteSummary(provider.spec);
    const out = await collect(rewriteIfstructRows(input, { provider, summary, temperature: 0.4 }));
    const prose = input.filter((r) => r.prose === true);
    expect(prose.length).toBeGreaterThan(0);
    expect(prose.length).toBeLessThan(30);
    expect(provider.requests).toHaveLength(prose.length);
    expect(provider.requests[0]!.messages).toEqual([
      { role: 'system', content: REWRITE_INSTRUCTIONS },
      { role: 'user', content: prose[0]!.prompt },
    ]);
    expect(provider.requests[0]!.temperature).toBe(0.4);
    // An unchanged reply is not a rewrite.
    expect(out).toEqual(input);
    expect(summary).toMatchObject({ sent: prose.length, unchanged: prose.length, accepted: 0, rejected: 0, failed: 0 });
  });

  it('accepts covering rewrites, rejects lossy ones, keeps order, and bounds concurrency', async () => {
    const input = rows(40, 1, 3);
    const byPrompt = new Map(input.map((r) => [r.prompt as string, r]));
    const rewrite: Behaviour = (prompt, i) => {
      const row = byPrompt.get(prompt)!;
      return i % 3 === 0 ? dropName(prompt, firstField(row)) : `A small request from our team.\n\n${prompt}`;
    };
    const provider = fakeProvider(rewrite);
    const summary = createRewriteSummary(provider.spec);
    const out = await collect(rewriteIfstructRows(input, { provider, summary, concurrency: 3 }));
    expect(provider.peak).toBeLessThanOrEqual(3);
    expect(provider.peak).toBeGreaterThan(1);
    expect(out.map((r) => r.id)).toEqual(input.map((r) => r.id));
    let accepted = 0;
    let rejected = 0;
    for (let i = 0; i < input.length; i++) {
      const before = input[i]!;
      const after = out[i]!;
      const reply = rewrite(before.prompt as string, provider.requests.findIndex((r) => r.messages.at(-1)!.content === before.prompt)) as string;
      const covered = ifstructCoverage({ ...(before as unknown as CoverageRow), prompt: reply }).length === 0;
      if (covered) {
        accepted++;
        expect(after.prompt).toBe(reply);
        expect(after.rewritten_by).toBe('openai:fake');
        // rewritten_by sits right after prose; everything else is unchanged.
        const keys = Object.keys(after);
        expect(keys[keys.indexOf('prose') + 1]).toBe('rewritten_by');
        const { prompt: _p, rewritten_by: _r, ...restAfter } = after;
        const { prompt: _q, ...restBefore } = before;
        expect(restAfter).toEqual(restBefore);
      } else {
        rejected++;
        expect(after).toEqual(before);
      }
      // The witness still passes either way.
      const parsed = parseIfstructTask(after);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(validateIfstructRow(parsed.task, after.witness as string).passed).toBe(true);
    }
    expect(accepted).toBeGreaterThan(10);
    expect(rejected).toBeGreaterThan(5);
    expect(summary).toMatchObject({ sent: 40, accepted, rejected, failed: 0, promptTokens: 400, completionTokens: 200 });
    expect(summary.missing['field: not mentioned']).toBeGreaterThan(0);
    expect(formatRewriteSummary(summary)).toContain(`${accepted} accepted, ${rejected} rejected`);
  });

  it('counts failed requests, keeps those rows, and stops the whole pass on a 401', async () => {
    const input = rows(12, 1, 4);
    const flaky = fakeProvider((p, i) => (i % 4 === 1 ? new ProviderError('HTTP 500', { failure: 'http', status: 500, retryable: true }) : `Hello.\n\n${p}`));
    const summary = createRewriteSummary(flaky.spec);
    const out = await collect(rewriteIfstructRows(input, { provider: flaky, summary, concurrency: 1 }));
    expect(summary.failed).toBe(3);
    expect(summary.failures).toEqual({ 'HTTP 500': 3 });
    expect(out.filter((r) => r.rewritten_by === undefined).length).toBeGreaterThanOrEqual(3);
    expect(formatRewriteSummary(summary)).toMatch(/3 failed requests\n.*failed requests: HTTP 500 \(3\)/);

    const down = fakeProvider(() => new ProviderError('cannot reach', { failure: 'network', retryable: true }));
    const downSummary = createRewriteSummary(down.spec);
    await expect(collect(rewriteIfstructRows(rows(40, 1, 5), { provider: down, summary: downSummary, concurrency: 2 }))).rejects.toThrow(
      /stopping the rewrite after 8 failed requests in a row; the last one: cannot reach/,
    );
    expect(down.requests.length).toBeLessThan(12);

    const denied = fakeProvider(() => new ProviderError('HTTP 401 invalid key', { failure: 'http', status: 401 }));
    await expect(collect(rewriteIfstructRows(input, { provider: denied, summary: createRewriteSummary('x') }))).rejects.toThrow(/401/);
  });
});

describe('cleanRewrite and missingCategory', () => {
  it('removes reasoning, a one-line preface and a wrapping fence', () => {
    expect(cleanRewrite('<think>plan</think>\n\n  Body text.  ')).toBe('Body text.');
    expect(cleanRewrite("Here's the rewritten request:\n\nBody.")).toBe('Body.');
    expect(cleanRewrite('```\nBody line\nmore\n```')).toBe('Body line\nmore');
    // A fence inside the text is kept.
    expect(cleanRewrite('```json\n{}\n```\nthen text')).toBe('```json\n{}\n```\nthen text');
  });

  it('abstracts the row-specific parts of missing labels', () => {
    expect(missingCategory('field address.city: not mentioned')).toBe('field: not mentioned');
    expect(missingCategory('field qty: minimum 0')).toBe('field: minimum N');
    expect(missingCategory('field status: enum value "open"')).toBe('field: enum value');
    expect(missingCategory('count: exactly 4')).toBe('count: exactly N');
    expect(missingCategory('format: YAML (the last format named is JSON)')).toBe('format: YAML');
    expect(missingCategory('rule: wrapper key "data"')).toBe('rule: wrapper key');
  });
});
