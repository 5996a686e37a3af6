/**
 * A YAML 1.1 loader that behaves like PyYAML's pure-Python `SafeLoader` with the implicit
 * timestamp resolver removed (the loader IFStruct's validator uses). It reproduces, for parity:
 * - the scanner/parser/composer state machines, so that the same documents fail with the same
 *   *problem* text and the same mark (line, column, buffer) — `formatYamlError` renders them as
 *   the validator does;
 * - YAML 1.1 implicit typing (yes/no/on/off booleans, octal `0755`, sexagesimal `14:35`, floats
 *   that need a dot, `=` as the value tag) with dates left as strings;
 * - SafeConstructor's breadth-first construction order, merge keys, duplicate keys keeping the
 *   last value, `!!set`/`!!omap`/`!!pairs`/`!!binary`/`!!timestamp`;
 * - node styles (`flow`) so callers can reject JSON-shaped documents.
 *
 * Differences kept on purpose (the reference crashes or never ends in these cases): alias
 * expansion is bounded (an alias bomb is an error), and nesting beyond what CPython's
 * recursion limit allows fails with `maximum recursion depth exceeded` instead of overflowing.
 * Positions (index, column) count code points, like Python strings.
 */
import { PyDict, PyOther, pyHashKey, pyStrRepr, type PyValue } from './pyvalue.js';
import { pyStrip } from '../text/python.js';

// ---------------------------------------------------------------------------------------------
// Marks and errors

export interface YamlMark {
  readonly index: number;
  readonly line: number;
  readonly column: number;
  readonly buffer: string;
}

/** A YAML failure: `problem` + `mark` for marked errors, or only `text` (Python's `str(exc)`). */
export class YamlError extends Error {
  constructor(
    readonly problem: string | null,
    readonly mark: YamlMark | null,
    readonly text?: string,
  ) {
    super(text ?? problem ?? 'YAML error');
  }
}

const RECURSION_TEXT = 'maximum recursion depth exceeded';

/** Python's validator formatting: `problem; at line L, column C; near: 'line…'`, else `str(exc)`. */
export function formatYamlError(e: YamlError): string {
  const parts: string[] = [];
  if (e.problem) parts.push(e.problem);
  if (e.problem && e.mark) {
    const m = e.mark;
    parts.push(`at line ${m.line + 1}, column ${m.column + 1}`);
    const lines = m.buffer.split('\n');
    if (m.line >= 0 && m.line < lines.length) {
      let line = pyStrip(lines[m.line]!);
      const cps = Array.from(line);
      if (cps.length > 60) line = cps.slice(0, 60).join('') + '...';
      parts.push(`near: ${pyStrRepr(line)}`);
    }
  }
  return parts.length ? parts.join('; ') : e.text ?? e.message;
}

// ---------------------------------------------------------------------------------------------
// Reader

const NON_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const BREAKS = '\r\n\x85\u2028\u2029';
const BREAKZ = '\0' + BREAKS;
const BLANKZ = '\0 \t' + BREAKS;
const SPACEZ = '\0 ' + BREAKS;

// ---------------------------------------------------------------------------------------------
// Tokens

type TokenType =
  | 'stream-start'
  | 'stream-end'
  | 'directive'
  | 'document-start'
  | 'document-end'
  | 'block-sequence-start'
  | 'block-mapping-start'
  | 'block-end'
  | 'flow-sequence-start'
  | 'flow-mapping-start'
  | 'flow-sequence-end'
  | 'flow-mapping-end'
  | 'key'
  | 'value'
  | 'block-entry'
  | 'flow-entry'
  | 'alias'
  | 'anchor'
  | 'tag'
  | 'scalar';

const TOKEN_ID: Record<TokenType, string> = {
  'stream-start': '<stream start>',
  'stream-end': '<stream end>',
  directive: '<directive>',
  'document-start': '<document start>',
  'document-end': '<document end>',
  'block-sequence-start': '<block sequence start>',
  'block-mapping-start': '<block mapping start>',
  'block-end': '<block end>',
  'flow-sequence-start': '[',
  'flow-mapping-start': '{',
  'flow-sequence-end': ']',
  'flow-mapping-end': '}',
  key: '?',
  value: ':',
  'block-entry': '-',
  'flow-entry': ',',
  alias: '<alias>',
  anchor: '<anchor>',
  tag: '<tag>',
  scalar: '<scalar>',
};

interface Token {
  readonly type: TokenType;
  readonly start: YamlMark;
  readonly end: YamlMark;
  /** alias/anchor name, scalar text, directive name */
  readonly value?: string;
  readonly tag?: [string | null, string];
  readonly plain?: boolean;
  readonly style?: string | null;
  readonly directive?: { name: string; yaml?: [number, number]; tag?: [string, string] };
}

interface SimpleKey {
  tokenNumber: number;
  required: boolean;
  index: number;
  line: number;
  column: number;
  mark: YamlMark;
}

class ScanError extends YamlError {}

const ESCAPE_REPLACEMENTS: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\x08',
  t: '\x09',
  '\t': '\x09',
  n: '\x0A',
  v: '\x0B',
  f: '\x0C',
  r: '\x0D',
  e: '\x1B',
  ' ': '\x20',
  '"': '"',
  '\\': '\\',
  '/': '/',
  N: '\x85',
  _: '\xA0',
  L: '\u2028',
  P: '\u2029',
};
const ESCAPE_CODES: Record<string, number> = { x: 2, u: 4, U: 8 };

function isAlnumDash(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch === '-' || ch === '_';
}
const HEX = '0123456789ABCDEFabcdef';
const URI_CHARS = "-;/?:@&=+$,_.!~*'()[]%";

/** In Python `ch in s` for a one-character `ch`; an empty string (past the end) is also "in". */
function inSet(ch: string, set: string): boolean {
  return set.includes(ch);
}

class Scanner {
  readonly buffer: string;
  private pointer = 0;
  private index = 0;
  line = 0;
  column = 0;

  private done = false;
  private flowLevel = 0;
  private tokens: Token[] = [];
  private tokensTaken = 0;
  private indent = -1;
  private indents: number[] = [];
  private allowSimpleKey = true;
  private possibleSimpleKeys = new Map<number, SimpleKey>();

  constructor(text: string) {
    const m = NON_PRINTABLE.exec(text);
    if (m) {
      const cp = m[0].codePointAt(0)!;
      const pos = Array.from(text.slice(0, m.index)).length;
      const hex = cp.toString(16).padStart(4, '0');
      throw new YamlError(
        null,
        null,
        `unacceptable character #x${hex}: special characters are not allowed\n  in "<unicode string>", position ${pos}`,
      );
    }
    this.buffer = text + '\0';
    const mark = this.mark();
    this.tokens.push({ type: 'stream-start', start: mark, end: mark });
  }

  // --- reader primitives (UTF-16 units; index/column in code points)
  peek(k = 0): string {
    return this.buffer[this.pointer + k] ?? '';
  }
  prefix(n = 1): string {
    return this.buffer.slice(this.pointer, this.pointer + n);
  }
  forward(n = 1): void {
    const b = this.buffer;
    while (n-- > 0) {
      // (Reading past the end fails as the character-based reader did.)
      if (this.pointer >= b.length) throw new TypeError("Cannot read properties of undefined (reading 'charCodeAt')");
      const code = b.charCodeAt(this.pointer);
      this.pointer++;
      if (code >= 0x20 && code < 0x7f) {
        // Printable ASCII: the common case.
        this.index++;
        this.column++;
        continue;
      }
      // The second half of a surrogate pair is the same Python character as the first.
      const isLowOfPair =
        code >= 0xdc00 && code <= 0xdfff && this.pointer >= 2 && isHigh(b.charCodeAt(this.pointer - 2));
      if (isLowOfPair) continue;
      this.index++;
      if (code === 0x0a || code === 0x85 || code === 0x2028 || code === 0x2029 || (code === 0x0d && b.charCodeAt(this.pointer) !== 0x0a)) {
        this.line++;
        this.column = 0;
      } else if (code !== 0xfeff) {
        this.column++;
      }
    }
  }

  /** The UTF-16 unit `k` ahead (NaN past the end, which every `…Z` set below counts as a member). */
  code(k = 0): number {
    return this.buffer.charCodeAt(this.pointer + k);
  }
  mark(): YamlMark {
    return { index: this.index, line: this.line, column: this.column, buffer: this.buffer };
  }

  // --- public token API
  /** Whether the next token is one of the given types (any token when none is given). */
  checkToken(t1?: TokenType, t2?: TokenType, t3?: TokenType, t4?: TokenType): boolean {
    while (this.needMoreTokens()) this.fetchMoreTokens();
    if (this.tokens.length) {
      if (t1 === undefined) return true;
      const t = this.tokens[0]!.type;
      return t === t1 || t === t2 || t === t3 || t === t4;
    }
    return false;
  }
  peekToken(): Token {
    while (this.needMoreTokens()) this.fetchMoreTokens();
    return this.tokens[0]!;
  }
  getToken(): Token {
    while (this.needMoreTokens()) this.fetchMoreTokens();
    this.tokensTaken++;
    return this.tokens.shift()!;
  }

