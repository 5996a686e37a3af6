/**
 * Deterministic random numbers for generators. A generator never shares one stream across rows:
 * row i draws from `rngFor(generator, configHash, seed, i, ...)`, so every row depends only on
 * (generator, config, seed, i) and rows can be regenerated one at a time, in any order.
 *
 * The stream is xoshiro128** seeded from SHA-256 of the key parts (fast, 32-bit, good quality);
 * it is not Python's generator and need not be: generated data has no reference to match.
 */
import * as crypto from 'node:crypto';

/** One-shot SHA-256 (`crypto.hash`, Node >= 20.12: several times cheaper for short inputs). */
const oneShotHash: ((algorithm: string, data: string, outputEncoding: 'hex') => string) | undefined =
  typeof crypto.hash === 'function' ? crypto.hash : undefined;

/** Hex SHA-256 of a string's UTF-8 bytes. */
function sha256Hex(text: string): string {
  return oneShotHash ? oneShotHash('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex');
}

/** The signed 32-bit little-endian word at byte `byte` of a hex digest (as Buffer#readInt32LE). */
function wordLE(hex: string, byte: number): number {
  const be = parseInt(hex.slice(2 * byte, 2 * byte + 8), 16);
  return ((be >>> 24) | ((be >>> 8) & 0xff00) | ((be << 8) & 0xff0000) | (be << 24)) | 0;
}

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
  const digest = sha256Hex(JSON.stringify(parts));
  return new Rng([wordLE(digest, 0), wordLE(digest, 4), wordLE(digest, 8), wordLE(digest, 12)]);
}

/** Canonical JSON: object keys sorted at every level, so equal values hash equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // Written with plain loops (no per-level entry arrays or closures): the runner hashes every
  // draw's instance. The output is that of the definition: arrays element by element (a hole
  // renders as nothing, as Array#map + join leave it), undefined object values left out, keys
  // in UTF-16 code-unit order.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      const v: unknown = value[i];
      if (v !== undefined || i in value) out += canonicalJson(v);
    }
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    const v = record[k];
    if (v === undefined) continue;
    out += first ? JSON.stringify(k) : ',' + JSON.stringify(k);
    out += ':' + canonicalJson(v);
    first = false;
  }
  return out + '}';
}

/** Hex SHA-256 of a value's canonical JSON. */
export function hashValue(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
