/**
 * JSON decoding with CPython's `json` semantics (3.11, C scanner), where verdicts depend on them:
 * - a number literal with `.`, `e` or `E` is a float (`3.0` fails `integer`); others are ints of
 *   arbitrary precision (bigint);
 * - `NaN`, `Infinity`, `-Infinity` are accepted; duplicate keys keep the last value (first position);
 * - lone surrogate escapes are kept; only space, tab, LF and CR are whitespace between tokens;
 * - errors carry CPython's message and position (`Expecting value: line 1 column 2 (char 1)`),
 *   positions counted in code points;
 * - `rawDecode` reads one value from the start and reports where it ended (`raw_decode`).
 * Nesting deeper than CPython's recursion limit allows fails with its RecursionError text
 * instead of overflowing the stack.
 */
import { PyDict, codePointIndex, type PyValue } from './pyvalue.js';

/** Python's default recursion limit leaves room for about this many nested JSON containers. */
export const PY_JSON_MAX_DEPTH = 991;

/** A decode failure: `message` is `msg: line L column C (char P)` like `JSONDecodeError`. */
export class PyJsonError extends Error {
  constructor(
    readonly msg: string,
    /** Position in code points. */
    readonly pos: number,
    readonly lineno: number,
    readonly colno: number,
    full?: string,
  ) {
    super(full ?? `${msg}: line ${lineno} column ${colno} (char ${pos})`);
  }
}

class StopIter {
  constructor(readonly idx: number) {}
}

class RecursionLimit {
  constructor(readonly kind: 'array' | 'object') {}
}

/** Internal failure (cheap to throw); converted to {@link PyJsonError} at the API boundary. */
class Failure {
  constructor(
    readonly msg: string,
    readonly idx: number,
  ) {}
}

function makeError(s: string, msg: string, idx: number): Failure {
  return new Failure(msg, idx);
}

