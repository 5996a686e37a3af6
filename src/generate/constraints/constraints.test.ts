import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constraintsGenerator, configureConstraints, conflictTable, POOL_SIZE, TOPICS, TASK_TYPES, AUDIENCES, LENGTHS, renderPoolTask } from './index.js';
import { generateRows, type GeneratedRow } from '../run.js';
import type { AnyGenerator } from '../types.js';
import { instructionBench } from '../../score/benches/instructions.js';
import { getRegistry } from '../../constraints/index.js';
import type { JsonObject } from '../../score/benches/types.js';
import { evaluateStrict } from '../../score/evaluate.js';
import { removeThinkingSection } from '../../constraints/iftrain/reward.js';
import type { Params } from '../../constraints/types.js';
import { hashValue, rngFromKey } from '../rng.js';
import { buildWitness, SIZING_IDS } from './witness.js';
import { witnessCheck } from './verify.js';

const gen = constraintsGenerator as unknown as AnyGenerator;

function rows(knobs: Record<string, unknown>, count: number, seed = 0): GeneratedRow[] {
  return [...generateRows(gen, constraintsGenerator.configure(knobs), { count, seed, split: 'train' })];
}

function scoreWitness(row: GeneratedRow, bench: 'iftrain' | 'ifbench') {
  return instructionBench(bench, getRegistry(bench)).score(row as unknown as JsonObject, { responseField: 'witness', stripThinking: false });
}

describe('constraints generator: 1,000 ifeval+iftrain rows', () => {
  const sample = rows({}, 1000);

  test('no row holds a conflicting pair', () => {
    const table = conflictTable();
    for (const row of sample) {
      const ids = row['instruction_id_list'] as string[];
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) expect(table.conflicts(ids[i]!, ids[j]!)).toBe(false);
    }
  });

  test('at least 90% carry a witness, and every witness passes --bench iftrain strictly', () => {
    const withWitness = sample.filter((r) => typeof r['witness'] === 'string');
    expect(withWitness.length / sample.length).toBeGreaterThanOrEqual(0.9);
    for (const row of withWitness) {
      const outcome = scoreWitness(row, 'iftrain');
      expect(outcome.ok).toBe(true);
      if (outcome.ok) expect([row['id'], outcome.output['follow_all_strict']]).toEqual([row['id'], true]);
    }
  });

  test('uses at least 40 distinct ids and at least 4 constraint counts', () => {
    const ids = new Set(sample.flatMap((r) => r['instruction_id_list'] as string[]));
    const counts = new Set(sample.map((r) => (r['instruction_id_list'] as string[]).length));
    expect(ids.size).toBeGreaterThanOrEqual(40);
    expect(counts.size).toBeGreaterThanOrEqual(4);
  });

  test('kwargs hold every parameter a constraint takes, and validate', () => {
    for (const row of sample) {
      const outcome = instructionBench('iftrain', getRegistry('iftrain')).score({ ...(row as unknown as JsonObject), response: 'x' }, { responseField: 'response', stripThinking: false });
      expect(outcome.ok).toBe(true);
      expect((row['kwargs'] as unknown[]).length).toBe((row['instruction_id_list'] as unknown[]).length);
    }
  });

  test('multi-turn rows are user task, assistant answer, user constraint request', () => {
    const multi = sample.filter((r) => r['messages'] !== undefined);
    expect(multi.length).toBeGreaterThan(100);
    expect(multi.length).toBeLessThan(300);
    for (const row of multi) {
      const messages = row['messages'] as { role: string; content: string }[];
      expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
      expect(messages[2]!.content).toBe(row['prompt']);
      expect(messages[1]!.content.trim().length).toBeGreaterThan(0);
      expect(constraintsGenerator.messages(row as never)).toEqual(messages);
      // Prompt-copying constraints stay out of multi-turn rows.
      expect((row['kwargs'] as Record<string, unknown>[]).some((k) => 'prompt_to_repeat' in k)).toBe(false);
    }
    const single = sample.find((r) => r['messages'] === undefined)!;
    expect(constraintsGenerator.messages(single as never)).toEqual([{ role: 'user', content: single['prompt'] }]);
    expect(constraintsGenerator.family(single as never)).toBe('iftrain');
  });

  test('the prompt carries each constraint description', () => {
    const row = sample.find((r) => (r['instruction_id_list'] as string[]).includes('detectable_format:title'))!;
    expect(row['prompt']).toContain('wrapped in double angular brackets');
  });
});

