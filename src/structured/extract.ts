/**
 * Response extraction as IFStruct's validator does it: thinking/channel markup removal, the
 * outer code fence (column-0 fences found with Python's `str.splitlines()`), the fence language,
 * JSON/YAML payload parsing, and the commentary check. Every function is total and linear in
 * the response length.
 */
import { isPyWhitespaceCode, pyStrip } from '../text/python.js';
import { rawDecodeResult, type RawDecodeResult } from './pyjson.js';
import { YamlError, formatYamlError, loadBlockYaml } from './pyyaml.js';
import { pyStrRepr, type PyValue } from './pyvalue.js';

/** Sorted start positions of every match of a global regex. */
function positions(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + m[0].length;
  }
  return out;
}

/** First element of a sorted array that is >= x (or -1). */
function firstAtLeast(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo]! : -1;
}

const OPEN_ANGLE = /<think>/giu;
const CLOSE_ANGLE = /<\/think>/giu;
const OPEN_SQUARE = /\[THINK\]/giu;
const CLOSE_SQUARE = /\[\/THINK\]/giu;
const HARMONY_FINAL = /(?:<\|start\|>)?assistant(?:<\|channel\|>)?final(?:<\|message\|>)?/;

/**
 * Liquid's thinking-markup removal (`remove_thinking_tags`), in order:
 * 1. drop every complete `<think>…</think>` / `[THINK]…[/THINK]` (non-greedy, any case, across lines);
 * 2. drop from the start through the first remaining `</think>` (else the first `[/THINK]`);
 * 3. drop from the first remaining opener to the end;
 * 4. keep only the text after the first Harmony `assistant…final` marker;
 * 5. drop one trailing `<|end|>`/`<|return|>` (plus trailing whitespace); 6. Python strip.
 * It ignores payload boundaries on purpose (the reference does).
 */
export function removeThinkingTags(text: string): string {
  if (hasThinkTag(text)) text = removeThinkBlocks(text);
  // 4. Harmony final channel.
  // The marker contains both words; `final` is the cheaper native search, so it goes first.
  if (text.includes('final') && text.includes('assistant')) {
    const h = HARMONY_FINAL.exec(text);
    if (h) text = text.slice(h.index + h[0].length);
  }
  // 5. One trailing end/return marker followed only by whitespace.
  let end = text.length;
  while (end > 0 && isPyWhitespaceCode(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) === 0x3e /* > */) {
    const head = text.slice(0, end);
    if (head.endsWith('<|end|>')) text = head.slice(0, -7);
    else if (head.endsWith('<|return|>')) text = head.slice(0, -10);
  }
  return pyStrip(text);
}

/**
 * Whether `text` contains `<think>`, `</think>`, `[THINK]` or `[/THINK]` in any case, as the
 * reference's case-insensitive Unicode patterns match them (the same test as
 * `/<\/?think>|\[\/?THINK\]/iu`, without a regex pass over the whole text): only `K` has
 * another case-fold partner, the Kelvin sign U+212A.
 */
function hasThinkTag(text: string): boolean {
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) if (thinkWordAt(text, i + 1, 0x3e)) return true;
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) if (thinkWordAt(text, i + 1, 0x5d)) return true;
  return false;
}

/** `/?think` (any case) at `j`, followed by the closing bracket `close`. */
function thinkWordAt(text: string, j: number, close: number): boolean {
  if (text.charCodeAt(j) === 0x2f) j++;
  const k = text.charCodeAt(j + 4);
  return (
    (text.charCodeAt(j) | 0x20) === 0x74 &&
    (text.charCodeAt(j + 1) | 0x20) === 0x68 &&
    (text.charCodeAt(j + 2) | 0x20) === 0x69 &&
    (text.charCodeAt(j + 3) | 0x20) === 0x6e &&
    ((k | 0x20) === 0x6b || k === 0x212a) &&
    text.charCodeAt(j + 5) === close
  );
}

