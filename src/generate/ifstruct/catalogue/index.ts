/** The entity catalogue: every entity type the ifstruct generator can draw schemas from. */
import type { EntityDef } from '../model.js';
import { BUSINESS } from './business.js';
import { CULTURE } from './culture.js';
import { MISC } from './misc.js';
import { SCIENCE } from './science.js';
import { SOFTWARE } from './software.js';

export const CATALOGUE: readonly EntityDef[] = [...BUSINESS, ...SOFTWARE, ...SCIENCE, ...CULTURE, ...MISC];

export { E, L, parseField, parseFields } from './dsl.js';