  private needMoreTokens(): boolean {
    if (this.done) return false;
    if (!this.tokens.length) return true;
    this.staleSimpleKeys();
    return this.nextPossibleSimpleKey() === this.tokensTaken;
  }

  private fetchMoreTokens(): void {
    this.scanToNextToken();
    this.staleSimpleKeys();
    this.unwindIndent(this.column);
    const ch = this.peek();
    if (ch === '\0') return this.fetchStreamEnd();
    if (ch === '%' && this.column === 0) return this.fetchDirective();
    if (ch === '-' && this.checkDocumentIndicator('---')) return this.fetchDocumentIndicator('document-start');
    if (ch === '.' && this.checkDocumentIndicator('...')) return this.fetchDocumentIndicator('document-end');
    if (ch === '[') return this.fetchFlowCollectionStart('flow-sequence-start');
    if (ch === '{') return this.fetchFlowCollectionStart('flow-mapping-start');
    if (ch === ']') return this.fetchFlowCollectionEnd('flow-sequence-end');
    if (ch === '}') return this.fetchFlowCollectionEnd('flow-mapping-end');
    if (ch === ',') return this.fetchFlowEntry();
    if (ch === '-' && inSet(this.peek(1), BLANKZ)) return this.fetchBlockEntry();
    if (ch === '?' && (this.flowLevel || inSet(this.peek(1), BLANKZ))) return this.fetchKey();
    if (ch === ':' && (this.flowLevel || inSet(this.peek(1), BLANKZ))) return this.fetchValue();
    if (ch === '*') return this.fetchAnchorLike('alias');
    if (ch === '&') return this.fetchAnchorLike('anchor');
    if (ch === '!') return this.fetchTag();
    if (ch === '|' && !this.flowLevel) return this.fetchBlockScalar('|');
    if (ch === '>' && !this.flowLevel) return this.fetchBlockScalar('>');
    if (ch === "'") return this.fetchFlowScalar("'");
    if (ch === '"') return this.fetchFlowScalar('"');
    if (this.checkPlain()) return this.fetchPlain();
    throw new ScanError(`found character ${pyStrRepr(ch)} that cannot start any token`, this.mark());
  }

  private nextPossibleSimpleKey(): number | null {
    let min: number | null = null;
    for (const key of this.possibleSimpleKeys.values()) {
      if (min === null || key.tokenNumber < min) min = key.tokenNumber;
    }
    return min;
  }

  private staleSimpleKeys(): void {
    // Deleting the entry being visited is safe while iterating a Map (no snapshot needed).
    if (this.possibleSimpleKeys.size === 0) return;
    for (const [level, key] of this.possibleSimpleKeys) {
      if (key.line !== this.line || this.index - key.index > 1024) {
        if (key.required) throw new ScanError("could not find expected ':'", this.mark());
        this.possibleSimpleKeys.delete(level);
      }
    }
  }

  private saveSimpleKey(): void {
    const required = !this.flowLevel && this.indent === this.column;
    if (this.allowSimpleKey) {
      this.removeSimpleKey();
      this.possibleSimpleKeys.set(this.flowLevel, {
        tokenNumber: this.tokensTaken + this.tokens.length,
        required,
        index: this.index,
        line: this.line,
        column: this.column,
        mark: this.mark(),
      });
    }
  }

  private removeSimpleKey(): void {
    const key = this.possibleSimpleKeys.get(this.flowLevel);
    if (key) {
      if (key.required) throw new ScanError("could not find expected ':'", this.mark());
      this.possibleSimpleKeys.delete(this.flowLevel);
    }
  }

  private unwindIndent(column: number): void {
    if (this.flowLevel) return;
    while (this.indent > column) {
      const mark = this.mark();
      this.indent = this.indents.pop()!;
      this.tokens.push({ type: 'block-end', start: mark, end: mark });
    }
  }

  private addIndent(column: number): boolean {
    if (this.indent < column) {
      this.indents.push(this.indent);
      this.indent = column;
      return true;
    }
    return false;
  }

  private fetchStreamEnd(): void {
    this.unwindIndent(-1);
    this.removeSimpleKey();
    this.allowSimpleKey = false;
    this.possibleSimpleKeys = new Map();
    const mark = this.mark();
    this.tokens.push({ type: 'stream-end', start: mark, end: mark });
    this.done = true;
  }

  private fetchDirective(): void {
    this.unwindIndent(-1);
    this.removeSimpleKey();
    this.allowSimpleKey = false;
    this.tokens.push(this.scanDirective());
  }

  private checkDocumentIndicator(ind: string): boolean {
    return this.column === 0 && this.prefix(3) === ind && inSet(this.peek(3), BLANKZ);
  }

  private fetchDocumentIndicator(type: TokenType): void {
    this.unwindIndent(-1);
    this.removeSimpleKey();
    this.allowSimpleKey = false;
    const start = this.mark();
    this.forward(3);
    this.tokens.push({ type, start, end: this.mark() });
  }

  private fetchFlowCollectionStart(type: TokenType): void {
    this.saveSimpleKey();
    this.flowLevel++;
    this.allowSimpleKey = true;
    const start = this.mark();
    this.forward();
    this.tokens.push({ type, start, end: this.mark() });
  }

  private fetchFlowCollectionEnd(type: TokenType): void {
    this.removeSimpleKey();
    this.flowLevel--;
    this.allowSimpleKey = false;
    const start = this.mark();
    this.forward();
    this.tokens.push({ type, start, end: this.mark() });
  }

  private fetchFlowEntry(): void {
    this.allowSimpleKey = true;
    this.removeSimpleKey();
    const start = this.mark();
    this.forward();
    this.tokens.push({ type: 'flow-entry', start, end: this.mark() });
  }

  private fetchBlockEntry(): void {
    if (!this.flowLevel) {
      if (!this.allowSimpleKey) throw new ScanError('sequence entries are not allowed here', this.mark());
      if (this.addIndent(this.column)) {
        const mark = this.mark();
        this.tokens.push({ type: 'block-sequence-start', start: mark, end: mark });
      }
    }
    this.allowSimpleKey = true;
    this.removeSimpleKey();
    const start = this.mark();
    this.forward();
    this.tokens.push({ type: 'block-entry', start, end: this.mark() });
  }

  private fetchKey(): void {
    if (!this.flowLevel) {
      if (!this.allowSimpleKey) throw new ScanError('mapping keys are not allowed here', this.mark());
      if (this.addIndent(this.column)) {
        const mark = this.mark();
        this.tokens.push({ type: 'block-mapping-start', start: mark, end: mark });
      }
    }
    this.allowSimpleKey = !this.flowLevel;
    this.removeSimpleKey();
    const start = this.mark();
    this.forward();
    this.tokens.push({ type: 'key', start, end: this.mark() });
  }

  private fetchValue(): void {
    const key = this.possibleSimpleKeys.get(this.flowLevel);
    if (key) {
      this.possibleSimpleKeys.delete(this.flowLevel);
      const at = key.tokenNumber - this.tokensTaken;
      this.tokens.splice(at, 0, { type: 'key', start: key.mark, end: key.mark });
      if (!this.flowLevel && this.addIndent(key.column)) {
        this.tokens.splice(at, 0, { type: 'block-mapping-start', start: key.mark, end: key.mark });
      }
      this.allowSimpleKey = false;
    } else {
      if (!this.flowLevel) {
        if (!this.allowSimpleKey) throw new ScanError('mapping values are not allowed here', this.mark());
        if (this.addIndent(this.column)) {
          const mark = this.mark();
          this.tokens.push({ type: 'block-mapping-start', start: mark, end: mark });
        }
      }
      this.allowSimpleKey = !this.flowLevel;
      this.removeSimpleKey();
    }
    const start = this.mark();
    this.forward();
    this.tokens.push({ type: 'value', start, end: this.mark() });
  }

  private fetchAnchorLike(type: 'alias' | 'anchor'): void {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    const start = this.mark();
    this.forward();
    let len = 0;
    while (isAlnumDash(this.peek(len))) len++;
    const name = type === 'alias' ? 'alias' : 'anchor';
    if (!len) {
      throw new ScanError(`expected alphabetic or numeric character, but found ${pyStrRepr(this.peek(len))}`, this.mark());
    }
    const value = this.prefix(len);
    this.forward(len);
    const ch = this.peek();
    if (!inSet(ch, '\0 \t\r\n\x85\u2028\u2029?:,]}%@`')) {
      void name;
      throw new ScanError(`expected alphabetic or numeric character, but found ${pyStrRepr(ch)}`, this.mark());
    }
    this.tokens.push({ type, start, end: this.mark(), value });
  }

