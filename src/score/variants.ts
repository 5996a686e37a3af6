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
  // "\n".join(lines[1:]), lines[:-1] and lines[1:-1] are slices between the first and last '\n'
  // (empty when there is no such line), taken without splitting the text into lines.
  const first = response.indexOf('\n');
  const last = response.lastIndexOf('\n');
  const removeFirst = first === -1 ? '' : pyStrip(response.slice(first + 1));
  const removeLast = last === -1 ? '' : pyStrip(response.slice(0, last));
  const removeBoth = first === last ? '' : pyStrip(response.slice(first + 1, last));
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
