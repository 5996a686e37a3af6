/**
 * Python values as the structured-output checks see them.
 *
 * The IFStruct reference runs on Python objects, and several verdicts depend on Python's type
 * system: `3.0` is a float and fails `integer`, `True == 1`, dict keys may be bools or ints
 * (YAML), and messages print values with `str()`/`repr()`. heed keeps that information with
 * this mapping:
 *
 * | Python        | heed                                   |
 * | ------------- | -------------------------------------- |
 * | `None`        | `null`                                 |
 * | `bool`        | `boolean`                              |
 * | `int`         | `bigint` (arbitrary precision)         |
 * | `float`       | `number`                               |
 * | `str`         | `string` (UTF-16; lone surrogates kept) |
 * | `list`        | `PyValue[]`                            |
 * | `dict`        | {@link PyDict}                         |
 * | `tuple`, `set`, `bytes`, `date`, `datetime` | {@link PyOther} |
 */

/** A Python value (see the module comment for the mapping). */
export type PyValue = null | boolean | bigint | number | string | PyValue[] | PyDict | PyOther;

/** Values without a JSON/YAML core equivalent: tuples, sets, bytes, dates (only from YAML tags). */
export class PyOther {
  constructor(
    /** Python type name: `tuple`, `set`, `bytes`, `date`, `datetime`. */
    readonly typeName: 'tuple' | 'set' | 'bytes' | 'date' | 'datetime',
    /** Items for tuple/set; empty otherwise. */
    readonly items: PyValue[],
    /** `str()` of the value (dates: ISO form; bytes: `b'…'`). */
    readonly text: string,
    /** `repr()` when it differs from what {@link pyRepr} derives (datetimes). */
    readonly reprText?: string,
  ) {}
}

/**
 * Canonical hash key of a hashable Python value, mirroring `hash`/`==`: `1`, `1.0` and `True`
 * share a key; strings are kept apart from numbers. Returns null for unhashable values
 * (list, dict, set).
 */
export function pyHashKey(v: PyValue): string | null {
  if (v === null) return 'N';
  switch (typeof v) {
    case 'string':
      return 's' + v;
    case 'boolean':
      return v ? 'n1' : 'n0';
    case 'bigint':
      return 'n' + v.toString();
    case 'number':
      if (Number.isInteger(v)) return 'n' + BigInt(v).toString();
      return 'n' + (Number.isNaN(v) ? 'nan' : String(v));
  }
  if (Array.isArray(v) || v instanceof PyDict) return null;
  if (v.typeName === 'set') return null;
  if (v.typeName === 'tuple') {
    const parts: string[] = [];
    for (const item of v.items) {
      const k = pyHashKey(item);
      if (k === null) return null;
      parts.push(k);
    }
    return 't' + JSON.stringify(parts);
  }
  return 'o' + v.typeName + ':' + v.text;
}

/** Dicts up to this size are searched linearly (faster than a Map for the usual small objects). */
const SMALL = 12;

/** An insertion-ordered Python dict. Keys are compared with Python equality (see {@link pyHashKey}). */
export class PyDict {
  /** Keys and values in insertion order (parallel arrays: no pair allocated per entry). */
  private readonly ks: PyValue[] = [];
  private readonly vs: PyValue[] = [];
  /** Index (position) for string keys, built once the dict outgrows {@link SMALL}. */
  private byStr: Map<string, number> | null = null;
  /** Index (position) for non-string keys (YAML), by hash key. */
  private byHash: Map<string, number> | null = null;
  /** The `[key, value]` pairs, built on the first {@link entries} call and kept in step after. */
  private pairs: Array<[PyValue, PyValue]> | null = null;
  /**
   * Data a consumer derives from this dict and keeps with it (the schema walk's compiled view of
   * a schema), so that it lives and dies with the dict. Dropped by {@link set}; a consumer that
   * also derives from nested values treats them as immutable.
   */
  memo: object | undefined = undefined;

  /** Position of `key`, or -1. */
  private find(key: PyValue): number {
    if (typeof key === 'string') {
      if (this.byStr !== null) return this.byStr.get(key) ?? -1;
      const ks = this.ks;
      for (let i = 0; i < ks.length; i++) if (ks[i] === key) return i;
      return -1;
    }
    if (this.byHash === null) return -1;
    const h = pyHashKey(key);
    return h === null ? -1 : this.byHash.get(h) ?? -1;
  }

  private append(key: PyValue, value: PyValue): number {
    const i = this.ks.length;
    this.ks.push(key);
    this.vs.push(value);
    if (this.pairs !== null) this.pairs.push([key, value]);
    return i;
  }

