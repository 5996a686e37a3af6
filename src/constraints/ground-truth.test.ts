import { describe, expect, it } from 'vitest';
import { parseGroundTruth, parsePythonLiteral } from './ground-truth.js';

describe('parseGroundTruth', () => {
  it('reads the IF-RLVR Python literal and maps instruction_id', () => {
    const text =
      "[{'instruction_id': ['length_constraints:number_paragraphs', 'letters:letter_counting2', 'keywords:word_once'], 'kwargs': [{'num_paragraphs': 4}, {'letter': 's', 'let_frequency': 20, 'let_relation': 'at least'}, {'keyword': 'flight'}]}]";
    const r = parseGroundTruth(text);
    expect(r).toEqual({
      ok: true,
      tasks: [
        {
          instruction_id_list: ['length_constraints:number_paragraphs', 'letters:letter_counting2', 'keywords:word_once'],
          kwargs: [{ num_paragraphs: 4 }, { letter: 's', let_frequency: 20, let_relation: 'at least' }, { keyword: 'flight' }],
        },
      ],
    });
  });

  it('None kwargs, None values, True/False, tuples, negatives and floats', () => {
    const r = parseGroundTruth(
      "[{'instruction_id': ('a:b', 'c:d'), 'kwargs': [None, {'x': None, 'y': True, 'z': False, 'n': -3, 'f': -2.5e1, 'g': .5, 'h': 1_000}]}]",
    );
    expect(r).toEqual({
      ok: true,
      tasks: [{ instruction_id_list: ['a:b', 'c:d'], kwargs: [null, { x: null, y: true, z: false, n: -3, f: -25, g: 0.5, h: 1000 }] }],
    });
  });

  it('string escapes, nested quotes, unicode, raw and adjacent strings', () => {
    const r = parsePythonLiteral(
      String.raw`['it\'s', "say \"hi\"", 'tab\there', '\x41\u00e9\U0001F600', '\101', r'a\nb', 'con' "cat", 'caf\u00e9 ☕', '\q', "'single' inside"]`,
    );
    expect(r).toEqual({
      ok: true,
      value: ["it's", 'say "hi"', 'tab\there', 'A\u00e9\u{1F600}', 'A', 'a\\nb', 'concat', 'caf\u00e9 \u2615', '\\q', "'single' inside"],
    });
  });

  it('triple-quoted strings, comments, trailing commas and line breaks', () => {
    const r = parsePythonLiteral("[\n  '''multi\nline''',  # a comment\n  {'k': (1,),},\n]");
    expect(r).toEqual({ ok: true, value: ['multi\nline', { k: [1] }] });
  });

  it('accepts plain JSON, a JSON string element, and a bare task object', () => {
    const json = '[{"instruction_id": ["punctuation:no_comma"], "kwargs": [null]}]';
    expect(parseGroundTruth(json)).toEqual({ ok: true, tasks: [{ instruction_id_list: ['punctuation:no_comma'], kwargs: [null] }] });
    const nested = `['{"instruction_id": ["punctuation:no_comma"], "kwargs": [{}]}']`;
    expect(parseGroundTruth(nested)).toEqual({ ok: true, tasks: [{ instruction_id_list: ['punctuation:no_comma'], kwargs: [{}] }] });
    const bare = '{"instruction_id_list": ["a:b"], "kwargs": [{"n": 1}]}';
    expect(parseGroundTruth(bare)).toEqual({ ok: true, tasks: [{ instruction_id_list: ['a:b'], kwargs: [{ n: 1 }] }] });
  });

  it('malformed input gives clear messages', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /empty/],
      ["[{'instruction_id': ['a:b'], 'kwargs': [{}]", /expected ',' or '\}', found end of input/],
      ["[{'instruction_id': ['a:b'], 'kwargs': ['x]}]", /unterminated string/],
      ["[{'instruction_id': ['a:b'], 'kwargs': [{'n': foo}]}]", /unexpected name 'foo'/],
      ["[{'instruction_id': ['a:b'], 'kwargs': [{1: 2}]}]", /keys must be strings/],
      ["[{'instruction_id': ['a:b'], 'kwargs': [{'a', 'b'}]}]", /sets are not supported/],
      ["[{'instruction_id': ['a:b', 'c:d'], 'kwargs': [{}]}]", /2 instruction ids but 1 kwargs/],
      ["[{'kwargs': [{}]}]", /no 'instruction_id'/],
      ["[{'instruction_id': 'a:b', 'kwargs': [{}]}]", /must be a list of strings/],
      ["[{'instruction_id': ['a:b'], 'kwargs': [3]}]", /kwargs\[0\] must be an object or None/],
      ['[]', /empty list/],
      ["['not json']", /not valid JSON/],
      ["[1] [2]", /after the value/],
      ["[b'x']", /not supported/],
      ["['\\x4']", /truncated \\x escape/],
      ['[1j]', /complex/],
      ['[__import__("os")]', /unexpected name/],
    ];
    for (const [text, re] of cases) {
      const r = parseGroundTruth(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.message, text).toMatch(re);
    }
  });

  it('reports line and column for literal errors', () => {
    const r = parseGroundTruth("[\n  {'a': }\n]");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/line 2, column \d+/);
  });

  it('is bounded on deep nesting', () => {
    const r = parsePythonLiteral('['.repeat(100000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/nesting too deep/);
  });
});
