/**
 * Worker threads: the same rows scored with workers and on the main thread alone give the same
 * output, byte for byte and in input order (the pool reorders results that arrive out of order),
 * including error rows.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWorkers } from '../../src/score/pool.js';
import { jsonLines, REPO_ROOT, runHeed } from './run-heed.js';

describe('heed score with worker threads', () => {
  it('writes the same rows, in the same order, as the main thread alone', () => {
    const sample = readFileSync(join(REPO_ROOT, 'examples', 'ifeval-sample.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const lines: string[] = [];
    for (let copy = 0; lines.length < 3_000; copy++) {
      for (const line of sample) {
        const row = JSON.parse(line) as Record<string, unknown>;
        lines.push(JSON.stringify({ ...row, id: `copy${copy}-${String(row['id'])}` }));
      }
      lines.push('{"id": "broken", ');
    }
    const dir = mkdtempSync(join(tmpdir(), 'heed-workers-'));
    const input = join(dir, 'rows.jsonl');
    writeFileSync(input, lines.join('\n') + '\n');

    const single = runHeed(['score', '--bench', 'ifeval', input, '--workers', '0', '--no-progress']);
    const pooled = runHeed(['score', '--bench', 'ifeval', input, '--workers', '2', '--no-progress']);
    expect(single.status).toBe(1); // the broken lines are error rows
    expect(pooled.status).toBe(1);
    expect(pooled.stdout).toBe(single.stdout);
    expect(pooled.stderr).toBe(single.stderr);
    const rows = jsonLines<{ id: string; error?: string }>(pooled.stdout);
    expect(rows).toHaveLength(lines.length);
    expect(rows.filter((r) => r.error).length).toBeGreaterThan(10);
    expect(rows[0]!.id).toBe(JSON.parse(lines[0]!).id);
  }, 60_000);

  it('leaves one core to V8 by default', () => {
    expect([1, 2, 3, 4, 16].map((cores) => defaultWorkers(cores))).toEqual([0, 0, 1, 2, 14]);
  });
});
