/**
 * `emoji.is_emoji(s)` of the Python `emoji` package 2.15.0 (the version IFBench pins): true when
 * the exact string is one of the emoji sequences the package knows (a key of its `EMOJI_DATA`).
 *
 * The table ships as `data/emoji_2.15.0.json` (`{"emoji": [...]}`, 5,225 strings, 1,400 of them a
 * single code point; see data/README.md). It is read on first use.
 *
 * Semantics worth knowing:
 * - Membership is exact: "❤" (U+2764) and "❤️" (U+2764 U+FE0F) are both in the table, but the
 *   variation selector U+FE0F alone, ZWJ U+200D, a lone regional-indicator letter, "#" and the
 *   keycap mark U+20E3 are not, nor is an emoji followed by a space. The five skin-tone modifiers
 *   U+1F3FB–U+1F3FF *are* emoji on their own. Multi-code-point sequences (flags, ZWJ sequences,
 *   keycaps) match only as whole strings.
 * - IFBench calls it on single *characters* taken by Python indexing, i.e. code points. A
 *   JavaScript port must index by code point (an astral emoji is two UTF-16 units); use
 *   `isEmojiCodePoint` or `isEmoji` on a whole code point, never on a lone surrogate.
 * - Version matters: Emoji 16.0 characters (e.g. U+1FAE9 "face with bags under eyes") are in the
 *   2.15.0 table and absent from older ones.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../core/data-path.js';

let table: ReadonlySet<string> | undefined;

/** Reads the emoji list from a parsed `emoji_*.json` file. */
export function parseEmojiTable(raw: unknown): Set<string> {
  if (typeof raw !== 'object' || raw === null || !('emoji' in raw)) {
    throw new Error('emoji table: missing "emoji" list');
  }
  const list: unknown = raw.emoji;
  if (!Array.isArray(list) || !list.every((e): e is string => typeof e === 'string')) {
    throw new Error('emoji table: "emoji" is not a list of strings');
  }
  return new Set(list);
}

function emojiTable(): ReadonlySet<string> {
  if (table === undefined) {
    table = parseEmojiTable(JSON.parse(readFileSync(dataPath('emoji_2.15.0.json'), 'utf8')) as unknown);
  }
  return table;
}

/** Python `emoji.is_emoji(s)` (emoji 2.15.0): the exact string is a known emoji or sequence. */
export function isEmoji(s: string): boolean {
  return emojiTable().has(s);
}

/** `emoji.is_emoji(chr(cp))`: the single code point is a known emoji on its own. */
export function isEmojiCodePoint(cp: number): boolean {
  if (!Number.isInteger(cp) || cp < 0 || cp > 0x10ffff) return false;
  return emojiTable().has(String.fromCodePoint(cp));
}

/** Number of strings in the table (5,225 for emoji 2.15.0). */
export function emojiTableSize(): number {
  return emojiTable().size;
}
