/**
 * Model providers: `createProvider('openai:MODEL', options)` gives a chat client. Only the
 * OpenAI-compatible API is implemented; it also reaches vLLM, SGLang, llama.cpp, Ollama,
 * OpenRouter and other servers that speak it, through `baseUrl`.
 */
import { ProviderConfigError } from './errors.js';
import { createOpenAIProvider } from './openai.js';
import type { Provider, ProviderOptions } from './types.js';

export type { CompletionRequest, CompletionResult, CompletionUsage, Provider, ProviderMessage, ProviderOptions, ProviderRole } from './types.js';
export { ProviderError, RateLimitError, ProviderConfigError, type ProviderFailure } from './errors.js';
export { createOpenAIProvider, normaliseBaseUrl, parseChatCompletion, OPENAI_DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './openai.js';
export { backoffMs, isRetryableStatus, retryAfterMs } from './retry.js';
export { ResponseCache, cachedProvider, completionCacheKey } from './cache.js';
export { createLimiter, mapLimit, type Limiter } from './limit.js';

export const PROVIDER_KINDS = ['openai'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export interface ProviderSpec {
  readonly kind: ProviderKind;
  readonly model: string;
}

/** Splits `KIND:MODEL` at the first colon (model names may contain colons and slashes). */
export function parseProviderSpec(spec: string): ProviderSpec {
  const colon = spec.indexOf(':');
  if (colon < 0) {
    throw new ProviderConfigError(`provider spec '${spec}' has no provider prefix: write KIND:MODEL, e.g. openai:${spec.trim() || 'gpt-4o-mini'} (known kinds: ${PROVIDER_KINDS.join(', ')})`);
  }
  const kind = spec.slice(0, colon).trim().toLowerCase();
  const model = spec.slice(colon + 1).trim();
  if (!(PROVIDER_KINDS as readonly string[]).includes(kind)) {
    throw new ProviderConfigError(`unknown provider '${spec.slice(0, colon)}' in '${spec}' (known: ${PROVIDER_KINDS.join(', ')}; OpenAI-compatible servers use openai:MODEL with a base URL)`);
  }
  if (model === '') throw new ProviderConfigError(`provider spec '${spec}' names no model: write ${kind}:MODEL, e.g. ${kind}:gpt-4o-mini`);
  return { kind: kind as ProviderKind, model };
}

/** Creates a provider from a spec such as `openai:gpt-4o-mini`. Throws `ProviderConfigError` for a bad spec or setting. */
export function createProvider(spec: string, options: ProviderOptions = {}): Provider {
  const parsed = parseProviderSpec(spec);
  switch (parsed.kind) {
    case 'openai':
      return createOpenAIProvider(parsed.model, options);
  }
}
