/**
 * Punkt model parameters (abbreviations, collocations, sentence starters, orthographic contexts).
 *
 * The English parameters ship as `data/punkt_english.json`, extracted from NLTK's English Punkt
 * model (the one behind `nltk.sent_tokenize`); see `data/README.md`.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../../core/data-path.js';

/** Orthographic-context flags, as stored in the model (upper/lower case × sentence position). */
export const ORTHO_BEG_UC = 1 << 1;
export const ORTHO_MID_UC = 1 << 2;
export const ORTHO_UNK_UC = 1 << 3;
export const ORTHO_BEG_LC = 1 << 4;
export const ORTHO_MID_LC = 1 << 5;
export const ORTHO_UNK_LC = 1 << 6;
/** Seen with an upper-case first letter anywhere. */
export const ORTHO_UC = ORTHO_BEG_UC | ORTHO_MID_UC | ORTHO_UNK_UC;
/** Seen with a lower-case first letter anywhere. */
export const ORTHO_LC = ORTHO_BEG_LC | ORTHO_MID_LC | ORTHO_UNK_LC;

/** The learned parameters a Punkt sentence tokenizer decides with. */
export interface PunktParameters {
  /** Lower-cased abbreviation types, without their final period (e.g. `mr`, `e.g`). */
  readonly abbrevTypes: ReadonlySet<string>;
  /** Collocations (first type → set of second types): a period between them is not a break. */
  readonly collocations: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lower-cased types that frequently start sentences. */
  readonly sentStarters: ReadonlySet<string>;
  /** Type → bit set of the ORTHO_* flags it was seen with in training. */
  readonly orthoContext: { get(type: string): number | undefined };
}

/** The JSON form of the parameters (`data/punkt_english.json`). */
export interface PunktParametersJson {
  readonly abbrev_types: readonly string[];
  readonly collocations: readonly (readonly [string, string])[];
  readonly sent_starters: readonly string[];
  readonly ortho_context: Readonly<Record<string, number>>;
}

/** Builds parameters from their JSON form. */
export function punktParametersFromJson(json: PunktParametersJson): PunktParameters {
  const collocations = new Map<string, Set<string>>();
  for (const [a, b] of json.collocations) {
    let set = collocations.get(a);
    if (set === undefined) {
      set = new Set<string>();
      collocations.set(a, set);
    }
    set.add(b);
  }
  return {
    abbrevTypes: new Set(json.abbrev_types),
    collocations,
    sentStarters: new Set(json.sent_starters),
    orthoContext: new OwnKeyLookup(json.ortho_context),
  };
}

/**
 * Lookups straight into the parsed JSON object (its ~20,000 keys would take ~10 ms to copy into
 * a Map at every start); only own keys count, so a type such as "constructor" is absent.
 */
class OwnKeyLookup {
  constructor(private readonly record: Readonly<Record<string, number>>) {}

  get(type: string): number | undefined {
    return Object.hasOwn(this.record, type) ? this.record[type] : undefined;
  }
}

function isParametersJson(v: unknown): v is PunktParametersJson {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    Array.isArray(o['abbrev_types']) &&
    Array.isArray(o['collocations']) &&
    Array.isArray(o['sent_starters']) &&
    typeof o['ortho_context'] === 'object' &&
    o['ortho_context'] !== null
  );
}

let english: PunktParameters | undefined;

/** NLTK's English Punkt parameters, read from `data/punkt_english.json` on first use. */
export function englishPunktParameters(): PunktParameters {
  if (english === undefined) {
    const raw: unknown = JSON.parse(readFileSync(dataPath('punkt_english.json'), 'utf8'));
    if (!isParametersJson(raw)) throw new Error('data/punkt_english.json: unexpected shape');
    english = punktParametersFromJson(raw);
  }
  return english;
}
