import { describe, expect, it } from 'vitest';
import { parquetReadObjects, parquetMetadata, parquetSchema } from 'hyparquet';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportLine, groundTruth, instanceHashOf, promptText, toOpenRlhfRow, toTrlRow, toVerlRow, type TaskRow } from './export.js';
import { VerlParquetWriter, verlParquetBytes, ROW_GROUP_SIZE } from './parquet.js';
import { generateRows } from '../generate/run.js';
import { extractionGenerator } from '../generate/extraction/index.js';
import type { AnyGenerator, Draw, Generator } from '../generate/types.js';
import type { Rng } from '../generate/rng.js';

/** A tiny generator with a multi-turn prompt, to test exports independently of the real ones. */
interface FakeRow {
  readonly prompt: string;
  readonly messages: Array<{ role: 'user' | 'assistant'; content: string }>;
  readonly n: number;
  readonly witness: string;
}
const fake: Generator<{ turns: number }, FakeRow> = {
  name: 'constraints',
  description: 'fake',
  ability: 'instruction_following',
  knobs: [],
  configure: () => ({ turns: 3 }),
  draw(rng: Rng): Draw<FakeRow> {
    const n = rng.int(0, 1_000_000);
    const row: FakeRow = {
      prompt: `Say ${n} with "quotes" and ünïcödé\nand a newline.`,
      messages: [
        { role: 'user', content: `Task ${n}` },
        { role: 'assistant', content: 'Answer' },
        { role: 'user', content: `Say ${n} with "quotes" and ünïcödé\nand a newline.` },
      ],
      n,
      witness: String(n),
    };
    return { row, instance: { n } };
  },
  family: () => 'iftrain',
  messages: (row) => row.messages,
};
const fakeGen = fake as unknown as AnyGenerator;
const extraction = extractionGenerator as unknown as AnyGenerator;

type FakeTaskRow = TaskRow & FakeRow & { instance_hash: string };
function fakeRows(count: number): FakeTaskRow[] {
  return [...generateRows(fakeGen, {}, { count, seed: 0, split: 'train' })] as unknown as FakeTaskRow[];
}

describe('exports', () => {
  it('ground truth is the task row without prompt and witness, key order kept', () => {
    const [row] = fakeRows(1);
    const gt = JSON.parse(groundTruth(row!)) as Record<string, unknown>;
    expect(Object.keys(gt)).toEqual(['id', 'split', 'instance_hash', 'messages', 'n']);
    expect(gt.n).toBe(row!.n);
  });

  it('verl, TRL and OpenRLHF rows have exactly the contract fields', () => {
    const [row] = fakeRows(1);
    const verl = toVerlRow(fakeGen, row!, 7);
    expect(verl).toEqual({
      data_source: 'heed/iftrain',
      prompt: row!.messages,
      ability: 'instruction_following',
      reward_model: { style: 'rule', ground_truth: groundTruth(row!) },
      extra_info: { split: 'train', index: 7, id: row!.id },
    });
    expect(Object.keys(verl)).toEqual(['data_source', 'prompt', 'ability', 'reward_model', 'extra_info']);
    const trl = toTrlRow(fakeGen, row!);
    expect(trl).toEqual({ prompt: row!.messages, ground_truth: groundTruth(row!), family: 'iftrain' });
    expect(Object.keys(trl)).toEqual(['prompt', 'ground_truth', 'family']);
    const orl = toOpenRlhfRow(fakeGen, row!);
    expect(Object.keys(orl)).toEqual(['input', 'label']);
    expect(orl.label).toBe(groundTruth(row!));
    expect(orl.input).toBe(`User: Task ${row!.n}\n\nAssistant: Answer\n\nUser: ${row!.messages[2]!.content}`);
    expect(JSON.parse(exportLine('heed', fakeGen, row!, 0))).toEqual(row);
  });

  it('a single-turn prompt is the message text', () => {
    const [row] = [...generateRows(extraction, extractionGenerator.configure({}), { count: 1, seed: 0, split: 'train' })] as unknown as TaskRow[];
    expect(toOpenRlhfRow(extraction, row!).input).toBe(row!.prompt);
    expect(promptText([{ role: 'user', content: 'x' }])).toBe('x');
    expect(toVerlRow(extraction, row!, 0).data_source).toBe('heed/extraction');
    expect(toVerlRow(extraction, row!, 0).ability).toBe('extraction');
  });

  it('finds the instance hash in every export shape', () => {
    const [row] = fakeRows(1);
    const hash = row!.instance_hash as string;
    for (const format of ['heed', 'verl', 'trl', 'openrlhf'] as const) {
      expect(instanceHashOf(JSON.parse(exportLine(format, fakeGen, row!, 0))), format).toBe(hash);
    }
    expect(instanceHashOf({ label: 'not json' })).toBeNull();
    expect(instanceHashOf([1])).toBeNull();
  });
});

describe('verl Parquet', () => {
  it('round-trips through hyparquet with the nested verl schema and INT64 index', async () => {
    const rows = fakeRows(25).map((r, i) => toVerlRow(fakeGen, r, i));
    const bytes = verlParquetBytes(rows);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const back = (await parquetReadObjects({ file })) as Array<Record<string, unknown>>;
    expect(back.length).toBe(25);
    const normalised = back.map((r) => {
      const extra = r.extra_info as { split: string; index: bigint; id: string };
      expect(typeof extra.index).toBe('bigint');
      return { ...r, extra_info: { ...extra, index: Number(extra.index) } };
    });
    expect(normalised).toEqual(rows);
    // The schema as a reader sees it: prompt LIST<struct<role, content>>, INT64 index.
    const metadata = parquetMetadata(file);
    const tree = parquetSchema(metadata);
    const names = tree.children.map((c) => c.element.name);
    expect(names).toEqual(['data_source', 'prompt', 'ability', 'reward_model', 'extra_info']);
    const prompt = tree.children[1]!;
    expect(prompt.element.converted_type).toBe('LIST');
    expect(prompt.children[0]!.element.repetition_type).toBe('REPEATED');
    expect(prompt.children[0]!.children[0]!.children.map((c) => c.element.name)).toEqual(['role', 'content']);
    const index = tree.children[4]!.children.find((c) => c.element.name === 'index')!;
    expect(index.element.type).toBe('INT64');
    expect(metadata.created_by).toContain('heed');
  });

  it('is byte-identical for the same rows, however they are batched, and streams to a file', () => {
    const rows = fakeRows(ROW_GROUP_SIZE + 20).map((r, i) => toVerlRow(fakeGen, r, i));
    const whole = verlParquetBytes(rows);
    const dir = mkdtempSync(join(tmpdir(), 'heed-parquet-'));
    const path = join(dir, 'x.parquet');
    const writer = new VerlParquetWriter(path);
    for (let i = 0; i < rows.length; i += 333) writer.write(rows.slice(i, i + 333));
    writer.close();
    expect(Buffer.from(readFileSync(path)).equals(Buffer.from(whole))).toBe(true);
    const meta = parquetMetadata(whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength) as ArrayBuffer);
    expect(meta.row_groups.length).toBe(2);
    expect(Number(meta.num_rows)).toBe(rows.length);
  });

  it('writes a valid empty file', async () => {
    const bytes = verlParquetBytes([]);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(await parquetReadObjects({ file })).toEqual([]);
  });
});
