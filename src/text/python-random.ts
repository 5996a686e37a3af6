/**
 * A bit-exact re-implementation of CPython's `random.Random` (Mersenne Twister MT19937).
 *
 * What is reproduced (CPython 3.11 semantics):
 * - `seed(n)` for integers: the absolute value is cut into 32-bit words, least significant first
 *   (`0` gives the one-word key `[0]`), and fed to MT19937's `init_by_array`; the cached second
 *   Gaussian value is dropped.
 * - `random()`: 53-bit float from two 32-bit outputs (`a >> 5`, `b >> 6`).
 * - `getrandbits(k)`: the top `k` bits of one output for `k <= 32`; for larger `k` 32-bit words
 *   are filled least significant first and the last one keeps its top bits.
 * - `randbelow(n)` (Python's `_randbelow_with_getrandbits`): `k = n.bit_length()`, draw `k` bits
 *   until the value is below `n`; `choice`, `shuffle`, `randrange`, `randint` build on it.
 * - `gauss(mu, sigma)`: Box–Muller pair with the second value cached on the instance.
 *
 * `gauss` needs `cos`, `sin` and `log`. CPython calls the C library; JavaScript's `Math.cos`/`sin`/
 * `log` differ from it in the last bit for a few percent of arguments. This module evaluates them
 * in double-double arithmetic and rounds once, which gives the correctly rounded result. glibc 2.36
 * (the reference's C library) is correctly rounded for all but roughly 0.1% of arguments, so a
 * Gaussian value can, rarely, differ from CPython's by one unit in the last place.
 */

// ---------------------------------------------------------------------------------------------
// Mersenne Twister MT19937
// ---------------------------------------------------------------------------------------------

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

const TWO_POW_26 = 67108864.0;
const INV_TWO_POW_53 = 1.0 / 9007199254740992.0;
/** `random.TWOPI` (`2.0 * math.pi`). */
const TWOPI = 2.0 * Math.PI;

/** A sequence that `choice` can pick from (arrays, strings, typed arrays). */
export interface IndexedSequence<T> {
  readonly length: number;
  readonly [index: number]: T;
}

/** A snapshot of a PythonRandom (the 624-word Mersenne Twister state, its position, gauss_next). */
export interface PythonRandomState {
  readonly mt: Uint32Array;
  readonly index: number;
  readonly gaussNext: number | null;
}

export class PythonRandom {
  private readonly mt = new Uint32Array(N);
  private mti = N + 1;
  /** Python's `gauss_next`: the cached second value of the last Box–Muller pair. */
  private gaussNext: number | null = null;

  /** Same as `random.Random(seed)`; with no argument the generator is seeded with 0. */
  constructor(seed: number | bigint = 0) {
    this.seed(seed);
  }

  /** `Random.seed(a)` for an integer `a` (its absolute value is used, as in CPython). */
  seed(a: number | bigint): void {
    let big: bigint;
    if (typeof a === 'bigint') big = a;
    else {
      if (!Number.isInteger(a)) throw new TypeError('PythonRandom.seed: only integer seeds are supported');
      big = BigInt(a);
    }
    if (big < 0n) big = -big;
    const key: number[] = [];
    while (big > 0n) {
      key.push(Number(big & 0xffffffffn));
      big >>= 32n;
    }
    if (key.length === 0) key.push(0);
    this.initByArray(key);
    this.gaussNext = null;
  }

  /** A copy of the generator state (Python's `getstate()`). */
  getState(): PythonRandomState {
    return { mt: Uint32Array.from(this.mt), index: this.mti, gaussNext: this.gaussNext };
  }

  /** Restore a state from `getState()` (Python's `setstate()`); cheaper than re-seeding. */
  setState(state: PythonRandomState): void {
    if (state.mt.length !== N) throw new RangeError('PythonRandom.setState: bad state');
    this.mt.set(state.mt);
    this.mti = state.index;
    this.gaussNext = state.gaussNext;
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
  }

  private initByArray(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    const len = key.length;
    for (let k = N > len ? N : len; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.mti = N;
  }

  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
    mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.mti = 0;
  }

