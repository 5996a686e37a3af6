import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResponseCache, cachedProvider, completionCacheKey } from './cache.js';
import type { CompletionRequest, CompletionResult, Provider } from './types.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'heed-cache-'));
  dirs.push(d);
  return d;
}

function fakeProvider(baseUrl = 'http://127.0.0.1:8000/v1', model = 'm'): Provider & { calls: number } {
  const p = {
    spec: `openai:${model}`,
    kind: 'openai' as const,
    model,
    baseUrl,
    calls: 0,
    async complete(request: CompletionRequest): Promise<CompletionResult> {
      p.calls++;
      if (request.messages[0]!.content === 'fail') throw new Error('boom');
      return { text: `answer ${p.calls} to ${request.messages.at(-1)!.content}`, usage: { promptTokens: 3, completionTokens: 2, totalTokens: 5 } };
    },
  };
  return p;
}

const req = (content: string, temperature?: number): CompletionRequest => ({ messages: [{ role: 'user', content }], ...(temperature !== undefined ? { temperature } : {}) });

describe('completionCacheKey', () => {
  it('depends on model, host and request, not on the URL path or scheme details beyond the host', () => {
    const a = fakeProvider('http://127.0.0.1:8000/v1');
    const k = completionCacheKey(a, req('x'));
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(completionCacheKey(fakeProvider('http://127.0.0.1:8000/v1'), req('x'))).toBe(k);
    expect(completionCacheKey(fakeProvider('http://127.0.0.1:8001/v1'), req('x'))).not.toBe(k);
    expect(completionCacheKey(fakeProvider('http://127.0.0.1:8000/v1', 'other'), req('x'))).not.toBe(k);
    expect(completionCacheKey(a, req('y'))).not.toBe(k);
    expect(completionCacheKey(a, req('x', 0.5))).not.toBe(k);
  });
});

describe('cachedProvider', () => {
  it('answers a repeated request from disk, marks it cached, and survives a new cache instance', async () => {
    const dir = tempDir();
    const inner = fakeProvider();
    const p = cachedProvider(inner, new ResponseCache(dir));
    const first = await p.complete(req('hello'));
    const second = await p.complete(req('hello'));
    expect(first.cached).toBeUndefined();
    expect(second).toEqual({ ...first, cached: true });
    expect(inner.calls).toBe(1);
    const again = await cachedProvider(inner, new ResponseCache(dir)).complete(req('hello'));
    expect(again.text).toBe(first.text);
    expect(inner.calls).toBe(1);
    await p.complete(req('other'));
    expect(inner.calls).toBe(2);
  });

  it('does not cache failures, and treats a corrupt entry as a miss', async () => {
    const dir = tempDir();
    const inner = fakeProvider();
    const cache = new ResponseCache(dir);
    const p = cachedProvider(inner, cache);
    await expect(p.complete(req('fail'))).rejects.toThrow('boom');
    await expect(p.complete(req('fail'))).rejects.toThrow('boom');
    expect(inner.calls).toBe(2);
    await p.complete(req('ok'));
    const key = completionCacheKey(inner, req('ok'));
    writeFileSync(join(dir, key.slice(0, 2), `${key}.json`), '{not json');
    await p.complete(req('ok'));
    expect(inner.calls).toBe(4);
    expect(cache.hits).toBe(0);
  });

  it('stores the request and response but no secret, and leaves no temporary files', async () => {
    const dir = tempDir();
    const inner = fakeProvider();
    await cachedProvider(inner, new ResponseCache(dir)).complete(req('secret-free'));
    const sub = readdirSync(dir);
    expect(sub).toHaveLength(1);
    const files = readdirSync(join(dir, sub[0]!));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{64}\.json$/);
    const entry = JSON.parse(readFileSync(join(dir, sub[0]!, files[0]!), 'utf8'));
    expect(entry.request).toMatchObject({ model: 'm', host: '127.0.0.1:8000', messages: [{ role: 'user', content: 'secret-free' }] });
    expect(entry.response.text).toBe('answer 1 to secret-free');
    expect(JSON.stringify(entry)).not.toMatch(/authorization|api[_-]?key/i);
  });
});
