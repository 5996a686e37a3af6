import { describe, expect, it } from 'vitest';
import {
  checkCommentaryJson,
  checkCommentaryYaml,
  checkUsesCodeBlock,
  extractJson,
  extractOuterFencedBlock,
  extractYaml,
  removeThinkingTags,
  responsePayload,
} from './extract.js';

describe('removeThinkingTags', () => {
  it('removes complete blocks of either kind, in any case, across lines', () => {
    expect(removeThinkingTags('<think>a\nb</think>[1]')).toBe('[1]');
    expect(removeThinkingTags('<THINK>x</Think> mid [THINK]y[/think] end')).toBe('mid  end');
  });
  it('drops through an orphaned closer and from an unterminated opener', () => {
    expect(removeThinkingTags('reasoning...</think>\n[2]')).toBe('[2]');
    expect(removeThinkingTags('[3] <think>never closed')).toBe('[3]');
  });
  it('ignores payload boundaries like the reference', () => {
    expect(removeThinkingTags('{"a": "<think>", "b": 1, "c": "</think>"}')).toBe('{"a": ""}');
  });
  it('keeps the Harmony final channel and drops one trailing end marker', () => {
    expect(removeThinkingTags('<|start|>assistant<|channel|>analysis<|message|>hm<|end|><|start|>assistant<|channel|>final<|message|>[1]<|return|>')).toBe('[1]');
    expect(removeThinkingTags('x assistantfinal [1]<|end|>\n')).toBe('[1]');
    expect(removeThinkingTags('[1]<|end|><|end|>')).toBe('[1]<|end|>');
  });
  it('stays linear on pathological input', () => {
    const t0 = Date.now();
    removeThinkingTags('<think>'.repeat(200000));
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe('extractOuterFencedBlock / checkUsesCodeBlock', () => {
  it('finds column-0 fences with splitlines semantics', () => {
    expect(extractOuterFencedBlock('```json\n[1]\n```')).toEqual({ block: '[1]', opening: '```json' });
    expect(extractOuterFencedBlock('```\r[1]\r```').block).toBe('[1]');
    expect(extractOuterFencedBlock('```\n[1,\u20282]\n```').block).toBe('[1,\n2]');
    expect(extractOuterFencedBlock('````\n[1]\n```` done').block).toBe('[1]');
  });
  it('same-line and indented fences do not open', () => {
    expect(extractOuterFencedBlock('Sure! ```json\n[1]\n```')).toEqual({ block: null, opening: '```' });
    expect(extractOuterFencedBlock('x\n  ```json\n[1]\n  ```').block).toBe(null);
  });
  it('normalises the fence type', () => {
    expect(checkUsesCodeBlock('```JSON title="x"\n[]\n```').type).toBe('```json');
    expect(checkUsesCodeBlock('```yml\na: 1\n```').type).toBe('```yml');
    expect(checkUsesCodeBlock('```javascript\n[]\n```').type).toBe('```');
    expect(checkUsesCodeBlock('```json\n[]')).toEqual({ uses: false, type: null });
  });
});

describe('extractJson', () => {
  it('needs an unfenced payload to start with [ or {', () => {
    expect(extractJson('Here: [1]')).toEqual({ ok: false, error: 'No valid JSON found in response' });
    expect(extractJson('\ufeff[1]')).toEqual({ ok: false, error: 'No valid JSON found in response' });
    expect(extractJson('[1]\x85').ok).toBe(true);
  });
  it('reports unclosed fences, yaml fences and trailing content with repr', () => {
    expect(extractJson('```json\n[1]')).toEqual({ ok: false, error: 'Unclosed code block' });
    expect(extractJson('```yaml\n[1]\n```')).toEqual({ ok: false, error: 'Expected JSON output, got YAML code block' });
    expect(extractJson("[1] it's\tdone")).toEqual({ ok: false, error: `Trailing content after JSON: "it's\\tdone"` });
    const long = extractJson('[1] ' + 'x'.repeat(150));
    expect(long.ok ? '' : long.error).toBe(`Trailing content after JSON: '${'x'.repeat(100)}...'`);
  });
  it('parses any non-yaml fence as JSON', () => {
    expect(extractJson('```python\n{"a": 1}\n```').ok).toBe(true);
    expect(extractJson('```\n\n```')).toEqual({ ok: false, error: 'No valid JSON found in response' });
  });
});

describe('extractYaml', () => {
  it('rejects json fences and JSON-shaped YAML', () => {
    expect(extractYaml('```json\na: 1\n```')).toEqual({ ok: false, error: 'Expected YAML output, got JSON code block' });
    const r = extractYaml('```yaml\n[{"a": 1}]\n```');
    expect(r.ok ? '' : r.error).toMatch(/^Response is JSON\/flow style/);
  });
  it('parses unfenced prose as data', () => {
    const r = extractYaml('Here are the entries:\n- a: 1');
    expect(r.ok).toBe(true);
  });
});

describe('commentary', () => {
  it('JSON: text before the first and after the last triple backtick', () => {
    expect(checkCommentaryJson('Here you go:\n```json\n[]\n```\nEnjoy')).toBe('Response contains text outside JSON: "Here you go: Enjoy"');
    expect(checkCommentaryJson('```json\n[]\n```\ntext\n```json\n[]\n```')).toBe(null);
    expect(checkCommentaryJson('[1, 2]')).toBe(null);
  });
  it('JSON: an unfenced response that parses whole has no commentary (the validator skips the scan)', () => {
    // validateIfstructRow relies on this: the naive bracket matcher spans exactly a value that
    // loadCompleteJson accepted, however its strings hide brackets, quotes and backslashes.
    const texts = [
      '[1, 2]',
      String.raw`{"a": "]}", "b": ["[", {"c": "\\"}], "d": "\"\\"}`,
      String.raw`[{"x": "\"]\\\"", "y": [[], {}]}, "}{", NaN, -Infinity]`,
      String.raw`{"k": "\u005d\u007d\"", "n": [1e5, 2.0, {"m": ["]"]}]}`,
      '[\n  "a\\\\",\n  "b\\"["\n]',
      '{"e": {}}',
    ];
    for (const t of texts) {
      const r = extractJson(t);
      expect(r.ok, t).toBe(true);
      expect(checkCommentaryJson(t), t).toBe(null);
    }
    // Not a complete parse: the scan does find text outside.
    expect(checkCommentaryJson('[1, 2] and more')).toBe('Response contains text outside JSON: "and more"');
  });
  it('YAML: only fenced responses are checked', () => {
    expect(checkCommentaryYaml('Intro\n- a')).toBe(null);
    expect(checkCommentaryYaml('Intro\n```yaml\n- a\n```')).toBe('Response contains text outside YAML: "Intro"');
  });
});

describe('responsePayload', () => {
  it('strips thinking and the outer fence', () => {
    expect(responsePayload('<think>x</think>```json\n{"a": 1}\n```')).toBe('{"a": 1}');
    expect(responsePayload('  {"a": 1} ')).toBe('{"a": 1}');
  });
});