  /** One raw 32-bit output (CPython's `genrand_uint32`), as an unsigned number. */
  genrandUint32(): number {
    if (this.mti >= N) this.twist();
    let y = this.mt[this.mti++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `random.random()`: a float in [0, 1) with 53 random bits. */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * TWO_POW_26 + b) * INV_TWO_POW_53;
  }

  /** `random.getrandbits(k)` for 0 <= k <= 53 (use `getrandbitsBig` beyond). */
  getrandbits(k: number): number {
    if (!Number.isInteger(k) || k < 0) throw new RangeError('number of bits must be non-negative');
    if (k === 0) return 0;
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    if (k > 53) throw new RangeError('getrandbits(k) with k > 53: use getrandbitsBig');
    const low = this.genrandUint32();
    const high = this.genrandUint32() >>> (64 - k);
    return high * 4294967296 + low;
  }

  /** `random.getrandbits(k)` for any k >= 0, as a bigint. */
  getrandbitsBig(k: number): bigint {
    if (!Number.isInteger(k) || k < 0) throw new RangeError('number of bits must be non-negative');
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.genrandUint32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }

  /** Python's `_randbelow(n)` for 1 <= n <= 2**53: rejection sampling on `n.bit_length()` bits. */
  randbelow(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > 9007199254740992) {
      throw new RangeError('randbelow(n) needs an integer 1 <= n <= 2**53');
    }
    const k = bitLength(n);
    if (k > 53) {
      // only n = 2**53 gets here (54 bits)
      const big = BigInt(n);
      let rb = this.getrandbitsBig(k);
      while (rb >= big) rb = this.getrandbitsBig(k);
      return Number(rb);
    }
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** `random.choice(seq)`; throws a RangeError on an empty sequence (Python: IndexError). */
  choice<T>(seq: IndexedSequence<T>): T {
    if (seq.length === 0) throw new RangeError('Cannot choose from an empty sequence');
    return seq[this.randbelow(seq.length)]!;
  }

  /** `random.shuffle(x)`: in-place Fisher–Yates from the end, as CPython does it. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i >= 1; i--) {
      const j = this.randbelow(i + 1);
      const t = x[i]!;
      x[i] = x[j]!;
      x[j] = t;
    }
  }

  /** `random.randrange(start, stop?, step?)` for safe integers. */
  randrange(start: number, stop?: number, step = 1): number {
    if (!Number.isInteger(start)) throw new RangeError('non-integer arg 1 for randrange()');
    if (stop === undefined) {
      if (step !== 1) throw new TypeError('Missing a non-None stop argument');
      if (start > 0) return this.randbelow(start);
      throw new RangeError('empty range for randrange()');
    }
    if (!Number.isInteger(stop)) throw new RangeError('non-integer stop for randrange()');
    if (!Number.isInteger(step)) throw new RangeError('non-integer step for randrange()');
    const width = stop - start;
    if (step === 1) {
      if (width > 0) return start + this.randbelow(width);
      throw new RangeError('empty range for randrange()');
    }
    let n: number;
    if (step > 0) n = Math.floor((width + step - 1) / step);
    else if (step < 0) n = Math.floor((width + step + 1) / step);
    else throw new RangeError('zero step for randrange()');
    if (n <= 0) throw new RangeError('empty range for randrange()');
    return start + step * this.randbelow(n);
  }

  /** `random.randint(a, b)`: an integer in [a, b]. */
  randint(a: number, b: number): number {
    return this.randrange(a, b + 1);
  }

  /** `random.uniform(a, b)`. */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** `random.gauss(mu, sigma)`, with CPython's cached second value of each Box–Muller pair. */
  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * pyLog(1.0 - this.random()));
      pySinCos(x2pi);
      z = COS_OUT * g2rad;
      this.gaussNext = SIN_OUT * g2rad;
    }
    return mu + z * sigma;
  }
}

