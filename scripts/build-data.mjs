#!/usr/bin/env node
// Part of `npm run build`: derives binary data from the shipped data files, after tsc.
// - data/langdetect/model.snapshot: the langdetect model's arrays, built from the 55 profiles, so a
//   process (and each worker thread) loads it in milliseconds. It records a hash of its sources
//   and heed ignores it when they differ, so a stale file can never change a verdict.
import { writeFileSync } from 'node:fs';

const { buildLangdetectSnapshot, langdetectSnapshotPath } = await import('../dist/text/language-id/model.js');
const { dataPath } = await import('../dist/core/data-path.js');

const snapshot = buildLangdetectSnapshot(dataPath('langdetect'));
writeFileSync(langdetectSnapshotPath(), snapshot);
console.log(`heed: wrote ${langdetectSnapshotPath()} (${(snapshot.length / 1e6).toFixed(1)} MB)`);