  private fetchTag(): void {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    const start = this.mark();
    let ch = this.peek(1);
    let handle: string | null;
    let suffix: string;
    if (ch === '<') {
      handle = null;
      this.forward(2);
      suffix = this.scanTagUri();
      if (this.peek() !== '>') throw new ScanError(`expected '>', but found ${pyStrRepr(this.peek())}`, this.mark());
      this.forward();
    } else if (inSet(ch, BLANKZ)) {
      handle = null;
      suffix = '!';
      this.forward();
    } else {
      let len = 1;
      let useHandle = false;
      while (ch !== '' && !inSet(ch, SPACEZ)) {
        if (ch === '!') {
          useHandle = true;
          break;
        }
        len++;
        ch = this.peek(len);
      }
      if (useHandle) handle = this.scanTagHandle();
      else {
        handle = '!';
        this.forward();
      }
      suffix = this.scanTagUri();
    }
    ch = this.peek();
    if (!inSet(ch, SPACEZ)) throw new ScanError(`expected ' ', but found ${pyStrRepr(ch)}`, this.mark());
    this.tokens.push({ type: 'tag', start, end: this.mark(), tag: [handle, suffix] });
  }

  private fetchBlockScalar(style: '|' | '>'): void {
    this.allowSimpleKey = true;
    this.removeSimpleKey();
    this.tokens.push(this.scanBlockScalar(style));
  }

  private fetchFlowScalar(style: "'" | '"'): void {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    this.tokens.push(this.scanFlowScalar(style));
  }

  private fetchPlain(): void {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    this.tokens.push(this.scanPlain());
  }

  private checkPlain(): boolean {
    const c = this.code();
    return (
      !(isBlankzCode(c) || PLAIN_INDICATORS.includes(String.fromCharCode(c))) ||
      (!isBlankzCode(this.code(1)) && (c === 0x2d || (!this.flowLevel && (c === 0x3f || c === 0x3a))))
    );
  }

  private scanToNextToken(): void {
    if (this.index === 0 && this.peek() === '\uFEFF') this.forward();
    for (;;) {
      let spaces = 0;
      while (this.code(spaces) === 0x20) spaces++;
      if (spaces) this.forward(spaces);
      if (this.peek() === '#') while (!inSet(this.peek(), BREAKZ)) this.forward();
      if (this.scanLineBreak()) {
        if (!this.flowLevel) this.allowSimpleKey = true;
      } else return;
    }
  }

  private scanDirective(): Token {
    const start = this.mark();
    this.forward();
    let len = 0;
    while (isAlnumDash(this.peek(len))) len++;
    if (!len) throw new ScanError(`expected alphabetic or numeric character, but found ${pyStrRepr(this.peek(len))}`, this.mark());
    const name = this.prefix(len);
    this.forward(len);
    if (!inSet(this.peek(), SPACEZ)) {
      throw new ScanError(`expected alphabetic or numeric character, but found ${pyStrRepr(this.peek())}`, this.mark());
    }
    let end: YamlMark;
    const directive: { name: string; yaml?: [number, number]; tag?: [string, string] } = { name };
    if (name === 'YAML') {
      while (this.peek() === ' ') this.forward();
      const major = this.scanDirectiveNumber();
      if (this.peek() !== '.') throw new ScanError(`expected a digit or '.', but found ${pyStrRepr(this.peek())}`, this.mark());
      this.forward();
      const minor = this.scanDirectiveNumber();
      if (!inSet(this.peek(), SPACEZ)) throw new ScanError(`expected a digit or ' ', but found ${pyStrRepr(this.peek())}`, this.mark());
      directive.yaml = [major, minor];
      end = this.mark();
    } else if (name === 'TAG') {
      while (this.peek() === ' ') this.forward();
      const handle = this.scanTagHandle();
      if (this.peek() !== ' ') throw new ScanError(`expected ' ', but found ${pyStrRepr(this.peek())}`, this.mark());
      while (this.peek() === ' ') this.forward();
      const prefix = this.scanTagUri();
      if (!inSet(this.peek(), SPACEZ)) throw new ScanError(`expected ' ', but found ${pyStrRepr(this.peek())}`, this.mark());
      directive.tag = [handle, prefix];
      end = this.mark();
    } else {
      end = this.mark();
      while (!inSet(this.peek(), BREAKZ)) this.forward();
    }
    while (this.peek() === ' ') this.forward();
    if (this.peek() === '#') while (!inSet(this.peek(), BREAKZ)) this.forward();
    if (!inSet(this.peek(), BREAKZ)) {
      throw new ScanError(`expected a comment or a line break, but found ${pyStrRepr(this.peek())}`, this.mark());
    }
    this.scanLineBreak();
    return { type: 'directive', start, end, value: name, directive };
  }

  private scanDirectiveNumber(): number {
    const ch = this.peek();
    if (!(ch >= '0' && ch <= '9' && ch.length === 1)) throw new ScanError(`expected a digit, but found ${pyStrRepr(ch)}`, this.mark());
    let len = 0;
    while (this.peek(len) >= '0' && this.peek(len) <= '9' && this.peek(len).length === 1) len++;
    const v = Number(this.prefix(len));
    this.forward(len);
    return v;
  }

  private scanTagHandle(): string {
    let ch = this.peek();
    if (ch !== '!') throw new ScanError(`expected '!', but found ${pyStrRepr(ch)}`, this.mark());
    let len = 1;
    ch = this.peek(len);
    if (ch !== ' ') {
      while (isAlnumDash(ch)) {
        len++;
        ch = this.peek(len);
      }
      if (ch !== '!') {
        this.forward(len);
        throw new ScanError(`expected '!', but found ${pyStrRepr(ch)}`, this.mark());
      }
      len++;
    }
    const value = this.prefix(len);
    this.forward(len);
    return value;
  }

  private scanTagUri(): string {
    const chunks: string[] = [];
    let len = 0;
    let ch = this.peek(len);
    while (isAlnumDash(ch) || (ch !== '' && URI_CHARS.includes(ch))) {
      if (ch === '%') {
        chunks.push(this.prefix(len));
        this.forward(len);
        len = 0;
        chunks.push(this.scanUriEscapes());
      } else len++;
      ch = this.peek(len);
    }
    if (len) {
      chunks.push(this.prefix(len));
      this.forward(len);
    }
    if (!chunks.length) throw new ScanError(`expected URI, but found ${pyStrRepr(ch)}`, this.mark());
    return chunks.join('');
  }

  private scanUriEscapes(): string {
    const bytes: number[] = [];
    const mark = this.mark();
    while (this.peek() === '%') {
      this.forward();
      for (let k = 0; k < 2; k++) {
        if (!HEX.includes(this.peek(k)) || this.peek(k) === '') {
          throw new ScanError(
            `expected URI escape sequence of 2 hexadecimal numbers, but found ${pyStrRepr(this.peek(k))}`,
            this.mark(),
          );
        }
      }
      bytes.push(parseInt(this.prefix(2), 16));
      this.forward(2);
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    } catch {
      throw new ScanError("'utf-8' codec can't decode bytes", mark);
    }
  }

  private scanBlockScalar(style: '|' | '>'): Token {
    const folded = style === '>';
    const chunks: string[] = [];
    const start = this.mark();
    this.forward();
    // indicators
    let chomping: boolean | null = null;
    let increment: number | null = null;
    let ch = this.peek();
    if (ch === '+' || ch === '-') {
      chomping = ch === '+';
      this.forward();
      ch = this.peek();
      if (ch !== '' && '0123456789'.includes(ch)) {
        increment = Number(ch);
        if (increment === 0) throw new ScanError('expected indentation indicator in the range 1-9, but found 0', this.mark());
        this.forward();
      }
    } else if (ch !== '' && '0123456789'.includes(ch)) {
      increment = Number(ch);
      if (increment === 0) throw new ScanError('expected indentation indicator in the range 1-9, but found 0', this.mark());
      this.forward();
      ch = this.peek();
      if (ch === '+' || ch === '-') {
        chomping = ch === '+';
        this.forward();
      }
    }
    ch = this.peek();
    if (!inSet(ch, SPACEZ)) {
      throw new ScanError(`expected chomping or indentation indicators, but found ${pyStrRepr(ch)}`, this.mark());
    }
    // ignored line
    while (this.peek() === ' ') this.forward();
    if (this.peek() === '#') while (!inSet(this.peek(), BREAKZ)) this.forward();
    ch = this.peek();
    if (!inSet(ch, BREAKZ)) throw new ScanError(`expected a comment or a line break, but found ${pyStrRepr(ch)}`, this.mark());
    this.scanLineBreak();

    let minIndent = this.indent + 1;
    if (minIndent < 1) minIndent = 1;
    let breaks: string[];
    let end: YamlMark;
    let indent: number;
    if (increment === null) {
      breaks = [];
      let maxIndent = 0;
      end = this.mark();
      while (inSet(this.peek(), ' \r\n\x85\u2028\u2029') && this.peek() !== '') {
        if (this.peek() !== ' ') {
          breaks.push(this.scanLineBreak());
          end = this.mark();
        } else {
          this.forward();
          if (this.column > maxIndent) maxIndent = this.column;
        }
      }
      indent = Math.max(minIndent, maxIndent);
    } else {
      indent = minIndent + increment - 1;
      [breaks, end] = this.scanBlockScalarBreaks(indent);
    }
    let lineBreak = '';
    while (this.column === indent && this.peek() !== '\0') {
      chunks.push(...breaks);
      const leadingNonSpace = !inSet(this.peek(), ' \t');
      let len = 0;
      while (!inSet(this.peek(len), BREAKZ)) len++;
      chunks.push(this.prefix(len));
      this.forward(len);
      lineBreak = this.scanLineBreak();
      [breaks, end] = this.scanBlockScalarBreaks(indent);
      if (this.column === indent && this.peek() !== '\0') {
        if (folded && lineBreak === '\n' && leadingNonSpace && !inSet(this.peek(), ' \t')) {
          if (!breaks.length) chunks.push(' ');
        } else chunks.push(lineBreak);
      } else break;
    }
    if (chomping !== false) chunks.push(lineBreak);
    if (chomping === true) chunks.push(...breaks);
    return { type: 'scalar', start, end, value: chunks.join(''), plain: false, style };
  }