/**
 * The fixed output sequence of one seed, for code that reseeds before every use (langdetect does,
 * at every detection): the 32-bit outputs are computed once and kept, so a detection reads them
 * by position instead of re-running the twister, and each Box–Muller pair, a pure function of
 * the four outputs it consumes, is computed once per position.
 *
 * The reader keeps its own position and `gauss_next`; see `PythonRandom` for the semantics.
 */
export class PythonRandomStream {
  private readonly source: PythonRandom;
  /** Outputs computed so far (the first `length` entries are valid). */
  words: Uint32Array;
  private length = 0;
  private gaussZ: Float64Array;
  private gaussSecond: Float64Array;
  private gaussKnown: Uint8Array;
  /** Filled by `gaussPairAt`: the two values of the pair. */
  pairFirst = 0;
  pairSecond = 0;

  constructor(seed: number | bigint = 0, initial = 4096) {
    this.source = new PythonRandom(seed);
    this.words = new Uint32Array(initial);
    this.gaussZ = new Float64Array(initial);
    this.gaussSecond = new Float64Array(initial);
    this.gaussKnown = new Uint8Array(initial);
    this.extend(initial);
  }

  /** Makes outputs `0 .. end - 1` available in `words` (grows by doubling). */
  ensure(end: number): void {
    if (end <= this.length) return;
    let size = this.words.length;
    while (size < end) size *= 2;
    if (size !== this.words.length) {
      const grow = <T extends Uint32Array | Float64Array | Uint8Array>(old: T, make: (n: number) => T): T => {
        const next = make(size);
        next.set(old);
        return next;
      };
      this.words = grow(this.words, (n) => new Uint32Array(n));
      this.gaussZ = grow(this.gaussZ, (n) => new Float64Array(n));
      this.gaussSecond = grow(this.gaussSecond, (n) => new Float64Array(n));
      this.gaussKnown = grow(this.gaussKnown, (n) => new Uint8Array(n));
    }
    this.extend(size);
  }

  private extend(end: number): void {
    for (let i = this.length; i < end; i++) this.words[i] = this.source.genrandUint32();
    this.length = end;
  }

  /**
   * The Box–Muller pair `gauss()` computes when it starts at output `position` with no cached
   * value: `pairFirst` is what that call returns (for mu 0, sigma 1) and `pairSecond` what it
   * caches for the next call. It consumes four outputs.
   */
  gaussPairAt(position: number): void {
    this.ensure(position + 4);
    if (this.gaussKnown[position] === 0) {
      const w = this.words;
      const u1 = ((w[position]! >>> 5) * TWO_POW_26 + (w[position + 1]! >>> 6)) * INV_TWO_POW_53;
      const u2 = ((w[position + 2]! >>> 5) * TWO_POW_26 + (w[position + 3]! >>> 6)) * INV_TWO_POW_53;
      const g2rad = Math.sqrt(-2.0 * pyLog(1.0 - u2));
      pySinCos(u1 * TWOPI);
      this.gaussZ[position] = COS_OUT * g2rad;
      this.gaussSecond[position] = SIN_OUT * g2rad;
      this.gaussKnown[position] = 1;
    }
    this.pairFirst = this.gaussZ[position]!;
    this.pairSecond = this.gaussSecond[position]!;
  }
}

/** Python's `int.bit_length()` for a non-negative safe integer. */
function bitLength(n: number): number {
  if (n < 4294967296) return 32 - Math.clz32(n);
  return 32 + bitLength(Math.floor(n / 4294967296));
}

// ---------------------------------------------------------------------------------------------
// Correctly rounded log / sin / cos via double-double arithmetic
// ---------------------------------------------------------------------------------------------
// A double-double value is hi + lo with |lo| <= ulp(hi) / 2; the helpers below write their result
// into the module-level pair (RH, RL) to avoid allocating.

let RH = 0;
let RL = 0;

const SPLITTER = 134217729.0; // 2^27 + 1

