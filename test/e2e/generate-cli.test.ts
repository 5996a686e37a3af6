/**
 * `heed generate` end to end through the real bin/heed: determinism, disjoint splits, every
 * export read back (JSONL, and Parquet with hyparquet) and its witnesses re-scored from the
 * ground truth, usage errors. Written generically over the generators `heed generate list`
 * reports, so every generator gets the same checks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { jsonLines, runHeed } from './run-heed.js';
import { scoreInputRow } from '../../src/score/pipeline.js';
import { loadBench } from '../../src/score/benches/loaded.js';
import type { BenchName, JsonObject } from '../../src/score/benches/types.js';

interface ListedKnob {
  name: string;
  flag: string;
  kind: string;
  default: unknown;
}
interface Listed {
  name: string;
  ability: string;
  knobs: ListedKnob[];
}
type Row = Record<string, unknown> & { id: string; split: string; instance_hash: string; witness?: string };
type Message = { role: string; content: string };

const COUNT = 40;
let dir: string;
let generators: Listed[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'heed-generate-'));
  const run = runHeed(['generate', 'list', '--json']);
  expect(run.status, run.stderr).toBe(0);
  generators = JSON.parse(run.stdout) as Listed[];
});

function generate(name: string, extra: string[]): string {
  const run = runHeed(['generate', name, '--count', String(COUNT), '--seed', '5', ...extra]);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

function outFile(name: string, extra: string[], file: string): string {
  const path = join(dir, file);
  generate(name, [...extra, '--out', path]);
  return path;
}

/** The verdict of a bench output row: passed (ifstruct, extraction) or all strict (instruction benches). */
function passed(output: Record<string, unknown>): boolean {
  if ('error' in output) return false;
  if (typeof output.passed === 'boolean') return output.passed;
  return output.follow_all_strict === true;
}

function rescore(family: string, task: JsonObject, witness: string, line: number): Record<string, unknown> {
  const result = scoreInputRow(
    { bench: family as BenchName, file: 'roundtrip', options: { responseField: 'witness', stripThinking: false } },
    { line, row: { ...task, witness } },
  );
  return JSON.parse(result.json) as Record<string, unknown>;
}

