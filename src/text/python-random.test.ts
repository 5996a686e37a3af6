/**
 * PythonRandom against outputs of CPython 3.11's `random` module (values printed by CPython and
 * pasted here; each comment shows the Python expression).
 */
import { describe, expect, it } from 'vitest';
import { PythonRandom, pyCos, pyLog, pySin } from './python-random.js';

describe('PythonRandom (CPython random.Random)', () => {
  it('random() after seed(0)', () => {
    const r = new PythonRandom(0);
    // random.seed(0); [random.random() for _ in range(5)]
    expect([r.random(), r.random(), r.random(), r.random(), r.random()]).toEqual([
      0.8444218515250481, 0.7579544029403025, 0.420571580830845, 0.25891675029296335, 0.5112747213686085,
    ]);
  });

  it('seeds with large and negative integers as CPython does', () => {
    const r = new PythonRandom(2n ** 64n + 1n);
    // random.seed(2**64+1); three random() values
    expect([r.random(), r.random(), r.random()]).toEqual([0.10175875467846374, 0.7248101788369984, 0.2507269822084962]);
    // random.seed(-5) equals random.seed(5)
    r.seed(-5);
    expect(r.random()).toBe(0.6229016948897019);
    r.seed(5);
    expect(r.random()).toBe(0.6229016948897019);
  });

  it('getrandbits for small, word-sized and multi-word k', () => {
    const r = new PythonRandom(0);
    // [random.getrandbits(k) for k in (1, 8, 16, 31, 32, 33, 52, 53)] after seed(0)
    expect([1, 8, 16, 31, 32, 33, 52, 53].map((k) => r.getrandbits(k))).toEqual([
      1, 98, 49673, 1911784257, 1806341205, 173879092, 2302579063698682, 3647322674545125,
    ]);
    r.seed(0);
    // random.getrandbits(100), random.getrandbits(64) after seed(0)
    expect(r.getrandbitsBig(100)).toBe(1169245609517217401678349469645n);
    expect(r.getrandbitsBig(64)).toBe(746805015404516437n);
    expect(r.getrandbits(0)).toBe(0);
  });

  it('randbelow / choice / shuffle / randint / randrange / uniform', () => {
    const r = new PythonRandom(0);
    // [random._randbelow(n) for n in (1, 2, 3, 10, 1000, 30000, 2**31+1, 2**53)]
    expect([1, 2, 3, 10, 1000, 30000, 2 ** 31 + 1, 2 ** 53].map((n) => r.randbelow(n))).toEqual([
      0, 1, 0, 4, 988, 16753, 2087043557, 6450042198180356,
    ]);
    r.seed(0);
    // ''.join(random.choice('abcdefghij') for _ in range(20))
    expect(Array.from({ length: 20 }, () => r.choice('abcdefghij')).join('')).toBe('ggaeihgehfjdicecbjei');
    r.seed(0);
    const xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    r.shuffle(xs);
    expect(xs).toEqual([7, 8, 1, 5, 3, 4, 2, 0, 9, 6]);
    r.seed(0);
    expect(Array.from({ length: 10 }, () => r.randint(1, 6))).toEqual([4, 4, 1, 3, 5, 4, 4, 3, 4, 3]);
    expect(Array.from({ length: 5 }, () => r.randrange(0, 50, 5))).toEqual([45, 15, 40, 10, 20]);
    expect(Array.from({ length: 5 }, () => r.randrange(20, 0, -3))).toEqual([17, 2, 20, 8, 2]);
    expect(r.uniform(2.0, 5.0)).toBe(2.7515190240873215);
    expect(() => r.choice([])).toThrow(RangeError);
    expect(() => r.randrange(0)).toThrow(RangeError);
  });

  it('gauss() pairs, the cached second value, and its reset on seed()', () => {
    const r = new PythonRandom(0);
    // [random.gauss(0.0, 1.0) for _ in range(12)] after seed(0)
    expect(Array.from({ length: 12 }, () => r.gauss(0.0, 1.0))).toEqual([
      0.9417154046806644, -1.3965781047011498, -0.6797144480784211, 0.3705035674606598, -1.016348894188071,
      -0.07212002278507135, 0.17919648727485687, -0.8310992152709882, -1.3090373644593587, 0.1938877412491041,
      0.9932497035351971, -0.6469816305475048,
    ]);
    // seed(0); gauss(); seed(0); gauss()  -> the cached value is dropped by seed()
    r.seed(0);
    r.gauss();
    r.seed(0);
    expect(r.gauss()).toBe(0.9417154046806644);
    r.seed(12345);
    // [random.gauss(1.5, 2.0) for _ in range(5)] after seed(12345)
    expect(Array.from({ length: 5 }, () => r.gauss(1.5, 2.0))).toEqual([
      1.2523984088222921, 1.6430499269513295, 2.266738388634319, 5.878226116973195e-6, 0.6112910547025777,
    ]);
  });

  it('gauss consumes exactly two random() draws per pair', () => {
    const a = new PythonRandom(7);
    const b = new PythonRandom(7);
    a.gauss();
    a.gauss();
    b.random();
    b.random();
    expect(a.random()).toBe(b.random());
  });
});

describe('correctly rounded cos / sin / log (the libm functions gauss needs)', () => {
  it('matches CPython math at awkward arguments', () => {
    // math.cos(math.pi), math.sin(math.pi), math.cos(math.pi/2), math.sin(2*math.pi - 2**-50 ...)
    expect(pyCos(3.141592653589793)).toBe(-1.0);
    expect(pySin(3.141592653589793)).toBe(1.2246467991473532e-16);
    expect(pyCos(1.5707963267948966)).toBe(6.123233995736766e-17);
    expect(pySin(6.283185307179585)).toBe(-1.133107779529596e-15);
    // math.log(2.0**-53), math.log(0.9999999999999999), math.log(0.7)
    expect(pyLog(2 ** -53)).toBe(-36.7368005696771);
    expect(pyLog(0.9999999999999999)).toBe(-1.1102230246251565e-16);
    expect(pyLog(0.7)).toBe(-0.35667494393873245);
    expect(pyLog(1)).toBe(0);
  });

  it('stays within half an ulp-ish of Math over a sweep (no gross errors)', () => {
    for (let i = 1; i < 2000; i++) {
      const x = (i / 2000) * 2 * Math.PI;
      expect(Math.abs(pyCos(x) - Math.cos(x))).toBeLessThanOrEqual(2.3e-16);
      expect(Math.abs(pySin(x) - Math.sin(x))).toBeLessThanOrEqual(2.3e-16);
      const y = i / 2000;
      expect(Math.abs(pyLog(y) - Math.log(y))).toBeLessThanOrEqual(Math.abs(Math.log(y)) * 2.3e-16 + 1e-300);
    }
  });
});
