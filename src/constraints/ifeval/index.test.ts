import { describe, expect, it } from 'vitest';
import { validateParams } from '../params.js';
import type { JsonValue } from '../types.js';
import { ifevalConstraints } from './index.js';

// [id, kwargs, the description Google's build_description renders for them], in registry order.
const REFERENCE: readonly (readonly [string, JsonValue, string])[] = [
  ["keywords:existence", {"keywords": ["zebra", "apple", "Ünder"]}, "Include keywords ['apple', 'zebra', 'Ünder'] in the response."],
  ["keywords:frequency", {"keyword": " moon ", "frequency": 3, "relation": "at least"}, "In your response, the word moon should appear at least 3 times."],
  ["keywords:forbidden_words", {"forbidden_words": ["b", "a", "b", "it's"]}, "Do not include keywords ['a', 'b', \"it's\"] in the response."],
  ["keywords:letter_frequency", {"letter": "Q", "let_frequency": 7, "let_relation": "less than"}, "In your response, the letter q should appear less than 7 times."],
  ["language:response_language", {"language": "pt"}, "Your ENTIRE response should be in Portuguese language, no other language is allowed."],
  ["length_constraints:number_sentences", {"num_sentences": 5, "relation": "less than"}, "Your response should contain less than 5 sentences."],
  ["length_constraints:number_paragraphs", {"num_paragraphs": 4}, "There should be 4 paragraphs. Paragraphs are separated with the markdown divider: ***"],
  ["length_constraints:number_words", {"num_words": 300, "relation": "at least"}, "Answer with at least 300 words."],
  ["length_constraints:nth_paragraph_first_word", {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "Summary"}, "There should be 3 paragraphs. Paragraphs and only paragraphs are separated with each other by two new lines as if it was '\\n\\n' in python. Paragraph 2 must start with word summary."],
  ["detectable_content:number_placeholders", {"num_placeholders": 2}, "The response must contain at least 2 placeholders represented by square brackets, such as [address]."],
  ["detectable_content:postscript", {"postscript_marker": " P.P.S "}, "At the end of your response, please explicitly add a postscript starting with P.P.S"],
  ["detectable_format:number_bullet_lists", {"num_bullets": 3}, "Your answer must contain exactly 3 bullet points. Use the markdown bullet points such as:\n* This is point 1. \n* This is point 2"],
  ["detectable_format:constrained_response", {}, "Answer with one of the following options: ('My answer is yes.', 'My answer is no.', 'My answer is maybe.')"],
  ["detectable_format:number_highlighted_sections", {"num_highlights": 2}, "Highlight at least 2 sections in your answer with markdown, i.e. *highlighted section*."],
  ["detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 4}, "Your response must have 4 sections. Mark the beginning of each section with SECTION X, such as:\nSECTION 1\n[content of section 1]\nSECTION 2\n[content of section 2]"],
  ["detectable_format:json_format", {}, "Entire output should be wrapped in JSON format. You can use markdown ticks such as ```."],
  ["detectable_format:title", {}, "Your answer must contain a title, wrapped in double angular brackets, such as <<poem of joy>>."],
  ["combination:two_responses", {}, "Give two different responses. Responses and only responses should be separated by 6 asterisk symbols: ******."],
  ["combination:repeat_prompt", {"prompt_to_repeat": "Say hi."}, "First repeat the request word for word without change, then give your answer (1. do not say any words or characters before repeating the request; 2. the request you need to repeat does not include this sentence)"],
  ["startend:end_checker", {"end_phrase": " Any other questions? "}, "Finish your response with this exact phrase Any other questions?. No other words should follow this phrase."],
  ["change_case:capital_word_frequency", {"capital_frequency": 12, "capital_relation": "at least"}, "In your response, words with all capital letters should appear at least 12 times."],
  ["change_case:english_capital", {}, "Your entire response should be in English, and in all capital letters."],
  ["change_case:english_lowercase", {}, "Your entire response should be in English, and in all lowercase letters. No capital letters are allowed."],
  ["punctuation:no_comma", {}, "In your entire response, refrain from the use of any commas."],
  ["startend:quotation", {}, "Wrap your entire response with double quotation marks."],
];

describe('ifevalConstraints', () => {
  it('holds the 25 registered types in the reference registry order', () => {
    expect(ifevalConstraints.map((c) => c.id)).toEqual(REFERENCE.map(([id]) => id));
    expect(new Set(ifevalConstraints.map((c) => c.family))).toEqual(new Set(['ifeval']));
  });

  it.each(REFERENCE)('%s renders the reference description', (id, kwargs, text) => {
    const c = ifevalConstraints.find((x) => x.id === id)!;
    const v = validateParams(c, kwargs);
    expect(v.ok).toBe(true);
    if (v.ok) expect(c.describe(v.params)).toBe(text);
  });

  it('requires every parameter the reference would otherwise draw at random', () => {
    for (const c of ifevalConstraints) {
      for (const p of c.params) {
        expect(p.required, `${c.id}.${p.name}`).toBe(true);
        const [, kwargs] = REFERENCE.find(([id]) => id === c.id)!;
        const without = { ...(kwargs as Record<string, JsonValue>) };
        delete without[p.name];
        const v = validateParams(c, without);
        expect(v.ok).toBe(false);
        if (!v.ok) expect(v.error.field).toBe(p.name);
      }
    }
  });

  it('rejects relations other than the two the reference knows', () => {
    const c = ifevalConstraints.find((x) => x.id === 'keywords:frequency')!;
    const v = validateParams(c, { keyword: 'x', frequency: 2, relation: 'at most' });
    expect(v.ok).toBe(false);
  });

  it('never throws on hostile responses and stays fast', () => {
    const hostile = [
      '*'.repeat(200_000),
      '\n'.repeat(100_000),
      ' '.repeat(1_000_000) + '.',
      'x. '.repeat(100_000) + ' '.repeat(100_000),
      '<<'.repeat(100_000) + '>'.repeat(100_000),
      '[\n'.repeat(100_000),
      '{"a":'.repeat(50_000),
      '-\n \n'.repeat(50_000),
      '```json ' + '['.repeat(100_000),
    ];
    for (const c of ifevalConstraints) {
      if (c.id.startsWith('language:') || c.id.startsWith('change_case:english') || c.id === 'length_constraints:number_sentences') continue;
      const [, kwargs] = REFERENCE.find(([id]) => id === c.id)!;
      const v = validateParams(c, kwargs);
      if (!v.ok) throw new Error(v.error.message);
      for (const text of hostile) {
        const t0 = performance.now();
        const r = c.check(text, v.params, { prompt: '' });
        const ms = performance.now() - t0;
        expect(typeof r.reason).toBe('string');
        expect(ms, `${c.id} on a ${text.length}-char input`).toBeLessThan(3000);
      }
    }
  });
});
