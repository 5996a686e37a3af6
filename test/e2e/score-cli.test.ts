import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonLines, runHeed } from './run-heed.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'heed-score-'));
});

const good = {
  id: 'ok-1',
  prompt: 'Write two sentences about tea without commas.',
  instruction_id_list: ['punctuation:no_comma', 'length_constraints:number_words'],
  kwargs: [{}, { num_words: 5, relation: 'at least' }],
  response: 'Tea is calm and green. It warms the hands on cold mornings.',
};

describe('heed score (real CLI)', () => {
  it('scores a file: result rows on stdout, table on stderr, exit 0', () => {
    const input = join(dir, 'good.jsonl');
    writeFileSync(input, JSON.stringify(good) + '\n');
    const run = runHeed(['score', '--bench', 'ifeval', input]);
    expect(run.status).toBe(0);
    const rows = jsonLines(run.stdout);
    expect(rows).toEqual([
      {
        id: 'ok-1',
        instruction_id_list: good.instruction_id_list,
        strict: [true, true],
        loose: [true, true],
        follow_all_strict: true,
        follow_all_loose: true,
        fraction: 1,
        reasons: [expect.any(String), expect.any(String)],
      },
    ]);
    expect(run.stderr).toContain('prompt-level accuracy');
  });

  it('turns bad rows into error rows naming file, line and field, scores the rest, exits 1', () => {
    const input = join(dir, 'bad.jsonl');
    const lines = [
      JSON.stringify(good),
      '{"id": "broken", "prompt": ',
      JSON.stringify({ ...good, id: 'unknown', instruction_id_list: ['punctuation:no_comma', 'foo:bar'] }),
      JSON.stringify({ ...good, id: 'missing', kwargs: [{}, { relation: 'at least' }] }),
      JSON.stringify({ ...good, id: 'typed', kwargs: [{}, { num_words: 'five', relation: 'at least' }] }),
      JSON.stringify({ ...good, id: 'extra', extra_field: { anything: true } }),
      '',
      JSON.stringify({ ...good, id: undefined, key: 7 }),
    ];
    writeFileSync(input, lines.join('\n') + '\n');
    const out = join(dir, 'bad-results.jsonl');
    const run = runHeed(['score', '--bench', 'ifeval', input, '--out', out]);
    expect(run.status).toBe(1);
    const rows = jsonLines<{ id: unknown; error?: string; strict?: boolean[] }>(readFileSync(out, 'utf8'));
    expect(rows.map((r) => r.id)).toEqual(['ok-1', 2, 'unknown', 'missing', 'typed', 'extra', 7]);
    expect(rows[0]!.error).toBeUndefined();
    expect(rows[1]!.error).toMatch(new RegExp(`^${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} line 2: not valid JSON`));
    expect(rows[2]!.error).toBe(`${input} line 3, instruction_id_list[1]: unknown instruction id 'foo:bar' for --bench ifeval`);
    expect(rows[3]!.error).toContain(`${input} line 4, kwargs[1].num_words: missing required parameter 'num_words'`);
    expect(rows[4]!.error).toContain(`${input} line 5, kwargs[1].num_words:`);
    expect(rows[4]!.error).toContain('expected an integer');
    expect(rows[5]!.strict).toEqual([true, true]);
    expect(rows[6]!.strict).toEqual([true, true]);
    // The summary table goes to stdout when --out is given, and counts the errors apart.
    expect(run.stdout).toContain('7 rows, 3 scored, 4 errors');
  });

  it('writes the summary as JSON with the contract field names', () => {
    const input = join(dir, 'good2.jsonl');
    writeFileSync(input, JSON.stringify(good) + '\n' + JSON.stringify({ ...good, id: 'ok-2', response: 'Tea and coffee.' }) + '\n');
    const summaryFile = join(dir, 'summary.json');
    const run = runHeed(['score', '--bench', 'ifeval', input, '--json', '--summary', summaryFile, '--out', join(dir, 'r.jsonl')]);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    const written = JSON.parse(readFileSync(summaryFile, 'utf8'));
    expect(printed).toEqual(written);
    expect(written).toEqual({
      rows: 2,
      scored: 2,
      errors: 0,
      prompt_level_strict: 0.5,
      instruction_level_strict: 0.75,
      prompt_level_loose: 0.5,
      instruction_level_loose: 0.75,
      per_instruction: {
        'length_constraints:number_words': { count: 2, strict: 0.5, loose: 0.5 },
        'punctuation:no_comma': { count: 2, strict: 1, loose: 1 },
      },
    });
  });

  it('joins the two-file layout on the prompt; a task with no response is an error row', () => {
    const data = join(dir, 'data.jsonl');
    const responses = join(dir, 'responses.jsonl');
    const { response: _r, id: _id, ...task } = good;
    writeFileSync(data, JSON.stringify({ ...task, key: 1 }) + '\n' + JSON.stringify({ ...task, key: 2, prompt: 'Another prompt' }) + '\n');
    writeFileSync(responses, JSON.stringify({ prompt: good.prompt, response: good.response }) + '\n');
    const run = runHeed(['score', '--bench', 'ifeval', '--data', data, '--responses', responses]);
    expect(run.status).toBe(1);
    const rows = jsonLines<{ id: unknown; error?: string; strict?: boolean[] }>(run.stdout);
    expect(rows[0]).toMatchObject({ id: 1, strict: [true, true] });
    expect(rows[1]).toEqual({ id: 2, error: `${data} line 2, prompt: no response for this prompt in ${responses}` });
  });

  it('scores another field with --response-field and strips thinking on request', () => {
    const input = join(dir, 'witness.jsonl');
    const { response: _r, ...task } = good;
    writeFileSync(input, JSON.stringify({ ...task, witness: '<think>a, b, c</think>Tea is calm and green today.' }) + '\n');
    const plain = runHeed(['score', '--bench', 'ifeval', input, '--response-field', 'witness']);
    expect(jsonLines<{ strict: boolean[] }>(plain.stdout)[0]!.strict).toEqual([false, true]);
    const stripped = runHeed(['score', '--bench', 'ifeval', input, '--response-field', 'witness', '--strip-thinking']);
    expect(jsonLines<{ strict: boolean[] }>(stripped.stdout)[0]!.strict).toEqual([true, true]);
  });

  it('exits 2 with a clear message on usage and I/O errors', () => {
    const missing = runHeed(['score', '--bench', 'ifeval', join(dir, 'nope.jsonl')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read input file');
    const noBench = runHeed(['score', join(dir, 'good.jsonl')]);
    expect(noBench.status).toBe(2);
    expect(noBench.stderr).toContain('--bench');
    const badBench = runHeed(['score', '--bench', 'nope', join(dir, 'good.jsonl')]);
    expect(badBench.status).toBe(2);
  });

  it('prints help with the contract', () => {
    const run = runHeed(['score', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--response-field');
    expect(run.stdout).toContain('Exit codes');
  });
});

describe("the README's quick start", () => {
  it('scores the shipped example: every row scored, all 25 IFEval types, passes and failures', () => {
    const out = join(dir, 'sample-results.jsonl');
    const run = runHeed(['score', '--bench', 'ifeval', 'examples/ifeval-sample.jsonl', '--out', out]);
    expect(run.status).toBe(0);
    const rows = jsonLines<{ error?: string; instruction_id_list: string[]; strict: boolean[] }>(readFileSync(out, 'utf8'));
    expect(rows.filter((r) => r.error)).toEqual([]);
    expect(new Set(rows.flatMap((r) => r.instruction_id_list)).size).toBe(25);
    const verdicts = rows.flatMap((r) => r.strict);
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
    expect(run.stdout).toContain('prompt-level accuracy');
  });
});

describe('heed score --bench ifstruct and extraction (real CLI)', () => {
  const task = {
    seed: 11,
    entity_type: 'book',
    prompt: 'List 2 books as JSON under the key "books".',
    // The schema of the list; the wrapper key is a separate rule (as in the dataset).
    json_schema: JSON.stringify({
      type: 'array',
      items: { type: 'object', properties: { title: { type: 'string' }, pages: { type: 'integer', minimum: 1 } }, required: ['title', 'pages'] },
    }),
    top_level_count: 2,
    top_level_key: 'books',
    require_wrapper_key: true,
    require_code_block: false,
    require_no_commentary: true,
    output_format: 'json',
  };

  it('scores IFStruct rows and reports bad rows with their field', () => {
    const input = join(dir, 'ifstruct.jsonl');
    const good = JSON.stringify({ books: [{ title: 'A', pages: 10 }, { title: 'B', pages: 20 }] });
    const bad = JSON.stringify({ books: [{ title: 'A', pages: 'ten' }, { title: 'B', pages: 20 }] });
    writeFileSync(
      input,
      [
        JSON.stringify({ ...task, response: good }),
        JSON.stringify({ ...task, seed: 12, response: bad }),
        JSON.stringify({ ...task, seed: 13, json_schema: '{not json', response: good }),
      ].join('\n') + '\n',
    );
    const run = runHeed(['score', '--bench', 'ifstruct', input, '--json']);
    expect(run.status).toBe(1);
    const rows = jsonLines<{ id: number; passed?: boolean; score?: number; errors?: string[]; error?: string }>(run.stdout);
    expect(rows[0]).toMatchObject({ id: 11, passed: true, score: 1, errors: [] });
    expect(rows[1]).toMatchObject({ id: 12, passed: false, score: 0 });
    expect(rows[1]!.errors!.length).toBeGreaterThan(0);
    expect(rows[2]!.error).toContain(`${input} line 3, json_schema`);
    const summary = JSON.parse(run.stderr) as { rows: number; errors: number; pass_rate: number };
    expect(summary).toMatchObject({ rows: 3, errors: 1, pass_rate: 0.5 });
  });

  it('scores extraction rows with field match and noise', () => {
    const input = join(dir, 'extraction.jsonl');
    const schema = { type: 'object', properties: { name: { type: 'string' }, total: { type: 'number' } }, required: ['name', 'total'] };
    const row = { id: 'x1', text: 'Invoice for Ada, total 12.5 EUR.', schema, expected: { name: 'Ada', total: 12.5 } };
    writeFileSync(
      input,
      [
        JSON.stringify({ ...row, response: '{"name": "Ada", "total": 12.5}' }),
        JSON.stringify({ ...row, id: 'x2', response: '{"name": "Ada", "total": 99, "vat": 2}' }),
        JSON.stringify({ ...row, id: 'x3', response: 'no json here' }),
      ].join('\n') + '\n',
    );
    const run = runHeed(['score', '--bench', 'extraction', input]);
    expect(run.status).toBe(0);
    const rows = jsonLines<{ id: string; passed: boolean; valid_json: boolean; field_match: number; noise: number }>(run.stdout);
    expect(rows[0]).toMatchObject({ id: 'x1', passed: true, valid_json: true, field_match: 1, noise: 0 });
    expect(rows[1]).toMatchObject({ id: 'x2', passed: false, valid_json: true, field_match: 0.5 });
    expect(rows[1]!.noise).toBeCloseTo(1 / 3, 12);
    expect(rows[2]).toMatchObject({ id: 'x3', passed: false, valid_json: false, field_match: 0 });
  });
});

describe('instruction rows in other shapes (real CLI)', () => {
  it('scores a multi-turn IFBench row: the response to the last user turn', () => {
    const input = join(dir, 'multiturn.jsonl');
    const row = {
      id: 'mt-1',
      messages: [
        { role: 'user', content: 'Write a short note about rain.' },
        { role: 'assistant', content: 'Rain taps the window, soft and steady.' },
        { role: 'user', content: 'Rewrite it so that every word starts with a capital letter.' },
      ],
      instruction_id_list: ['format:title_case'],
      kwargs: [{ N: null, keyword: null }],
      response: 'Rain Taps The Window, Soft And Steady.',
    };
    writeFileSync(input, JSON.stringify(row) + '\n' + JSON.stringify({ ...row, id: 'mt-2', response: 'Rain taps the window.' }) + '\n');
    const run = runHeed(['score', '--bench', 'ifbench', input]);
    expect(run.status).toBe(0);
    const rows = jsonLines<{ id: string; strict: boolean[] }>(run.stdout);
    expect(rows.map((r) => [r.id, r.strict])).toEqual([
      ['mt-1', [true]],
      ['mt-2', [false]],
    ]);
  });

  it("reads IF-RLVR ground truth (a Python literal) and applies open-instruct's thinking removal", () => {
    const input = join(dir, 'rlvr.jsonl');
    const groundTruth = "[{'instruction_id': ['punctuation:no_comma', 'change_case:english_lowercase'], 'kwargs': [None, {}]}]";
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'g1', prompt: 'Say hi.', ground_truth: groundTruth, response: '<think>Hmm, ok.</think>hello there friend' }),
        JSON.stringify({ id: 'g2', prompt: 'Say hi.', ground_truth: "[{'instruction_id': ['punctuation:no_comma'], 'kwargs': [", response: 'x' }),
      ].join('\n') + '\n',
    );
    const run = runHeed(['score', '--bench', 'iftrain', input]);
    expect(run.status).toBe(1);
    const rows = jsonLines<{ id: string; strict?: boolean[]; fraction?: number; error?: string }>(run.stdout);
    expect(rows[0]).toMatchObject({ id: 'g1', strict: [true, true], fraction: 1 });
    expect(rows[1]!.error).toContain(`${input} line 2, ground_truth:`);
  });
});
