/**
 * Loose-mode response variants, in the order Google's IFEval evaluation builds them.
 *
 * An instruction is followed loosely when any non-blank variant follows it: the response; the
 * response with every `*` removed; without its first line; without its last line; without both;
 * and the `*`-free forms of the three line-dropped variants. Lines are split on '\n' only, and the
 * line-dropped variants are stripped with Python's `str.strip()`.
 */
import { pyStrip } from '../text/python.js';

export function looseVariants(response: string): string[] {
  const lines = response.split('\n');
  const removeFirst = pyStrip(lines.slice(1).join('\n'));
  const removeLast = pyStrip(lines.slice(0, -1).join('\n'));
  const removeBoth = pyStrip(lines.slice(1, -1).join('\n'));
  return [
    response,
    response.replaceAll('*', ''),
    removeFirst,
    removeLast,
    removeBoth,
    removeFirst.replaceAll('*', ''),
    removeLast.replaceAll('*', ''),
    removeBoth.replaceAll('*', ''),
  ];
}

/** Python's `bool(s.strip())`: the reference skips (fails) blank responses and variants. */
export function isBlank(text: string): boolean {
  return pyStrip(text).length === 0;
}