/** Steps 1–3 of {@link removeThinkingTags}. */
function removeThinkBlocks(text: string): string {
  // 1. Complete blocks, scanning left to right like re.sub.
  const opens: Array<[number, number, number[], number]> = []; // [pos, openLen, closers, closeLen]
  const angleOpen = positions(OPEN_ANGLE, text);
  const squareOpen = positions(OPEN_SQUARE, text);
  if (angleOpen.length || squareOpen.length) {
    const angleClose = positions(CLOSE_ANGLE, text);
    const squareClose = positions(CLOSE_SQUARE, text);
    for (const p of angleOpen) opens.push([p, 7, angleClose, 8]);
    for (const p of squareOpen) opens.push([p, 7, squareClose, 8]);
    opens.sort((a, b) => a[0] - b[0]);
    let out = '';
    let pos = 0;
    for (const [p, openLen, closers, closeLen] of opens) {
      if (p < pos) continue;
      const c = firstAtLeast(closers, p + openLen);
      if (c < 0) continue;
      out += text.slice(pos, p);
      pos = c + closeLen;
    }
    text = out + text.slice(pos);
  }
  // 2. Orphaned closer: remove through the first one.
  CLOSE_ANGLE.lastIndex = 0;
  const ca = CLOSE_ANGLE.exec(text);
  if (ca) text = text.slice(ca.index + ca[0].length);
  else {
    CLOSE_SQUARE.lastIndex = 0;
    const cs = CLOSE_SQUARE.exec(text);
    if (cs) text = text.slice(cs.index + cs[0].length);
  }
  // 3. Unterminated opener: cut from the first one.
  OPEN_ANGLE.lastIndex = 0;
  OPEN_SQUARE.lastIndex = 0;
  const oa = OPEN_ANGLE.exec(text);
  const os = OPEN_SQUARE.exec(text);
  const cut = Math.min(oa ? oa.index : Infinity, os ? os.index : Infinity);
  if (cut !== Infinity) text = text.slice(0, cut);
  return text;
}

/** The outer fenced block: `block` is null when there is no closed fence; `opening` is the opening fence line. */
export interface FencedBlock {
  readonly block: string | null;
  readonly opening: string | null;
}

/**
 * `_extract_outer_fenced_block`: the first line (after `strip()` + `splitlines()`) starting with
 * three backticks opens; the next such line closes; the inner lines are joined with `\n`.
 */
export function extractOuterFencedBlock(response: string): FencedBlock {
  if (!response.includes('```')) return { block: null, opening: null };
  const text = pyStrip(response);
  // Only lines that start with three backticks matter: find them via indexOf instead of
  // splitting every line (str.splitlines() boundaries, \r\n counted once).
  let open = -1;
  let openEnd = -1;
  for (let at = text.indexOf('```'); at !== -1; at = text.indexOf('```', at + 1)) {
    if (!atLineStart(text, at)) continue;
    if (open === -1) {
      open = at;
      openEnd = lineEnd(text, at);
      at = openEnd;
      continue;
    }
    // Closing fence: the inner lines are rejoined with \n.
    const innerStart = afterBoundary(text, openEnd);
    const innerEnd = beforeBoundary(text, at);
    const inner = innerEnd > innerStart ? text.slice(innerStart, innerEnd) : '';
    return { block: hasOtherBreak(inner) ? inner.replace(ALL_BREAKS, '\n') : inner, opening: text.slice(open, openEnd) };
  }
  return { block: null, opening: open === -1 ? null : text.slice(open, openEnd) };
}

/** The line boundaries of `str.splitlines()` other than `\n`. */
const OTHER_BREAKS = ['\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029'];

/** Whether `text` has a line boundary other than `\n` (one native search per character beats a regex pass). */
function hasOtherBreak(text: string): boolean {
  for (let i = 0; i < OTHER_BREAKS.length; i++) if (text.indexOf(OTHER_BREAKS[i]!) !== -1) return true;
  return false;
}
const ALL_BREAKS = /\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;

function atLineStart(text: string, at: number): boolean {
  return at === 0 || isLineBoundary(text.charCodeAt(at - 1));
}

