/** Runs the real `bin/heed` (compiled by `npm run build`, which `npm test` runs first). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const HEED = fileURLToPath(new URL('../../bin/heed', import.meta.url));

export interface HeedRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runHeed(args: string[], options: { cwd?: string; input?: string } = {}): HeedRun {
  const result = spawnSync(process.execPath, [HEED, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function jsonLines<T = Record<string, unknown>>(text: string): T[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}