describe('heed generate list and --help', () => {
  it('lists the three generators with their knobs and defaults', () => {
    expect(generators.map((g) => g.name).sort()).toEqual(['constraints', 'extraction', 'ifstruct']);
    for (const g of generators) {
      expect(['instruction_following', 'structured_output', 'extraction']).toContain(g.ability);
      for (const k of g.knobs) expect(k, `${g.name}.${k.name}`).toHaveProperty('default');
    }
    const text = runHeed(['generate', 'list']);
    expect(text.status).toBe(0);
    for (const g of generators) expect(text.stdout).toContain(g.name);
    expect(runHeed(['generate', '--list']).stdout).toBe(text.stdout);
  });

  it('NAME --help shows every knob flag with its default', () => {
    for (const g of generators) {
      const help = runHeed(['generate', g.name, '--help']);
      expect(help.status).toBe(0);
      const flat = help.stdout.replace(/\s+/g, ' ');
      for (const flag of ['--count', '--seed', '--split', '--out', '--format']) expect(flat).toContain(flag);
      for (const k of g.knobs) {
        if (['count', 'seed', 'split', 'out', 'format'].includes(k.name)) continue;
        expect(flat, `${g.name} ${k.flag}`).toContain(k.flag);
      }
      expect((flat.match(/\(default: /g) ?? []).length).toBeGreaterThanOrEqual(g.knobs.length);
    }
  });
});

describe('determinism and splits', () => {
  it('same arguments give byte-identical output; another seed gives other rows', () => {
    for (const g of generators) {
      const a = generate(g.name, []);
      const b = readFileSync(outFile(g.name, [], `${g.name}-det.jsonl`), 'utf8');
      expect(a.length).toBeGreaterThan(0);
      expect(b === a, `${g.name}: stdout and --out differ`).toBe(true);
      expect(generate(g.name, []) === a, `${g.name}: second run differs`).toBe(true);
      const other = jsonLines<Row>(generate(g.name, ['--seed', '6']));
      expect(other.map((r) => r.instance_hash)).not.toEqual(jsonLines<Row>(a).map((r) => r.instance_hash));
      const rows = jsonLines<Row>(a);
      expect(rows).toHaveLength(COUNT);
      expect(new Set(rows.map((r) => r.id)).size).toBe(COUNT);
    }
  });

  it('train and test never share an instance; a file against itself does', () => {
    for (const g of generators) {
      const train = outFile(g.name, ['--split', 'train'], `${g.name}-train.jsonl`);
      const test = outFile(g.name, ['--split', 'test'], `${g.name}-test.jsonl`);
      expect(jsonLines<Row>(readFileSync(test, 'utf8')).every((r) => r.split === 'test')).toBe(true);
      const disjoint = runHeed(['generate', 'check-overlap', train, test]);
      expect(disjoint.status, disjoint.stdout + disjoint.stderr).toBe(0);
      expect(disjoint.stdout).toContain('no shared instances');
      const same = runHeed(['generate', 'check-overlap', train, train]);
      expect(same.status).toBe(1);
      expect(same.stdout).toContain(`${COUNT} shared instances`);
      // Exports carry the hash in their ground truth, so they can be compared too.
      const trlTest = outFile(g.name, ['--split', 'test', '--format', 'trl'], `${g.name}-test-trl.jsonl`);
      expect(runHeed(['generate', '--check-overlap', train, trlTest]).status).toBe(0);
      expect(runHeed(['generate', 'check-overlap', test, trlTest]).status).toBe(1);
    }
  });
});

describe('exports round-trip and witnesses re-score', () => {
  it('every witness passes heed score --response-field witness', () => {
    for (const g of generators) {
      const heed = jsonLines<Row>(generate(g.name, []));
      const families = jsonLines<{ family: string }>(generate(g.name, ['--format', 'trl'])).map((t) => t.family);
      const byFamily = new Map<string, Row[]>();
      heed.forEach((row, i) => {
        if (typeof row.witness !== 'string') return;
        byFamily.set(families[i]!, [...(byFamily.get(families[i]!) ?? []), row]);
      });
      expect(byFamily.size, `${g.name}: no rows with a witness`).toBeGreaterThan(0);
      for (const [family, rows] of byFamily) {
        const file = join(dir, `${g.name}-${family}-witness.jsonl`);
        writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
        const run = runHeed(['score', '--bench', family, file, '--response-field', 'witness', '--no-progress']);
        expect(run.status, `${g.name}/${family}: ${run.stderr}`).toBe(0);
        const outputs = jsonLines(run.stdout);
        expect(outputs).toHaveLength(rows.length);
        for (const o of outputs) expect(passed(o), `${g.name}/${family} ${JSON.stringify(o).slice(0, 400)}`).toBe(true);
      }
    }
  });

  it('verl (Parquet and JSONL), TRL and OpenRLHF exports read back with the contract fields and re-score', async () => {
    for (const g of generators) {
      const heed = jsonLines<Row>(generate(g.name, []));
      const parquetPath = outFile(g.name, [], `${g.name}.parquet`);
      const bytes = readFileSync(parquetPath);
      const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const verlParquet = (await parquetReadObjects({ file })) as Array<Record<string, unknown>>;
      const verlJsonl = jsonLines(generate(g.name, ['--format', 'verl']));
      const trl = jsonLines(generate(g.name, ['--format', 'trl']));
      const openrlhf = jsonLines(generate(g.name, ['--format', 'openrlhf']));
      for (const rows of [verlParquet, verlJsonl, trl, openrlhf]) expect(rows).toHaveLength(heed.length);
      for (const t of trl as Array<{ family: BenchName }>) await loadBench(t.family);

      let rescored = 0;
      heed.forEach((row, i) => {
        const { prompt: _prompt, witness, ...task } = row;
        const truth = JSON.stringify(task);
        const vp = verlParquet[i]!;
        const extra = vp.extra_info as { split: string; index: bigint; id: string };
        // Parquet: INT64 index comes back as BigInt; otherwise the same row as the JSONL export.
        expect(typeof extra.index).toBe('bigint');
        expect({ ...vp, extra_info: { ...extra, index: Number(extra.index) } }).toEqual(verlJsonl[i]);
        const verl = verlJsonl[i] as { data_source: string; prompt: Message[]; ability: string; reward_model: { style: string; ground_truth: string }; extra_info: Record<string, unknown> };
        expect(Object.keys(verl)).toEqual(['data_source', 'prompt', 'ability', 'reward_model', 'extra_info']);
        expect(verl.ability).toBe(g.ability);
        expect(verl.reward_model).toEqual({ style: 'rule', ground_truth: truth });
        expect(verl.extra_info).toEqual({ split: 'train', index: i, id: row.id });
        expect(verl.prompt.length).toBeGreaterThan(0);
        for (const m of verl.prompt) expect(Object.keys(m)).toEqual(['role', 'content']);
        expect(verl.prompt[verl.prompt.length - 1]!.role).toBe('user');
        const family = verl.data_source.replace(/^heed\//, '');
        expect(trl[i]).toEqual({ prompt: verl.prompt, ground_truth: truth, family });
        const orl = openrlhf[i] as { input: string; label: string };
        expect(Object.keys(orl)).toEqual(['input', 'label']);
        expect(orl.label).toBe(truth);
        if (verl.prompt.length === 1) expect(orl.input).toBe(verl.prompt[0]!.content);
        else expect(orl.input).toContain(verl.prompt[verl.prompt.length - 1]!.content);
        if (typeof row.prompt === 'string') expect(orl.input).toContain(row.prompt);

        if (typeof witness !== 'string') return;
        // Re-score from what a trainer holds: the ground truth of each export plus the witness.
        for (const gt of [verl.reward_model.ground_truth, (vp.reward_model as { ground_truth: string }).ground_truth, orl.label]) {
          const out = rescore(family, JSON.parse(gt) as JsonObject, witness, i + 1);
          expect(passed(out), `${g.name} row ${i} (${family}): ${JSON.stringify(out).slice(0, 400)}`).toBe(true);
        }
        rescored++;
      });
      expect(rescored, `${g.name}: no witness re-scored`).toBeGreaterThan(0);
    }
  });
});

describe('extraction witnesses', () => {
  it('pass with field_match 1 and noise 0; without one expected field they fail', () => {
    const rows = jsonLines<Row & { expected: Record<string, unknown> }>(generate('extraction', ['--count', '60']));
    const good = join(dir, 'extraction-good.jsonl');
    writeFileSync(good, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const ok = runHeed(['score', '--bench', 'extraction', good, '--response-field', 'witness', '--no-progress']);
    expect(ok.status).toBe(0);
    for (const o of jsonLines(ok.stdout)) expect(o).toMatchObject({ passed: true, field_match: 1, noise: 0, errors: [] });

    const broken = rows.map((r, i) => {
      const keys = Object.keys(r.expected);
      const drop = keys[i % keys.length]!;
      const { [drop]: _gone, ...rest } = r.expected;
      return { ...r, witness: JSON.stringify(rest) };
    });
    const bad = join(dir, 'extraction-bad.jsonl');
    writeFileSync(bad, broken.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const run = runHeed(['score', '--bench', 'extraction', bad, '--response-field', 'witness', '--no-progress']);
    expect(run.status).toBe(0);
    for (const o of jsonLines<{ passed: boolean; field_match: number }>(run.stdout)) {
      expect(o.passed).toBe(false);
      expect(o.field_match).toBeLessThan(1);
    }
  });
});

describe('usage errors exit 2 and name the flag', () => {
  it('rejects bad arguments', () => {
    const cases: Array<[string[], RegExp]> = [
      [['generate', 'extraction', '--out', join(dir, 'x.parquet'), '--format', 'trl'], /--format trl/],
      [['generate', 'extraction', '--count', 'many'], /--count/],
      [['generate', 'extraction', '--seed', '-1'], /--seed/],
      [['generate', 'extraction', '--split', 'dev'], /--split/],
      [['generate', 'extraction', '--format', 'csv'], /--format/],
      [['generate', 'extraction', '--max-items', '99'], /--max-items/],
      [['generate', 'extraction', '--entities', 'unicorn'], /--entities/],
      [['generate', 'extraction', '--fence-witness', 'maybe'], /--fence-witness/],
      [['generate', 'extraction', '--no-such-flag'], /--no-such-flag/],
      [['generate', 'nonsense'], /unknown generator 'nonsense'/],
      [['generate'], /needs a generator/],
      [['generate', 'check-overlap', join(dir, 'missing-a.jsonl'), join(dir, 'missing-b.jsonl')], /cannot read/],
      [['generate', '--check-overlap', join(dir, 'only-one.jsonl')], /two files/],
    ];
    for (const [args, message] of cases) {
      const run = runHeed(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('a .parquet path alone means verl; --format verl with it is fine', () => {
    const a = outFile('extraction', [], 'implicit.parquet');
    const b = outFile('extraction', ['--format', 'verl'], 'explicit.parquet');
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(readFileSync(a).subarray(0, 4).toString()).toBe('PAR1');
  });
});