function toPublic(s: string, f: Failure): PyJsonError {
  const { msg, idx } = f;
  const pos = codePointIndex(s, idx);
  let lineno = 1;
  let lastNl = -1;
  for (let i = 0; i < idx; i++) {
    if (s.charCodeAt(i) === 10) {
      lineno++;
      lastNl = i;
    }
  }
  const colno = lastNl < 0 ? pos + 1 : pos - codePointIndex(s, lastNl);
  return new PyJsonError(msg, pos, lineno, colno);
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

class Scanner {
  constructor(
    private readonly s: string,
    private readonly maxDepth: number,
  ) {}

  private depth = 0;

  scanOnce(idx: number): [PyValue, number] {
    const s = this.s;
    if (idx >= s.length) throw new StopIter(idx);
    const c = s.charCodeAt(idx);
    switch (c) {
      case 0x22: // "
        return this.scanString(idx + 1);
      case 0x7b: // {
        return this.nested('object', idx + 1);
      case 0x5b: // [
        return this.nested('array', idx + 1);
      case 0x6e: // n
        if (s.startsWith('null', idx)) return [null, idx + 4];
        break;
      case 0x74: // t
        if (s.startsWith('true', idx)) return [true, idx + 4];
        break;
      case 0x66: // f
        if (s.startsWith('false', idx)) return [false, idx + 5];
        break;
      case 0x4e: // N
        if (s.startsWith('NaN', idx)) return [NaN, idx + 3];
        break;
      case 0x49: // I
        if (s.startsWith('Infinity', idx)) return [Infinity, idx + 8];
        break;
      case 0x2d: // -
        if (s.startsWith('-Infinity', idx)) return [-Infinity, idx + 9];
        break;
    }
    return this.matchNumber(idx);
  }

  private nested(kind: 'array' | 'object', idx: number): [PyValue, number] {
    if (++this.depth > this.maxDepth) throw new RecursionLimit(kind);
    try {
      return kind === 'array' ? this.parseArray(idx) : this.parseObject(idx);
    } finally {
      this.depth--;
    }
  }

  private matchNumber(start: number): [PyValue, number] {
    const s = this.s;
    const n = s.length;
    let idx = start;
    if (idx < n && s.charCodeAt(idx) === 0x2d) idx++;
    const d0 = idx < n ? s.charCodeAt(idx) : -1;
    if (d0 >= 0x31 && d0 <= 0x39) {
      idx++;
      while (idx < n && s.charCodeAt(idx) >= 0x30 && s.charCodeAt(idx) <= 0x39) idx++;
    } else if (d0 === 0x30) {
      idx++;
    } else {
      throw new StopIter(start);
    }
    let isFloat = false;
    if (idx < n - 1 && s.charCodeAt(idx) === 0x2e) {
      const f = s.charCodeAt(idx + 1);
      if (f >= 0x30 && f <= 0x39) {
        isFloat = true;
        idx += 2;
        while (idx < n && s.charCodeAt(idx) >= 0x30 && s.charCodeAt(idx) <= 0x39) idx++;
      }
    }
    if (idx < n - 1 && (s.charCodeAt(idx) === 0x65 || s.charCodeAt(idx) === 0x45)) {
      let e = idx + 1;
      if (e < n && (s.charCodeAt(e) === 0x2b || s.charCodeAt(e) === 0x2d)) e++;
      const eStart = e;
      while (e < n && s.charCodeAt(e) >= 0x30 && s.charCodeAt(e) <= 0x39) e++;
      if (e > eStart) {
        isFloat = true;
        idx = e;
      }
    }
    const text = s.slice(start, idx);
    return [isFloat ? Number(text) : BigInt(text), idx];
  }

  private scanString(begin: number): [string, number] {
    const s = this.s;
    const n = s.length;
    let idx = begin;
    let out = '';
    for (;;) {
      let j = idx;
      // Copy the run of ordinary characters.
      for (; j < n; j++) {
        const c = s.charCodeAt(j);
        if (c === 0x22 || c === 0x5c) break;
        if (c < 0x20) throw makeError(s, 'Invalid control character at', j);
      }
      if (j >= n) throw makeError(s, 'Unterminated string starting at', begin - 1);
      out += s.slice(idx, j);
      if (s.charCodeAt(j) === 0x22) return [out, j + 1];
      // Backslash escape.
      j++;
      if (j >= n) throw makeError(s, 'Unterminated string starting at', begin - 1);
      const esc = s[j]!;
      if (esc !== 'u') {
        const rep = SIMPLE_ESCAPES[esc];
        if (rep === undefined) throw makeError(s, 'Invalid \\escape', j - 1);
        out += rep;
        idx = j + 1;
        continue;
      }
      let code = this.hex4(j);
      let next = j + 5;
      if (code >= 0xd800 && code <= 0xdbff && next + 6 < s.length && s.charCodeAt(next) === 0x5c && s.charCodeAt(next + 1) === 0x75) {
        const low = this.hex4(next + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          next += 6;
        }
      }
      out += code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code);
      idx = next;
    }
  }

  /** Reads the four hex digits after the `u` at index `u`. */
  private hex4(u: number): number {
    const s = this.s;
    if (u + 5 >= s.length) throw makeError(s, 'Invalid \\uXXXX escape', u);
    let v = 0;
    for (let k = 1; k <= 4; k++) {
      const c = s.charCodeAt(u + k);
      if (!isHex(c)) throw makeError(s, 'Invalid \\uXXXX escape', u);
      v = v * 16 + parseInt(s[u + k]!, 16);
    }
    return v;
  }

  private skipWs(idx: number): number {
    const s = this.s;
    while (idx < s.length && isWs(s.charCodeAt(idx))) idx++;
    return idx;
  }

  private parseObject(idx: number): [PyValue, number] {
    const s = this.s;
    const d = new PyDict();
    idx = this.skipWs(idx);
    if (idx < s.length && s.charCodeAt(idx) === 0x7d) return [d, idx + 1];
    for (;;) {
      if (idx >= s.length || s.charCodeAt(idx) !== 0x22) {
        throw makeError(s, 'Expecting property name enclosed in double quotes', idx);
      }
      const [key, afterKey] = this.scanString(idx + 1);
      idx = this.skipWs(afterKey);
      if (idx >= s.length || s.charCodeAt(idx) !== 0x3a) throw makeError(s, "Expecting ':' delimiter", idx);
      idx = this.skipWs(idx + 1);
      let value: PyValue;
      try {
        [value, idx] = this.scanOnce(idx);
      } catch (e) {
        if (e instanceof StopIter) throw makeError(s, 'Expecting value', e.idx);
        throw e;
      }
      d.set(key, value);
      idx = this.skipWs(idx);
      if (idx < s.length && s.charCodeAt(idx) === 0x7d) return [d, idx + 1];
      if (idx >= s.length || s.charCodeAt(idx) !== 0x2c) throw makeError(s, "Expecting ',' delimiter", idx);
      idx = this.skipWs(idx + 1);
    }
  }

  private parseArray(idx: number): [PyValue, number] {
    const s = this.s;
    const out: PyValue[] = [];
    idx = this.skipWs(idx);
    if (idx < s.length && s.charCodeAt(idx) === 0x5d) return [out, idx + 1];
    for (;;) {
      let value: PyValue;
      try {
        [value, idx] = this.scanOnce(idx);
      } catch (e) {
        if (e instanceof StopIter) throw makeError(s, 'Expecting value', e.idx);
        throw e;
      }
      out.push(value);
      idx = this.skipWs(idx);
      if (idx < s.length && s.charCodeAt(idx) === 0x5d) return [out, idx + 1];
      if (idx >= s.length || s.charCodeAt(idx) !== 0x2c) throw makeError(s, "Expecting ',' delimiter", idx);
      idx = this.skipWs(idx + 1);
    }
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

function publicError(s: string, e: unknown): unknown {
  if (e instanceof StopIter) return toPublic(s, new Failure('Expecting value', e.idx));
  if (e instanceof Failure) return toPublic(s, e);
  if (e instanceof RecursionLimit) {
    const m = `maximum recursion depth exceeded while decoding a JSON ${e.kind} from a unicode string`;
    return new PyJsonError(m, 0, 1, 1, m);
  }
  return e;
}

/**
 * `json.JSONDecoder().raw_decode(s)`: decode one value starting at index 0 (no leading
 * whitespace skipped). Returns the value and the UTF-16 index just after it.
 * Throws {@link PyJsonError}.
 */
export function rawDecode(s: string, maxDepth = PY_JSON_MAX_DEPTH): [PyValue, number] {
  const sc = new Scanner(s, maxDepth);
  try {
    return sc.scanOnce(0);
  } catch (e) {
    throw publicError(s, e);
  }
}

/**
 * `json.loads(s)`: whitespace around the value allowed (JSON whitespace only), anything else
 * after it is `Extra data`. Throws {@link PyJsonError}.
 */
export function parsePyJson(s: string, maxDepth = PY_JSON_MAX_DEPTH): PyValue {
  let start = 0;
  while (start < s.length && isWs(s.charCodeAt(start))) start++;
  const sc = new Scanner(s, maxDepth);
  let value: PyValue;
  let end: number;
  try {
    [value, end] = sc.scanOnce(start);
  } catch (e) {
    throw publicError(s, e);
  }
  while (end < s.length && isWs(s.charCodeAt(end))) end++;
  if (end !== s.length) throw toPublic(s, new Failure('Extra data', end));
  return value;
}
