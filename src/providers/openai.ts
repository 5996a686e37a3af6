/**
 * An OpenAI-compatible chat client: POST `${baseUrl}/chat/completions` with Node's global fetch.
 * Works with OpenAI and with servers that speak the same API (vLLM, SGLang, llama.cpp, Ollama,
 * OpenRouter, LiteLLM, …) through `baseUrl`.
 *
 * Each attempt has its own timeout (connect + response + body). Transient failures — 408, 409,
 * 429, 5xx, timeouts and network errors — are retried up to `maxRetries` times with exponential
 * backoff and jitter, or after the wait the server asks for in `retry-after-ms` / `retry-after`.
 * Other statuses (400, 401, 403, 404, 422, …) fail at once. Errors are `ProviderError` (with the
 * HTTP status) or `RateLimitError` for a 429 that retries did not get through.
 *
 * The API key is held in this module's closure only: it is sent in the Authorization header and
 * appears in no property, message or serialisation of the provider.
 */
import { ProviderConfigError, ProviderError, RateLimitError } from './errors.js';
import { backoffMs, isRetryableStatus, retryAfterMs, sleep } from './retry.js';
import type { CompletionRequest, CompletionResult, CompletionUsage, Provider, ProviderOptions } from './types.js';

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_RETRY_BASE_MS = 500;
const DEFAULT_RETRY_MAX_MS = 8_000;
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
/** How much of an error body is quoted in a message. */
const ERROR_BODY_CHARS = 300;

interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** Parses and normalises a base URL: http(s) only, no trailing slash, user:password removed. */
export function normaliseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ProviderConfigError(`base URL '${raw}' is not a valid URL (expected e.g. http://127.0.0.1:8000/v1)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ProviderConfigError(`base URL '${url.protocol}//${url.host}${url.pathname}' must use http or https`);
  }
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  return url.toString().replace(/\/+$/, '');
}

function checkNonNegativeInt(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
    throw new ProviderConfigError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
}

/** The server's error message from an error body (`{"error": {"message": …}}` or plain text), shortened. */
function errorMessageOf(body: string): string {
  let message = body;
  try {
    const parsed = JSON.parse(body) as unknown;
    if (typeof parsed === 'object' && parsed !== null) {
      const error = (parsed as Record<string, unknown>).error;
      if (typeof error === 'string') message = error;
      else if (typeof error === 'object' && error !== null && typeof (error as Record<string, unknown>).message === 'string') {
        message = (error as Record<string, unknown>).message as string;
      } else if (typeof (parsed as Record<string, unknown>).message === 'string') {
        message = (parsed as Record<string, unknown>).message as string;
      }
    }
  } catch {
    // plain text
  }
  message = message.replace(/\s+/g, ' ').trim();
  return message.length > ERROR_BODY_CHARS ? `${message.slice(0, ERROR_BODY_CHARS)}…` : message;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The text of `choices[0].message.content`: a string, or the text parts of a content array. */
function contentText(content: unknown): string | null {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) return '';
  if (Array.isArray(content)) {
    return content
      .map((part) => (typeof part === 'object' && part !== null && typeof (part as Record<string, unknown>).text === 'string' ? ((part as Record<string, unknown>).text as string) : ''))
      .join('');
  }
  return null;
}

/** Reads a chat-completions response body; null when it does not have that shape. */
export function parseChatCompletion(body: unknown): CompletionResult | null {
  if (typeof body !== 'object' || body === null) return null;
  const b = body as Record<string, unknown>;
  if (!Array.isArray(b.choices) || b.choices.length === 0) return null;
  const choice = b.choices[0] as Record<string, unknown> | null;
  if (typeof choice !== 'object' || choice === null) return null;
  const message = choice.message as Record<string, unknown> | undefined;
  // Some servers answer in the legacy completions shape ({text}); accept it too.
  const text = typeof message === 'object' && message !== null ? contentText(message.content) : typeof choice.text === 'string' ? choice.text : null;
  if (text === null) return null;
  let usage: CompletionUsage | undefined;
  if (typeof b.usage === 'object' && b.usage !== null) {
    const u = b.usage as Record<string, unknown>;
    usage = { promptTokens: num(u.prompt_tokens), completionTokens: num(u.completion_tokens), totalTokens: num(u.total_tokens) };
  }
  return {
    text,
    ...(usage ? { usage } : {}),
    ...(typeof choice.finish_reason === 'string' ? { finishReason: choice.finish_reason } : {}),
    ...(typeof b.model === 'string' ? { model: b.model } : {}),
  };
}

/** Creates an OpenAI-compatible provider for `model` (see `createProvider` for the spec form). */
export function createOpenAIProvider(model: string, options: ProviderOptions = {}): Provider {
  const env = options.env ?? process.env;
  if (model.trim() === '') throw new ProviderConfigError(`provider 'openai' needs a model name: openai:MODEL (e.g. openai:gpt-4o-mini)`);
  const envBase = env.OPENAI_BASE_URL;
  const baseUrl = normaliseBaseUrl(options.baseUrl ?? (envBase !== undefined && envBase.trim() !== '' ? envBase : OPENAI_DEFAULT_BASE_URL));
  const apiKey = (options.apiKey ?? env.OPENAI_API_KEY ?? '').trim();
  if (apiKey === '' && new URL(baseUrl).hostname === 'api.openai.com') {
    throw new ProviderConfigError('openai: no API key: set OPENAI_API_KEY (or pass apiKey), or set the base URL (OPENAI_BASE_URL) to a server that needs none');
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const retryBaseMs = options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS;
  const retryMaxMs = options.retryMaxMs ?? DEFAULT_RETRY_MAX_MS;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new ProviderConfigError(`timeout must be a positive number of ms, got ${timeoutMs}`);
  checkNonNegativeInt('maxRetries', maxRetries);
  checkNonNegativeInt('retryBaseMs', retryBaseMs);
  checkNonNegativeInt('retryMaxMs', retryMaxMs);
  checkNonNegativeInt('maxRetryAfterMs', maxRetryAfterMs);

  const spec = `openai:${model}`;
  const endpoint = `${baseUrl}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (apiKey !== '') headers.authorization = `Bearer ${apiKey}`;

  /** One attempt: the response status, headers and body text, or a thrown network/timeout/abort error. */
  async function attempt(body: string, signal: AbortSignal | undefined): Promise<RawResponse> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await fetch(endpoint, { method: 'POST', headers, body, signal: controller.signal });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      if (timedOut) throw new ProviderError(`${spec}: no response from ${endpoint} within ${timeoutMs} ms`, { failure: 'timeout', retryable: true, cause: error });
      if (signal?.aborted) throw new ProviderError(`${spec}: request to ${endpoint} was cancelled`, { failure: 'aborted', cause: error });
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const why = cause?.code ?? cause?.message ?? (error as Error).message;
      throw new ProviderError(`${spec}: cannot reach ${endpoint} (${why})`, { failure: 'network', retryable: true, cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async function complete(request: CompletionRequest): Promise<CompletionResult> {
    if (!Array.isArray(request.messages) || request.messages.length === 0) {
      throw new ProviderConfigError(`${spec}: a completion request needs at least one message`);
    }
    const payload: Record<string, unknown> = {
      model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
    };
    if (request.temperature !== undefined) payload.temperature = request.temperature;
    if (request.maxTokens !== undefined) payload.max_tokens = request.maxTokens;
    const body = JSON.stringify(payload);

    for (let tries = 1; ; tries++) {
      let outcome: RawResponse | ProviderError;
      try {
        outcome = await attempt(body, request.signal);
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error;
        outcome = error;
      }
      let failure: ProviderError;
      let waitMs: number | undefined;
      let stop = false;
      if (outcome instanceof ProviderError) {
        failure = outcome;
      } else if (outcome.status >= 200 && outcome.status < 300) {
        return readSuccess(outcome, tries);
      } else {
        const asked = retryAfterMs(outcome.headers);
        const message = `${spec}: HTTP ${outcome.status} from ${endpoint}: ${errorMessageOf(outcome.text) || '(empty body)'}`;
        const details = { retryable: isRetryableStatus(outcome.status), ...(asked !== undefined ? { retryAfterMs: asked } : {}) };
        failure = outcome.status === 429 ? new RateLimitError(message, details) : new ProviderError(message, { ...details, failure: 'http', status: outcome.status });
        // Honour the server's wait when it is reasonable; a longer one ends the retries.
        if (asked !== undefined && asked > maxRetryAfterMs) stop = true;
        waitMs = asked;
      }
      failure.attempts = tries;
      if (stop || !failure.retryable || tries > maxRetries) throw failure;
      try {
        await sleep(waitMs ?? backoffMs(tries - 1, retryBaseMs, retryMaxMs), request.signal);
      } catch (reason) {
        throw new ProviderError(`${spec}: request to ${endpoint} was cancelled`, { failure: 'aborted', attempts: tries, cause: reason });
      }
    }
  }

  function readSuccess(response: RawResponse, tries: number): CompletionResult {
    let parsed: unknown;
    try {
      parsed = JSON.parse(response.text);
    } catch {
      throw new ProviderError(`${spec}: ${endpoint} answered ${response.status} with a body that is not JSON`, { failure: 'invalid_response', status: response.status, attempts: tries });
    }
    const result = parseChatCompletion(parsed);
    if (!result) {
      throw new ProviderError(`${spec}: ${endpoint} answered ${response.status} without choices[0].message.content`, { failure: 'invalid_response', status: response.status, attempts: tries });
    }
    return result;
  }

  const provider: Provider = { spec, kind: 'openai', model, baseUrl, complete };
  return Object.freeze(provider);
}