describe('constraints generator: determinism, knobs, pool', () => {
  test('same arguments give identical rows; another seed differs', () => {
    const a = JSON.stringify(rows({}, 60, 7));
    expect(JSON.stringify(rows({}, 60, 7))).toBe(a);
    expect(JSON.stringify(rows({}, 60, 8))).not.toBe(a);
  });

  test('the base pool composes at least 10,000 distinct tasks', () => {
    const seen = new Set<string>();
    for (let t = 0; t < TASK_TYPES.length; t++) for (const topic of TOPICS) for (const a of AUDIENCES) for (const l of LENGTHS) seen.add(renderPoolTask(t, topic, a, l));
    expect(seen.size).toBe(POOL_SIZE);
    expect(seen.size).toBeGreaterThanOrEqual(10000);
    for (const task of seen) expect(/[,-]/.test(task)).toBe(false);
  });

  test('range overrides are honoured', () => {
    const sample = rows({ ranges: '{"length_constraints:number_words.num_words": [200, 210]}', count_weights: [0, 0, 0, 0, 0, 1] }, 200);
    let seen = 0;
    for (const row of sample) {
      (row['instruction_id_list'] as string[]).forEach((id, i) => {
        if (id !== 'length_constraints:number_words') return;
        seen++;
        const n = (row['kwargs'] as Record<string, number>[])[i]!['num_words']!;
        expect(n).toBeGreaterThanOrEqual(200);
        expect(n).toBeLessThanOrEqual(210);
      });
    }
    expect(seen).toBeGreaterThan(0);
  });

  test('configure() validates every knob and names it', () => {
    expect(configureConstraints({})).toMatchObject({ families: ['ifeval', 'iftrain'], multi_turn_share: 0.2, witness: true });
    expect(() => configureConstraints({ families: ['ifeval', 'nope'] })).toThrow(/--families has unknown value 'nope'/);
    expect(() => configureConstraints({ families: ['iftrain', 'ifbench'] })).toThrow(/--families cannot mix/);
    expect(() => configureConstraints({ count_weights: [1, 2] })).toThrow(/--count-weights/);
    expect(() => configureConstraints({ count_weights: [0, 0, 0, 0, 0, 0] })).toThrow(/--count-weights/);
    expect(() => configureConstraints({ multi_turn_share: 1.5 })).toThrow(/--multi-turn-share/);
    expect(() => configureConstraints({ witness: 'yes' })).toThrow(/--witness/);
    expect(() => configureConstraints({ ranges: '{"keywords:frequency.nope": [1, 2]}' })).toThrow(/--ranges has an unknown key/);
    expect(() => configureConstraints({ ranges: '{"keywords:frequency.frequency": [5, 2]}' })).toThrow(/--ranges/);
    expect(() => configureConstraints({ ranges: 'not json' })).toThrow(/--ranges is not valid JSON/);
    expect(() => configureConstraints({ bogus: 1 })).toThrow(/unknown setting 'bogus'/);
  });

  test('prompts_file: JSONL or plain lines; errors name the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heed-constraints-'));
    const good = join(dir, 'good.jsonl');
    writeFileSync(good, '{"prompt": "Describe a red kite."}\n\n{"prompt": "Describe a blue kite."}\n');
    const sample = rows({ prompts_file: good, multi_turn_share: 0 }, 20);
    for (const row of sample) expect(row['prompt'] as string).toMatch(/^Describe a (red|blue) kite\./);
    const plain = join(dir, 'plain.txt');
    writeFileSync(plain, 'Plan a picnic.\nPlan a party.\n');
    for (const row of rows({ prompts_file: plain, multi_turn_share: 0 }, 10)) expect(row['prompt'] as string).toMatch(/^Plan a (picnic|party)\./);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"prompt": "ok"}\n{"text": "no prompt"}\n');
    expect(() => configureConstraints({ prompts_file: bad })).toThrow(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} line 2`));
    expect(() => configureConstraints({ prompts_file: join(dir, 'missing.jsonl') })).toThrow(/--prompts-file cannot read/);
  });

  test('witness off leaves rows without witnesses', () => {
    for (const row of rows({ witness: false }, 20)) expect(row['witness']).toBeUndefined();
  });
});

describe('conflict table', () => {
  const table = conflictTable();
  test('open-instruct entries are symmetric, with their exceptions', () => {
    expect(table.conflicts('detectable_format:title', 'startend:quotation')).toBe(true);
    expect(table.conflicts('startend:quotation', 'detectable_format:title')).toBe(true);
    expect(table.conflicts('detectable_format:json_format', 'keywords:existence')).toBe(false);
    expect(table.conflicts('detectable_format:json_format', 'punctuation:no_comma')).toBe(true);
    expect(table.conflicts('copy:copy', 'keywords:palindrome')).toBe(true);
    expect(table.conflicts('punctuation:no_comma', 'keywords:palindrome')).toBe(false);
  });
  test("heed's own pairs are included", () => {
    expect(table.conflicts('count:count_unique', 'detectable_format:title')).toBe(true);
    expect(table.conflicts('startend:quotation', 'keywords:start_end')).toBe(true);
  });
});

describe('constraints generator: ifbench family', () => {
  const sample = rows({ families: ['ifbench'] }, 300);
  test('rows draw only IFBench ids, are scored by --bench ifbench, and witnesses pass', () => {
    let witnesses = 0;
    for (const row of sample) {
      expect(constraintsGenerator.family(row as never)).toBe('ifbench');
      if (typeof row['witness'] !== 'string') continue;
      witnesses++;
      const outcome = scoreWitness(row, 'ifbench');
      expect(outcome.ok && outcome.output['follow_all_strict']).toBe(true);
    }
    expect(witnesses).toBeGreaterThan(0);
    console.log(`ifbench witness share: ${((witnesses / sample.length) * 100).toFixed(1)}%`);
  });
});

describe('constraints generator: witness building shortcuts keep the verdicts', () => {
  const registry = getRegistry('iftrain');

  test('witnessCheck accepts exactly what strict scoring passes and names every failing sizing id', () => {
    const sample = rows({}, 300, 11);
    let compared = 0;
    let rejected = 0;
    for (const row of sample) {
      const ids = row['instruction_id_list'] as string[];
      const params = row['kwargs'] as Params[];
      const constraints = ids.map((id) => registry.get(id)!);
      const check = witnessCheck('iftrain', row['prompt'] as string, ids, constraints, params);
      const base = typeof row['witness'] === 'string' ? (row['witness'] as string) : 'A short answer. It has two sentences.';
      const half = base.slice(0, Math.floor(base.length / 2));
      for (const candidate of [base, base.toUpperCase(), base.toLowerCase(), half, `${base} And one more line, with a comma!`, `${base}\n\n${base}`, '  ']) {
        const response = removeThinkingSection(candidate);
        const strict = evaluateStrict({ prompt: row['prompt'] as string, instructionIds: ids, constraints, params }, response);
        const verdict = check(candidate);
        expect(verdict.ok).toBe(strict.every(Boolean) && response.trim() !== '');
        ids.forEach((id, i) => {
          if (verdict.failed.includes(id)) expect(strict[i]).toBe(false);
          if (SIZING_IDS.has(id)) expect([id, verdict.failed.includes(id)]).toEqual([id, !strict[i]]);
        });
        if (!verdict.ok) {
          rejected++;
          expect(verdict.failed.length > 0 || response.trim() === '').toBe(true);
        }
        compared++;
      }
    }
    expect(compared).toBe(sample.length * 7);
    expect(rejected).toBeGreaterThan(sample.length);
  });

  test('all-capital witnesses read as English to langdetect on the first attempt', () => {
    const combos: [string[], Params[]][] = [
      [['change_case:english_capital'], [{}]],
      [['change_case:english_capital', 'length_constraints:number_sentences'], [{}, { num_sentences: 6, relation: 'at least' }]],
      [['change_case:english_capital', 'detectable_format:title', 'detectable_content:postscript'], [{}, {}, { postscript_marker: 'P.S.' }]],
    ];
    for (const [ids, params] of combos) {
      const check = witnessCheck('iftrain', 'Write about coral reefs.', ids, ids.map((id) => registry.get(id)!), params);
      let firstTry = 0;
      const n = 60;
      for (let i = 0; i < n; i++) {
        const witness = buildWitness({ ids, params, topic: 'coral reefs' }, rngFromKey(['capital', i]), check, 1);
        if (witness === null) continue;
        expect(witness).toBe(witness.toUpperCase());
        firstTry++;
      }
      expect({ combo: ids.join('+'), mostlyFirstTry: firstTry / n >= 0.95 }).toEqual({ combo: ids.join('+'), mostlyFirstTry: true });
    }
  });

  test('a draw builds its row once, when first read, and reading it leaves the instance alone', () => {
    const config = configureConstraints({});
    for (let i = 0; i < 20; i++) {
      const draw = constraintsGenerator.draw(rngFromKey(['lazy', i]), config, i);
      const before = hashValue(draw.instance);
      const row = draw.row;
      expect(draw.row).toBe(row);
      expect(hashValue(draw.instance)).toBe(before);
      const again = constraintsGenerator.draw(rngFromKey(['lazy', i]), config, i);
      expect(JSON.stringify(again.row)).toBe(JSON.stringify(row));
    }
  });
});
