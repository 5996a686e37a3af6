import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLangdetectSnapshot, langdetectSnapshotPath, langdetectSourceHash, loadLangdetectModel } from './model.js';
import { dataPath } from '../../core/data-path.js';

describe('langdetect model snapshot', () => {
  it('is written by the build and loads the same arrays as the profiles', () => {
    // `npm test` builds first (pretest), which writes the snapshot.
    expect(existsSync(langdetectSnapshotPath())).toBe(true);
    const fromSnapshot = loadLangdetectModel();
    const fromProfiles = loadLangdetectModel({ useSnapshot: false });
    expect(fromSnapshot.spaceId).toBe(fromProfiles.spaceId);
    expect(fromSnapshot.viReplacement).toEqual(fromProfiles.viReplacement);
    expect(Buffer.compare(Buffer.from(fromSnapshot.charInfo.buffer, fromSnapshot.charInfo.byteOffset, fromSnapshot.charInfo.byteLength),
      Buffer.from(fromProfiles.charInfo.buffer, fromProfiles.charInfo.byteOffset, fromProfiles.charInfo.byteLength))).toBe(0);
    // Same n-gram keys in the same slots (row offsets are filled lazily, so compare the key columns).
    const a = fromSnapshot.table;
    const b = fromProfiles.table;
    expect(a.length).toBe(b.length);
    let differing = 0;
    for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) differing++;
    expect(differing).toBe(0);
  });

  it('is deterministic: the same sources give the same bytes', () => {
    const again = buildLangdetectSnapshot(dataPath('langdetect'));
    expect(Buffer.compare(again, readFileSync(langdetectSnapshotPath()))).toBe(0);
  });

  it('records the hash of its sources, so edited profiles invalidate it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heed-langdetect-'));
    cpSync(dataPath('langdetect'), dir, { recursive: true });
    const before = langdetectSourceHash(dir);
    writeFileSync(join(dir, 'profiles', 'en'), readFileSync(join(dir, 'profiles', 'en'), 'utf8').replace('"name"', ' "name"'));
    expect(langdetectSourceHash(dir)).not.toBe(before);
  });
});
