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

class RecursionLimit {
  constructor(readonly kind: 'array' | 'object') {}
}

/**
 * Internal failure (cheap to throw: not an Error, no stack trace); converted to
 * {@link PyJsonError} at the API boundary. CPython's `StopIteration` (no value at `idx`) always
 * surfaces as `Expecting value` at the same index, so it is thrown as that directly.
 */
class Failure {
  constructor(
    readonly msg: string,
    readonly idx: number,
  ) {}
}

/** `msg: line L column C (char P)` for a failure at UTF-16 index `idx` (positions in code points). */
function positionText(s: string, f: Failure): { pos: number; lineno: number; colno: number } {
  const { idx } = f;
  const pos = codePointIndex(s, idx);
  let lineno = 1;
  let lastNl = -1;
  for (let i = s.indexOf('\n'); i !== -1 && i < idx; i = s.indexOf('\n', i + 1)) {
    lineno++;
    lastNl = i;
  }
  const colno = lastNl < 0 ? pos + 1 : pos - codePointIndex(s, lastNl);
  return { pos, lineno, colno };
}

function toPublic(s: string, f: Failure): PyJsonError {
  const { pos, lineno, colno } = positionText(s, f);
  return new PyJsonError(f.msg, pos, lineno, colno);
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/**
 * CPython's C scanner, recursive descent. Every reader takes the index where its token starts,
 * returns the value and leaves the index just after it in {@link Scanner.pos} (no tuple per
 * value). Failures are thrown as {@link Failure}/{@link RecursionLimit}; a failed scanner is not
 * reused, so the depth counter needs no unwinding.
 */
class Scanner {
  /** Index just after the value last read. */
  pos = 0;
  private depth = 0;

  constructor(
    private readonly s: string,
    private readonly maxDepth: number,
  ) {}

  /** `scan_once` at `idx`. */
  value(idx: number): PyValue {
    const s = this.s;
    if (idx >= s.length) throw new Failure('Expecting value', idx);
    switch (s.charCodeAt(idx)) {
      case 0x22: // "
        return this.string(idx + 1);
      case 0x7b: {
        // {
        if (++this.depth > this.maxDepth) throw new RecursionLimit('object');
        const v = this.object(idx + 1);
        this.depth--;
        return v;
      }
      case 0x5b: {
        // [
        if (++this.depth > this.maxDepth) throw new RecursionLimit('array');
        const v = this.array(idx + 1);
        this.depth--;
        return v;
      }
      case 0x6e: // n
        if (s.startsWith('null', idx)) {
          this.pos = idx + 4;
          return null;
        }
        break;
      case 0x74: // t
        if (s.startsWith('true', idx)) {
          this.pos = idx + 4;
          return true;
        }
        break;
      case 0x66: // f
        if (s.startsWith('false', idx)) {
          this.pos = idx + 5;
          return false;
        }
        break;
      case 0x4e: // N
        if (s.startsWith('NaN', idx)) {
          this.pos = idx + 3;
          return NaN;
        }
        break;
      case 0x49: // I
        if (s.startsWith('Infinity', idx)) {
          this.pos = idx + 8;
          return Infinity;
        }
        break;
      case 0x2d: // -
        if (s.startsWith('-Infinity', idx)) {
          this.pos = idx + 9;
          return -Infinity;
        }
        break;
    }
    return this.number(idx);
  }

  private number(start: number): PyValue {
    const s = this.s;
    const n = s.length;
    let idx = start;
    const neg = idx < n && s.charCodeAt(idx) === 0x2d;
    if (neg) idx++;
    const intStart = idx;
    const d0 = idx < n ? s.charCodeAt(idx) : -1;
    if (d0 >= 0x31 && d0 <= 0x39) {
      idx++;
      while (idx < n) {
        const c = s.charCodeAt(idx);
        if (c < 0x30 || c > 0x39) break;
        idx++;
      }
    } else if (d0 === 0x30) {
      idx++;
    } else {
      throw new Failure('Expecting value', start);
    }
    const intEnd = idx;
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
    this.pos = idx;
    if (isFloat) return Number(s.slice(start, idx));
    if (intEnd - intStart <= 15) {
      // Exact in a double: skip the string round trip (and the allocation, for small ints).
      let v = 0;
      for (let i = intStart; i < intEnd; i++) v = v * 10 + (s.charCodeAt(i) - 0x30);
      if (v < SMALL_INTS.length && !neg) return SMALL_INTS[v]!;
      return BigInt(neg ? -v : v);
    }
    return BigInt(s.slice(start, idx));
  }

  /** A string whose opening quote is just before `begin` (CPython's `scanstring`). */
  private string(begin: number): string {
    const s = this.s;
    const n = s.length;
    let idx = begin;
    let out = '';
    for (;;) {
      let j = idx;
      // The run of ordinary characters.
      for (; j < n; j++) {
        const c = s.charCodeAt(j);
        // One comparison for most characters (letters sort after the backslash).
        if (c <= 0x5c) {
          if (c === 0x22 || c === 0x5c) break;
          if (c < 0x20) throw new Failure('Invalid control character at', j);
        }
      }
      if (j >= n) throw new Failure('Unterminated string starting at', begin - 1);
      if (s.charCodeAt(j) === 0x22) {
        this.pos = j + 1;
        return idx === begin ? s.slice(begin, j) : out + s.slice(idx, j);
      }
      out += s.slice(idx, j);
      // Backslash escape.
      j++;
      if (j >= n) throw new Failure('Unterminated string starting at', begin - 1);
      const esc = s.charCodeAt(j);
      if (esc !== 0x75 /* u */) {
        const rep = simpleEscape(esc);
        if (rep === null) throw new Failure('Invalid \\escape', j - 1);
        out += rep;
        idx = j + 1;
        continue;
      }
      let code = this.hex4(j);
      let next = j + 5;
      if (code >= 0xd800 && code <= 0xdbff && next + 6 < n && s.charCodeAt(next) === 0x5c && s.charCodeAt(next + 1) === 0x75) {
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
    if (u + 5 >= s.length) throw new Failure('Invalid \\uXXXX escape', u);
    let v = 0;
    for (let k = 1; k <= 4; k++) {
      const d = hexDigit(s.charCodeAt(u + k));
      if (d < 0) throw new Failure('Invalid \\uXXXX escape', u);
      v = v * 16 + d;
    }
    return v;
  }

  private skipWs(idx: number): number {
    const s = this.s;
    const n = s.length;
    while (idx < n) {
      const c = s.charCodeAt(idx);
      if (c > 0x20 || (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)) break;
      idx++;
    }
    return idx;
  }

  private object(idx: number): PyDict {
    const s = this.s;
    const n = s.length;
    const d = new PyDict();
    idx = this.skipWs(idx);
    if (idx < n && s.charCodeAt(idx) === 0x7d) {
      this.pos = idx + 1;
      return d;
    }
    for (;;) {
      if (idx >= n || s.charCodeAt(idx) !== 0x22) {
        throw new Failure('Expecting property name enclosed in double quotes', idx);
      }
      const key = this.string(idx + 1);
      idx = this.skipWs(this.pos);
      if (idx >= n || s.charCodeAt(idx) !== 0x3a) throw new Failure("Expecting ':' delimiter", idx);
      const value = this.value(this.skipWs(idx + 1));
      d.set(key, value);
      idx = this.skipWs(this.pos);
      if (idx < n && s.charCodeAt(idx) === 0x7d) {
        this.pos = idx + 1;
        return d;
      }
      if (idx >= n || s.charCodeAt(idx) !== 0x2c) throw new Failure("Expecting ',' delimiter", idx);
      idx = this.skipWs(idx + 1);
    }
  }

  private array(idx: number): PyValue[] {
    const s = this.s;
    const n = s.length;
    const out: PyValue[] = [];
    idx = this.skipWs(idx);
    if (idx < n && s.charCodeAt(idx) === 0x5d) {
      this.pos = idx + 1;
      return out;
    }
    for (;;) {
      out.push(this.value(idx));
      idx = this.skipWs(this.pos);
      if (idx < n && s.charCodeAt(idx) === 0x5d) {
        this.pos = idx + 1;
        return out;
      }
      if (idx >= n || s.charCodeAt(idx) !== 0x2c) throw new Failure("Expecting ',' delimiter", idx);
      idx = this.skipWs(idx + 1);
    }
  }
}

/** `0n … 4095n`, shared: bigints are values, so handing out the same object is unobservable. */
const SMALL_INTS: readonly bigint[] = Array.from({ length: 4096 }, (_, i) => BigInt(i));

/** The one-character escapes after a backslash (by char code), or null. */
function simpleEscape(c: number): string | null {
  switch (c) {
    case 0x22:
      return '"';
    case 0x5c:
      return '\\';
    case 0x2f:
      return '/';
    case 0x62:
      return '\b';
    case 0x66:
      return '\f';
    case 0x6e:
      return '\n';
    case 0x72:
      return '\r';
    case 0x74:
      return '\t';
    default:
      return null;
  }
}


function recursionText(e: RecursionLimit): string {
  return `maximum recursion depth exceeded while decoding a JSON ${e.kind} from a unicode string`;
}

function publicError(s: string, e: unknown): unknown {
  if (e instanceof Failure) return toPublic(s, e);
  if (e instanceof RecursionLimit) {
    const m = recursionText(e);
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
    const value = sc.value(0);
    return [value, sc.pos];
  } catch (e) {
    throw publicError(s, e);
  }
}

/** {@link rawDecode} as a result: the value and end, or the error's `message` (no Error built). */
export type RawDecodeResult = { ok: true; value: PyValue; end: number } | { ok: false; message: string };

/**
 * {@link rawDecode} without exceptions at the boundary: on failure, `message` is exactly the
 * {@link PyJsonError} message `rawDecode` would throw. Cheaper on the hot path of the validator,
 * which only needs the text.
 */
export function rawDecodeResult(s: string, maxDepth = PY_JSON_MAX_DEPTH): RawDecodeResult {
  const sc = new Scanner(s, maxDepth);
  try {
    const value = sc.value(0);
    return { ok: true, value, end: sc.pos };
  } catch (e) {
    if (e instanceof Failure) {
      const { pos, lineno, colno } = positionText(s, e);
      return { ok: false, message: `${e.msg}: line ${lineno} column ${colno} (char ${pos})` };
    }
    if (e instanceof RecursionLimit) return { ok: false, message: recursionText(e) };
    throw e;
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
    value = sc.value(start);
    end = sc.pos;
  } catch (e) {
    throw publicError(s, e);
  }
  while (end < s.length && isWs(s.charCodeAt(end))) end++;
  if (end !== s.length) throw toPublic(s, new Failure('Extra data', end));
  return value;
}
