/**
 * Translation of Python `re` patterns into JavaScript RegExps with the same matches.
 *
 * IFEval splices caller-supplied strings into regular expressions (keywords, forbidden words,
 * section splitters, custom postscript markers), so a keyword such as `c.t` is a pattern, not
 * text. This module reads the Python syntax and writes a `u`-flagged JavaScript source that keeps
 * Python's meaning:
 * - `\w \W \s \S \d \D \b \B` are Unicode-aware as in Python 3 (see ../../text/python.ts);
 * - `.` excludes only `\n`; `$` matches at the end or before a final `\n` (or before any `\n` in
 *   MULTILINE mode, where `^` only follows `\n`);
 * - `\A`, `\Z`, `(?P<name>…)`, `(?P=name)`, `(?#…)`, `{,n}` and a `{` that is not a quantifier;
 * - IGNORECASE: Python compares simple lower-case forms plus a few equivalences (i/ı/İ and some
 *   Greek and ligature pairs) that JavaScript's case folding does not join; literal letters of
 *   those groups are widened to the whole group.
 * Constructs JavaScript cannot express the same way (verbose mode, scoped flags, conditionals,
 * atomic groups, possessive quantifiers, `\N{…}`) are reported as unsupported rather than guessed.
 */
import { PY_B, PY_NOT_B, PY_WHITESPACE_CLASS } from '../../text/python.js';

export interface PyRegexOptions {
  readonly ignoreCase?: boolean;
  readonly multiline?: boolean;
}

export type PyRegexResult =
  | { readonly ok: true; readonly regex: RegExp }
  | { readonly ok: false; readonly error: string };

/** Letters Python's IGNORECASE treats as one group but JavaScript's `iu` case folding does not. */
const CASE_GROUPS: readonly string[] = ['iIıİ', 'ΐΐ', 'ΰΰ', 'ﬅﬆ'];
const CASE_GROUP_OF = new Map<string, string>();
for (const group of CASE_GROUPS) for (const ch of group) CASE_GROUP_OF.set(ch, group);

const SYNTAX_OUTSIDE = new Set('^$\\.*+?()[]{}|/'.split(''));
const SYNTAX_INSIDE = new Set('\\]-[^'.split(''));

function literalOutside(ch: string, ignoreCase: boolean): string {
  if (ignoreCase) {
    const group = CASE_GROUP_OF.get(ch);
    if (group) return `[${group}]`;
  }
  if (SYNTAX_OUTSIDE.has(ch)) return `\\${ch}`;
  return escapeControl(ch);
}

function literalInside(ch: string, ignoreCase: boolean): string {
  if (ignoreCase) {
    const group = CASE_GROUP_OF.get(ch);
    if (group) return group;
  }
  if (SYNTAX_INSIDE.has(ch)) return `\\${ch}`;
  return escapeControl(ch);
}

