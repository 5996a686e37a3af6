/**
 * IFEval `detectable_content:*` — square-bracket placeholders and a postscript.
 *
 * Reference quirks kept: a placeholder is the shortest `[…]` on one line (`[]` counts, and so
 * does `[ [x]`, which is one placeholder); the postscript check lower-cases the response and looks
 * anywhere (not only at the end, not only at a line start) for `p.s.` or `p.p.s` with optional
 * single whitespace after each dot; any other marker is lower-cased and used as a regular
 * expression.
 */
import { defineConstraint } from '../types.js';
import type { Params } from '../types.js';
import { pyStrip } from '../../text/python.js';
import { compilePyRegex, pySearch } from './py-regex.js';
import { countSpec, plural, pyRepr, rejectNegative, verdict } from './shared.js';

interface PlaceholderParams extends Params {
  readonly num_placeholders: number;
}

/** `len(re.findall(r"\[.*?\]", text))`, in one linear pass. */
export function countPlaceholders(text: string): number {
  let n = 0;
  let i = 0;
  const len = text.length;
  while (i < len) {
    const open = text.indexOf('[', i);
    if (open < 0) break;
    let j = open + 1;
    while (j < len && text[j] !== ']' && text[j] !== '\n') j++;
    if (j < len && text[j] === ']') {
      n++;
      i = j + 1;
    } else {
      // No closing bracket on this line: no later '[' on the line can close either.
      i = j;
    }
  }
  return n;
}

export const contentNumberPlaceholders = defineConstraint<PlaceholderParams>({
  id: 'detectable_content:number_placeholders',
  family: 'ifeval',
  params: [countSpec('num_placeholders', [1, 4], 'Minimum number of [placeholder] spans.')],
  describe: (p) =>
    `The response must contain at least ${p.num_placeholders} placeholders represented by square brackets, such as [address].`,
  validate: (p) => rejectNegative(p, ['num_placeholders']),
  check(response, p) {
    const n = countPlaceholders(response);
    return verdict(n >= p.num_placeholders, `found ${plural(n, 'placeholder')} in square brackets, expected at least ${p.num_placeholders}`);
  },
});

// ---------------------------------------------------------------------------------------------

interface PostscriptParams extends Params {
  readonly postscript_marker: string;
}

// The reference's patterns are `\s*<marker>.*$` (MULTILINE) searched anywhere: the leading `\s*`
// and trailing `.*$` can always match empty/rest-of-line, so only the marker part decides.
const PPS = new RegExp(`p\\.[\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]?p\\.[\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]?s`, 'u');
const PS = new RegExp(`p\\.[\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]?s\\.`, 'u');

function markerRegex(marker: string): RegExp | string {
  if (marker === 'P.P.S') return PPS;
  if (marker === 'P.S.') return PS;
  const lowered = marker.toLowerCase();
  // A marker that starts with a quantifier or ends with a backslash interacts with the spliced
  // `\s*` / `.*$`; translate the whole pattern then (rare, and may be slower).
  const spliced = /^[*+?{]/.test(lowered) || /\\$/.test(lowered);
  const compiled = compilePyRegex(spliced ? `\\s*${lowered}.*$` : lowered, { multiline: true });
  return compiled.ok ? compiled.regex : compiled.error;
}

export const contentPostscript = defineConstraint<PostscriptParams>({
  id: 'detectable_content:postscript',
  family: 'ifeval',
  params: [
    {
      name: 'postscript_marker',
      kind: 'string',
      required: true,
      doc: 'The postscript marker, e.g. "P.S." or "P.P.S" (other markers are used lower-cased as regular expressions).',
    },
  ],
  describe: (p) =>
    `At the end of your response, please explicitly add a postscript starting with ${pyStrip(p.postscript_marker)}`,
  validate(p) {
    const r = markerRegex(pyStrip(p.postscript_marker));
    return typeof r === 'string'
      ? { field: 'postscript_marker', message: `marker ${pyRepr(p.postscript_marker)} is not a usable regular expression: ${r}` }
      : null;
  },
  check(response, p) {
    const marker = pyStrip(p.postscript_marker);
    const r = markerRegex(marker);
    if (typeof r === 'string') return verdict(false, `the marker ${pyRepr(marker)} is not a usable regular expression`);
    const found = r.global ? pySearch(r, response.toLowerCase()) : r.test(response.toLowerCase());
    return verdict(
      found,
      found ? `found a postscript starting with ${pyRepr(marker)}` : `found no postscript starting with ${pyRepr(marker)}`,
    );
  },
});
