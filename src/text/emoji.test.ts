import { describe, expect, it } from 'vitest';
import { emojiTableSize, isEmoji, isEmojiCodePoint, parseEmojiTable } from './emoji.js';

describe('isEmoji (emoji 2.15.0 is_emoji)', () => {
  it('loads the whole 2.15.0 table', () => {
    expect(emojiTableSize()).toBe(5225);
  });

  it('accepts single-code-point emoji, with or without VS16', () => {
    expect(isEmoji('😀')).toBe(true);
    expect(isEmoji('❤')).toBe(true);
    expect(isEmoji('❤️')).toBe(true);
    expect(isEmoji('©')).toBe(true);
    expect(isEmoji('🏻')).toBe(true); // skin-tone modifiers count on their own
  });

  it('accepts whole sequences only', () => {
    expect(isEmoji('🧑\u200d💻')).toBe(true);
    expect(isEmoji('🇺🇸')).toBe(true);
    expect(isEmoji('🇺')).toBe(false);
    expect(isEmoji('😀 ')).toBe(false);
    expect(isEmoji('😀😀')).toBe(false);
  });

  it('rejects joiners, selectors, plain symbols and text', () => {
    expect(isEmoji('\ufe0f')).toBe(false);
    expect(isEmoji('\u200d')).toBe(false);
    expect(isEmoji('#')).toBe(false);
    expect(isEmoji('\u20e3')).toBe(false);
    expect(isEmoji('a')).toBe(false);
    expect(isEmoji('')).toBe(false);
    expect(isEmoji('\ud83d')).toBe(false); // a lone surrogate (half of an emoji)
  });

  it('knows Emoji 16.0 characters (new in the 2.15 series)', () => {
    expect(isEmoji('\u{1FAE9}')).toBe(true); // face with bags under eyes
  });
});

describe('isEmojiCodePoint', () => {
  it('tests one code point', () => {
    expect(isEmojiCodePoint(0x1f600)).toBe(true);
    expect(isEmojiCodePoint(0x2764)).toBe(true);
    expect(isEmojiCodePoint(0xfe0f)).toBe(false);
    expect(isEmojiCodePoint(0x41)).toBe(false);
  });

  it('is total on invalid input', () => {
    expect(isEmojiCodePoint(-1)).toBe(false);
    expect(isEmojiCodePoint(0x110000)).toBe(false);
    expect(isEmojiCodePoint(1.5)).toBe(false);
  });

  it('iterates a string by code point the way Python does', () => {
    const found = Array.from('ok 👍 done 🎉', (ch) => ch.codePointAt(0)!).filter(isEmojiCodePoint);
    expect(found).toEqual([0x1f44d, 0x1f389]);
  });
});

describe('parseEmojiTable', () => {
  it('rejects a file without an emoji list', () => {
    expect(() => parseEmojiTable({})).toThrow();
    expect(() => parseEmojiTable({ emoji: [1] })).toThrow();
    expect(parseEmojiTable({ emoji: ['x'] }).has('x')).toBe(true);
  });
});
