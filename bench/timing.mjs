// Shared measuring helpers for the bench scripts.

/** CPU seconds (user + system) used by this process so far. */
export function cpuSeconds() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function fmt(n, digits = 0) {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/**
 * Calls `once()` (which handles `count` rows) for a warm-up of >= warmupSeconds of wall time, then
 * for `passes` passes of >= passSeconds of CPU time each; returns the median CPU-time and wall
 * rates in rows/s.
 */
export function timeRows(once, count, { warmupSeconds = 2, passes = 5, passSeconds = 0.5 } = {}) {
  const warmStart = performance.now();
  do once();
  while (performance.now() - warmStart < warmupSeconds * 1000);
  const cpuRates = [];
  const wallRates = [];
  for (let p = 0; p < passes; p++) {
    let n = 0;
    const w0 = performance.now();
    const c0 = cpuSeconds();
    let c = 0;
    do {
      once();
      n += count;
      c = cpuSeconds() - c0;
    } while (c < passSeconds);
    cpuRates.push(n / c);
    wallRates.push(n / ((performance.now() - w0) / 1000));
  }
  return { cpu: median(cpuRates), wall: median(wallRates) };
}
