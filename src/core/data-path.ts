/**
 * Locates heed's shipped data files (`data/` at the package root).
 *
 * `src/` (run by vitest) and `dist/` (the compiled package) both sit one level below the package
 * root, so the same relative URL works from either.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of the package root. */
export function packageRoot(): string {
  return ROOT;
}

/** Absolute path of a file under the package's `data/` folder. */
export function dataPath(...parts: string[]): string {
  return join(ROOT, 'data', ...parts);
}
