/**
 * From input lines to output rows: JSON parsing, row ids, error rows naming file/line/field, and
 * the per-row call into a bench. Pure and synchronous, so worker threads and the main thread share
 * it (see pool.ts).
 */
import { loadedBench } from './benches/loaded.js';
import type { BenchName, JsonObject, RowProblem, ScoreOptions } from './benches/types.js';
import type { JsonValue } from '../constraints/types.js';

/** One input row: its 1-based line number and either the raw JSON text or an already parsed row. */
export interface InputRow {
  readonly line: number;
  readonly text?: string;
  readonly row?: JsonObject;
  /** A problem found before scoring (e.g. no response joined to this task); reported as the row's error. */
  readonly problem?: RowProblem;
  /** The line's size (bytes or characters) when known without decoding it, for batching. */
  readonly size?: number;
}

/** The result for one input row: the output line (JSON) and, when scored, the summary item. */
export interface RowResult {
  readonly json: string;
  readonly scored: boolean;
  readonly item: unknown;
}

export interface PipelineConfig {
  readonly bench: BenchName;
  /** The input file name as the user gave it; error rows quote it. */
  readonly file: string;
  readonly options: ScoreOptions;
}

const ID_FIELDS = ['id', 'key', 'doc_id', 'seed'] as const;

/** The row id: `id`, else `key`, else `doc_id`, else `seed`, else the 1-based line number. */
export function rowId(row: JsonObject | null, line: number): JsonValue {
  if (row) {
    for (const field of ID_FIELDS) {
      const value = row[field];
      if (value !== undefined && value !== null) return value;
    }
  }
  return line;
}

function errorRow(id: JsonValue, file: string, line: number, field: string, message: string): RowResult {
  const where = field ? `${file} line ${line}, ${field}: ${message}` : `${file} line ${line}: ${message}`;
  return { json: JSON.stringify({ id, error: where }), scored: false, item: null };
}

export function scoreInputRow(config: PipelineConfig, input: InputRow): RowResult {
  const { file, line } = { file: config.file, line: input.line };
  const bench = loadedBench(config.bench);
  let row: JsonObject;
  if (input.row) {
    row = input.row;
  } else {
    let parsed: unknown;
    try {
      parsed = bench.parseLine ? bench.parseLine(input.text ?? '') : JSON.parse(input.text ?? '');
    } catch (error) {
      return errorRow(line, file, line, '', `not valid JSON (${(error as Error).message})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return errorRow(line, file, line, '', 'expected a JSON object');
    }
    row = parsed as JsonObject;
  }
  const id = rowId(row, line);
  if (input.problem) return errorRow(id, file, line, input.problem.field, input.problem.message);
  let outcome;
  try {
    outcome = bench.score(row, config.options);
  } catch (error) {
    return errorRow(id, file, line, '', `could not be scored (internal error: ${(error as Error).message})`);
  }
  if (!outcome.ok) return errorRow(id, file, line, outcome.problem.field, outcome.problem.message);
  return { json: JSON.stringify({ id, ...outcome.output }), scored: true, item: outcome.item };
}

/**
 * Splits JSONL text into input rows, skipping blank lines (line numbers stay 1-based). A string
 * or the file's bytes: bytes are split on newline bytes and each line decoded as UTF-8 on its
 * own, which gives the same lines as decoding the whole file first (a newline byte never occurs
 * inside a multi-byte character) at about half the cost for large files.
 */
export function splitJsonl(input: string | Uint8Array): InputRow[] {
  return typeof input === 'string' ? splitJsonlText(input) : splitJsonlBytes(input);
}

function splitJsonlBytes(bytes: Uint8Array): InputRow[] {
  // Buffer decoding keeps a byte order mark, as reading the file as a string does.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const rows: InputRow[] = [];
  let start = 0;
  let line = 0;
  while (start <= buffer.length) {
    let end = buffer.indexOf(0x0a, start);
    if (end === -1) end = buffer.length;
    line++;
    const stop = end > start && buffer[end - 1] === 0x0d ? end - 1 : end;
    if (stop > start && !isBlankBytes(buffer, start, stop)) rows.push(new EncodedLine(line, buffer, start, stop));
    start = end + 1;
  }
  return rows;
}

/** Whether bytes [start, stop) decode to a string that `trim()` empties (JS whitespace only). */
function isBlankBytes(buffer: Buffer, start: number, stop: number): boolean {
  for (let i = start; i < stop; i++) {
    const b = buffer[i]!;
    // ASCII whitespace can be judged byte by byte; anything else is decided on the decoded text.
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    if (b < 0x80) return false;
    return buffer.toString('utf8', start, stop).trim() === '';
  }
  return true;
}

/**
 * A line of a JSONL file, decoded when its text is first read: decoding every line up front
 * would keep ~40 MB of strings alive (for the 20 MB parity file) that the young-generation
 * garbage collector copies again and again; decoded late, each line dies young.
 */
class EncodedLine implements InputRow {
  constructor(
    readonly line: number,
    private readonly buffer: Buffer,
    private readonly start: number,
    private readonly stop: number,
  ) {}

  get text(): string {
    return this.buffer.toString('utf8', this.start, this.stop);
  }

  /** Length in bytes (a cheap size for batching; no decoding). */
  get size(): number {
    return this.stop - this.start;
  }
}

/** A row as plain data (for posting to a worker thread: getters do not survive cloning). */
export function plainRow(row: InputRow): InputRow {
  if (!(row instanceof EncodedLine)) return row;
  return { line: row.line, text: row.text };
}

function splitJsonlText(text: string): InputRow[] {
  const rows: InputRow[] = [];
  let start = 0;
  let line = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    line++;
    let slice = text.slice(start, end);
    if (slice.endsWith('\r')) slice = slice.slice(0, -1);
    if (slice.trim() !== '') rows.push({ line, text: slice });
    start = end + 1;
  }
  return rows;
}
