/**
 * Typed provider errors. Messages name the provider spec, the endpoint (without credentials) and
 * what went wrong; they never contain the API key or request headers.
 */
import { HeedError } from '../core/errors.js';

/** How a request failed: an HTTP error status, no connection, no answer in time, or an unreadable body. */
export type ProviderFailure = 'http' | 'network' | 'timeout' | 'invalid_response' | 'aborted';

export interface ProviderErrorDetails {
  readonly failure: ProviderFailure;
  /** The HTTP status, for `http` failures. */
  readonly status?: number;
  /** Attempts made (1 + retries) before giving up. */
  readonly attempts?: number;
  /** Whether another attempt could succeed (transient status, timeout, network). */
  readonly retryable?: boolean;
  /** The wait the server asked for (Retry-After), in ms, when it sent one. */
  readonly retryAfterMs?: number;
  readonly cause?: unknown;
}

/** A request to a model failed (after any retries). */
export class ProviderError extends HeedError {
  readonly failure: ProviderFailure;
  readonly status: number | undefined;
  /** Attempts made before giving up (set by the client as it retries). */
  attempts: number;
  /** Whether another attempt could succeed (transient status, timeout, network). */
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, details: ProviderErrorDetails, code = 'HEED_ERR_PROVIDER') {
    super(code, message);
    this.name = 'ProviderError';
    this.failure = details.failure;
    this.status = details.status;
    this.attempts = details.attempts ?? 1;
    this.retryable = details.retryable ?? false;
    this.retryAfterMs = details.retryAfterMs;
    if (details.cause !== undefined) (this as { cause?: unknown }).cause = details.cause;
  }

  static isProviderError(value: unknown): value is ProviderError {
    return value instanceof ProviderError;
  }
}

/** HTTP 429: the service's rate limit (or quota) was hit and retries did not get through. */
export class RateLimitError extends ProviderError {
  constructor(message: string, details: Omit<ProviderErrorDetails, 'failure' | 'status'>) {
    super(message, { ...details, failure: 'http', status: 429 }, 'HEED_ERR_PROVIDER_RATE_LIMIT');
    this.name = 'RateLimitError';
  }
}

/** A provider cannot be created: bad spec, bad base URL, missing API key. */
export class ProviderConfigError extends HeedError {
  constructor(message: string) {
    super('HEED_ERR_PROVIDER_CONFIG', message);
    this.name = 'ProviderConfigError';
  }
}
