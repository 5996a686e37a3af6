#!/usr/bin/env node
// Part of `npm run build`: derives binary data from the shipped sources, after tsc.
// - data/langdetect/model.snapshot: the langdetect model's arrays, built from the 55 profiles, so a
//   process (and each worker thread) loads it in milliseconds. It records a hash of its sources
//   and heed ignores it when they differ, so a stale file can never change a verdict.
// - data/langdetect/{trial,ngram}-kernel.wasm: langdetect's trial loop and n-gram extraction,
//   assembled from src/text/language-id/*.wat with wabt (a dev dependency). Without them heed runs
//   the same loops in JavaScript (same verdicts, slower).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { buildLangdetectSnapshot, langdetectSnapshotPath } = await import('../dist/text/language-id/model.js');
const { KERNEL_NAMES, langdetectKernelPath } = await import('../dist/text/language-id/kernel.js');
const { dataPath } = await import('../dist/core/data-path.js');

const snapshot = buildLangdetectSnapshot(dataPath('langdetect'));
writeFileSync(langdetectSnapshotPath(), snapshot);
console.log(`heed: wrote ${langdetectSnapshotPath()} (${(snapshot.length / 1e6).toFixed(1)} MB)`);

let wabt = null;
try {
  wabt = await (await import('wabt')).default();
} catch {
  console.log('heed: wabt is not installed; langdetect runs its loops in JavaScript');
}
for (const name of KERNEL_NAMES) {
  const target = langdetectKernelPath(name);
  if (!wabt) {
    rmSync(target, { force: true });
    continue;
  }
  const watPath = fileURLToPath(new URL(`../src/text/language-id/${name}.wat`, import.meta.url));
  const module = wabt.parseWat(`${name}.wat`, readFileSync(watPath, 'utf8'), { simd: true });
  try {
    module.validate();
    const { buffer } = module.toBinary({});
    writeFileSync(target, buffer);
    console.log(`heed: wrote ${target} (${buffer.length} bytes)`);
  } finally {
    module.destroy();
  }
}
