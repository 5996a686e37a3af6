/** A tiny promise pool: at most `concurrency` tasks run at once; results keep their input order. */

export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/** Returns `limit(task)`, which starts `task` when fewer than `concurrency` limited tasks are running. */
export function createLimiter(concurrency: number): Limiter {
  if (!Number.isSafeInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a whole number ≥ 1, got ${concurrency}`);
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    active--;
    const next = waiting.shift();
    if (next) next();
  };
  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const run = () => {
        active++;
        let promise: Promise<T>;
        try {
          promise = task();
        } catch (error) {
          promise = Promise.reject(error);
        }
        promise.then(resolve, reject).finally(release);
      };
      if (active < concurrency) run();
      else waiting.push(run);
    });
}

/** Maps `items` through `fn` with at most `concurrency` calls in flight; the results are in input order. */
export function mapLimit<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const limit = createLimiter(concurrency);
  return Promise.all(items.map((item, index) => limit(() => fn(item, index))));
}
