#!/usr/bin/env node
// Part of `npm run build`: derives binary data from the shipped sources, after tsc.
// - data/langdetect/model.snapshot: the langdetect model's arrays, built from the 55 profiles, so a
//   process (and each worker thread) loads it in milliseconds. It records a hash of its sources
//   and heed ignores it when they differ, so a stale file can never change a verdict.
// - data/langdetect/kernel.wasm: langdetect's trial loop, assembled from
//   src/text/language-id/kernel.wat with wabt (a dev dependency). Without it heed runs the same
//   loop in JavaScript (same verdicts, slower).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { buildLangdetectSnapshot, langdetectSnapshotPath } = await import('../dist/text/language-id/model.js');
const { langdetectKernelPath } = await import('../dist/text/language-id/kernel.js');
const { dataPath } = await import('../dist/core/data-path.js');

const snapshot = buildLangdetectSnapshot(dataPath('langdetect'));
writeFileSync(langdetectSnapshotPath(), snapshot);
console.log(`heed: wrote ${langdetectSnapshotPath()} (${(snapshot.length / 1e6).toFixed(1)} MB)`);

const watPath = fileURLToPath(new URL('../src/text/language-id/kernel.wat', import.meta.url));
let wabt = null;
try {
  wabt = await (await import('wabt')).default();
} catch {
  console.log('heed: wabt is not installed; langdetect runs its trial loop in JavaScript');
}
if (wabt) {
  const module = wabt.parseWat('kernel.wat', readFileSync(watPath, 'utf8'), { simd: true });
  try {
    module.validate();
    const { buffer } = module.toBinary({});
    writeFileSync(langdetectKernelPath(), buffer);
    console.log(`heed: wrote ${langdetectKernelPath()} (${buffer.length} bytes)`);
  } finally {
    module.destroy();
  }
} else {
  rmSync(langdetectKernelPath(), { force: true });
}
