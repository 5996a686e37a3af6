/**
 * Parity of heed's langdetect port with the reference verdicts of the three IFEval checks that
 * call `langdetect.detect`: `language:response_language`, `change_case:english_capital` and
 * `change_case:english_lowercase`, strict and loose, including the 85 seed-sensitive
 * (`langdetect_unstable`) checks. The checkers are re-stated here from their reference
 * behaviour so that this suite tests the detector alone.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language-id/index.js';
import { pyIsLower, pyIsUpper, pyStrip } from '../../src/text/python.js';
import { parityAvailable, readParityRows, type InstructionParityRow, referenceLooseVariants } from './parity-data.js';

const FILE = 'ifeval.jsonl';
const LANGDETECT_CHECKS = new Set([
  'language:response_language',
  'change_case:english_capital',
  'change_case:english_lowercase',
]);

type Checker = (value: string) => boolean;

function checkerFor(instruction: string, kwargs: Record<string, unknown> | null): Checker {
  if (instruction === 'language:response_language') {
    const language = kwargs?.['language'];
    // A detection failure (LangDetectException) counts as followed.
    return (value) => {
      const lang = detectLanguage(value);
      return lang === null || lang === language;
    };
  }
  if (instruction === 'change_case:english_capital') {
    return (value) => {
      if (!pyIsUpper(value)) return false;
      const lang = detectLanguage(value);
      return lang === null || lang === 'en';
    };
  }
  return (value) => {
    if (!pyIsLower(value)) return false;
    const lang = detectLanguage(value);
    return lang === null || lang === 'en';
  };
}

const looseVariants = referenceLooseVariants;

/** A variant is tried only when it is not blank (Python: `r.strip() and check(r)`). */
function verdict(check: Checker, variants: readonly string[]): boolean {
  return variants.some((v) => pyStrip(v) !== '' && check(v));
}

interface Outcome {
  id: string;
  instruction: string;
  mode: 'strict' | 'loose';
  unstable: boolean;
  ok: boolean;
}

function run(rows: readonly InstructionParityRow[]): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const row of rows) {
    row.instruction_id_list.forEach((instruction, i) => {
      if (!LANGDETECT_CHECKS.has(instruction)) return;
      const check = checkerFor(instruction, (row.kwargs[i] ?? null) as Record<string, unknown> | null);
      const unstable = row.langdetect_unstable?.[i] === true;
      const strict = verdict(check, [row.response]);
      const loose = verdict(check, looseVariants(row.response));
      outcomes.push({ id: row.id, instruction, mode: 'strict', unstable, ok: strict === row.strict[i] });
      outcomes.push({ id: row.id, instruction, mode: 'loose', unstable, ok: loose === row.loose[i] });
    });
  }
  return outcomes;
}

describe.skipIf(!parityAvailable(FILE))(`parity: langdetect checks on ${FILE}`, () => {
  const outcomes = run(readParityRows<InstructionParityRow>(FILE));
  const summary = (list: Outcome[]) => `${list.filter((o) => o.ok).length}/${list.length}`;

  it('covers the langdetect-dependent checks, including the 85 seed-sensitive ones', () => {
    const unstableChecks = outcomes.filter((o) => o.unstable && o.mode === 'strict');
    expect(outcomes.length).toBeGreaterThan(4000);
    expect(unstableChecks.length).toBe(85);
  });

  it('matches every strict and loose verdict', () => {
    const stable = outcomes.filter((o) => !o.unstable);
    const unstable = outcomes.filter((o) => o.unstable);
    console.log(
      `[parity] langdetect verdicts matched: ${summary(outcomes)} (stable ${summary(stable)}, ` +
        `langdetect_unstable ${summary(unstable)})`,
    );
    const bad = outcomes.filter((o) => !o.ok).map((o) => `${o.id} ${o.instruction} ${o.mode}`);
    expect(bad).toEqual([]);
  });
});
