/**
 * A disk cache of model responses, so that reruns are reproducible and cost nothing.
 *
 * The key is the SHA-256 of the provider kind, the model, the base URL's host (with port) and the
 * request (messages, temperature, max tokens) — never the API key or any header. Entries are
 * JSON files `DIR/ab/abcdef….json` holding the request and the response text; they are written
 * atomically (temporary file, then rename), so concurrent runs cannot leave half a file. Failed
 * requests are not cached. Delete the folder to clear it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompletionRequest, CompletionResult, Provider } from './types.js';

const CACHE_VERSION = 1;

/** The parts of a request that decide its answer (what the key is computed from). */
function keyMaterial(provider: Pick<Provider, 'kind' | 'model' | 'baseUrl'>, request: CompletionRequest) {
  return {
    v: CACHE_VERSION,
    kind: provider.kind,
    model: provider.model,
    host: new URL(provider.baseUrl).host,
    messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
    temperature: request.temperature ?? null,
    max_tokens: request.maxTokens ?? null,
  };
}

function hashMaterial(material: ReturnType<typeof keyMaterial>): string {
  return createHash('sha256').update(JSON.stringify(material)).digest('hex');
}

/** The cache key of a request: hex SHA-256 of its key material (no secrets in it). */
export function completionCacheKey(provider: Pick<Provider, 'kind' | 'model' | 'baseUrl'>, request: CompletionRequest): string {
  return hashMaterial(keyMaterial(provider, request));
}

interface CacheEntry {
  readonly version: number;
  readonly key: string;
  readonly request: ReturnType<typeof keyMaterial>;
  readonly response: CompletionResult;
}

export class ResponseCache {
  readonly dir: string;
  hits = 0;
  misses = 0;

  constructor(dir: string) {
    this.dir = dir;
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The cached response, or undefined (also for a missing, unreadable or foreign file). */
  get(key: string): CompletionResult | undefined {
    let entry: CacheEntry;
    try {
      entry = JSON.parse(readFileSync(this.pathOf(key), 'utf8')) as CacheEntry;
    } catch {
      return undefined;
    }
    if (entry?.version !== CACHE_VERSION || entry.key !== key || typeof entry.response?.text !== 'string') return undefined;
    return entry.response;
  }

  /** Stores a response (atomically). Cache write failures are ignored: the cache is an optimisation. */
  set(key: string, material: ReturnType<typeof keyMaterial>, response: CompletionResult): void {
    const path = this.pathOf(key);
    const stored: CompletionResult = {
      text: response.text,
      ...(response.usage ? { usage: response.usage } : {}),
      ...(response.finishReason !== undefined ? { finishReason: response.finishReason } : {}),
      ...(response.model !== undefined ? { model: response.model } : {}),
    };
    const entry: CacheEntry = { version: CACHE_VERSION, key, request: material, response: stored };
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      writeFileSync(tmp, JSON.stringify(entry, null, 1) + '\n');
      renameSync(tmp, path);
    } catch {
      // read-only or full disk: carry on without caching
    }
  }
}

/**
 * Wraps a provider so that each request is answered from `cache` when it can be, and each
 * successful network answer is stored. Cached results carry `cached: true`.
 */
export function cachedProvider(provider: Provider, cache: ResponseCache): Provider {
  const complete = async (request: CompletionRequest): Promise<CompletionResult> => {
    const material = keyMaterial(provider, request);
    const key = hashMaterial(material);
    const hit = cache.get(key);
    if (hit) {
      cache.hits++;
      return { ...hit, cached: true };
    }
    cache.misses++;
    const result = await provider.complete(request);
    cache.set(key, material, result);
    return result;
  };
  return Object.freeze({ spec: provider.spec, kind: provider.kind, model: provider.model, baseUrl: provider.baseUrl, complete });
}
