/**
 * Python `re` patterns, run in JavaScript.
 *
 * Several IFTrain checkers insert a keyword into `re.findall` unescaped, so the keyword is a live
 * Python pattern ("a.m" also matches "aXm", "c++" is a possessive quantifier in Python 3.11+).
 * This module translates the Python syntax into an equivalent JavaScript RegExp (flag `v`):
 * - `\w \W \d \D \s \S \b \B` get Python's Unicode meaning (see ../../text/python.ts);
 * - `.` excludes only `\n` (JavaScript's also excludes `\r`, U+2028, U+2029);
 * - `$` also matches before a final newline, `\A`/`\Z` are the string ends;
 * - possessive quantifiers and atomic groups are emulated with a capturing look-ahead;
 * - `(?P<name>…)`, `(?P=name)`, `(?#…)`, leading inline flags `(?aimsux)` are understood;
 * - a `{` that does not start a valid quantifier is a literal, as in Python.
 * Patterns Python would reject (bad escapes, unbalanced parentheses, nothing to repeat) and the
 * few constructs this translator does not support (conditional groups, `\N{…}`, scoped flags,
 * verbose mode) are reported as errors instead of being guessed.
 */
import { PY_WHITESPACE_CLASS } from '../../text/python.js';

export type PyRegexResult =
  | { readonly ok: true; readonly regex: RegExp; readonly groups: number }
  | { readonly ok: false; readonly message: string };

const W_CLASS = '\\p{L}\\p{N}_';
const D_CLASS = '\\p{Nd}';
const S_CLASS = PY_WHITESPACE_CLASS;
const PY_W = `[${W_CLASS}]`;
const PY_B = `(?:(?<=${PY_W})(?!${PY_W})|(?<!${PY_W})(?=${PY_W}))`;
const PY_NB = `(?:(?<=${PY_W})(?=${PY_W})|(?<!${PY_W})(?!${PY_W}))`;

