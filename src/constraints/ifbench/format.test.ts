import { describe, expect, it } from 'vitest';
import type { Constraint, JsonValue } from '../types.js';
import { formatConstraints, linesAfterBlankRemoval } from './format.js';
import { harness } from './test-helpers.js';

const { get, run, table } = harness(formatConstraints);

describe('format:* verdicts (checked against the Python reference)', () => {
  table([
  ["format:parentheses", "((((( x )))))", {}, true],
  ["format:parentheses", "([{([ x ])}])", {}, true],
  ["format:parentheses", "(((( x ))))", {}, false],
  ["format:parentheses", "((((( x ]", {}, false],
  ["format:quotes", "\"a 'b \"c\" b' a\"", {}, true],
  ["format:quotes", "\"a 'b' a\"", {}, false],
  ["format:options", "Yes.", {"options": "yes/no/maybe"}, true],
  ["format:options", "Yes\n", {"options": "yes/no/maybe"}, false],
  ["format:options", "a)", {"options": "a), b), c), d)"}, true],
  ["format:options", "a", {"options": "a), b), c), d)"}, false],
  ["format:options", "I don't know", {"options": "I know or I don't know"}, true],
  ["format:options", "Correct", {"options": "Correct, Incorrect"}, false],
  ["format:options", "C", {"options": "Correct, Incorrect"}, true],
  ["format:newline", "one\ntwo\nthree", {}, true],
  ["format:newline", "one two\nthree", {}, false],
  ["format:newline", "one\n\n- two\n", {}, true],
  ["format:newline", "one\n \ntwo", {}, false],
  ["format:emoji", "Hello 😀. Bye 👋", {}, true],
  ["format:emoji", "Hello. 😀 Bye 👋", {}, true],
  ["format:emoji", "Hello. Bye 👋", {}, false],
  ["format:line_indent", "a\n b\n  c", {}, true],
  ["format:line_indent", "a\n\n b\n  c", {}, true],
  ["format:line_indent", "a\n b\n b", {}, false],
  ["format:line_indent", "a\n\n\n b", {}, false],
  ["format:line_indent", "a\n\n b", {}, true],
  ["format:line_indent", "x\n \n \n  \n y\n y", {}, false],
  ["format:quote_unquote", "\"Hi\" means hello.", {}, true],
  ["format:quote_unquote", "He said \"Hi\".", {}, false],
  ["format:quote_unquote", "He said \"Hi\" \"there\" ok", {}, false],
  ["format:quote_unquote", "The char '\"' is a quote", {}, true],
  ["format:list", "x ... y ... z", {"sep": "..."}, true],
  ["format:list", "x ... y", {"sep": "..."}, false],
  ["format:list", "x", {"sep": ""}, true],
  ["format:thesis", "<i>Thesis</i> body", {}, true],
  ["format:thesis", "<i>Thesis</i>", {}, false],
  ["format:thesis", "<em>Thesis</em> body", {}, true],
  ["format:thesis", "<em></em> body", {}, true],
  ["format:thesis", "<i> </i> body", {}, false],
  ["format:sub-bullets", "* a\n - b\n* c\n - d", {}, true],
  ["format:sub-bullets", "* a\n* c\n - d", {}, false],
  ["format:sub-bullets", "no bullets", {}, true],
  ["format:no_bullets_bullets", "One. Two.\n* a\n* b", {}, true],
  ["format:no_bullets_bullets", "One.\n* a\n* b", {}, false],
  ["format:no_bullets_bullets", "One. Two.\n\nThree.\n* a\n* b", {}, false],
  ["format:no_bullets_bullets", "One. Two.\n\n* a\n* b", {}, true],
  ["format:no_bullets_bullets", "One. Two.\n* a\ntext\n* b", {}, false],
  ["format:title_case", "The Quick Brown Fox", {}, true],
  ["format:title_case", "The quick Brown Fox", {}, false],
  ["format:title_case", "The QUICK Brown a Fox", {}, false],
  ["format:title_case", "The QUICK Brown Fox", {}, true],
  ["format:title_case", "THE iPHONE", {}, false],
  ["format:title_case", "The x2 Fox", {}, true],
  ["format:output_template", "My Answer: a My Conclusion: b Future Outlook: c", {}, true],
  ["format:output_template", "My answer: a My Conclusion: b Future Outlook: c", {}, false],
  ["format:no_whitespace", "abc", {}, true],
  ["format:no_whitespace", "a b", {}, false],
  ["format:no_whitespace", "a﻿b​c", {}, true],
  ]);
});

