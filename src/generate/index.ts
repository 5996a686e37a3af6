/** Generators by name (`heed generate NAME`), and the runner that turns draws into rows. */
import { ifstructGenerator } from './ifstruct/index.js';
import { constraintsGenerator } from './constraints/index.js';
import { extractionGenerator } from './extraction/index.js';
import type { AnyGenerator, GeneratorName } from './types.js';

export * from './types.js';
export { generateRows, splitOfInstance, type GenerateOptions, type GeneratedRow } from './run.js';
export { Rng, rngFromKey, hashValue, canonicalJson } from './rng.js';

export const GENERATORS: Readonly<Record<GeneratorName, AnyGenerator>> = {
  ifstruct: ifstructGenerator as unknown as AnyGenerator,
  constraints: constraintsGenerator as unknown as AnyGenerator,
  extraction: extractionGenerator as unknown as AnyGenerator,
};

export function getGenerator(name: string): AnyGenerator | undefined {
  return (GENERATORS as Record<string, AnyGenerator>)[name];
}
