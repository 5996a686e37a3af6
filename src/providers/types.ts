/**
 * The provider model: a chat model behind an HTTP API, asked for one completion at a time.
 * Callers (the rewrite pass, later `heed eval`) see only this interface; the wire format of each
 * service lives in its own file (openai.ts for OpenAI-compatible `/chat/completions`).
 */

export type ProviderRole = 'system' | 'user' | 'assistant';

/** One chat message sent to a model. */
export interface ProviderMessage {
  readonly role: ProviderRole;
  readonly content: string;
}

export interface CompletionRequest {
  readonly messages: readonly ProviderMessage[];
  /** Sampling temperature; omitted from the request when undefined (the server's default applies). */
  readonly temperature?: number;
  /** Upper bound on generated tokens (`max_tokens`); omitted when undefined. */
  readonly maxTokens?: number;
  /** Cancels the request (and any wait between retries). */
  readonly signal?: AbortSignal;
}

export interface CompletionUsage {
  readonly promptTokens?: number;
  readonly completionTokens?: number;
  readonly totalTokens?: number;
}

export interface CompletionResult {
  /** The assistant message's text ('' when the model returned no content). */
  readonly text: string;
  readonly usage?: CompletionUsage;
  /** The choice's `finish_reason` when the server sent one (`stop`, `length`, …). */
  readonly finishReason?: string;
  /** The model name the server reports, when it sends one. */
  readonly model?: string;
  /** True when the result came from a response cache rather than the network. */
  readonly cached?: boolean;
}

/** A chat model. Never exposes its API key (not as a property, not in errors or JSON). */
export interface Provider {
  /** The spec it was created from, e.g. `openai:gpt-4o-mini`. */
  readonly spec: string;
  /** The provider kind, the part of the spec before the first colon. */
  readonly kind: 'openai';
  /** The model name, the part of the spec after the first colon. */
  readonly model: string;
  /** The API base URL without a trailing slash (credentials in it, if any, removed). */
  readonly baseUrl: string;
  complete(request: CompletionRequest): Promise<CompletionResult>;
}

export interface ProviderOptions {
  /** API base URL; default `OPENAI_BASE_URL` from the environment, else `https://api.openai.com/v1`. */
  readonly baseUrl?: string;
  /** API key; default `OPENAI_API_KEY` from the environment. Sent as `Authorization: Bearer …` only. */
  readonly apiKey?: string;
  /** Time allowed for one attempt (connect, response and body), in ms. Default 60,000. */
  readonly timeoutMs?: number;
  /** Retries after the first attempt on 408/409/429/5xx, timeouts and network errors. Default 2. */
  readonly maxRetries?: number;
  /** First backoff delay in ms (doubled per retry, with jitter). Default 500. */
  readonly retryBaseMs?: number;
  /** Largest backoff delay in ms. Default 8,000. */
  readonly retryMaxMs?: number;
  /**
   * Largest server-requested wait (Retry-After) heed honours, in ms. A longer request ends the
   * retries with the error instead of waiting. Default 60,000.
   */
  readonly maxRetryAfterMs?: number;
  /** Where `OPENAI_*` defaults are read from; default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}