/** Index of the line boundary ending the line that contains `at` (or text.length). */
function lineEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isLineBoundary(text.charCodeAt(i))) i++;
  return i;
}

/** Start of the next line after the boundary at `end`. */
function afterBoundary(text: string, end: number): number {
  if (end >= text.length) return text.length;
  return text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
}

/** End of the previous line's content, given the start `at` of a line (at > 0). */
function beforeBoundary(text: string, at: number): number {
  return text.charCodeAt(at - 1) === 0x0a && text.charCodeAt(at - 2) === 0x0d ? at - 2 : at - 1;
}

/** Python's str.splitlines() boundaries (\r\n handled by the caller). */
function isLineBoundary(c: number): boolean {
  return c <= 0x1e ? c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x1c || c === 0x1d || c === 0x1e : c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** `check_uses_code_block`: whether a closed fence exists and its normalised type. */
export function checkUsesCodeBlock(response: string, fence = extractOuterFencedBlock(response)): {
  uses: boolean;
  type: '```yaml' | '```yml' | '```json' | '```' | null;
} {
  if (fence.block === null || fence.opening === null) return { uses: false, type: null };
  const lowered = pyStrip(fence.opening).toLowerCase();
  if (lowered.startsWith('```yaml')) return { uses: true, type: '```yaml' };
  if (lowered.startsWith('```yml')) return { uses: true, type: '```yml' };
  if (lowered.startsWith('```json')) return { uses: true, type: '```json' };
  return { uses: true, type: '```' };
}

/** Extraction result: `error` is the validator's message when extraction fails. */
export type Extracted = { ok: true; value: PyValue } | { ok: false; error: string };

function cutPreview(text: string): string {
  // Python slices by code point.
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count++;
    if (count === 100 && i + 1 < text.length) return text.slice(0, i + 1) + '...';
  }
  return text;
}

