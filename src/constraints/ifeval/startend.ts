/**
 * IFEval `startend:*` — a closing phrase, and quotation marks around the whole response.
 *
 * Reference quirks kept: `end_checker` strips whitespace, then any double quotes at either end,
 * lower-cases, and tests the suffix (so a quoted response passes, and trailing whitespace inside
 * the quotes does not); `quotation` needs at least two characters after stripping, the first and
 * last being '"'.
 */
import { defineConstraint } from '../types.js';
import type { Params } from '../types.js';
import { pyLen, pyStrip } from '../../text/python.js';
import { pyRepr, quote, verdict } from './shared.js';

interface EndParams extends Params {
  readonly end_phrase: string;
}

export const startendEndChecker = defineConstraint<EndParams>({
  id: 'startend:end_checker',
  family: 'ifeval',
  params: [
    { name: 'end_phrase', kind: 'string', required: true, doc: 'The exact phrase the response must end with (case-insensitive).' },
  ],
  describe: (p) =>
    `Finish your response with this exact phrase ${pyStrip(p.end_phrase)}. No other words should follow this phrase.`,
  check(response, p) {
    const value = stripQuotes(pyStrip(response)).toLowerCase();
    const phrase = pyStrip(pyStrip(p.end_phrase)).toLowerCase();
    if (value.endsWith(phrase)) return verdict(true, `the response ends with ${pyRepr(pyStrip(p.end_phrase))}`);
    const keep = Math.max(pyLen(phrase), 10);
    // The last `keep` code points, without splitting the whole (possibly huge) response.
    const tail = Array.from(value.slice(-2 * keep)).slice(-keep).join('');
    return verdict(false, `the response ends with ${quote(tail)}, expected it to end with ${pyRepr(pyStrip(p.end_phrase))}`);
  },
});

/** Python `s.strip('"')`. */
function stripQuotes(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 0x22) a++;
  while (b > a && s.charCodeAt(b - 1) === 0x22) b--;
  return s.slice(a, b);
}

export const startendQuotation = defineConstraint<Params>({
  id: 'startend:quotation',
  family: 'ifeval',
  params: [],
  describe: () => 'Wrap your entire response with double quotation marks.',
  check(response) {
    const value = pyStrip(response);
    // len(value) > 1 in code points; more than two UTF-16 units always means at least two.
    const long = value.length > 2 || pyLen(value) > 1;
    const ok = long && value.startsWith('"') && value.endsWith('"');
    if (ok) return verdict(true, 'the response is wrapped in double quotation marks');
    if (!long) return verdict(false, `the stripped response has ${pyLen(value)} character(s), too short to be wrapped in double quotation marks`);
    const first = String.fromCodePoint(value.codePointAt(0)!);
    const last = Array.from(value.slice(-2)).pop()!;
    return verdict(false, `the response starts with ${pyRepr(first)} and ends with ${pyRepr(last)}, expected '"' at both ends`);
  },
});
