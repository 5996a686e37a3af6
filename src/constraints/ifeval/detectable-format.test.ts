import { describe, expect, it } from 'vitest';
import {
  countBullets,
  countHighlights,
  findTitle,
  formatConstrainedResponse,
  formatJsonFormat,
  formatMultipleSections,
  formatNumberBulletLists,
  formatNumberHighlightedSections,
  formatTitle,
  jsonCandidate,
  pyJsonError,
} from './detectable-format.js';
import { runCheck, timed } from './test-helpers.js';

describe('detectable_format:number_bullet_lists', () => {
  it.each([
    ['* a\n* b\n- c', 3],
    ['**bold**\n* x', 1], // a **bold** line is not a bullet
    ['*\nfoo', 1], // [^*] may be the newline itself
    ['---\n- a', 2], // every line starting with '-' counts, rules included
    ['\n\n   * a', 1],
    ['*a', 1],
    ['* a\n\n*\n\n*', 2],
    ['-\n-\n-', 3],
    ['1. a\n2. b', 0],
  ])('%j has %i bullets', (text, n) => {
    expect(countBullets(text)).toBe(n);
  });
  it('needs exactly the requested number', () => {
    expect(runCheck(formatNumberBulletLists, { num_bullets: 2 }, '* a\n* b').ok).toBe(true);
    const r = runCheck(formatNumberBulletLists, { num_bullets: 3 }, '* a\n* b');
    expect(r).toEqual({ ok: false, reason: 'found 2 bullet points, expected exactly 3' });
  });
  it('is linear on 100,000 blank lines and 200,000 stars', () => {
    expect(timed(() => countBullets('\n'.repeat(100_000) + '*'))).toBeLessThan(1000);
    expect(timed(() => countBullets(' \n'.repeat(100_000)))).toBeLessThan(1000);
    expect(timed(() => countBullets('*'.repeat(200_000)))).toBeLessThan(1000);
  });
});

describe('detectable_format:number_highlighted_sections', () => {
  it.each([
    ['*a* **b**', 2],
    ['***x***', 2],
    ['**bold**', 1],
    ['* *', 0], // blank highlight
    ['*a\nb*', 0], // highlights stay on one line
    ['****', 0],
    ['*a**b*', 2],
    ['** a ** and *b*', 2],
  ])('%j has %i highlights', (text, n) => {
    expect(countHighlights(text)).toBe(n);
  });
  it('compares with at least', () => {
    expect(runCheck(formatNumberHighlightedSections, { num_highlights: 2 }, '*a* and *b*').ok).toBe(true);
    expect(runCheck(formatNumberHighlightedSections, { num_highlights: 3 }, '*a* and *b*').ok).toBe(false);
  });
  it('is linear on 200,000 stars', () => {
    expect(timed(() => countHighlights('*'.repeat(200_000)))).toBeLessThan(1000);
    expect(timed(() => countHighlights('**' + 'a'.repeat(200_000) + '*'))).toBeLessThan(1000);
  });
});

describe('detectable_format:multiple_sections', () => {
  const k = (num_sections: number, section_spliter = 'Section') => ({ section_spliter, num_sections });
  it('counts splitter + number markers, case-sensitively, with Unicode digits', () => {
    expect(runCheck(formatMultipleSections, k(2), 'Section 1\nintro\nSection 2\nend').ok).toBe(true);
    expect(runCheck(formatMultipleSections, k(1), 'SECTION 1\nintro').ok).toBe(false);
    expect(runCheck(formatMultipleSections, k(1), 'Section ٣ text').ok).toBe(true);
    expect(runCheck(formatMultipleSections, k(1, ' SECTION '), 'SECTION 7').ok).toBe(true);
    expect(runCheck(formatMultipleSections, k(1), 'Section one').ok).toBe(false);
  });
});

describe('detectable_format:json_format', () => {
  it.each([
    ['{"a": 1}', true],
    ['```json\n{"a": [1, 2.5e3, null]}\n```', true],
    ['```JSON\n[1]\n```', true],
    ['```\n"text"\n```', true],
    ['[NaN, Infinity, -Infinity]', true],
    ['{"a": 1,}', false],
    ["{'a': 1}", false],
    ['{"a": 01}', false],
    ['```python\n{}\n```', false],
    ['Here is JSON: {}', false],
    ['', false],
    ['{"a": "tab\there"}', false],
  ])('%j → %s', (text, ok) => {
    expect(runCheck(formatJsonFormat, {}, text).ok).toBe(ok);
  });
  it('strips fences in the reference order', () => {
    expect(jsonCandidate('  ```json\n{}\n```  ')).toBe('{}');
    expect(pyJsonError(jsonCandidate('```Json ```json {} ```'))).not.toBeNull();
  });
  it('handles deep nesting without recursion', () => {
    expect(pyJsonError('['.repeat(100_000) + ']'.repeat(100_000))).toBeNull();
    expect(pyJsonError('['.repeat(100_000))).not.toBeNull();
  });
});

describe('detectable_format:title', () => {
  it.each([
    ['<<Poem of Joy>>\ntext', true],
    ['<<>>', false],
    ['<< >>', false],
    ['<<a\nb>>', false],
    ['<<<>>>', false],
    ['text <<<x>>> more', true],
    ['<<a>> and <<>>', true],
  ])('%j → %s', (text, ok) => {
    expect(runCheck(formatTitle, {}, text).ok).toBe(ok);
  });
  it('is linear on hostile input', () => {
    expect(timed(() => findTitle('<<'.repeat(100_000) + '\n'.repeat(100_000)))).toBeLessThan(1000);
    expect(timed(() => findTitle('<<\n'.repeat(100_000)))).toBeLessThan(1000);
    expect(timed(() => findTitle('<<' + '>'.repeat(200_000) + 'a>>'))).toBeLessThan(1000);
  });
});

describe('detectable_format:constrained_response', () => {
  it('needs one of the three options anywhere', () => {
    expect(runCheck(formatConstrainedResponse, {}, 'Well... My answer is maybe.').ok).toBe(true);
    expect(runCheck(formatConstrainedResponse, {}, 'my answer is yes.').ok).toBe(false);
    expect(runCheck(formatConstrainedResponse, {}, 'My answer is yes').ok).toBe(false);
  });
});