function escapeControl(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff)) {
    return `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return ch;
}

function codePointLiteral(code: number): string {
  return code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code);
}

class Unsupported extends Error {}

const WORD_CHAR_RE = /^[\p{L}\p{N}_]$/u;
const QUANTIFIER_START = new Set(['*', '+', '?', '{']);

/**
 * Python `\b` at pattern position `i`. Next to a literal word character the boundary only has to
 * look at the other side (`\bcat` is "no word character before"), which V8 matches ~30× faster
 * than the general two-sided form. The literal must not be quantified or escaped, so that it is
 * certainly matched right beside the boundary.
 */
function wordBoundary(chars: readonly string[], i: number): string {
  const next = chars[i + 2];
  if (next !== undefined && WORD_CHAR_RE.test(next) && !QUANTIFIER_START.has(chars[i + 3] ?? '')) {
    return '(?<![\\p{L}\\p{N}_])';
  }
  const prev = chars[i - 1];
  if (prev !== undefined && WORD_CHAR_RE.test(prev) && i >= 1 && chars[i - 2] !== '\\' && chars[i - 2] !== '{') {
    return '(?![\\p{L}\\p{N}_])';
  }
  return PY_B;
}

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = {
  a: 7,
  b: 8, // only inside classes; outside, \b is a word boundary
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
};

/**
 * Translates a Python pattern. Returns the compiled JavaScript RegExp (flags `gu`, plus `i` for
 * IGNORECASE) or an error message when Python would reject the pattern or heed cannot translate it.
 */
export function compilePyRegex(pattern: string, options: PyRegexOptions = {}): PyRegexResult {
  const key = `${options.ignoreCase ? 'i' : ''}${options.multiline ? 'm' : ''}:${pattern}`;
  const cached = CACHE.get(key);
  if (cached) return cached;
  const result = boundedLiteral(pattern, options) ?? translate(pattern, options);
  if (CACHE.size > 512) CACHE.clear();
  CACHE.set(key, result);
  return result;
}

const CACHE = new Map<string, PyRegexResult>();

/** A pattern free of Python regex metacharacters (heed never compiles in verbose mode). */
const PLAIN_LITERAL_RE = /^[^\\.^$*+?{}[\]|()]+$/u;
const SINGLE_WORD_CHAR_RE = /^[\p{L}\p{N}_]$/u;

function isWordCharAt(text: string, index: number, before: boolean): boolean {
  if (before ? index <= 0 : index >= text.length) return false;
  const cp = before ? text.codePointAt(index - 1)! : text.codePointAt(index)!;
  // Before the match, step back over a whole surrogate pair.
  const ch =
    before && cp >= 0xdc00 && cp <= 0xdfff && index >= 2 ? String.fromCodePoint(text.codePointAt(index - 2)!) : String.fromCodePoint(cp);
  return SINGLE_WORD_CHAR_RE.test(ch);
}

/**
 * `\bWORD\b` where WORD is a plain literal that starts and ends with a word character: the
 * boundaries reduce to "no word character before / after", which are checked around each match
 * of the bare literal. Same matches as the translated pattern, but compiling a pattern with
 * Unicode-property lookarounds costs V8 ~0.3 ms, and forbidden-word lists compile thousands.
 */
class BoundedLiteralRegExp extends RegExp {
  override exec(text: string): RegExpExecArray | null {
    for (;;) {
      const match = super.exec(text);
      if (!match) return null;
      const end = match.index + match[0].length;
      if (!isWordCharAt(text, match.index, true) && !isWordCharAt(text, end, false)) return match;
      const code = text.charCodeAt(match.index);
      this.lastIndex = match.index + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
    }
  }
}

function boundedLiteral(pattern: string, options: PyRegexOptions): PyRegexResult | null {
  if (!pattern.startsWith('\\b') || !pattern.endsWith('\\b') || pattern.length < 5) return null;
  const word = pattern.slice(2, -2);
  const chars = Array.from(word);
  if (!PLAIN_LITERAL_RE.test(word) || !SINGLE_WORD_CHAR_RE.test(chars[0]!) || !SINGLE_WORD_CHAR_RE.test(chars[chars.length - 1]!)) {
    return null;
  }
  const core = translate(word, options);
  if (!core.ok) return null;
  return { ok: true, regex: new BoundedLiteralRegExp(core.regex.source, core.regex.flags) };
}

function translate(pattern: string, options: PyRegexOptions): PyRegexResult {
  const chars = Array.from(pattern);
  let ignoreCase = options.ignoreCase ?? false;
  let multiline = options.multiline ?? false;
  let dotAll = false;
  let i = 0;
  // Global inline flags: Python 3.11 only accepts them at the very start.
  while (chars[i] === '(' && chars[i + 1] === '?' && /[aiLmsux]/.test(chars[i + 2] ?? '')) {
    let j = i + 2;
    let flags = '';
    while (j < chars.length && /[aiLmsux]/.test(chars[j]!)) flags += chars[j++];
    if (chars[j] !== ')') break; // scoped flags `(?i:…)`: handled (rejected) below
    for (const f of flags) {
      if (f === 'i') ignoreCase = true;
      else if (f === 'm') multiline = true;
      else if (f === 's') dotAll = true;
      else if (f === 'u') continue;
      else return { ok: false, error: `inline flag '${f}' is not supported` };
    }
    i = j + 1;
  }

  const names: string[] = [];
  let out = '';
  try {
    while (i < chars.length) {
      const ch = chars[i]!;
      if (ch === '\\') {
        const [text, next] = translateEscape(chars, i, false, ignoreCase);
        out += text;
        i = next;
      } else if (ch === '[') {
        const [text, next] = translateClass(chars, i, ignoreCase);
        out += text;
        i = next;
      } else if (ch === '.') {
        out += dotAll ? '[\\s\\S]' : '[^\\n]';
        i++;
      } else if (ch === '^') {
        out += multiline ? '(?<![^\\n])' : '(?<![\\s\\S])';
        i++;
      } else if (ch === '$') {
        out += multiline ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))';
        i++;
      } else if (ch === '(') {
        if (chars[i + 1] !== '?') {
          out += '(';
          i++;
          continue;
        }
        const c2 = chars[i + 2];
        if (c2 === ':' || c2 === '=' || c2 === '!') {
          out += `(?${c2}`;
          i += 3;
        } else if (c2 === '<' && (chars[i + 3] === '=' || chars[i + 3] === '!')) {
          out += `(?<${chars[i + 3]}`;
          i += 4;
        } else if (c2 === '#') {
          let j = i + 3;
          while (j < chars.length && chars[j] !== ')') j++;
          if (j >= chars.length) return { ok: false, error: 'missing ), unterminated comment' };
          i = j + 1;
        } else if (c2 === 'P' && chars[i + 3] === '<') {
          let j = i + 4;
          let name = '';
          while (j < chars.length && chars[j] !== '>') name += chars[j++];
          if (j >= chars.length || !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) {
            return { ok: false, error: `bad group name '${name}'` };
          }
          names.push(name);
          out += `(?<${name}>`;
          i = j + 1;
        } else if (c2 === 'P' && chars[i + 3] === '=') {
          let j = i + 4;
          let name = '';
          while (j < chars.length && chars[j] !== ')') name += chars[j++];
          if (j >= chars.length || !names.includes(name)) return { ok: false, error: `unknown group name '${name}'` };
          out += `\\k<${name}>`;
          i = j + 1;
        } else {
          throw new Unsupported(`group syntax '(?${c2 ?? ''}' is not supported`);
        }
      } else if (ch === '{') {
        const m = /^\{(\d*)(,?)(\d*)\}/.exec(chars.slice(i, i + 40).join(''));
        if (m && (m[1] !== '' || m[2] !== '' || m[3] !== '') && !(m[2] === '' && m[1] === '')) {
          if (m[2] === '') out += `{${m[1]}}`;
          else out += `{${m[1] === '' ? '0' : m[1]},${m[3]}}`;
          i += m[0].length;
          if (chars[i] === '+') throw new Unsupported('possessive quantifiers are not supported');
        } else {
          out += '\\{';
          i++;
        }
      } else if (ch === '*' || ch === '+' || ch === '?') {
        out += ch;
        i++;
        if (chars[i] === '+') throw new Unsupported('possessive quantifiers are not supported');
        if (chars[i] === '?') {
          out += '?';
          i++;
        }
      } else if (ch === ')' || ch === '|') {
        out += ch;
        i++;
      } else {
        out += literalOutside(ch, ignoreCase);
        i++;
      }
    }
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, error: e.message };
    return { ok: false, error: String(e) };
  }
  try {
    return { ok: true, regex: new RegExp(out, ignoreCase ? 'giu' : 'gu') };
  } catch (e) {
    return { ok: false, error: `invalid regular expression: ${(e as Error).message}` };
  }
}

/** Translates one escape at `chars[i] === '\\'`. Returns the JS text and the next index. */
function translateEscape(
  chars: readonly string[],
  i: number,
  inClass: boolean,
  ignoreCase: boolean,
): [string, number] {
  const c = chars[i + 1];
  if (c === undefined) throw new Error('bad escape (end of pattern)');
  const lit = inClass ? literalInside : literalOutside;
  switch (c) {
    case 'd':
      return ['\\p{Nd}', i + 2];
    case 'D':
      if (inClass) throw new Unsupported('\\D inside a character class is not supported');
      return ['\\P{Nd}', i + 2];
    case 'w':
      return [inClass ? '\\p{L}\\p{N}_' : '[\\p{L}\\p{N}_]', i + 2];
    case 'W':
      if (inClass) throw new Unsupported('\\W inside a character class is not supported');
      return ['[^\\p{L}\\p{N}_]', i + 2];
    case 's':
      return [inClass ? PY_WHITESPACE_CLASS : `[${PY_WHITESPACE_CLASS}]`, i + 2];
    case 'S':
      if (inClass) throw new Unsupported('\\S inside a character class is not supported');
      return [`[^${PY_WHITESPACE_CLASS}]`, i + 2];
    case 'b':
      return [inClass ? '\\u0008' : wordBoundary(chars, i), i + 2];
    case 'B':
      if (inClass) throw new Error('bad escape \\B');
      return [PY_NOT_B, i + 2];
    case 'A':
      if (inClass) throw new Error('bad escape \\A');
      return ['(?<![\\s\\S])', i + 2];
    case 'Z':
      if (inClass) throw new Error('bad escape \\Z');
      return ['(?![\\s\\S])', i + 2];
    case 'x': {
      const hex = chars.slice(i + 2, i + 4).join('');
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Error('incomplete escape \\x');
      return [lit(codePointLiteral(parseInt(hex, 16)), ignoreCase), i + 4];
    }
    case 'u':
    case 'U': {
      const len = c === 'u' ? 4 : 8;
      const hex = chars.slice(i + 2, i + 2 + len).join('');
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw new Error(`incomplete escape \\${c}`);
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw new Error('bad escape (code point out of range)');
      return [lit(codePointLiteral(code), ignoreCase), i + 2 + len];
    }
    case 'N':
      throw new Unsupported('\\N{...} escapes are not supported');
    default:
      break;
  }
  if (c in SIMPLE_ESCAPES && c !== 'b') return [lit(String.fromCharCode(SIMPLE_ESCAPES[c]!), ignoreCase), i + 2];
  if (c >= '0' && c <= '9') {
    // Octal escapes: \0, \0o, \0oo, or three octal digits; otherwise a group reference.
    const d = chars.slice(i + 1, i + 4).join('');
    if (c === '0') {
      const m = /^0[0-7]{0,2}/.exec(d)!;
      return [lit(String.fromCharCode(parseInt(m[0], 8)), ignoreCase), i + 1 + m[0].length];
    }
    if (/^[0-7]{3}$/.test(d)) {
      const code = parseInt(d, 8);
      if (code > 0o377) throw new Error('octal escape value outside of range 0-0o377');
      return [lit(String.fromCharCode(code), ignoreCase), i + 4];
    }
    if (inClass) throw new Error('bad escape in character class');
    const m = /^[0-9]{1,2}/.exec(d)!;
    return [`(?:\\${m[0]})`, i + 1 + m[0].length];
  }
  if (/[A-Za-z]/.test(c)) throw new Error(`bad escape \\${c}`);
  return [lit(c, ignoreCase), i + 2];
}

/** Translates a character class starting at `chars[i] === '['`. */
function translateClass(chars: readonly string[], i: number, ignoreCase: boolean): [string, number] {
  let j = i + 1;
  let out = '[';
  if (chars[j] === '^') {
    out += '^';
    j++;
  }
  let first = true;
  for (;;) {
    const c = chars[j];
    if (c === undefined) throw new Error('unterminated character set');
    if (c === ']' && !first) break;
    first = false;
    let isRange: boolean;
    if (c === '\\') {
      const [, afterEscape] = translateEscape(chars, j, true, false);
      isRange = chars[afterEscape] === '-' && chars[afterEscape + 1] !== undefined && chars[afterEscape + 1] !== ']';
      const [text, next] = translateEscape(chars, j, true, ignoreCase && !isRange);
      out += text;
      j = next;
    } else {
      isRange = chars[j + 1] === '-' && chars[j + 2] !== undefined && chars[j + 2] !== ']';
      out += isRange ? literalInside(c, false) : literalInside(c, ignoreCase);
      j++;
    }
    if (isRange && chars[j] === '-') {
      out += '-';
      j++;
      const c2 = chars[j]!;
      if (c2 === '\\') {
        const [text, next] = translateEscape(chars, j, true, false);
        out += text;
        j = next;
      } else {
        out += literalInside(c2, false);
        j++;
      }
    }
  }
  return [`${out}]`, j + 1];
}

/** Python `re.search(pattern, text) is not None` with an already compiled translation. */
export function pySearch(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const found = regex.test(text);
  regex.lastIndex = 0;
  return found;
}

/** Python `len(re.findall(pattern, text))`: the number of non-overlapping matches. */
export function pyCountMatches(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  let count = 0;
  for (;;) {
    const m = regex.exec(text);
    if (!m) break;
    count++;
    if (m[0].length === 0) {
      // Step over one code point, as a `u` RegExp does.
      const code = text.charCodeAt(regex.lastIndex);
      regex.lastIndex += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      if (regex.lastIndex > text.length) break;
    }
  }
  regex.lastIndex = 0;
  return count;
}
