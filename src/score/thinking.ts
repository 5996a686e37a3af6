/**
 * Opt-in removal of reasoning sections (`heed score --strip-thinking`) for the ifeval and ifbench
 * families, whose references score the response as given.
 *
 * Removes every `<think>…</think>` block; an opening `<think>` that is never closed removes the rest
 * of the text (the answer never came); a closing `</think>` with no opening (chat templates that open
 * the block in the prompt) removes everything before it. The result is stripped of outer whitespace.
 * Linear time: a single left-to-right scan with indexOf.
 */
import { pyStrip } from '../text/python.js';

const OPEN = '<think>';
const CLOSE = '</think>';

export function stripThinking(response: string): string {
  let kept = '';
  let pos = 0;
  const firstOpen = response.indexOf(OPEN);
  const firstClose = response.indexOf(CLOSE);
  if (firstClose !== -1 && (firstOpen === -1 || firstClose < firstOpen)) {
    pos = firstClose + CLOSE.length; // a block opened by the chat template
  }
  while (pos < response.length) {
    const open = response.indexOf(OPEN, pos);
    if (open === -1) {
      kept += response.slice(pos);
      break;
    }
    kept += response.slice(pos, open);
    const close = response.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) break; // unterminated: the rest is reasoning
    pos = close + CLOSE.length;
  }
  return pyStrip(kept);
}