  /** `d[key] = value`: an equal existing key keeps its position and original key object. */
  set(key: PyValue, value: PyValue): void {
    if (this.memo !== undefined) this.memo = undefined;
    if (typeof key === 'string') {
      const at = this.find(key);
      if (at >= 0) {
        this.vs[at] = value;
        if (this.pairs !== null) this.pairs[at]![1] = value;
        return;
      }
      const i = this.append(key, value);
      if (this.byStr !== null) this.byStr.set(key, i);
      else if (this.ks.length > SMALL) {
        this.byStr = new Map();
        const ks = this.ks;
        for (let j = 0; j < ks.length; j++) {
          const k = ks[j];
          if (typeof k === 'string') this.byStr.set(k, j);
        }
      }
      return;
    }
    const h = pyHashKey(key);
    if (h === null) throw new TypeError('unhashable key');
    this.byHash ??= new Map();
    const at = this.byHash.get(h);
    if (at !== undefined) {
      this.vs[at] = value;
      if (this.pairs !== null) this.pairs[at]![1] = value;
    } else this.byHash.set(h, this.append(key, value));
  }

  /** `d.get(key)` (undefined when absent). */
  get(key: PyValue): PyValue | undefined {
    const i = this.find(key);
    return i < 0 ? undefined : this.vs[i];
  }

  /**
   * `d.get(key)`, trying the entry at position `hint` first: cheaper when keys are looked up in
   * roughly the order they were inserted (schema properties against an object that follows them).
   */
  getNear(key: PyValue, hint: number): PyValue | undefined {
    if (typeof key === 'string' && hint < this.ks.length && this.ks[hint] === key) return this.vs[hint];
    return this.get(key);
  }

  /** The position of `key` (-1 when absent), trying position `hint` first (see {@link getNear}). */
  indexNear(key: PyValue, hint: number): number {
    if (typeof key === 'string' && hint < this.ks.length && this.ks[hint] === key) return hint;
    return this.find(key);
  }

  /** `key in d`. */
  has(key: PyValue): boolean {
    return this.find(key) >= 0;
  }

  get size(): number {
    return this.ks.length;
  }

  /** The key at insertion position `i` (0 <= i < size). */
  keyAt(i: number): PyValue {
    return this.ks[i]!;
  }

  /** The value at insertion position `i` (0 <= i < size). */
  valueAt(i: number): PyValue {
    return this.vs[i]!;
  }

  keys(): PyValue[] {
    return this.ks.slice();
  }

  /** The (key, value) pairs in insertion order (do not mutate). */
  entries(): ReadonlyArray<readonly [PyValue, PyValue]> {
    if (this.pairs === null) {
      const out: Array<[PyValue, PyValue]> = new Array(this.ks.length);
      for (let i = 0; i < out.length; i++) out[i] = [this.ks[i]!, this.vs[i]!];
      this.pairs = out;
    }
    return this.pairs;
  }

  /** Convenience for string-keyed lookups (schemas). */
  str(key: string): PyValue | undefined {
    return this.get(key);
  }
}

/** `type(v).__name__`. */
export function pyTypeName(v: PyValue): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'str';
  }
  if (Array.isArray(v)) return 'list';
  if (v instanceof PyDict) return 'dict';
  return v.typeName;
}

/** Python `repr(float)`: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const exp = Math.abs(x).toExponential(); // shortest digits: d.ddde±N
  const eAt = exp.indexOf('e');
  const digits = exp.slice(0, eAt).replace('.', '');
  const e = Number(exp.slice(eAt + 1));
  if (e >= -4 && e < 16) {
    if (e >= 0) {
      if (digits.length <= e + 1) return sign + digits + '0'.repeat(e + 1 - digits.length) + '.0';
      return sign + digits.slice(0, e + 1) + '.' + digits.slice(e + 1);
    }
    return sign + '0.' + '0'.repeat(-e - 1) + digits;
  }
  const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const ae = Math.abs(e);
  return sign + mant + 'e' + (e < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
}

const NON_PRINTABLE_RE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python `repr(str)`: quote choice, escapes, non-printable characters as \x/\u/\U. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f) out += ch;
    else if (cp !== 0x20 && NON_PRINTABLE_RE.test(ch)) {
      if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
      else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
      else out += '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

/** Python `repr(v)`. */
export function pyRepr(v: PyValue): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return v.toString();
    case 'number':
      return pyFloatRepr(v);
    case 'string':
      return pyStrRepr(v);
  }
  if (Array.isArray(v)) return '[' + v.map(pyRepr).join(', ') + ']';
  if (v instanceof PyDict) {
    return '{' + v.entries().map(([k, x]) => pyRepr(k) + ': ' + pyRepr(x)).join(', ') + '}';
  }
  if (v.reprText !== undefined) return v.reprText;
  switch (v.typeName) {
    case 'tuple':
      return v.items.length === 1 ? '(' + pyRepr(v.items[0]!) + ',)' : '(' + v.items.map(pyRepr).join(', ') + ')';
    case 'set':
      return v.items.length === 0 ? 'set()' : '{' + v.items.map(pyRepr).join(', ') + '}';
    case 'date':
      return 'datetime.date(' + v.text.split('-').map((p) => String(Number(p))).join(', ') + ')';
    default:
      return v.text;
  }
}