  private scanBlockScalarBreaks(indent: number): [string[], YamlMark] {
    const chunks: string[] = [];
    let end = this.mark();
    while (this.column < indent && this.peek() === ' ') this.forward();
    while (this.peek() !== '' && BREAKS.includes(this.peek())) {
      chunks.push(this.scanLineBreak());
      end = this.mark();
      while (this.column < indent && this.peek() === ' ') this.forward();
    }
    return [chunks, end];
  }

  private scanFlowScalar(style: "'" | '"'): Token {
    const double = style === '"';
    const chunks: string[] = [];
    const start = this.mark();
    const quote = this.peek();
    this.forward();
    this.scanFlowScalarNonSpaces(double, chunks);
    while (this.peek() !== quote) {
      this.scanFlowScalarSpaces(double, chunks);
      this.scanFlowScalarNonSpaces(double, chunks);
    }
    this.forward();
    return { type: 'scalar', start, end: this.mark(), value: chunks.join(''), plain: false, style };
  }

  private scanFlowScalarNonSpaces(double: boolean, chunks: string[]): void {
    for (;;) {
      let len = 0;
      while (!inSet(this.peek(len), '\'"\\\0 \t\r\n\x85\u2028\u2029')) len++;
      if (len) {
        chunks.push(this.prefix(len));
        this.forward(len);
      }
      const ch = this.peek();
      if (!double && ch === "'" && this.peek(1) === "'") {
        chunks.push("'");
        this.forward(2);
      } else if ((double && ch === "'") || (!double && (ch === '"' || ch === '\\'))) {
        chunks.push(ch);
        this.forward();
      } else if (double && ch === '\\') {
        this.forward();
        const e = this.peek();
        if (e !== '' && e in ESCAPE_REPLACEMENTS) {
          chunks.push(ESCAPE_REPLACEMENTS[e]!);
          this.forward();
        } else if (e !== '' && e in ESCAPE_CODES) {
          const n = ESCAPE_CODES[e]!;
          this.forward();
          for (let k = 0; k < n; k++) {
            const h = this.peek(k);
            if (h === '' || !HEX.includes(h)) {
              throw new ScanError(`expected escape sequence of ${n} hexadecimal numbers, but found ${pyStrRepr(h)}`, this.mark());
            }
          }
          const code = parseInt(this.prefix(n), 16);
          if (code > 0x10ffff) throw new YamlError(null, null, 'chr() arg not in range(0x110000)');
          chunks.push(code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code));
          this.forward(n);
        } else if (e !== '' && BREAKS.includes(e)) {
          this.scanLineBreak();
          this.scanFlowScalarBreaks(chunks);
        } else {
          throw new ScanError(`found unknown escape character ${pyStrRepr(e)}`, this.mark());
        }
      } else return;
    }
  }

  private scanFlowScalarSpaces(double: boolean, chunks: string[]): void {
    void double;
    let len = 0;
    while (inSet(this.peek(len), ' \t') && this.peek(len) !== '') len++;
    const ws = this.prefix(len);
    this.forward(len);
    const ch = this.peek();
    if (ch === '\0') throw new ScanError('found unexpected end of stream', this.mark());
    if (ch !== '' && BREAKS.includes(ch)) {
      const lineBreak = this.scanLineBreak();
      const breaks: string[] = [];
      this.scanFlowScalarBreaks(breaks);
      if (lineBreak !== '\n') chunks.push(lineBreak);
      else if (!breaks.length) chunks.push(' ');
      chunks.push(...breaks);
    } else chunks.push(ws);
  }

  private scanFlowScalarBreaks(chunks: string[]): void {
    for (;;) {
      const p = this.prefix(3);
      if ((p === '---' || p === '...') && inSet(this.peek(3), BLANKZ)) {
        throw new ScanError('found unexpected document separator', this.mark());
      }
      while (this.peek() === ' ' || this.peek() === '\t') this.forward();
      if (this.peek() !== '' && BREAKS.includes(this.peek())) chunks.push(this.scanLineBreak());
      else return;
    }
  }

  private scanPlain(): Token {
    const chunks: string[] = [];
    const start = this.mark();
    let end = start;
    const indent = this.indent + 1;
    let spaces: string[] | null = [];
    for (;;) {
      let len = 0;
      if (this.peek() === '#') break;
      const b = this.buffer;
      const p = this.pointer;
      const flow = this.flowLevel !== 0;
      for (;;) {
        const c = b.charCodeAt(p + len);
        if (isBlankzCode(c)) break;
        if (c === 0x3a /* : */) {
          const d = b.charCodeAt(p + len + 1);
          if (isBlankzCode(d) || (flow && (d === 0x2c || d === 0x5b || d === 0x5d || d === 0x7b || d === 0x7d))) break;
        }
        if (flow && (c === 0x2c || c === 0x3f || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d)) break;
        len++;
      }
      if (len === 0) break;
      this.allowSimpleKey = false;
      chunks.push(...spaces!);
      chunks.push(this.prefix(len));
      this.forward(len);
      end = this.mark();
      spaces = this.scanPlainSpaces();
      if (!spaces || !spaces.length || this.peek() === '#' || (!this.flowLevel && this.column < indent)) break;
    }
    return { type: 'scalar', start, end, value: chunks.join(''), plain: true, style: null };
  }

  private scanPlainSpaces(): string[] | null {
    const chunks: string[] = [];
    let len = 0;
    while (this.peek(len) === ' ') len++;
    const ws = this.prefix(len);
    this.forward(len);
    if (isBreakCode(this.code())) {
      const lineBreak = this.scanLineBreak();
      this.allowSimpleKey = true;
      let p = this.prefix(3);
      if ((p === '---' || p === '...') && inSet(this.peek(3), BLANKZ)) return null;
      const breaks: string[] = [];
      for (let c = this.code(); c === 0x20 || isBreakCode(c); c = this.code()) {
        if (c === 0x20) this.forward();
        else {
          breaks.push(this.scanLineBreak());
          p = this.prefix(3);
          if ((p === '---' || p === '...') && inSet(this.peek(3), BLANKZ)) return null;
        }
      }
      if (lineBreak !== '\n') chunks.push(lineBreak);
      else if (!breaks.length) chunks.push(' ');
      chunks.push(...breaks);
    } else if (ws) chunks.push(ws);
    return chunks;
  }

  private scanLineBreak(): string {
    const ch = this.peek();
    if (ch === '\r' || ch === '\n' || ch === '\x85') {
      if (this.prefix(2) === '\r\n') this.forward(2);
      else this.forward();
      return '\n';
    }
    if (ch === '\u2028' || ch === '\u2029') {
      this.forward();
      return ch;
    }
    return '';
  }
}

/** `ch in BLANKZ` by code (`\0`, space, tab, the breaks; NaN, past the end, counts as in). */
function isBlankzCode(c: number): boolean {
  if (c > 0x20) return c === 0x85 || c === 0x2028 || c === 0x2029;
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0 || c !== c;
}