/** hi + lo = a * b exactly (Dekker's product; no FMA in JavaScript). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let c = SPLITTER * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLITTER * b;
  const bh = c - (c - b);
  const bl = b - bh;
  RH = p;
  RL = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** (ah, al) + (bh, bl). */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  let s = ah + bh;
  let bb = s - ah;
  let e = ah - (s - bb) + (bh - bb);
  const t = al + bl;
  bb = t - al;
  const f = al - (t - bb) + (bl - bb);
  e += t;
  let h = s + e;
  e = e - (h - s);
  s = h;
  e += f;
  h = s + e;
  RL = e - (h - s);
  RH = h;
}

/** (ah, al) * (bh, bl). */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = RH;
  const e = RL + (ah * bl + al * bh);
  const h = p + e;
  RL = e - (h - p);
  RH = h;
}

/** (ah, al) / (bh, bl), with two correction steps (long division in double-double). */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -RH, -RL);
  let rh = RH;
  let rl = RL;
  const q2 = rh / bh;
  ddMul(q2, 0, bh, bl);
  ddAdd(rh, rl, -RH, -RL);
  rh = RH;
  rl = RL;
  const q3 = rh / bh;
  ddAdd(q1, 0, q2, 0);
  ddAdd(RH, RL, q3, 0);
}

/** Divide the double-double (ah, al) by a small exact integer d. */
function ddDivSmall(ah: number, al: number, d: number): void {
  const q1 = ah / d;
  twoProd(q1, d);
  // remainder r = (ah + al) - q1 * d, computed exactly enough
  const r = ah - RH - RL + al;
  const q2 = r / d;
  const h = q1 + q2;
  RL = q2 - (h - q1);
  RH = h;
}

// pi/2 as three doubles (sum accurate to ~160 bits) and ln 2 as two.
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;
const LN2_1 = 0.6931471805599453;
const LN2_2 = 2.3190468138462996e-17;

// 1/n! as double-doubles, n = 0..31 (INV_FACT_H[n] + INV_FACT_L[n]).
const INV_FACT_H = new Float64Array(32);
const INV_FACT_L = new Float64Array(32);
INV_FACT_H[0] = 1;
for (let n = 1; n < 32; n++) {
  ddDivSmall(INV_FACT_H[n - 1]!, INV_FACT_L[n - 1]!, n);
  INV_FACT_H[n] = RH;
  INV_FACT_L[n] = RL;
}
/** Highest power of r^2 kept: (pi/4)^30 / 30! and (pi/4)^31 / 31! are below 2^-110. */
const SERIES_TERMS = 15;

/** sin and cos of the double-double r (|r| <= pi/4) into SIN_H/SIN_L and COS_H/COS_L. */
let SIN_H = 0;
let SIN_L = 0;
let COS_H = 0;
let COS_L = 0;

function sinCosReduced(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const r2h = -RH; // Horner in -r^2 gives the alternating signs
  const r2l = -RL;
  // sin r = r * sum_k (-r^2)^k / (2k+1)!,  cos r = sum_k (-r^2)^k / (2k)!
  let sh = INV_FACT_H[2 * SERIES_TERMS + 1]!;
  let sl = INV_FACT_L[2 * SERIES_TERMS + 1]!;
  let ch = INV_FACT_H[2 * SERIES_TERMS]!;
  let cl = INV_FACT_L[2 * SERIES_TERMS]!;
  for (let k = SERIES_TERMS - 1; k >= 0; k--) {
    ddMul(sh, sl, r2h, r2l);
    ddAdd(RH, RL, INV_FACT_H[2 * k + 1]!, INV_FACT_L[2 * k + 1]!);
    sh = RH;
    sl = RL;
    ddMul(ch, cl, r2h, r2l);
    ddAdd(RH, RL, INV_FACT_H[2 * k]!, INV_FACT_L[2 * k]!);
    ch = RH;
    cl = RL;
  }
  ddMul(sh, sl, rh, rl);
  SIN_H = RH;
  SIN_L = RL;
  COS_H = ch;
  COS_L = cl;
}