/** Python `str(v)` (equals repr except for strings and dates). */
export function pyStr(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyOther && (v.typeName === 'date' || v.typeName === 'datetime')) return v.text;
  return pyRepr(v);
}

function isNumeric(v: PyValue): v is boolean | bigint | number {
  return typeof v === 'boolean' || typeof v === 'bigint' || typeof v === 'number';
}

function numEq(a: boolean | bigint | number, b: boolean | bigint | number): boolean {
  const x = typeof a === 'boolean' ? (a ? 1n : 0n) : a;
  const y = typeof b === 'boolean' ? (b ? 1n : 0n) : b;
  // JavaScript compares bigint with number exactly, like Python compares int with float.
  // eslint-disable-next-line eqeqeq
  return x == y;
}

/** Python `a == b` for the values heed produces. */
export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === null || b === null) return a === b;
  if (isNumeric(a) || isNumeric(b)) return isNumeric(a) && isNumeric(b) && numEq(a, b);
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!pyEq(a[i]!, b[i]!)) return false;
    return true;
  }
  if (a instanceof PyDict || b instanceof PyDict) {
    if (!(a instanceof PyDict) || !(b instanceof PyDict) || a.size !== b.size) return false;
    for (const [k, v] of a.entries()) {
      const w = b.get(k);
      if (w === undefined || !pyEq(v, w)) return false;
    }
    return true;
  }
  if (a.typeName !== b.typeName) return false;
  if (a.typeName === 'tuple' || a.typeName === 'set') {
    if (a.items.length !== b.items.length) return false;
    return a.items.every((x, i) => pyEq(x, b.items[i]!));
  }
  return a.text === b.text;
}

/** Python `x in seq` for a list (identity aside). */
export function pyIn(x: PyValue, seq: readonly PyValue[]): boolean {
  for (const y of seq) if (pyEq(x, y)) return true;
  return false;
}

/** Compare two strings by code point (Python's `str` ordering). */
export { pyCompareStrings as compareCodePoints } from '../text/python.js';

/** Number of code points in `s` before UTF-16 index `end`. */
export function codePointIndex(s: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Convert a plain JavaScript value (e.g. from `JSON.parse`) to a {@link PyValue}. Integral
 * numbers become ints (JSON.parse cannot tell `1.0` from `1`; use `parsePyJson` to keep it).
 * Returns undefined for values with no Python counterpart (functions, undefined, symbols).
 */
export function toPy(v: unknown): PyValue | undefined {
  if (v === null || typeof v === 'boolean' || typeof v === 'string' || typeof v === 'bigint') return v;
  if (typeof v === 'number') return Number.isInteger(v) && Number.isSafeInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) {
    const out: PyValue[] = [];
    for (const x of v) {
      const y = toPy(x);
      if (y === undefined) return undefined;
      out.push(y);
    }
    return out;
  }
  if (v instanceof PyDict || v instanceof PyOther) return v;
  if (typeof v === 'object') {
    const d = new PyDict();
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const y = toPy(x);
      if (y === undefined) return undefined;
      d.set(k, y);
    }
    return d;
  }
  return undefined;
}

/** Convert a {@link PyValue} to plain JSON-compatible JavaScript (ints as numbers, dict keys via str()). */
export function fromPy(v: PyValue): unknown {
  if (v === null || typeof v === 'boolean' || typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(fromPy);
  if (v instanceof PyDict) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v.entries()) {
      // defineProperty: a key such as "__proto__" must stay an own property.
      Object.defineProperty(o, pyStr(k), { value: fromPy(x), enumerable: true, writable: true, configurable: true });
    }
    return o;
  }
  if (v.typeName === 'tuple' || v.typeName === 'set') return v.items.map(fromPy);
  return v.text;
}
