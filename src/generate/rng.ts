/**
 * Deterministic random numbers for generators. A generator never shares one stream across rows:
 * row i draws from `rngFor(generator, configHash, seed, i, ...)`, so every row depends only on
 * (generator, config, seed, i) and rows can be regenerated one at a time, in any order.
 *
 * The stream is xoshiro128** seeded from SHA-256 of the key parts (fast, 32-bit, good quality);
 * it is not Python's generator and need not be: generated data has no reference to match.
 */
import { createHash } from 'node:crypto';

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seedWords: readonly [number, number, number, number]) {
    [this.a, this.b, this.c, this.d] = seedWords.map((w) => w | 0) as [number, number, number, number];
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** A float in [0, 1) with 53 random bits. */
  next(): number {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** An integer in [lo, hi], both inclusive (unbiased). */
  int(lo: number, hi: number): number {
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo) throw new RangeError(`bad range [${lo}, ${hi}]`);
    const span = hi - lo + 1;
    if (span <= 0x100000000) {
      const limit = Math.floor(0x100000000 / span) * span;
      for (;;) {
        const x = this.nextUint32();
        if (x < limit) return lo + (x % span);
      }
    }
    return lo + Math.floor(this.next() * span);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }

  /** One element with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    if (!(total > 0) || items.length !== weights.length) throw new RangeError('weighted pick needs positive weights, one per item');
    let x = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      x -= weights[i]!;
      if (x < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** `k` distinct elements in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, Math.min(k, items.length)));
  }

  /** An independent child stream, named so that adding draws elsewhere does not shift it. */
  fork(label: string | number): Rng {
    return rngFromKey([String(this.nextUint32()), String(label)]);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A stream seeded from the SHA-256 of the key parts (joined unambiguously). */
export function rngFromKey(parts: readonly (string | number)[]): Rng {
  const digest = createHash('sha256').update(JSON.stringify(parts)).digest();
  return new Rng([digest.readInt32LE(0), digest.readInt32LE(4), digest.readInt32LE(8), digest.readInt32LE(12)]);
}

/** Canonical JSON: object keys sorted at every level, so equal values hash equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Hex SHA-256 of a value's canonical JSON. */
export function hashValue(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