/** Quadrant k and reduced argument (RH, RL) = x - k*pi/2. Valid for |x| < 2^20 * pi/2. */
function reduce(x: number): number {
  const k = Math.round(x / PIO2_1);
  twoProd(k, PIO2_1);
  ddAdd(x, 0, -RH, -RL);
  let h = RH;
  let l = RL;
  twoProd(k, PIO2_2);
  ddAdd(h, l, -RH, -RL);
  h = RH;
  l = RL;
  ddAdd(h, l, -k * PIO2_3, 0);
  return k;
}

const REDUCE_LIMIT = 1647099.0; // about 2^20 * pi/2: the three-term pi/2 stays accurate below


/** Results of the last pySinCos call. */
let SIN_OUT = 0;
let COS_OUT = 0;

/** Correctly rounded sin(x) and cos(x) together, into SIN_OUT / COS_OUT. */
function pySinCos(x: number): void {
  if (!Number.isFinite(x) || Math.abs(x) > REDUCE_LIMIT) {
    SIN_OUT = Math.sin(x);
    COS_OUT = Math.cos(x);
    return;
  }
  if (x === 0) {
    SIN_OUT = x;
    COS_OUT = 1;
    return;
  }
  const k = reduce(x);
  sinCosReduced(RH, RL);
  const s = SIN_H + SIN_L;
  const c = COS_H + COS_L;
  switch (((k % 4) + 4) % 4) {
    case 0:
      SIN_OUT = s;
      COS_OUT = c;
      break;
    case 1:
      SIN_OUT = c;
      COS_OUT = -s;
      break;
    case 2:
      SIN_OUT = -s;
      COS_OUT = -c;
      break;
    default:
      SIN_OUT = -c;
      COS_OUT = s;
  }
}

/** Correctly rounded `math.sin(x)` (falls back to Math.sin for huge or non-finite x). */
export function pySin(x: number): number {
  pySinCos(x);
  return SIN_OUT;
}

/** Correctly rounded `math.cos(x)` (falls back to Math.cos for huge or non-finite x). */
export function pyCos(x: number): number {
  pySinCos(x);
  return COS_OUT;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI_WORD = LITTLE_ENDIAN ? 1 : 0;

/** Correctly rounded natural logarithm (CPython's `math.log(x)` for x > 0). */
export function pyLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log(x); // NaN, -Infinity, Infinity
  if (x === 1) return 0;
  let e = 0;
  let m = x;
  if (m < 2.2250738585072014e-308) {
    m *= 18014398509481984; // 2^54: bring subnormals into the normal range
    e -= 54;
  }
  F64[0] = m;
  const biased = (U32[HI_WORD]! >>> 20) & 0x7ff;
  e += biased - 1023;
  U32[HI_WORD] = (U32[HI_WORD]! & 0x800fffff) | (1023 << 20); // m in [1, 2)
  m = F64[0]!;
  if (m > Math.SQRT2) {
    m *= 0.5;
    e += 1;
  }
  // log m = 2 atanh(s), s = (m - 1) / (m + 1); m - 1 is exact here.
  const num = m - 1;
  const denH = m + 1;
  const bb = denH - m;
  const denL = m - (denH - bb) + (1 - bb);
  ddDiv(num, 0, denH, denL);
  const sh = RH;
  const sl = RL;
  ddMul(sh, sl, sh, sl);
  const s2h = RH;
  const s2l = RL;
  // atanh(s) = s + s^3/3 + s^5/5 + ...
  let ph = sh;
  let pl = sl;
  let ah = sh;
  let al = sl;
  for (let k = 1; k <= 40; k++) {
    ddMul(ph, pl, s2h, s2l);
    ph = RH;
    pl = RL;
    ddDivSmall(ph, pl, 2 * k + 1);
    const th = RH;
    const tl = RL;
    ddAdd(ah, al, th, tl);
    ah = RH;
    al = RL;
    if (Math.abs(th) < 1e-36 * Math.abs(ah) || th === 0) break;
  }
  // 2 * atanh(s) + e * ln 2
  ah *= 2;
  al *= 2;
  if (e !== 0) {
    twoProd(e, LN2_1);
    const eh = RH;
    const el = RL + e * LN2_2;
    ddAdd(ah, al, eh, el);
    ah = RH;
    al = RL;
  }
  return ah + al;
}
