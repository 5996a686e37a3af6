import { describe, expect, it } from 'vitest';
import { createLimiter, mapLimit } from './limit.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createLimiter / mapLimit', () => {
  it('never runs more than `concurrency` tasks at once and keeps input order', async () => {
    let active = 0;
    let peak = 0;
    const out = await mapLimit([50, 10, 30, 5, 20, 1, 15, 25], 3, async (ms, i) => {
      active++;
      peak = Math.max(peak, active);
      await tick(ms);
      active--;
      return i * 10;
    });
    expect(out).toEqual([0, 10, 20, 30, 40, 50, 60, 70]);
    expect(peak).toBe(3);
  });

  it('passes rejections through and keeps going with the next tasks', async () => {
    const limit = createLimiter(1);
    const a = limit(async () => {
      throw new Error('first');
    });
    const thrower = limit(() => {
      throw new Error('sync');
    });
    const b = limit(async () => 'second');
    await expect(a).rejects.toThrow('first');
    await expect(thrower).rejects.toThrow('sync');
    await expect(b).resolves.toBe('second');
  });

  it('rejects a concurrency below 1', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
    expect(() => createLimiter(1.5)).toThrow(RangeError);
  });
});