/** Python's `for x in list: if blank(x): list.remove(x)`, step by step (quadratic; for tests only). */
function naiveRemoval(input: readonly string[]): string[] {
  const list = [...input];
  let it = 0;
  while (it < list.length) {
    const line = list[it++]!;
    if (line.trim() === '') list.splice(list.indexOf(line), 1);
  }
  return list;
}

describe('format:* details', () => {
  it('simulates removal-while-iterating exactly', () => {
    const pool = ['a', 'b', '', ' ', '  ', 'c'];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 2000; k++) {
      const lines = Array.from({ length: rand(10) }, () => pool[rand(pool.length)]!);
      expect(linesAfterBlankRemoval(lines)).toEqual(naiveRemoval(lines));
    }
    expect(linesAfterBlankRemoval(['x', '', '', 'y'])).toEqual(['x', '', 'y']);
  });

  it('keeps blank lines that removal skipped, which breaks the stairs', () => {
    expect(run('format:line_indent', 'a\n\n b', {}).ok).toBe(true);
    expect(run('format:line_indent', 'a\n\n\n b', {}).ok).toBe(false);
    // only plain spaces count as indentation
    expect(run('format:line_indent', 'a\n\tb', {}).ok).toBe(false);
  });

  it('resets on a mismatched bracket', () => {
    expect(run('format:parentheses', '((((( ] )))))', {}).ok).toBe(false);
    expect(run('format:parentheses', '{[(<[( )]>)]}', {}).ok).toBe(true);
    expect(run('format:parentheses', '(((((', {}).ok).toBe(false);
  });

  it('pairs each quote with the nearest open one of the same kind', () => {
    expect(run('format:quotes', `"one 'two "three" two' one"`, {}).ok).toBe(true);
    expect(run('format:quotes', `"one "two" one"`, {}).ok).toBe(false);
    expect(run('format:quotes', `'a "b 'c' b" a'`, {}).ok).toBe(true);
  });

  it('chooses the options separator by substring tests', () => {
    // "or" inside "Correct" makes "or" the separator: options "C", "rect, Inc", "rect".
    expect(run('format:options', 'rect', { options: 'Correct, Incorrect' }).ok).toBe(true);
    expect(run('format:options', 'Correct', { options: 'Correct, Incorrect' }).ok).toBe(false);
    expect(run('format:options', '"Maybe!"', { options: 'yes/no/maybe' }).ok).toBe(true);
    // letter options are compared exactly
    expect(run('format:options', 'b)', { options: 'a), b), c), d)' }).ok).toBe(true);
    expect(run('format:options', 'b) ', { options: 'a), b), c), d)' }).ok).toBe(false);
    expect(run('format:options', 'B)', { options: 'a), b), c), d)' }).ok).toBe(false);
    expect(get('format:options').describe({ options: 'yes/no/maybe' })).toBe(
      'Answer with one of the following options: yes/no/maybe. Do not give any explanation.',
    );
  });

  it('compares the line count with the word count', () => {
    expect(run('format:newline', 'one\ntwo\n\nthree', {}).ok).toBe(true);
    expect(run('format:newline', 'one\n...\ntwo', {}).ok).toBe(true);
    expect(run('format:newline', 'one\n?? x\ntwo', {}).ok).toBe(true);
    expect(run('format:newline', 'one\n?? x y\ntwo', {}).ok).toBe(false);
  });

  it('accepts an emoji at the end, before the last character, or opening the next sentence', () => {
    expect(run('format:emoji', 'Great 🎉!', {}).ok).toBe(true);
    expect(run('format:emoji', 'Great 🎉x', {}).ok).toBe(true);
    expect(run('format:emoji', 'Great 🎉xy', {}).ok).toBe(false);
    expect(run('format:emoji', 'Great. 🎉 Next one 🚀', {}).ok).toBe(true);
    // an Emoji 16.0 character (face with bags under eyes), known to emoji 2.15.0
    expect(run('format:emoji', 'Tired \u{1FAE9}', {}).ok).toBe(true);
  });

  it('flags adjacent quotes and a closing quote at the end', () => {
    expect(run('format:quote_unquote', 'Say "hi" "bye" now', {}).ok).toBe(false);
    expect(run('format:quote_unquote', 'Say "hi" to "bye" 2.', {}).ok).toBe(false);
    expect(run('format:quote_unquote', 'Say "hi" to "bye" 2x.', {}).ok).toBe(true);
    expect(run('format:quote_unquote', 'No quotes.', {}).ok).toBe(true);
  });

  it('counts separator occurrences anywhere', () => {
    expect(run('format:list', 'a SEP b SEP', { sep: 'SEP' }).ok).toBe(true);
    expect(run('format:list', 'a sep b SEP', { sep: 'SEP' }).ok).toBe(false);
    expect(run('format:list', '-- a', { sep: '-' }).ok).toBe(true);
    expect(run('format:list', '--- a', { sep: '--' }).ok).toBe(false);
  });

  it('reads the thesis between the first opening and the first closing tag', () => {
    expect(run('format:thesis', 'Intro <i>Claim.</i>\nMore.', {}).ok).toBe(true);
    expect(run('format:thesis', '</i> <i>Claim.</i> more', {}).ok).toBe(true);
    expect(run('format:thesis', '<em>Claim</i> rest', {}).ok).toBe(true);
    expect(run('format:thesis', '<i>Claim', {}).ok).toBe(false);
  });

  it('requires a dash after every star', () => {
    expect(run('format:sub-bullets', '**bold** - x', {}).ok).toBe(false);
    expect(run('format:sub-bullets', '* a - b * c - d', {}).ok).toBe(true);
  });

  it('needs two sentences, then only bullets', () => {
    expect(run('format:no_bullets_bullets', 'First. Second.\n* one\n  * two', {}).ok).toBe(true);
    expect(run('format:no_bullets_bullets', 'First. Second.\n* one', {}).ok).toBe(false);
    expect(run('format:no_bullets_bullets', '\nFirst. Second.\n* one\n* two', {}).ok).toBe(false);
  });

  it('checks title case on NLTK tokens', () => {
    expect(run('format:title_case', 'A Tale Of Two Cities', {}).ok).toBe(true);
    expect(run('format:title_case', 'A Tale of Two Cities', {}).ok).toBe(false);
    expect(run('format:title_case', 'NASA And The Moon', {}).ok).toBe(true);
    expect(run('format:title_case', 'The eBay Store', {}).ok).toBe(true);
    expect(run('format:title_case', "It's Fine", {}).ok).toBe(true);
    expect(run('format:title_case', 'Ünter Über', {}).ok).toBe(true);
    expect(run('format:title_case', 'x', {}).ok).toBe(false);
  });

  it("uses Python's whitespace definition", () => {
    expect(run('format:no_whitespace', 'a\u0085b', {}).ok).toBe(false);
    expect(run('format:no_whitespace', 'a\u001fb', {}).ok).toBe(false);
    expect(run('format:no_whitespace', 'a\u180eb', {}).ok).toBe(true);
  });
});
