/**
 * Retry policy for model APIs: which failures are worth another attempt, how long to wait
 * (exponential backoff with jitter, or what the server asks for in Retry-After), and a sleep
 * that an AbortSignal can cut short.
 */

/** Statuses worth retrying: request timeout, conflict (lock contention), rate limit, server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * The backoff before retry number `retry` (0 for the first retry): `baseMs · 2^retry`, capped at
 * `maxMs`, minus up to 25% jitter so that many clients do not retry in lockstep.
 */
export function backoffMs(retry: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const full = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry));
  return Math.max(0, Math.round(full * (1 - 0.25 * random())));
}

/**
 * The wait a response asks for, in ms: `retry-after-ms` (OpenAI's header, milliseconds), else
 * `retry-after` as seconds (fractions allowed) or as an HTTP date. Undefined when absent or
 * unreadable; a date in the past gives 0.
 */
export function retryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const n = Number(ms);
    if (Number.isFinite(n) && n >= 0) return n;
  }
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
