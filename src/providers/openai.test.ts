import { afterEach, describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import { createProvider, parseProviderSpec, ProviderConfigError, ProviderError, RateLimitError, backoffMs, retryAfterMs, normaliseBaseUrl, parseChatCompletion } from './index.js';
import { chatBody, startTestServer, type Reply, type TestServer } from './test-helpers.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(handler: (index: number) => Reply): Promise<TestServer> {
  server = await startTestServer((_req, i) => handler(i));
  return server;
}

const hello = { messages: [{ role: 'user' as const, content: 'hello' }] };
/** Fast retries for tests: the backoff would otherwise be 500 ms and up. */
const fast = { retryBaseMs: 5, retryMaxMs: 20, env: {} };

describe('createProvider: spec and settings', () => {
  it('parses openai:MODEL, keeping colons and slashes in the model', () => {
    expect(parseProviderSpec('openai:gpt-4o-mini')).toEqual({ kind: 'openai', model: 'gpt-4o-mini' });
    expect(parseProviderSpec('openai:meta-llama/Llama-3.1-8B:q4')).toEqual({ kind: 'openai', model: 'meta-llama/Llama-3.1-8B:q4' });
  });

  it('rejects a spec without prefix, an unknown provider and an empty model with clear messages', () => {
    expect(() => createProvider('gpt-4o', { env: {} })).toThrow(/no provider prefix: write KIND:MODEL, e\.g\. openai:gpt-4o/);
    expect(() => createProvider('anthropic:claude', { env: {} })).toThrow(/unknown provider 'anthropic'/);
    expect(() => createProvider('openai:', { env: {} })).toThrow(/names no model/);
    expect(() => createProvider('openai:  ', { env: {} })).toThrow(ProviderConfigError);
  });

  it('defaults to api.openai.com, then OPENAI_BASE_URL, then the option; needs a key only for api.openai.com', () => {
    expect(() => createProvider('openai:m', { env: {} })).toThrow(/OPENAI_API_KEY/);
    expect(createProvider('openai:m', { env: { OPENAI_API_KEY: 'k' } }).baseUrl).toBe('https://api.openai.com/v1');
    expect(createProvider('openai:m', { env: { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1/' } }).baseUrl).toBe('http://127.0.0.1:9/v1');
    expect(createProvider('openai:m', { baseUrl: 'http://localhost:8000/v1', env: { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' } }).baseUrl).toBe('http://localhost:8000/v1');
  });

  it('rejects bad base URLs and settings, and strips credentials from the URL', () => {
    expect(() => normaliseBaseUrl('not a url')).toThrow(/not a valid URL/);
    expect(() => normaliseBaseUrl('ftp://host/v1')).toThrow(/http or https/);
    expect(normaliseBaseUrl('http://user:secret@host:1/v1/?x=1')).toBe('http://host:1/v1');
    expect(() => createProvider('openai:m', { baseUrl: 'http://h/v1', maxRetries: -1, env: {} })).toThrow(/maxRetries/);
    expect(() => createProvider('openai:m', { baseUrl: 'http://h/v1', timeoutMs: 0, env: {} })).toThrow(/timeout/);
  });

  it('never exposes the API key on the provider', () => {
    const p = createProvider('openai:m', { apiKey: 'sk-very-secret', env: {} });
    expect(JSON.stringify(p)).not.toContain('sk-very-secret');
    expect(inspect(p, { depth: 10, showHidden: true })).not.toContain('sk-very-secret');
  });
});

describe('complete() against a local server', () => {
  it('POSTs model, messages, temperature and max_tokens with the bearer key, and reads text and usage', async () => {
    const s = await serve(() => ({ body: chatBody('hi there') }));
    const p = createProvider('openai:my-model', { baseUrl: s.baseUrl, apiKey: 'sk-test', ...fast });
    const r = await p.complete({ ...hello, temperature: 0.3, maxTokens: 50 });
    expect(r).toEqual({ text: 'hi there', usage: { promptTokens: 11, completionTokens: 7, totalTokens: 18 }, finishReason: 'stop', model: 'test-model' });
    expect(s.requests).toHaveLength(1);
    const [req] = s.requests;
    expect(req!.method).toBe('POST');
    expect(req!.url).toBe('/v1/chat/completions');
    expect(req!.headers.authorization).toBe('Bearer sk-test');
    expect(req!.body).toEqual({ model: 'my-model', messages: [{ role: 'user', content: 'hello' }], temperature: 0.3, max_tokens: 50 });
  });

  it('sends no Authorization header without a key, and omits unset sampling fields', async () => {
    const s = await serve(() => ({ body: chatBody('ok') }));
    await createProvider('openai:m', { baseUrl: s.baseUrl, ...fast }).complete(hello);
    expect(s.requests[0]!.headers.authorization).toBeUndefined();
    expect(Object.keys(s.requests[0]!.body).sort()).toEqual(['messages', 'model']);
  });

  it('retries a 429 and then succeeds, honouring retry-after-ms over its own (long) backoff', async () => {
    const s = await serve((i) => (i === 0 ? { status: 429, body: { error: { message: 'slow down' } }, headers: { 'retry-after-ms': '150' } } : { body: chatBody('after 429') }));
    const p = createProvider('openai:m', { baseUrl: s.baseUrl, maxRetries: 2, retryBaseMs: 5_000, retryMaxMs: 5_000, env: {} });
    const t0 = Date.now();
    const r = await p.complete(hello);
    const waited = s.requests[1]!.at - s.requests[0]!.at;
    expect(r.text).toBe('after 429');
    expect(s.requests).toHaveLength(2);
    expect(waited).toBeGreaterThanOrEqual(140);
    expect(Date.now() - t0).toBeLessThan(3_000);
  });

  it('honours retry-after in seconds', async () => {
    const s = await serve((i) => (i === 0 ? { status: 503, body: 'busy', headers: { 'retry-after': '0.2' } } : { body: chatBody('ok') }));
    const p = createProvider('openai:m', { baseUrl: s.baseUrl, maxRetries: 1, retryBaseMs: 5_000, retryMaxMs: 5_000, env: {} });
    expect((await p.complete(hello)).text).toBe('ok');
    expect(s.requests[1]!.at - s.requests[0]!.at).toBeGreaterThanOrEqual(190);
  });

  it('retries a 500 and then succeeds', async () => {
    const s = await serve((i) => (i === 0 ? { status: 500, body: { error: { message: 'boom' } } } : { body: chatBody('after 500') }));
    const r = await createProvider('openai:m', { baseUrl: s.baseUrl, maxRetries: 1, ...fast }).complete(hello);
    expect(r.text).toBe('after 500');
    expect(s.requests).toHaveLength(2);
  });

  it('retries 408 and 409 too', async () => {
    const s = await serve((i) => (i === 0 ? { status: 408 } : i === 1 ? { status: 409 } : { body: chatBody('third time') }));
    expect((await createProvider('openai:m', { baseUrl: s.baseUrl, maxRetries: 2, ...fast }).complete(hello)).text).toBe('third time');
    expect(s.requests).toHaveLength(3);
  });

  it('gives up after maxRetries with a RateLimitError carrying the status, attempts and server message', async () => {
    const s = await serve(() => ({ status: 429, body: { error: { message: 'quota exceeded' } }, headers: { 'retry-after': '0' } }));
    const p = createProvider('openai:m', { baseUrl: s.baseUrl, maxRetries: 2, ...fast });
    const error = await p.complete(hello).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toBeInstanceOf(ProviderError);
    const e = error as RateLimitError;
    expect(e.status).toBe(429);
    expect(e.attempts).toBe(3);
    expect(e.retryAfterMs).toBe(0);
    expect(e.message).toContain('quota exceeded');
    expect(e.code).toBe('HEED_ERR_PROVIDER_RATE_LIMIT');
    expect(s.requests).toHaveLength(3);
  });

  it('maxRetries 0 means exactly one attempt', async () => {
    const s = await serve(() => ({ status: 500, body: 'nope' }));
    await expect(createProvider('openai:m', { baseUrl: s.baseUrl, maxRetries: 0, ...fast }).complete(hello)).rejects.toMatchObject({ status: 500, attempts: 1, failure: 'http' });
    expect(s.requests).toHaveLength(1);
  });

  it('does not retry a 400 or 401, and never puts the key in the error', async () => {
    const s = await serve((i) => (i === 0 ? { status: 400, body: { error: { message: 'bad request: max_tokens too large' } } } : { status: 401, body: { error: { message: 'invalid key' } } }));
    const p = createProvider('openai:m', { baseUrl: s.baseUrl, apiKey: 'sk-hidden-123', maxRetries: 3, ...fast });
    const e1 = (await p.complete(hello).catch((e: unknown) => e)) as ProviderError;
    expect(e1).toBeInstanceOf(ProviderError);
    expect(e1.status).toBe(400);
    expect(e1.retryable).toBe(false);
    expect(e1.message).toMatch(/HTTP 400 .*max_tokens too large/);
    const e2 = (await p.complete(hello).catch((e: unknown) => e)) as ProviderError;
    expect(e2.status).toBe(401);
    expect(s.requests).toHaveLength(2);
    for (const e of [e1, e2]) {
      expect(e.message).not.toContain('sk-hidden-123');
      expect(inspect(e, { depth: 5 })).not.toContain('sk-hidden-123');
    }
  });

  it('stops at once when the server asks for a wait longer than maxRetryAfterMs', async () => {
    const s = await serve(() => ({ status: 429, body: 'later', headers: { 'retry-after': '3600' } }));
    const p = createProvider('openai:m', { baseUrl: s.baseUrl, maxRetries: 3, maxRetryAfterMs: 1_000, ...fast });
    await expect(p.complete(hello)).rejects.toMatchObject({ status: 429, retryAfterMs: 3_600_000, attempts: 1 });
    expect(s.requests).toHaveLength(1);
  });

  it('times out a hung request and retries it', async () => {
    const s = await serve((i) => (i === 0 ? 'hang' : { body: chatBody('second try') }));
    const r = await createProvider('openai:m', { baseUrl: s.baseUrl, timeoutMs: 200, maxRetries: 1, ...fast }).complete(hello);
    expect(r.text).toBe('second try');
    expect(s.requests).toHaveLength(2);
  });

  it('reports a timeout as a ProviderError when retries run out', async () => {
    const s = await serve(() => 'hang');
    const t0 = Date.now();
    await expect(createProvider('openai:m', { baseUrl: s.baseUrl, timeoutMs: 150, maxRetries: 0, ...fast }).complete(hello)).rejects.toMatchObject({
      failure: 'timeout',
      retryable: true,
      message: expect.stringMatching(/no response .* within 150 ms/),
    });
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  it('retries network errors (nothing listening) and reports them', async () => {
    const s = await serve(() => ({ body: chatBody('x') }));
    const url = s.baseUrl;
    await s.close();
    server = null;
    await expect(createProvider('openai:m', { baseUrl: url, maxRetries: 1, ...fast }).complete(hello)).rejects.toMatchObject({ failure: 'network', attempts: 2, message: expect.stringMatching(/cannot reach/) });
  });

  it('rejects a 200 whose body is not a chat completion, without retrying', async () => {
    const s = await serve((i) => (i === 0 ? { body: '<html>proxy</html>' } : { body: { choices: [] } }));
    const p = createProvider('openai:m', { baseUrl: s.baseUrl, maxRetries: 2, ...fast });
    await expect(p.complete(hello)).rejects.toMatchObject({ failure: 'invalid_response' });
    await expect(p.complete(hello)).rejects.toMatchObject({ failure: 'invalid_response' });
    expect(s.requests).toHaveLength(2);
  });

  it('can be cancelled with an AbortSignal, also while waiting to retry', async () => {
    const s = await serve(() => ({ status: 500, body: 'x' }));
    const p = createProvider('openai:m', { baseUrl: s.baseUrl, maxRetries: 5, retryBaseMs: 10_000, retryMaxMs: 10_000, env: {} });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const t0 = Date.now();
    await expect(p.complete({ ...hello, signal: controller.signal })).rejects.toMatchObject({ failure: 'aborted' });
    expect(Date.now() - t0).toBeLessThan(2_000);
  });
});

describe('retry helpers and response parsing', () => {
  it('backs off exponentially with at most 25% jitter, capped', () => {
    expect(backoffMs(0, 500, 8000, () => 0)).toBe(500);
    expect(backoffMs(3, 500, 8000, () => 0)).toBe(4000);
    expect(backoffMs(10, 500, 8000, () => 0)).toBe(8000);
    expect(backoffMs(1, 500, 8000, () => 1)).toBe(750);
  });

  it('reads retry-after-ms, retry-after seconds and HTTP dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });

  it('reads string, null and content-part message content', () => {
    expect(parseChatCompletion(chatBody('a'))?.text).toBe('a');
    expect(parseChatCompletion({ choices: [{ message: { role: 'assistant', content: null } }] })?.text).toBe('');
    expect(parseChatCompletion({ choices: [{ message: { content: [{ type: 'text', text: 'x' }, { type: 'text', text: 'y' }] } }] })?.text).toBe('xy');
    expect(parseChatCompletion({ choices: [{ message: { content: 5 } }] })).toBeNull();
    expect(parseChatCompletion({})).toBeNull();
  });
});