/** `_load_complete_json`: one complete JSON value and nothing but whitespace after it. */
export function loadCompleteJson(content: string): Extracted {
  content = pyStrip(content);
  if (!content) return { ok: false, error: 'No valid JSON found in response' };
  let r: RawDecodeResult;
  try {
    r = rawDecodeResult(content);
  } catch (e) {
    return { ok: false, error: `JSON parse error: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!r.ok) return { ok: false, error: `JSON parse error: ${r.message}` };
  const { value, end } = r;
  const trailing = end === content.length ? '' : pyStrip(content.slice(end));
  if (trailing) return { ok: false, error: `Trailing content after JSON: ${pyStrRepr(cutPreview(trailing))}` };
  return { ok: true, value };
}

/** `extract_json_from_response`. */
export function extractJson(response: string, fence?: FencedBlock): Extracted {
  response = pyStrip(response);
  const f = fence ?? extractOuterFencedBlock(response);
  if (f.opening !== null && f.block === null) return { ok: false, error: 'Unclosed code block' };
  if (f.block !== null) {
    const lowered = pyStrip(f.opening ?? '').toLowerCase();
    if (lowered.startsWith('```yaml') || lowered.startsWith('```yml')) {
      return { ok: false, error: 'Expected JSON output, got YAML code block' };
    }
    return loadCompleteJson(pyStrip(f.block));
  }
  if (!response || (response[0] !== '[' && response[0] !== '{')) {
    return { ok: false, error: 'No valid JSON found in response' };
  }
  return loadCompleteJson(response);
}

/** The fixed flow-style rejection sentence. */
export const JSON_AS_YAML_ERROR =
  'Response is JSON/flow style, but YAML output was requested. Emit block-style YAML (e.g. `key: value` / `- item`), not JSON wrapped in a ```yaml fence.';

function loadYamlPayload(content: string): Extracted {
  try {
    const { value, flow } = loadBlockYaml(content);
    if (flow) return { ok: false, error: JSON_AS_YAML_ERROR };
    return { ok: true, value };
  } catch (e) {
    if (e instanceof YamlError) return { ok: false, error: `YAML parsing error: ${formatYamlError(e)}` };
    if (e instanceof RangeError) return { ok: false, error: 'YAML parsing error: maximum recursion depth exceeded' };
    throw e;
  }
}

/** `extract_yaml_from_response`: fenced payload unless tagged json; otherwise the whole response. */
export function extractYaml(response: string, fence?: FencedBlock): Extracted {
  response = pyStrip(response);
  const f = fence ?? extractOuterFencedBlock(response);
  if (f.opening !== null && f.block === null) return { ok: false, error: 'Unclosed code block' };
  if (f.block !== null) {
    const lowered = pyStrip(f.opening ?? '').toLowerCase();
    if (lowered.startsWith('```json')) return { ok: false, error: 'Expected YAML output, got JSON code block' };
    return loadYamlPayload(pyStrip(f.block));
  }
  return loadYamlPayload(response);
}

/** `_find_json_boundaries`: a naive bracket matcher (start, end) or null. */
function findJsonBoundaries(response: string): [number, number] | null {
  const firstBrace = response.indexOf('{');
  const firstBracket = response.indexOf('[');
  if (firstBrace === -1 && firstBracket === -1) return null;
  const order: Array<[string, string]> =
    firstBracket === -1 || (firstBrace !== -1 && firstBrace < firstBracket)
      ? [
          ['{', '}'],
          ['[', ']'],
        ]
      : [
          ['[', ']'],
          ['{', '}'],
        ];
  for (const [open, close] of order) {
    const start = response.indexOf(open);
    if (start === -1) continue;
    let depth = 0;
    let inString = false;
    let escapeNext = false;
    const openCode = open.charCodeAt(0);
    const closeCode = close.charCodeAt(0);
    for (let i = start; i < response.length; i++) {
      const c = response.charCodeAt(i);
      if (escapeNext) {
        escapeNext = false;
        continue;
      }
      if (c === 0x5c /* \\ */) {
        escapeNext = true;
        continue;
      }
      if (c === 0x22 /* " */) {
        inString = !inString;
        continue;
      }
      if (inString) continue;
      if (c === openCode) depth++;
      else if (c === closeCode) {
        depth--;
        if (depth === 0) return [start, i];
      }
    }
  }
  return null;
}

function commentaryAround(response: string): string {
  const before = pyStrip(response.slice(0, response.indexOf('```')));
  const endMarker = response.lastIndexOf('```');
  const after = endMarker !== -1 ? pyStrip(response.slice(endMarker + 3)) : '';
  return pyStrip(`${before} ${after}`);
}

/** `check_for_commentary` (JSON): text outside the fence, or outside the bracket-matched value. */
export function checkCommentaryJson(response: string, fence?: FencedBlock): string | null {
  response = pyStrip(response);
  const f = fence ?? extractOuterFencedBlock(response);
  let remaining: string;
  if (f.block !== null) remaining = commentaryAround(response);
  else {
    const b = findJsonBoundaries(response);
    if (!b) return null;
    remaining = pyStrip(`${pyStrip(response.slice(0, b[0]))} ${pyStrip(response.slice(b[1] + 1))}`);
  }
  if (!remaining) return null;
  return `Response contains text outside JSON: "${cutPreview(remaining)}"`;
}

/** `check_for_commentary_yaml`: only fenced responses are checked. */
export function checkCommentaryYaml(response: string, fence?: FencedBlock): string | null {
  response = pyStrip(response);
  const f = fence ?? extractOuterFencedBlock(response);
  if (f.block === null) return null;
  const remaining = commentaryAround(response);
  if (!remaining) return null;
  return `Response contains text outside YAML: "${cutPreview(remaining)}"`;
}

/**
 * Generic helper for other checks: strip thinking markup, take the fenced payload when a closed
 * fence exists (any language), else the whole response. Never throws.
 */
export function responsePayload(response: string): string {
  const text = removeThinkingTags(response);
  const f = extractOuterFencedBlock(text);
  return pyStrip(f.block !== null ? f.block : text);
}
