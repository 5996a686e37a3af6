/**
 * verl Parquet files, written with hyparquet-writer (pure JavaScript, no native code). The
 * schema is explicit, because nested columns need it: `prompt` is a 3-level LIST of
 * `{role, content}` structs, `reward_model` and `extra_info` are structs, and `extra_info.index`
 * is INT64 (values are passed as BigInt). Output is a pure function of the rows (no timestamps),
 * so the same rows give byte-identical files. Rows are written in row groups of `ROW_GROUP_SIZE`.
 */
import { ByteWriter, ParquetWriter, fileWriter } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet-writer';
import type { VerlRow } from './export.js';

export const ROW_GROUP_SIZE = 10_000;

const utf8 = (name: string): SchemaElement => ({ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' });

/** The verl row schema, depth-first as Parquet stores it. */
export const VERL_PARQUET_SCHEMA: SchemaElement[] = [
  { name: 'root', num_children: 5 },
  utf8('data_source'),
  { name: 'prompt', repetition_type: 'REQUIRED', converted_type: 'LIST', num_children: 1 },
  { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  { name: 'element', repetition_type: 'REQUIRED', num_children: 2 },
  utf8('role'),
  utf8('content'),
  utf8('ability'),
  { name: 'reward_model', repetition_type: 'REQUIRED', num_children: 2 },
  utf8('style'),
  utf8('ground_truth'),
  { name: 'extra_info', repetition_type: 'REQUIRED', num_children: 3 },
  utf8('split'),
  { name: 'index', type: 'INT64', repetition_type: 'REQUIRED' },
  utf8('id'),
];

const CREATED_BY = 'heed (hyparquet-writer)';

function columns(rows: readonly VerlRow[]) {
  return [
    { name: 'data_source', data: rows.map((r) => r.data_source) },
    { name: 'prompt', data: rows.map((r) => r.prompt.map((m) => ({ role: m.role, content: m.content }))) },
    { name: 'ability', data: rows.map((r) => r.ability) },
    { name: 'reward_model', data: rows.map((r) => ({ style: r.reward_model.style, ground_truth: r.reward_model.ground_truth })) },
    {
      name: 'extra_info',
      data: rows.map((r) => ({ split: r.extra_info.split, index: BigInt(r.extra_info.index), id: r.extra_info.id })),
    },
  ];
}

/** Incremental writer: `write` any number of row batches, then `close`. */
export class VerlParquetWriter {
  private readonly writer: ParquetWriter;
  private pending: VerlRow[] = [];

  /** Writes to `path` (created or truncated), or into memory when `path` is null (see `bytes`). */
  constructor(path: string | null) {
    this.sink = path === null ? new ByteWriter() : fileWriter(path);
    this.writer = new ParquetWriter({ writer: this.sink, schema: VERL_PARQUET_SCHEMA, createdBy: CREATED_BY });
  }

  private readonly sink: ByteWriter | ReturnType<typeof fileWriter>;

  write(rows: readonly VerlRow[]): void {
    for (const row of rows) {
      this.pending.push(row);
      if (this.pending.length >= ROW_GROUP_SIZE) this.flush();
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    // Row groups have a fixed size, so the file does not depend on how rows were batched.
    void this.writer.write({ columnData: columns(this.pending), rowGroupSize: this.pending.length });
    this.pending = [];
  }

  close(): void {
    this.flush();
    void this.writer.finish();
  }

  /** The file's bytes (in-memory writers only, after `close`). */
  bytes(): Uint8Array {
    if (!(this.sink instanceof ByteWriter)) throw new Error('bytes() is only available for in-memory Parquet writers');
    return this.sink.getBytes();
  }
}

/** A whole verl Parquet file in memory. */
export function verlParquetBytes(rows: readonly VerlRow[]): Uint8Array {
  const writer = new VerlParquetWriter(null);
  writer.write(rows);
  writer.close();
  return writer.bytes();
}