/** Escapes one code point for use inside or outside a `v`-mode character class. */
function lit(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

class PyRegexError extends Error {}

/**
 * Letters Python's IGNORECASE treats as one group but JavaScript's case folding does not join
 * (Python compares lower-case forms plus a table of extra equivalences).
 */
const CASE_GROUPS: readonly string[] = ['iI\u0131\u0130', '\u0390\u1fd3', '\u03b0\u1fe3', '\ufb05\ufb06'];
const CASE_GROUP_OF = new Map<number, number[]>();
for (const group of CASE_GROUPS) {
  const cps = Array.from(group, (c) => c.codePointAt(0)!);
  for (const cp of cps) CASE_GROUP_OF.set(cp, cps);
}

interface Flags {
  ignoreCase: boolean;
  dotAll: boolean;
  multiline: boolean;
}

class Translator {
  private readonly cps: number[];
  private pos = 0;
  /**
   * Python group number → JavaScript group name. Every group is named in the output so that the
   * extra capturing groups of the atomic-group emulation cannot shift back-reference numbers.
   */
  private readonly groupMap: string[] = [''];
  private readonly groupNames = new Set<string>();
  private atomics = 0;
  private pyGroups = 0;
  readonly flags: Flags = { ignoreCase: false, dotAll: false, multiline: false };

  constructor(pattern: string, ignoreCase: boolean) {
    this.cps = Array.from(pattern, (c) => c.codePointAt(0)!);
    this.flags.ignoreCase = ignoreCase;
  }

  /** A literal code point outside a class (widened to its IGNORECASE group where needed). */
  private literal(cp: number): string {
    const group = this.flags.ignoreCase ? CASE_GROUP_OF.get(cp) : undefined;
    return group ? `[${group.map(lit).join('')}]` : lit(cp);
  }

  private peek(offset = 0): number | undefined {
    return this.cps[this.pos + offset];
  }

  private fail(message: string): never {
    throw new PyRegexError(`${message} at position ${this.pos}`);
  }

  translate(): { source: string; groups: number } {
    this.leadingFlags();
    const source = this.alternation();
    if (this.pos < this.cps.length) this.fail('unbalanced parenthesis');
    return { source, groups: this.pyGroups };
  }

  /** Global inline flags at the very start, e.g. `(?i)`. */
  private leadingFlags(): void {
    while (this.peek() === 0x28 && this.peek(1) === 0x3f) {
      let j = this.pos + 2;
      const letters: number[] = [];
      while (j < this.cps.length && /[aiLmsux]/.test(String.fromCodePoint(this.cps[j]!))) letters.push(this.cps[j++]!);
      if (letters.length === 0 || this.cps[j] !== 0x29) return;
      for (const l of letters) {
        const ch = String.fromCodePoint(l);
        if (ch === 'i') this.flags.ignoreCase = true;
        else if (ch === 's') this.flags.dotAll = true;
        else if (ch === 'm') this.flags.multiline = true;
        else if (ch === 'u') continue;
        else throw new PyRegexError(`unsupported inline flag '${ch}'`);
      }
      this.pos = j + 1;
    }
  }

  private alternation(): string {
    const branches = [this.sequence()];
    while (this.peek() === 0x7c) {
      this.pos++;
      branches.push(this.sequence());
    }
    return branches.join('|');
  }

  private sequence(): string {
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === 0x7c || c === 0x29) return out;
      const atom = this.atom();
      if (atom === null) continue;
      out += this.quantified(atom.source, atom.quantifiable);
    }
  }

  /** Reads `{m}`, `{m,}`, `{,n}`, `{m,n}` at the current position, or returns null (literal `{`). */
  private braceQuantifier(): { min: string; max: string | null; end: number } | null {
    let j = this.pos + 1;
    let min = '';
    while (j < this.cps.length && this.cps[j]! >= 0x30 && this.cps[j]! <= 0x39) min += String.fromCodePoint(this.cps[j++]!);
    let max: string | null = min;
    if (this.cps[j] === 0x2c) {
      j++;
      max = '';
      while (j < this.cps.length && this.cps[j]! >= 0x30 && this.cps[j]! <= 0x39) max += String.fromCodePoint(this.cps[j++]!);
    }
    if (this.cps[j] !== 0x7d) return null;
    if (min === '' && max === min) return null;
    return { min: min === '' ? '0' : min, max: max === '' ? null : max, end: j + 1 };
  }

  private quantified(atom: string, quantifiable: boolean): string {
    let out = atom;
    let first = true;
    for (;;) {
      const c = this.peek();
      let q: string | null = null;
      if (c === 0x2a) q = '*';
      else if (c === 0x2b) q = '+';
      else if (c === 0x3f) q = '?';
      else if (c === 0x7b) {
        const b = this.braceQuantifier();
        if (b) {
          if (b.max !== null && Number(b.max) < Number(b.min)) this.fail('min repeat greater than max repeat');
          q = b.max === null ? `{${b.min},}` : b.max === b.min ? `{${b.min}}` : `{${b.min},${b.max}}`;
          this.pos = b.end - 1;
        }
      }
      if (q === null) return out;
      if (!first) this.fail('multiple repeat');
      if (!quantifiable) this.fail('nothing to repeat');
      this.pos++;
      first = false;
      if (this.peek() === 0x3f) {
        this.pos++;
        out = `(?:${out})${q}?`;
      } else if (this.peek() === 0x2b) {
        this.pos++;
        out = this.atomic(`(?:${out})${q}`);
      } else {
        out = `(?:${out})${q}`;
      }
    }
  }

  /** Atomic group emulation: a look-ahead captures, a back-reference consumes. */
  private atomic(inner: string): string {
    const name = `__atomic${++this.atomics}`;
    return `(?=(?<${name}>${inner}))\\k<${name}>`;
  }

  private atom(): { source: string; quantifiable: boolean } | null {
    const c = this.peek()!;
    switch (c) {
      case 0x28:
        return this.group();
      case 0x5b:
        return { source: this.charClass(), quantifiable: true };
      case 0x2e:
        this.pos++;
        return { source: this.flags.dotAll ? '[\\s\\S]' : '[^\\n]', quantifiable: true };
      case 0x5e:
        this.pos++;
        return { source: this.flags.multiline ? '(?<=^|\\n)' : '(?<![\\s\\S])', quantifiable: false };
      case 0x24:
        this.pos++;
        return { source: this.flags.multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))', quantifiable: false };
      case 0x5c:
        return this.escape();
      case 0x2a:
      case 0x2b:
      case 0x3f:
        this.fail('nothing to repeat');
      // eslint-disable-next-line no-fallthrough
      case 0x7b: {
        if (this.braceQuantifier()) this.fail('nothing to repeat');
        this.pos++;
        return { source: this.literal(c), quantifiable: true };
      }
      default:
        this.pos++;
        return { source: this.literal(c), quantifiable: true };
    }
  }

  private group(): { source: string; quantifiable: boolean } | null {
    this.pos++; // (
    if (this.peek() !== 0x3f) {
      const name = `__group${++this.pyGroups}`;
      this.groupMap[this.pyGroups] = name;
      const inner = this.alternation();
      this.close();
      return { source: `(?<${name}>${inner})`, quantifiable: true };
    }
    this.pos++; // ?
    const c = this.peek();
    const text = (n: number) => String.fromCodePoint(...this.cps.slice(this.pos, this.pos + n));
    if (c === 0x3a) {
      this.pos++;
      const inner = this.alternation();
      this.close();
      return { source: `(?:${inner})`, quantifiable: true };
    }
    if (c === 0x3d || c === 0x21) {
      this.pos++;
      const inner = this.alternation();
      this.close();
      return { source: `(?${c === 0x3d ? '=' : '!'}${inner})`, quantifiable: false };
    }
    if (text(2) === '<=' || text(2) === '<!') {
      const kind = text(2);
      this.pos += 2;
      const inner = this.alternation();
      this.close();
      return { source: `(?${kind}${inner})`, quantifiable: false };
    }
    if (c === 0x3e) {
      this.pos++;
      const inner = this.alternation();
      this.close();
      return { source: this.atomic(inner), quantifiable: true };
    }
    if (c === 0x23) {
      while (this.peek() !== undefined && this.peek() !== 0x29) this.pos++;
      if (this.peek() === undefined) this.fail('missing ), unterminated comment');
      this.pos++;
      return null;
    }
    if (text(2) === 'P<' || c === 0x3c) {
      this.pos += c === 0x3c ? 1 : 2;
      const name = this.readName(0x3e);
      if (this.groupNames.has(name)) this.fail(`redefinition of group name '${name}'`);
      this.groupNames.add(name);
      this.groupMap[++this.pyGroups] = name;
      const inner = this.alternation();
      this.close();
      return { source: `(?<${name}>${inner})`, quantifiable: true };
    }
    if (text(2) === 'P=') {
      this.pos += 2;
      const name = this.readName(0x29);
      if (!this.groupNames.has(name)) this.fail(`unknown group name '${name}'`);
      return { source: `\\k<${name}>`, quantifiable: true };
    }
    return this.fail('unsupported group construct');
  }

  private readName(terminator: number): string {
    let name = '';
    while (this.peek() !== undefined && this.peek() !== terminator) name += String.fromCodePoint(this.cps[this.pos++]!);
    if (this.peek() === undefined) this.fail('missing group name terminator');
    this.pos++;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || name.startsWith('__')) this.fail(`unsupported group name '${name}'`);
    return name;
  }

  private close(): void {
    if (this.peek() !== 0x29) this.fail('missing ), unterminated subpattern');
    this.pos++;
  }

  /** An escape outside a class. */
  private escape(): { source: string; quantifiable: boolean } {
    this.pos++; // backslash
    const c = this.peek();
    if (c === undefined) this.fail('bad escape (end of pattern)');
    const ch = String.fromCodePoint(c);
    switch (ch) {
      case 'b':
        this.pos++;
        return { source: PY_B, quantifiable: false };
      case 'B':
        this.pos++;
        return { source: PY_NB, quantifiable: false };
      case 'A':
        this.pos++;
        return { source: '(?<![\\s\\S])', quantifiable: false };
      case 'Z':
        this.pos++;
        return { source: '(?![\\s\\S])', quantifiable: false };
      case 'w':
      case 'W':
      case 'd':
      case 'D':
      case 's':
      case 'S':
        this.pos++;
        return { source: `[${this.shorthand(ch)}]`, quantifiable: true };
    }
    if (c >= 0x31 && c <= 0x39) {
      // Back-reference (or octal when three octal digits follow).
      const octal = this.octalEscape();
      if (octal !== null) return { source: this.literal(octal), quantifiable: true };
      let digits = ch;
      this.pos++;
      if (this.peek() !== undefined && this.peek()! >= 0x30 && this.peek()! <= 0x39) digits += String.fromCodePoint(this.cps[this.pos++]!);
      const n = Number(digits);
      if (n > this.pyGroups || this.groupMap[n] === undefined) this.fail(`invalid group reference ${n}`);
      return { source: `\\k<${this.groupMap[n]}>`, quantifiable: true };
    }
    return { source: this.literal(this.literalEscape()), quantifiable: true };
  }

  /** `\1`-style escapes that Python reads as octal: three octal digits starting with 0–3, or `\0…`. */
  private octalEscape(): number | null {
    const d = (k: number) => {
      const v = this.peek(k);
      return v !== undefined && v >= 0x30 && v <= 0x37;
    };
    if (this.peek() === 0x30) {
      let n = 0;
      let k = 0;
      while (k < 3 && d(k)) n = n * 8 + (this.peek(k)! - 0x30), k++;
      this.pos += k;
      return n;
    }
    if (d(0) && d(1) && d(2) && this.peek()! <= 0x33) {
      const n = (this.peek()! - 0x30) * 64 + (this.peek(1)! - 0x30) * 8 + (this.peek(2)! - 0x30);
      this.pos += 3;
      return n;
    }
    return null;
  }

  /** Class contents (for `v` mode) of a Python shorthand escape. */
  private shorthand(ch: string): string {
    switch (ch) {
      case 'w':
        return W_CLASS;
      case 'W':
        return `[^${W_CLASS}]`;
      case 'd':
        return D_CLASS;
      case 'D':
        return `[^${D_CLASS}]`;
      case 's':
        return S_CLASS;
      default:
        return `[^${S_CLASS}]`;
    }
  }

  /** A single-character escape (`\n`, `\x41`, `\.` …); the backslash is already consumed. */
  private literalEscape(): number {
    const c = this.cps[this.pos]!;
    const ch = String.fromCodePoint(c);
    const hex = (n: number): number => {
      const digits = String.fromCodePoint(...this.cps.slice(this.pos + 1, this.pos + 1 + n));
      if (digits.length !== n || !/^[0-9a-fA-F]+$/.test(digits)) this.fail(`incomplete escape \\${ch}`);
      this.pos += 1 + n;
      const v = parseInt(digits, 16);
      if (v > 0x10ffff) this.fail('bad escape (code point out of range)');
      return v;
    };
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, a: 7 };
    if (ch in simple) {
      this.pos++;
      return simple[ch]!;
    }
    if (ch === 'x') return hex(2);
    if (ch === 'u') return hex(4);
    if (ch === 'U') return hex(8);
    if (ch === '0') return this.octalEscape()!;
    if (/[A-Za-z0-9]/.test(ch)) this.fail(`bad escape \\${ch}`);
    this.pos++;
    return c;
  }

  private charClass(): string {
    this.pos++; // [
    let negate = false;
    if (this.peek() === 0x5e) {
      negate = true;
      this.pos++;
    }
    const items: string[] = [];
    let firstItem = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('unterminated character set');
      if (c === 0x5d && !firstItem) {
        this.pos++;
        break;
      }
      firstItem = false;
      const start = this.classAtom();
      if (typeof start === 'string') {
        items.push(start);
        continue;
      }
      if (this.peek() === 0x2d && this.peek(1) !== undefined && this.peek(1) !== 0x5d) {
        this.pos++;
        const end = this.classAtom();
        if (typeof end === 'string') this.fail('bad character range');
        if (end < start) this.fail('bad character range');
        items.push(`${lit(start)}-${lit(end)}`);
      } else {
        const group = this.flags.ignoreCase ? CASE_GROUP_OF.get(start) : undefined;
        items.push(...(group ?? [start]).map(lit));
      }
    }
    // Each item is a class operand; nested classes keep negated shorthands exact in `v` mode.
    const body = items.map((i) => (i.startsWith('[') ? i : `[${i}]`)).join('');
    if (items.length === 0) return negate ? '[\\s\\S]' : '[]';
    return `[${negate ? '^' : ''}${body}]`;
  }

  /** One class member: a code point, or a string of class contents for a shorthand. */
  private classAtom(): number | string {
    const c = this.peek()!;
    if (c !== 0x5c) {
      this.pos++;
      return c;
    }
    this.pos++;
    const e = this.peek();
    if (e === undefined) this.fail('bad escape (end of pattern)');
    const ch = String.fromCodePoint(e);
    if ('wWdDsS'.includes(ch)) {
      this.pos++;
      const contents = this.shorthand(ch);
      return contents.startsWith('[') ? contents : `[${contents}]`;
    }
    if (ch === 'b') {
      this.pos++;
      return 8;
    }
    if (e >= 0x31 && e <= 0x39) {
      const octal = this.octalEscape();
      if (octal === null) this.fail('bad escape in character class');
      return octal;
    }
    return this.literalEscape();
  }
}