/** `ch in BREAKS` by code for a character that exists (false past the end). */
function isBreakCode(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** The indicators that cannot start a plain scalar (besides BLANKZ). */
const PLAIN_INDICATORS = '-?:,[]{}#&*!|>\'"%@`';

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

// ---------------------------------------------------------------------------------------------
// Parser (events)

type EventType =
  | 'stream-start'
  | 'stream-end'
  | 'document-start'
  | 'document-end'
  | 'alias'
  | 'scalar'
  | 'sequence-start'
  | 'sequence-end'
  | 'mapping-start'
  | 'mapping-end';

interface YamlEvent {
  readonly type: EventType;
  readonly start: YamlMark;
  readonly end: YamlMark;
  readonly anchor?: string | null;
  readonly tag?: string | null;
  readonly implicit?: [boolean, boolean];
  readonly value?: string;
  readonly flow?: boolean;
  readonly style?: string | null;
}

const DEFAULT_TAGS: Record<string, string> = { '!': '!', '!!': 'tag:yaml.org,2002:' };

class Parser {
  private current: YamlEvent | null = null;
  private states: Array<() => YamlEvent> = [];
  private marks: YamlMark[] = [];
  private state: (() => YamlEvent) | null;
  private tagHandles: Record<string, string> = {};

  constructor(private readonly sc: Scanner) {
    this.state = () => this.parseStreamStart();
  }

  /** Whether the next event has the given type (any event when none is given). */
  checkEvent(type?: EventType): boolean {
    if (this.current === null && this.state) this.current = this.state();
    if (this.current !== null) return type === undefined || this.current.type === type;
    return false;
  }
  peekEvent(): YamlEvent {
    if (this.current === null && this.state) this.current = this.state();
    return this.current!;
  }
  getEvent(): YamlEvent {
    if (this.current === null && this.state) this.current = this.state();
    const v = this.current!;
    this.current = null;
    return v;
  }

  private popState(): () => YamlEvent {
    return this.states.pop()!;
  }

  private parseStreamStart(): YamlEvent {
    const t = this.sc.getToken();
    this.state = () => this.parseImplicitDocumentStart();
    return { type: 'stream-start', start: t.start, end: t.end };
  }

  private parseImplicitDocumentStart(): YamlEvent {
    if (!this.sc.checkToken('directive', 'document-start', 'stream-end')) {
      this.tagHandles = { ...DEFAULT_TAGS };
      const t = this.sc.peekToken();
      this.states.push(() => this.parseDocumentEnd());
      this.state = () => this.parseBlockNode();
      return { type: 'document-start', start: t.start, end: t.start };
    }
    return this.parseDocumentStart();
  }

  private parseDocumentStart(): YamlEvent {
    while (this.sc.checkToken('document-end')) this.sc.getToken();
    if (!this.sc.checkToken('stream-end')) {
      const start = this.sc.peekToken().start;
      this.processDirectives();
      if (!this.sc.checkToken('document-start')) {
        const t = this.sc.peekToken();
        throw new YamlError(`expected '<document start>', but found ${pyStrRepr(TOKEN_ID[t.type])}`, t.start);
      }
      const t = this.sc.getToken();
      this.states.push(() => this.parseDocumentEnd());
      this.state = () => this.parseDocumentContent();
      return { type: 'document-start', start, end: t.end };
    }
    const t = this.sc.getToken();
    this.state = null;
    return { type: 'stream-end', start: t.start, end: t.end };
  }

  private parseDocumentEnd(): YamlEvent {
    let t = this.sc.peekToken();
    const start = t.start;
    let end = t.start;
    if (this.sc.checkToken('document-end')) {
      t = this.sc.getToken();
      end = t.end;
    }
    this.state = () => this.parseDocumentStart();
    return { type: 'document-end', start, end };
  }

  private parseDocumentContent(): YamlEvent {
    if (this.sc.checkToken('directive', 'document-start', 'document-end', 'stream-end')) {
      const ev = this.emptyScalar(this.sc.peekToken().start);
      this.state = this.popState();
      return ev;
    }
    return this.parseBlockNode();
  }

  private processDirectives(): void {
    let version: [number, number] | null = null;
    this.tagHandles = {};
    while (this.sc.checkToken('directive')) {
      const t = this.sc.getToken();
      const d = t.directive!;
      if (d.name === 'YAML') {
        if (version !== null) throw new YamlError('found duplicate YAML directive', t.start);
        if (d.yaml![0] !== 1) throw new YamlError('found incompatible YAML document (version 1.* is required)', t.start);
        version = d.yaml!;
      } else if (d.name === 'TAG') {
        const [handle, prefix] = d.tag!;
        if (handle in this.tagHandles) throw new YamlError(`duplicate tag handle ${pyStrRepr(handle)}`, t.start);
        this.tagHandles[handle] = prefix;
      }
    }
    for (const k of Object.keys(DEFAULT_TAGS)) if (!(k in this.tagHandles)) this.tagHandles[k] = DEFAULT_TAGS[k]!;
  }

  private parseBlockNode(): YamlEvent {
    return this.parseNode(true, false);
  }
  private parseFlowNode(): YamlEvent {
    return this.parseNode(false, false);
  }

  private parseNode(block: boolean, indentlessSequence: boolean): YamlEvent {
    if (this.sc.checkToken('alias')) {
      const t = this.sc.getToken();
      this.state = this.popState();
      return { type: 'alias', start: t.start, end: t.end, anchor: t.value! };
    }
    let anchor: string | null = null;
    let tagPair: [string | null, string] | null = null;
    let start: YamlMark | null = null;
    let end: YamlMark | null = null;
    let tagMark: YamlMark | null = null;
    if (this.sc.checkToken('anchor')) {
      const t = this.sc.getToken();
      start = t.start;
      end = t.end;
      anchor = t.value!;
      if (this.sc.checkToken('tag')) {
        const t2 = this.sc.getToken();
        tagMark = t2.start;
        end = t2.end;
        tagPair = t2.tag!;
      }
    } else if (this.sc.checkToken('tag')) {
      const t = this.sc.getToken();
      start = tagMark = t.start;
      end = t.end;
      tagPair = t.tag!;
      if (this.sc.checkToken('anchor')) {
        const t2 = this.sc.getToken();
        end = t2.end;
        anchor = t2.value!;
      }
    }
    let tag: string | null = null;
    if (tagPair !== null) {
      const [handle, suffix] = tagPair;
      if (handle !== null) {
        if (!(handle in this.tagHandles)) throw new YamlError(`found undefined tag handle ${pyStrRepr(handle)}`, tagMark);
        tag = this.tagHandles[handle]! + suffix;
      } else tag = suffix;
    }
    if (start === null) start = end = this.sc.peekToken().start;
    const implicit = tag === null || tag === '!';
    if (indentlessSequence && this.sc.checkToken('block-entry')) {
      end = this.sc.peekToken().end;
      this.state = () => this.parseIndentlessSequenceEntry();
      return { type: 'sequence-start', start, end: end!, anchor, tag, implicit: [implicit, false], flow: false };
    }
    if (this.sc.checkToken('scalar')) {
      const t = this.sc.getToken();
      let imp: [boolean, boolean];
      if ((t.plain && tag === null) || tag === '!') imp = [true, false];
      else if (tag === null) imp = [false, true];
      else imp = [false, false];
      this.state = this.popState();
      return { type: 'scalar', start, end: t.end, anchor, tag, implicit: imp, value: t.value!, style: t.style ?? null };
    }
    if (this.sc.checkToken('flow-sequence-start')) {
      end = this.sc.peekToken().end;
      this.state = () => this.parseFlowSequenceFirstEntry();
      return { type: 'sequence-start', start, end: end!, anchor, tag, implicit: [implicit, false], flow: true };
    }
    if (this.sc.checkToken('flow-mapping-start')) {
      end = this.sc.peekToken().end;
      this.state = () => this.parseFlowMappingFirstKey();
      return { type: 'mapping-start', start, end: end!, anchor, tag, implicit: [implicit, false], flow: true };
    }
    if (block && this.sc.checkToken('block-sequence-start')) {
      end = this.sc.peekToken().start;
      this.state = () => this.parseBlockSequenceFirstEntry();
      return { type: 'sequence-start', start, end: end!, anchor, tag, implicit: [implicit, false], flow: false };
    }
    if (block && this.sc.checkToken('block-mapping-start')) {
      end = this.sc.peekToken().start;
      this.state = () => this.parseBlockMappingFirstKey();
      return { type: 'mapping-start', start, end: end!, anchor, tag, implicit: [implicit, false], flow: false };
    }
    if (anchor !== null || tag !== null) {
      this.state = this.popState();
      return { type: 'scalar', start, end: end!, anchor, tag, implicit: [implicit, false], value: '', style: null };
    }
    const t = this.sc.peekToken();
    throw new YamlError(`expected the node content, but found ${pyStrRepr(TOKEN_ID[t.type])}`, t.start);
  }

  private parseBlockSequenceFirstEntry(): YamlEvent {
    const t = this.sc.getToken();
    this.marks.push(t.start);
    return this.parseBlockSequenceEntry();
  }

  private parseBlockSequenceEntry(): YamlEvent {
    if (this.sc.checkToken('block-entry')) {
      const t = this.sc.getToken();
      if (!this.sc.checkToken('block-entry', 'block-end')) {
        this.states.push(() => this.parseBlockSequenceEntry());
        return this.parseBlockNode();
      }
      this.state = () => this.parseBlockSequenceEntry();
      return this.emptyScalar(t.end);
    }
    if (!this.sc.checkToken('block-end')) {
      const t = this.sc.peekToken();
      throw new YamlError(`expected <block end>, but found ${pyStrRepr(TOKEN_ID[t.type])}`, t.start);
    }
    const t = this.sc.getToken();
    this.state = this.popState();
    this.marks.pop();
    return { type: 'sequence-end', start: t.start, end: t.end };
  }

  private parseIndentlessSequenceEntry(): YamlEvent {
    if (this.sc.checkToken('block-entry')) {
      const t = this.sc.getToken();
      if (!this.sc.checkToken('block-entry', 'key', 'value', 'block-end')) {
        this.states.push(() => this.parseIndentlessSequenceEntry());
        return this.parseBlockNode();
      }
      this.state = () => this.parseIndentlessSequenceEntry();
      return this.emptyScalar(t.end);
    }
    const t = this.sc.peekToken();
    this.state = this.popState();
    return { type: 'sequence-end', start: t.start, end: t.start };
  }

  private parseBlockMappingFirstKey(): YamlEvent {
    const t = this.sc.getToken();
    this.marks.push(t.start);
    return this.parseBlockMappingKey();
  }

  private parseBlockMappingKey(): YamlEvent {
    if (this.sc.checkToken('key')) {
      const t = this.sc.getToken();
      if (!this.sc.checkToken('key', 'value', 'block-end')) {
        this.states.push(() => this.parseBlockMappingValue());
        return this.parseNode(true, true);
      }
      this.state = () => this.parseBlockMappingValue();
      return this.emptyScalar(t.end);
    }
    if (!this.sc.checkToken('block-end')) {
      const t = this.sc.peekToken();
      throw new YamlError(`expected <block end>, but found ${pyStrRepr(TOKEN_ID[t.type])}`, t.start);
    }
    const t = this.sc.getToken();
    this.state = this.popState();
    this.marks.pop();
    return { type: 'mapping-end', start: t.start, end: t.end };
  }

  private parseBlockMappingValue(): YamlEvent {
    if (this.sc.checkToken('value')) {
      const t = this.sc.getToken();
      if (!this.sc.checkToken('key', 'value', 'block-end')) {
        this.states.push(() => this.parseBlockMappingKey());
        return this.parseNode(true, true);
      }
      this.state = () => this.parseBlockMappingKey();
      return this.emptyScalar(t.end);
    }
    this.state = () => this.parseBlockMappingKey();
    return this.emptyScalar(this.sc.peekToken().start);
  }

  private parseFlowSequenceFirstEntry(): YamlEvent {
    const t = this.sc.getToken();
    this.marks.push(t.start);
    return this.parseFlowSequenceEntry(true);
  }

  private parseFlowSequenceEntry(first = false): YamlEvent {
    if (!this.sc.checkToken('flow-sequence-end')) {
      if (!first) {
        if (this.sc.checkToken('flow-entry')) this.sc.getToken();
        else {
          const t = this.sc.peekToken();
          throw new YamlError(`expected ',' or ']', but got ${pyStrRepr(TOKEN_ID[t.type])}`, t.start);
        }
      }
      if (this.sc.checkToken('key')) {
        const t = this.sc.peekToken();
        this.state = () => this.parseFlowSequenceEntryMappingKey();
        return { type: 'mapping-start', start: t.start, end: t.end, anchor: null, tag: null, implicit: [true, false], flow: true };
      } else if (!this.sc.checkToken('flow-sequence-end')) {
        this.states.push(() => this.parseFlowSequenceEntry());
        return this.parseFlowNode();
      }
    }
    const t = this.sc.getToken();
    this.state = this.popState();
    this.marks.pop();
    return { type: 'sequence-end', start: t.start, end: t.end };
  }

  private parseFlowSequenceEntryMappingKey(): YamlEvent {
    const t = this.sc.getToken();
    if (!this.sc.checkToken('value', 'flow-entry', 'flow-sequence-end')) {
      this.states.push(() => this.parseFlowSequenceEntryMappingValue());
      return this.parseFlowNode();
    }
    this.state = () => this.parseFlowSequenceEntryMappingValue();
    return this.emptyScalar(t.end);
  }

  private parseFlowSequenceEntryMappingValue(): YamlEvent {
    if (this.sc.checkToken('value')) {
      const t = this.sc.getToken();
      if (!this.sc.checkToken('flow-entry', 'flow-sequence-end')) {
        this.states.push(() => this.parseFlowSequenceEntryMappingEnd());
        return this.parseFlowNode();
      }
      this.state = () => this.parseFlowSequenceEntryMappingEnd();
      return this.emptyScalar(t.end);
    }
    this.state = () => this.parseFlowSequenceEntryMappingEnd();
    return this.emptyScalar(this.sc.peekToken().start);
  }

  private parseFlowSequenceEntryMappingEnd(): YamlEvent {
    this.state = () => this.parseFlowSequenceEntry();
    const t = this.sc.peekToken();
    return { type: 'mapping-end', start: t.start, end: t.start };
  }

  private parseFlowMappingFirstKey(): YamlEvent {
    const t = this.sc.getToken();
    this.marks.push(t.start);
    return this.parseFlowMappingKey(true);
  }

  private parseFlowMappingKey(first = false): YamlEvent {
    if (!this.sc.checkToken('flow-mapping-end')) {
      if (!first) {
        if (this.sc.checkToken('flow-entry')) this.sc.getToken();
        else {
          const t = this.sc.peekToken();
          throw new YamlError(`expected ',' or '}', but got ${pyStrRepr(TOKEN_ID[t.type])}`, t.start);
        }
      }
      if (this.sc.checkToken('key')) {
        const t = this.sc.getToken();
        if (!this.sc.checkToken('value', 'flow-entry', 'flow-mapping-end')) {
          this.states.push(() => this.parseFlowMappingValue());
          return this.parseFlowNode();
        }
        this.state = () => this.parseFlowMappingValue();
        return this.emptyScalar(t.end);
      } else if (!this.sc.checkToken('flow-mapping-end')) {
        this.states.push(() => this.parseFlowMappingEmptyValue());
        return this.parseFlowNode();
      }
    }
    const t = this.sc.getToken();
    this.state = this.popState();
    this.marks.pop();
    return { type: 'mapping-end', start: t.start, end: t.end };
  }

  private parseFlowMappingValue(): YamlEvent {
    if (this.sc.checkToken('value')) {
      const t = this.sc.getToken();
      if (!this.sc.checkToken('flow-entry', 'flow-mapping-end')) {
        this.states.push(() => this.parseFlowMappingKey());
        return this.parseFlowNode();
      }
      this.state = () => this.parseFlowMappingKey();
      return this.emptyScalar(t.end);
    }
    this.state = () => this.parseFlowMappingKey();
    return this.emptyScalar(this.sc.peekToken().start);
  }

  private parseFlowMappingEmptyValue(): YamlEvent {
    this.state = () => this.parseFlowMappingKey();
    return this.emptyScalar(this.sc.peekToken().start);
  }

  private emptyScalar(mark: YamlMark): YamlEvent {
    return { type: 'scalar', start: mark, end: mark, anchor: null, tag: null, implicit: [true, false], value: '', style: null };
  }
}

// ---------------------------------------------------------------------------------------------
// Resolver (YAML 1.1 implicit types, SafeLoader minus timestamp)

const T = 'tag:yaml.org,2002:';
// Full tag names as constants (a `case T + 'x':` would build the string on every test).
const TAG_BINARY = T + 'binary';
const TAG_BOOL = T + 'bool';
const TAG_FLOAT = T + 'float';
const TAG_INT = T + 'int';
const TAG_MAP = T + 'map';
const TAG_MERGE = T + 'merge';
const TAG_NULL = T + 'null';
const TAG_OMAP = T + 'omap';
const TAG_PAIRS = T + 'pairs';
const TAG_SEQ = T + 'seq';
const TAG_SET = T + 'set';
const TAG_STR = T + 'str';
const TAG_TIMESTAMP = T + 'timestamp';
const TAG_VALUE = T + 'value';
const TAG_YAML = T + 'yaml';
const BOOL_RE = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const FLOAT_RE =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT_RE = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const NULL_RE = /^(?:~|null|Null|NULL|)$/;

/** Python's `re.match(r'^…$')`: `$` also matches before one trailing newline. */
function pyFullMatch(re: RegExp, s: string): boolean {
  return re.test(s) || (s.endsWith('\n') && re.test(s.slice(0, -1)));
}

/** The tag PyYAML's SafeLoader (no timestamps) gives a plain scalar. */
export function resolvePlainScalar(value: string): string {
  const first = value === '' ? '' : value[0]!;
  if (value === '') return TAG_NULL;
  if ('yYnNtTfFoO'.includes(first) && pyFullMatch(BOOL_RE, value)) return TAG_BOOL;
  if ('-+0123456789.'.includes(first) && pyFullMatch(FLOAT_RE, value)) return TAG_FLOAT;
  if ('-+0123456789'.includes(first) && pyFullMatch(INT_RE, value)) return TAG_INT;
  if (first === '<' && pyFullMatch(/^(?:<<)$/, value)) return TAG_MERGE;
  if ('~nN'.includes(first) && pyFullMatch(NULL_RE, value)) return TAG_NULL;
  if (first === '=' && pyFullMatch(/^(?:=)$/, value)) return TAG_VALUE;
  if ('!&*'.includes(first) && pyFullMatch(/^(?:!|&|\*)$/, value)) return TAG_YAML;
  return TAG_STR;
}

// ---------------------------------------------------------------------------------------------
// Composer (nodes)

export type YamlNode = ScalarNode | SequenceNode | MappingNode;
export interface ScalarNode {
  readonly kind: 'scalar';
  /** The constructed Python value (set once by the loader; aliases share it). */
  built?: PyValue;
  tag: string;
  readonly value: string;
  readonly start: YamlMark;
  readonly style: string | null;
}
export interface SequenceNode {
  readonly kind: 'sequence';
  /** The constructed Python value (set once by the loader; aliases share it). */
  built?: PyValue;
  readonly tag: string;
  readonly value: YamlNode[];
  readonly start: YamlMark;
  readonly flow: boolean;
  size: number;
}
export interface MappingNode {
  readonly kind: 'mapping';
  /** The constructed Python value (set once by the loader; aliases share it). */
  built?: PyValue;
  tag: string;
  value: Array<[YamlNode, YamlNode]>;
  readonly start: YamlMark;
  readonly flow: boolean;
  size: number;
}

/** Limits standing in for CPython's recursion limit (calibrated on CPython 3.11, limit 1000). */
export const YAML_LIMITS = {
  /** Deepest collection nesting the composer accepts. */
  composeDepth: 493,
  /** Deepest nesting the flow-mapping search walks before RecursionError. */
  flowWalkDepth: 331,
  /** Alias expansion bound (nodes counted with aliases expanded), beyond the document's own size. */
  maxExpandedNodes: 1_000_000,
};

class Composer {
  private anchors = new Map<string, YamlNode>();
  private depth = 0;
  private nodes = 0;

  constructor(private readonly p: Parser) {}

  /** `get_single_node`. */
  singleNode(): YamlNode | null {
    this.p.getEvent(); // stream start
    let doc: YamlNode | null = null;
    if (!this.p.checkEvent('stream-end')) doc = this.composeDocument();
    if (!this.p.checkEvent('stream-end')) {
      const ev = this.p.getEvent();
      throw new YamlError('but found another document', ev.start);
    }
    this.p.getEvent();
    return doc;
  }

  private composeDocument(): YamlNode {
    this.p.getEvent();
    const node = this.composeNode();
    this.p.getEvent();
    this.anchors = new Map();
    return node;
  }

  private sizeOf(n: YamlNode): number {
    return n.kind === 'scalar' ? 1 : n.size;
  }

  private composeNode(): YamlNode {
    if (this.p.checkEvent('alias')) {
      const ev = this.p.getEvent();
      const node = this.anchors.get(ev.anchor!);
      if (!node) throw new YamlError(`found undefined alias ${pyStrRepr(ev.anchor!)}`, ev.start);
      return node;
    }
    const ev = this.p.peekEvent();
    const anchor = ev.anchor ?? null;
    if (anchor !== null && this.anchors.has(anchor)) {
      throw new YamlError('second occurrence', ev.start);
    }
    this.nodes++;
    if (ev.type === 'scalar') {
      this.p.getEvent();
      let tag = ev.tag ?? null;
      if (tag === null || tag === '!') tag = ev.implicit![0] ? resolvePlainScalar(ev.value!) : TAG_STR;
      const node: ScalarNode = { kind: 'scalar', built: undefined, tag, value: ev.value!, start: ev.start, style: ev.style ?? null };
      if (anchor !== null) this.anchors.set(anchor, node);
      return node;
    }
    if (++this.depth > YAML_LIMITS.composeDepth) throw new YamlError(null, null, RECURSION_TEXT);
    try {
      if (ev.type === 'sequence-start') {
        this.p.getEvent();
        const tag = ev.tag === null || ev.tag === undefined || ev.tag === '!' ? TAG_SEQ : ev.tag;
        const node: SequenceNode = { kind: 'sequence', built: undefined, tag, value: [], start: ev.start, flow: ev.flow === true, size: 1 };
        if (anchor !== null) this.anchors.set(anchor, node);
        while (!this.p.checkEvent('sequence-end')) {
          const child = this.composeNode();
          node.value.push(child);
          node.size += this.sizeOf(child);
          this.checkExpansion(node.size);
        }
        this.p.getEvent();
        return node;
      }
      this.p.getEvent();
      const tag = ev.tag === null || ev.tag === undefined || ev.tag === '!' ? TAG_MAP : ev.tag;
      const node: MappingNode = { kind: 'mapping', built: undefined, tag, value: [], start: ev.start, flow: ev.flow === true, size: 1 };
      if (anchor !== null) this.anchors.set(anchor, node);
      while (!this.p.checkEvent('mapping-end')) {
        const k = this.composeNode();
        const v = this.composeNode();
        node.value.push([k, v]);
        node.size += this.sizeOf(k) + this.sizeOf(v);
        this.checkExpansion(node.size);
      }
      this.p.getEvent();
      return node;
    } finally {
      this.depth--;
    }
  }

  private checkExpansion(size: number): void {
    if (size > YAML_LIMITS.maxExpandedNodes && size > 2 * this.nodes) {
      throw new YamlError(
        null,
        null,
        `aliases expand to more than ${YAML_LIMITS.maxExpandedNodes} nodes (alias bomb)`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Constructor (SafeConstructor)

function pyIntParse(text: string, base: number): bigint {
  // int(text, base) for the strings the resolver lets through (and explicit !!int tags).
  const s = pyStrip(text);
  let body = s;
  let neg = false;
  if (body.startsWith('-') || body.startsWith('+')) {
    neg = body[0] === '-';
    body = body.slice(1);
  }
  const digits = base === 16 ? /^[0-9a-fA-F]+$/ : base === 8 ? /^[0-7]+$/ : base === 2 ? /^[01]+$/ : /^[0-9]+$/;
  if (!digits.test(body)) {
    throw new YamlError(null, null, `invalid literal for int() with base ${base}: ${pyStrRepr(text)}`);
  }
  let v = 0n;
  const b = BigInt(base);
  for (const ch of body) v = v * b + BigInt(parseInt(ch, base));
  return neg ? -v : v;
}

function pyFloatParse(text: string): number {
  const s = pyStrip(text).toLowerCase();
  const m = /^([-+]?)(inf|infinity|nan)$/.exec(s);
  if (m) return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[-+]?[0-9]+)?$/.test(s)) return Number(s);
  throw new YamlError(null, null, `could not convert string to float: ${pyStrRepr(text)}`);
}

const TIMESTAMP_RE =
  /^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$/;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** SafeConstructor's `bool_values`. */
const BOOL_VALUES = new Map<string, boolean>([
  ['yes', true],
  ['no', false],
  ['true', true],
  ['false', false],
  ['on', true],
  ['off', false],
]);

class Constructor {
  private jobs: Array<() => void> = [];

  constructDocument(node: YamlNode): PyValue {
    const data = this.constructObject(node);
    while (this.jobs.length) {
      const batch = this.jobs;
      this.jobs = [];
      for (const job of batch) job();
    }
    return data;
  }

  private scalarValue(node: YamlNode): string {
    if (node.kind === 'mapping') {
      for (const [k, v] of node.value) if (k.tag === TAG_VALUE) return this.scalarValue(v);
    }
    if (node.kind !== 'scalar') throw new YamlError(`expected a scalar node, but found ${node.kind}`, node.start);
    return node.value;
  }

  constructObject(node: YamlNode): PyValue {
    // Each composed tree is constructed once; the value is kept on the node (a Map keyed by
    // node objects costs an identity hash per node).
    const done = node.built;
    if (done !== undefined) return done;
    let data: PyValue;
    switch (node.tag) {
      case TAG_NULL:
        this.scalarValue(node);
        data = null;
        break;
      case TAG_BOOL: {
        const v = this.scalarValue(node).toLowerCase();
        const b = BOOL_VALUES.get(v);
        if (b === undefined) throw new YamlError(null, null, pyStrRepr(v));
        data = b;
        break;
      }
      case TAG_INT:
        data = this.constructInt(this.scalarValue(node));
        break;
      case TAG_FLOAT:
        data = this.constructFloat(this.scalarValue(node));
        break;
      case TAG_STR:
        data = this.scalarValue(node);
        break;
      case TAG_BINARY:
        data = this.constructBinary(node);
        break;
      case TAG_TIMESTAMP:
        data = this.constructTimestamp(node);
        break;
      case TAG_SEQ: {
        if (node.kind !== 'sequence') throw new YamlError(`expected a sequence node, but found ${node.kind}`, node.start);
        const list: PyValue[] = [];
        data = list;
        this.jobs.push(() => {
          for (const child of node.value) list.push(this.constructObject(child));
        });
        break;
      }
      case TAG_MAP: {
        const dict = new PyDict();
        data = dict;
        this.jobs.push(() => {
          for (const [k, v] of this.mappingPairs(node)) dict.set(k, v);
        });
        break;
      }
      case TAG_SET: {
        const items: PyValue[] = [];
        data = new PyOther('set', items, '');
        this.jobs.push(() => {
          const seen = new PyDict();
          for (const [k] of this.mappingPairs(node)) seen.set(k, null);
          items.push(...seen.keys());
        });
        break;
      }
      case TAG_OMAP:
      case TAG_PAIRS: {
        const what = node.tag === TAG_OMAP ? 'an ordered map' : 'pairs';
        const list: PyValue[] = [];
        data = list;
        this.jobs.push(() => {
          if (node.kind !== 'sequence') throw new YamlError(`expected a sequence, but found ${node.kind}`, node.start);
          void what;
          for (const sub of node.value) {
            if (sub.kind !== 'mapping') throw new YamlError(`expected a mapping of length 1, but found ${sub.kind}`, sub.start);
            if (sub.value.length !== 1) {
              throw new YamlError(`expected a single mapping item, but found ${sub.value.length} items`, sub.start);
            }
            const [kn, vn] = sub.value[0]!;
            const k = this.constructObject(kn);
            const v = this.constructObject(vn);
            list.push(new PyOther('tuple', [k, v], ''));
          }
        });
        break;
      }
      default:
        throw new YamlError(`could not determine a constructor for the tag ${pyStrRepr(node.tag)}`, node.start);
    }
    node.built = data;
    return data;
  }

  private mappingPairs(node: YamlNode): Array<[PyValue, PyValue]> {
    if (node.kind !== 'mapping') throw new YamlError(`expected a mapping node, but found ${node.kind}`, node.start);
    this.flatten(node, 0);
    const out: Array<[PyValue, PyValue]> = [];
    for (const [kn, vn] of node.value) {
      const key = this.constructObject(kn);
      if (pyHashKey(key) === null) throw new YamlError('found unhashable key', kn.start);
      out.push([key, this.constructObject(vn)]);
    }
    return out;
  }

  private flatten(node: MappingNode, depth: number): void {
    if (depth > YAML_LIMITS.composeDepth) throw new YamlError(null, null, RECURSION_TEXT);
    const merge: Array<[YamlNode, YamlNode]> = [];
    let i = 0;
    while (i < node.value.length) {
      const [k, v] = node.value[i]!;
      if (k.tag === TAG_MERGE) {
        node.value.splice(i, 1);
        if (v.kind === 'mapping') {
          this.flatten(v, depth + 1);
          merge.push(...v.value);
        } else if (v.kind === 'sequence') {
          const sub: Array<Array<[YamlNode, YamlNode]>> = [];
          for (const s of v.value) {
            if (s.kind !== 'mapping') throw new YamlError(`expected a mapping for merging, but found ${s.kind}`, s.start);
            this.flatten(s, depth + 1);
            sub.push(s.value);
          }
          sub.reverse();
          for (const pairs of sub) merge.push(...pairs);
        } else {
          throw new YamlError(`expected a mapping or list of mappings for merging, but found ${v.kind}`, v.start);
        }
      } else if (k.tag === TAG_VALUE) {
        (k as ScalarNode).tag = TAG_STR;
        i++;
      } else i++;
    }
    if (merge.length) node.value = merge.concat(node.value);
  }

  private constructInt(raw: string): bigint {
    let value = raw.replace(/_/g, '');
    if (value === '') throw new YamlError(null, null, 'string index out of range');
    let sign = 1n;
    if (value[0] === '-') sign = -1n;
    if (value[0] === '-' || value[0] === '+') value = value.slice(1);
    if (value === '0') return 0n;
    if (value.startsWith('0b')) return sign * pyIntParse(value.slice(2), 2);
    if (value.startsWith('0x')) return sign * pyIntParse(value.slice(2), 16);
    if (value[0] === '0') return sign * pyIntParse(value, 8);
    if (value.includes(':')) {
      const digits = value.split(':').map((p) => pyIntParse(p, 10)).reverse();
      let base = 1n;
      let v = 0n;
      for (const d of digits) {
        v += d * base;
        base *= 60n;
      }
      return sign * v;
    }
    return sign * pyIntParse(value, 10);
  }

  private constructFloat(raw: string): number {
    let value = raw.replace(/_/g, '').toLowerCase();
    if (value === '') throw new YamlError(null, null, 'string index out of range');
    let sign = 1;
    if (value[0] === '-') sign = -1;
    if (value[0] === '-' || value[0] === '+') value = value.slice(1);
    if (value === '.inf') return sign * Infinity;
    if (value === '.nan') return NaN;
    if (value.includes(':')) {
      const digits = value.split(':').map(pyFloatParse).reverse();
      let base = 1;
      let v = 0;
      for (const d of digits) {
        v += d * base;
        base *= 60;
      }
      return sign * v;
    }
    return sign * pyFloatParse(value);
  }

  private constructBinary(node: YamlNode): PyValue {
    const text = this.scalarValue(node);
    const clean = text.replace(/[^A-Za-z0-9+/=]/g, '');
    const bytes = Buffer.from(clean, 'base64');
    let repr = "b'";
    for (const b of bytes) {
      if (b === 0x27 || b === 0x5c) repr += '\\' + String.fromCharCode(b);
      else if (b === 0x0a) repr += '\\n';
      else if (b === 0x0d) repr += '\\r';
      else if (b === 0x09) repr += '\\t';
      else if (b < 0x20 || b >= 0x7f) repr += '\\x' + b.toString(16).padStart(2, '0');
      else repr += String.fromCharCode(b);
    }
    return new PyOther('bytes', [], repr + "'");
  }

  private constructTimestamp(node: YamlNode): PyValue {
    const text = this.scalarValue(node);
    const m = TIMESTAMP_RE.exec(text);
    if (!m) throw new YamlError(null, null, "'NoneType' object has no attribute 'groupdict'");
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    if (!m[4]) return new PyOther('date', [], date);
    const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
    const micro = m[7] ? Number(m[7].slice(0, 6).padEnd(6, '0')) : 0;
    let s = `${date} ${pad(hour)}:${pad(minute)}:${pad(second)}`;
    if (micro) s += '.' + pad(micro, 6);
    const parts = [year, month, day, hour, minute];
    if (second || micro) parts.push(second);
    if (micro) parts.push(micro);
    let tz = '';
    if (m[9]) {
      const h = Number(m[10]);
      const mi = Number(m[11] ?? 0);
      const offset = (m[9] === '-' ? -1 : 1) * (h * 3600 + mi * 60);
      s += `${offset < 0 ? '-' : '+'}${pad(h)}:${pad(mi)}`;
      if (offset === 0) tz = 'datetime.timezone.utc';
      else {
        const days = Math.floor(offset / 86400);
        const secs = offset - days * 86400;
        const td = days ? `days=${days}, seconds=${secs}` : `seconds=${secs}`;
        tz = `datetime.timezone(datetime.timedelta(${td}))`;
      }
    } else if (m[8]) {
      s += '+00:00';
      tz = 'datetime.timezone.utc';
    }
    const repr = `datetime.datetime(${parts.join(', ')}${tz ? ', tzinfo=' + tz : ''})`;
    return new PyOther('datetime', [], s, repr);
  }
}

// ---------------------------------------------------------------------------------------------
// Public API

/** Compose one document (`yaml.compose`); null for an empty stream. Throws {@link YamlError}. */
export function composeYaml(text: string): YamlNode | null {
  const sc = new Scanner(text);
  return new Composer(new Parser(sc)).singleNode();
}

/**
 * Whether a composed document is "JSON-shaped" as IFStruct decides it: a flow collection at the
 * root, or a flow mapping anywhere. Throws {@link YamlError} (`maximum recursion depth
 * exceeded`) where the reference's recursive search would.
 */
export function isFlowStyle(root: YamlNode | null): boolean {
  if (root === null || root.kind === 'scalar') return false;
  if (root.flow) return true;
  const clean = new Set<YamlNode>();
  const walk = (node: YamlNode, depth: number): boolean => {
    if (node.kind === 'scalar' || clean.has(node)) return false;
    if (depth > YAML_LIMITS.flowWalkDepth) throw new YamlError(null, null, RECURSION_TEXT);
    if (node.kind === 'mapping') {
      if (node.flow) return true;
      for (const [k, v] of node.value) if (walk(k, depth + 1) || walk(v, depth + 1)) return true;
    } else {
      for (const item of node.value) if (walk(item, depth + 1)) return true;
    }
    clean.add(node);
    return false;
  };
  return walk(root, 1);
}

/** `yaml.load(text, Loader=SafeLoader-without-timestamps)` plus the composed tree. */
export function loadYaml(text: string): { value: PyValue; root: YamlNode | null } {
  const root = composeYaml(text);
  return { root, value: root === null ? null : new Constructor().constructDocument(root) };
}

/**
 * Load and apply IFStruct's flow rule, in the reference's order: load errors first, then the
 * flow check on the unmodified tree. Returns `flow: true` when the document is JSON-shaped.
 */
export function loadBlockYaml(text: string): { value: PyValue; flow: boolean } {
  const root = composeYaml(text);
  if (root === null) return { value: null, flow: false };
  // The flow search must see the tree before merge keys are flattened by construction; its
  // RecursionError, if any, is only reported after a successful load.
  let flow = false;
  let flowError: YamlError | null = null;
  try {
    flow = isFlowStyle(root);
  } catch (e) {
    if (e instanceof YamlError) flowError = e;
    else throw e;
  }
  const value = new Constructor().constructDocument(root);
  if (flowError) throw flowError;
  return { value, flow };
}
