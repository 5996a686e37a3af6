/**
 * Ground-truth labels of IF-RLVR training data (allenai/IF_multi_constraints_upto5 and kin).
 *
 * The dataset stores the label as a Python literal, e.g.
 * `"[{'instruction_id': ['keywords:word_once'], 'kwargs': [{'keyword': 'flight'}]}]"`, which
 * open-instruct reads with `ast.literal_eval`; an element may itself be a JSON string. heed also
 * accepts plain JSON. The literal is read by a small parser written for the purpose (never
 * evaluated): strings with escapes and prefixes, numbers, None/True/False, lists, tuples, dicts.
 */
import type { JsonValue } from './types.js';

export interface GroundTruthTask {
  readonly instruction_id_list: string[];
  readonly kwargs: Array<Record<string, JsonValue> | null>;
}

export type GroundTruthResult =
  | { readonly ok: true; readonly tasks: GroundTruthTask[] }
  | { readonly ok: false; readonly message: string };

class LiteralError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 200;

/** Reads one Python literal expression (the `ast.literal_eval` subset heed needs) as JSON values. */
class PyLiteralParser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly src: string) {}

  parseAll(): JsonValue {
    const value = this.expression();
    this.skip();
    if (this.pos < this.src.length) this.fail(`unexpected ${this.show()} after the value`);
    return value;
  }

  private fail(message: string): never {
    throw new LiteralError(message, this.pos);
  }

  private show(): string {
    if (this.pos >= this.src.length) return 'end of input';
    return `character ${JSON.stringify(String.fromCodePoint(this.src.codePointAt(this.pos)!))}`;
  }

  /** Skips whitespace, comments and backslash line continuations. */
  private skip(): void {
    for (;;) {
      const c = this.src[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') this.pos++;
      else if (c === '#') {
        while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
      } else if (c === '\\' && (this.src[this.pos + 1] === '\n' || this.src[this.pos + 1] === '\r')) this.pos += 2;
      else return;
    }
  }

  private expression(): JsonValue {
    this.skip();
    const c = this.src[this.pos];
    if (c === undefined) this.fail('unexpected end of input, expected a value');
    if (c === '[' || c === '(' || c === '{') {
      if (++this.depth > MAX_DEPTH) this.fail('nesting too deep');
      const value = c === '[' ? this.list() : c === '(' ? this.paren() : this.dict();
      this.depth--;
      return value;
    }
    if (c === '-' || c === '+') {
      this.pos++;
      const v = this.expression();
      if (typeof v !== 'number') this.fail(`'${c}' must be followed by a number`);
      return c === '-' ? -v : v;
    }
    if (c >= '0' && c <= '9') return this.number();
    if (c === '.' && /[0-9]/.test(this.src[this.pos + 1] ?? '')) return this.number();
    if (c === '"' || c === "'") return this.strings();
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.src.slice(this.pos, this.pos + 64));
    if (word) {
      const w = word[0];
      const next = this.src[this.pos + w.length];
      if (/^[rRuU]$/.test(w) && (next === '"' || next === "'")) return this.strings();
      if (/^[bB]|^[rR][bB]$|^[bB][rR]$|^[fF]|^[rR][fF]$|^[fF][rR]$/.test(w) && (next === '"' || next === "'")) {
        this.fail(`${w}-prefixed strings are not supported (bytes and f-strings are not plain literals)`);
      }
      this.pos += w.length;
      if (w === 'None') return null;
      if (w === 'True') return true;
      if (w === 'False') return false;
      this.pos -= w.length;
      this.fail(`unexpected name '${w}' (only None, True, False and literals are allowed)`);
    }
    this.fail(`unexpected ${this.show()}`);
  }

  /** Items up to `close`, separated by commas, a trailing comma allowed. */
  private items(close: string, read: () => void): { count: number; trailingComma: boolean } {
    let count = 0;
    let trailingComma = false;
    for (;;) {
      this.skip();
      if (this.src[this.pos] === close) {
        this.pos++;
        return { count, trailingComma };
      }
      if (count > 0 && !trailingComma) this.fail(`expected ',' or '${close}', found ${this.show()}`);
      read();
      count++;
      this.skip();
      trailingComma = false;
      if (this.src[this.pos] === ',') {
        this.pos++;
        trailingComma = true;
      } else if (this.src[this.pos] !== close) {
        this.fail(`expected ',' or '${close}', found ${this.show()}`);
      }
    }
  }

  private list(): JsonValue[] {
    this.pos++;
    const out: JsonValue[] = [];
    this.items(']', () => out.push(this.expression()));
    return out;
  }

  /** A tuple (read as a list) or a parenthesised value. */
  private paren(): JsonValue {
    this.pos++;
    const out: JsonValue[] = [];
    const { count, trailingComma } = this.items(')', () => out.push(this.expression()));
    if (count === 1 && !trailingComma) return out[0]!;
    return out;
  }

  private dict(): JsonValue {
    const start = this.pos;
    this.pos++;
    const out: Record<string, JsonValue> = {};
    let isSet = false;
    this.items('}', () => {
      const keyAt = this.pos;
      const key = this.expression();
      this.skip();
      if (this.src[this.pos] !== ':') {
        isSet = true;
        return;
      }
      this.pos++;
      if (typeof key !== 'string') {
        this.pos = keyAt;
        this.fail(`dictionary keys must be strings, found ${JSON.stringify(key)}`);
      }
      Object.defineProperty(out, key, { value: this.expression(), enumerable: true, writable: true, configurable: true });
    });
    if (isSet) {
      this.pos = start;
      this.fail('sets are not supported (expected a dictionary with key: value pairs)');
    }
    return out;
  }

  private number(): number {
    const rest = this.src.slice(this.pos, this.pos + 400);
    const m =
      /^0[xX](?:_?[0-9a-fA-F])+|^0[oO](?:_?[0-7])+|^0[bB](?:_?[01])+|^(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?/.exec(
        rest,
      );
    if (!m) this.fail('malformed number');
    let text = m[0];
    if (/[jJ]/.test(this.src[this.pos + text.length] ?? '')) this.fail('complex numbers are not supported');
    if (/[A-Za-z0-9_]/.test(this.src[this.pos + text.length] ?? '')) this.fail('malformed number');
    this.pos += text.length;
    text = text.replaceAll('_', '');
    let value: number;
    if (/^0[xX]/.test(text)) value = parseInt(text.slice(2), 16);
    else if (/^0[oO]/.test(text)) value = parseInt(text.slice(2), 8);
    else if (/^0[bB]/.test(text)) value = parseInt(text.slice(2), 2);
    else {
      if (/^0[0-9]+$/.test(text) && /[1-9]/.test(text)) {
        this.pos -= m[0].length;
        this.fail('leading zeros in an integer are not allowed');
      }
      value = Number(text);
    }
    if (!Number.isFinite(value)) this.fail('number out of range');
    return value;
  }

  /** One string literal or several adjacent ones (Python concatenates them). */
  private strings(): string {
    let out = this.string();
    for (;;) {
      const save = this.pos;
      this.skip();
      const c = this.src[this.pos];
      const n = this.src[this.pos + 1];
      if (c === '"' || c === "'" || (/[rRuU]/.test(c ?? '') && (n === '"' || n === "'"))) out += this.string();
      else {
        this.pos = save;
        return out;
      }
    }
  }

  private string(): string {
    let raw = false;
    const p = this.src[this.pos]!;
    if (p === 'r' || p === 'R') {
      raw = true;
      this.pos++;
    } else if (p === 'u' || p === 'U') this.pos++;
    const quote = this.src[this.pos]!;
    const triple = this.src.startsWith(quote.repeat(3), this.pos);
    const start = this.pos;
    this.pos += triple ? 3 : 1;
    let out = '';
    for (;;) {
      if (this.pos >= this.src.length) {
        this.pos = start;
        this.fail('unterminated string literal');
      }
      const c = this.src[this.pos]!;
      if (c === quote && (!triple || this.src.startsWith(quote.repeat(3), this.pos))) {
        this.pos += triple ? 3 : 1;
        return out;
      }
      if ((c === '\n' || c === '\r') && !triple) this.fail('unterminated string literal (line break inside a single-quoted string)');
      if (c !== '\\') {
        out += c;
        this.pos++;
        continue;
      }
      const e = this.src[this.pos + 1];
      if (e === undefined) {
        this.pos = start;
        this.fail('unterminated string literal');
      }
      if (raw) {
        // Raw strings keep the backslash; it still protects a following quote.
        out += c + e;
        this.pos += 2;
        continue;
      }
      this.pos += 2;
      out += this.escape(e);
    }
  }

  /** The value of `\` + `e` (the escape letter is already consumed). */
  private escape(e: string): string {
    const simple: Record<string, string> = {
      '\n': '',
      '\\': '\\',
      "'": "'",
      '"': '"',
      a: '\x07',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
    };
    if (e in simple) {
      if (e === '\n' || e === '\r') {
        if (e === '\r' && this.src[this.pos] === '\n') this.pos++;
        return '';
      }
      return simple[e]!;
    }
    if (e === '\r') {
      if (this.src[this.pos] === '\n') this.pos++;
      return '';
    }
    if (e >= '0' && e <= '7') {
      let digits = e;
      while (digits.length < 3 && /[0-7]/.test(this.src[this.pos] ?? '')) digits += this.src[this.pos++];
      return String.fromCodePoint(parseInt(digits, 8));
    }
    const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLen) {
      const digits = this.src.slice(this.pos, this.pos + hexLen);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLen}}$`).test(digits)) {
        this.pos -= 2;
        this.fail(`truncated \\${e} escape (expected ${hexLen} hex digits)`);
      }
      const cp = parseInt(digits, 16);
      if (cp > 0x10ffff) {
        this.pos -= 2;
        this.fail(`\\${e} escape out of the Unicode range`);
      }
      this.pos += hexLen;
      return String.fromCodePoint(cp);
    }
    if (e === 'N') {
      this.pos -= 2;
      this.fail('\\N{...} named escapes are not supported');
    }
    // Unknown escapes keep the backslash, as Python does.
    return `\\${e}`;
  }
}

/** Parses a Python literal (`ast.literal_eval` subset) into JSON values. */
export function parsePythonLiteral(text: string): { ok: true; value: JsonValue } | { ok: false; message: string } {
  try {
    return { ok: true, value: new PyLiteralParser(text).parseAll() };
  } catch (e) {
    if (e instanceof LiteralError) {
      const before = text.slice(0, e.offset);
      const line = before.split('\n').length;
      const column = e.offset - before.lastIndexOf('\n');
      return { ok: false, message: `${e.message} (line ${line}, column ${column})` };
    }
    throw e;
  }
}

function isObject(v: JsonValue | undefined): v is { [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: JsonValue | undefined): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s.length > 50 ? `${s.slice(0, 47)}...` : s;
}

function toTask(entry: JsonValue, where: string): GroundTruthTask | string {
  let value = entry;
  if (typeof value === 'string') {
    // open-instruct: an element that is a string is parsed as JSON.
    try {
      value = JSON.parse(value) as JsonValue;
    } catch (e) {
      return `${where} is a string but not valid JSON (${e instanceof Error ? e.message : String(e)})`;
    }
  }
  if (!isObject(value)) return `${where} must be an object with instruction_id and kwargs, got ${describe(value)}`;
  const ids = value['instruction_id'] ?? value['instruction_id_list'];
  if (ids === undefined) return `${where} has no 'instruction_id' list`;
  if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string')) {
    return `${where}.instruction_id must be a list of strings, got ${describe(ids)}`;
  }
  const kwargs = value['kwargs'];
  if (kwargs === undefined) return `${where} has no 'kwargs' list`;
  if (!Array.isArray(kwargs)) return `${where}.kwargs must be a list, got ${describe(kwargs)}`;
  const out: Array<Record<string, JsonValue> | null> = [];
  for (let i = 0; i < kwargs.length; i++) {
    const k = kwargs[i]!;
    if (k !== null && !isObject(k)) return `${where}.kwargs[${i}] must be an object or None, got ${describe(k)}`;
    out.push(k);
  }
  if (out.length !== ids.length) {
    return `${where} has ${ids.length} instruction ids but ${out.length} kwargs entries (they must pair up)`;
  }
  return { instruction_id_list: ids as string[], kwargs: out };
}

/**
 * Parses an IF-RLVR ground truth: a Python literal or JSON holding a list of task objects
 * (`{'instruction_id': [...], 'kwargs': [{...} | None]}`, or a JSON string of one), or a single
 * task object. open-instruct scores with the first task only; all are returned and validated.
 */
export function parseGroundTruth(text: string): GroundTruthResult {
  if (typeof text !== 'string') return { ok: false, message: 'ground truth must be a string' };
  if (text.trim() === '') return { ok: false, message: 'ground truth is empty' };
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch {
    const parsed = parsePythonLiteral(text);
    if (!parsed.ok) return { ok: false, message: `ground truth is neither JSON nor a Python literal: ${parsed.message}` };
    value = parsed.value;
  }
  const entries = Array.isArray(value) ? value : [value];
  if (entries.length === 0) return { ok: false, message: 'ground truth is an empty list (expected at least one task)' };
  const tasks: GroundTruthTask[] = [];
  for (let i = 0; i < entries.length; i++) {
    const task = toTask(entries[i]!, Array.isArray(value) ? `ground truth [${i}]` : 'ground truth');
    if (typeof task === 'string') return { ok: false, message: task };
    tasks.push(task);
  }
  return { ok: true, tasks };
}