const cache = new Map<string, PyRegexResult>();

/** Translates a Python pattern (flags: `ignoreCase` as `re.IGNORECASE`) into a global JS RegExp. */
export function compilePyRegex(pattern: string, ignoreCase = false): PyRegexResult {
  const key = `${ignoreCase ? 'i' : '-'}${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let result: PyRegexResult;
  try {
    const t = new Translator(pattern, ignoreCase);
    const { source, groups } = t.translate();
    const flags = `gv${t.flags.ignoreCase ? 'i' : ''}`;
    result = { ok: true, regex: new RegExp(source, flags), groups };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    result = { ok: false, message: `not a usable Python regular expression (${message})` };
  }
  if (cache.size > 512) cache.clear();
  cache.set(key, result);
  return result;
}

/**
 * Python's `re.findall(pattern, text)`: every non-overlapping match, left to right, as the matched
 * texts. (Python returns group contents when the pattern has groups; callers that only count
 * matches need not care.) After an empty match the search resumes one code point later, as in
 * JavaScript; Python would first try a non-empty match at the same place, which only matters for
 * patterns whose preferred alternative is empty (e.g. `|a`).
 */
export function pyFindAll(regex: RegExp, text: string): RegExpExecArray[] {
  const re = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(text);
    if (!m) return out;
    out.push(m);
    if (m[0].length === 0) {
      const cp = text.codePointAt(re.lastIndex);
      re.lastIndex += cp !== undefined && cp > 0xffff ? 2 : 1;
      if (re.lastIndex > text.length) return out;
    }
  }
}

/** Number of matches `re.findall` would return. */
export function pyCountMatches(regex: RegExp, text: string): number {
  const re = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  let n = 0;
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(text);
    if (!m) return n;
    n++;
    if (m[0].length === 0) {
      const cp = text.codePointAt(re.lastIndex);
      re.lastIndex += cp !== undefined && cp > 0xffff ? 2 : 1;
      if (re.lastIndex > text.length) return n;
    }
  }
}
