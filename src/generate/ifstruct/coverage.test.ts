import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { generateRows, type GeneratedRow } from '../run.js';
import type { AnyGenerator } from '../types.js';
import { configureIfstruct, ifstructCoverage, ifstructGenerator, type IfstructRow } from './index.js';

type Row = GeneratedRow & IfstructRow;

describe('ifstructCoverage', () => {
  let rs: Row[];
  beforeAll(() => {
    rs = [...generateRows(ifstructGenerator as unknown as AnyGenerator, configureIfstruct({}), { count: 600, seed: 11, split: 'test' })] as Row[];
  });

  it('passes generated prompts', () => {
    expect(rs.filter((r) => ifstructCoverage(r).length)).toEqual([]);
  });

  it('reports a field whose line is removed (non-schema styles)', () => {
    let n = 0;
    for (const r of rs.filter((r) => ['ascii_table', 'path_glossary', 'bullet_paths', 'annotated_example'].includes(r.style))) {
      const props = (r.json_schema as { items: { properties: Record<string, unknown> } }).items.properties;
      const name = Object.keys(props).at(-1)!;
      const re = new RegExp(`(^|[^\\w])${name}([^\\w]|$)`);
      const lines = r.prompt.split('\n');
      const pruned = lines.filter((l) => !re.test(l)).join('\n');
      if (pruned === r.prompt || new RegExp(`(^|[^\\w])${name}([^\\w]|$)`).test(pruned)) continue;
      expect(ifstructCoverage({ ...r, prompt: pruned }).some((m) => m.startsWith(`field ${name}`)), `${r.id} ${name}`).toBe(true);
      n++;
    }
    expect(n).toBeGreaterThan(50);
  });

  it('reports a wrong bound, a lost enum member and a lost null', () => {
    const r = rs.find((r) => r.style === 'ascii_table' && / to \d+/.test(r.prompt) && /one of "/.test(r.prompt) && /may be null/.test(r.prompt))!;
    expect(r).toBeDefined();
    const m = / (-?[\d.]+) to (\d+)/.exec(r.prompt)!;
    expect(ifstructCoverage({ ...r, prompt: r.prompt.replace(m[0], ` ${m[1]} to 99999999`) }).some((x) => /maximum/.test(x))).toBe(true);
    const e = /one of "([^"]+)", /.exec(r.prompt)!;
    expect(ifstructCoverage({ ...r, prompt: r.prompt.replace(`"${e[1]}", `, '') }).some((x) => x.includes(`enum value "${e[1]}"`))).toBe(true);
    expect(ifstructCoverage({ ...r, prompt: r.prompt.replace(/may be null/g, '').replace(/ \| null/g, '') }).some((x) => x.endsWith('may be null'))).toBe(true);
  });

  it('reports a changed JSON Schema block through its fields', () => {
    const r = rs.find((r) => r.style === 'json_schema' && r.prompt.includes('"maximum": '))!;
    const changed = r.prompt.replace(/"maximum": (\d+)/, '"maximum": 123456789');
    expect(ifstructCoverage({ ...r, prompt: changed }).some((x) => /maximum/.test(x))).toBe(true);
  });

  it('reports the count, the format, the fence, the commentary and the wrapper rules', () => {
    const exact = rs.find((r) => typeof r.top_level_count === 'number' && r.top_level_count > 1 && r.require_wrapper_key && r.require_code_block && r.require_no_commentary && !r.prose)!;
    expect(exact).toBeDefined();
    expect(ifstructCoverage({ ...exact, top_level_count: 11 })).toContain('count: exactly 11');
    expect(ifstructCoverage({ ...exact, output_format: exact.output_format === 'json' ? 'yaml' : 'json' }).some((x) => x.startsWith('format:'))).toBe(true);
    expect(ifstructCoverage({ ...exact, top_level_key: 'zzz_key' })).toContain('rule: wrapper key "zzz_key"');
    expect(ifstructCoverage({ ...exact, prompt: exact.prompt.split('\n').filter((l) => !l.includes('```')).join('\n') })).toContain('rule: code fence');
    expect(ifstructCoverage({ ...exact, prompt: exact.prompt.replace(/Reply with the (JSON|YAML) only: no intro line, no explanation after it\./, '') })).toContain('rule: no commentary');
    expect(ifstructCoverage({ ...exact, require_wrapper_key: false, top_level_key: null })).toContain('rule: bare list');
    const range = rs.find((r) => Array.isArray(r.top_level_count))!;
    expect(ifstructCoverage({ ...range, top_level_count: [7, 12] })).toContain('count: between 7 and 12');
  });

  it('a revised format counts only when the final one is stated last', () => {
    const r = rs.find((r) => r.output_format === 'json' && !r.prose && r.style === 'ascii_table')!;
    expect(ifstructCoverage({ ...r, prompt: `${r.prompt}\nActually, make it YAML.` })).toContain('format: JSON (the last format named is YAML)');
    expect(ifstructCoverage({ ...r, prompt: `Not YAML this time.\n${r.prompt}` })).toEqual([]);
  });

  it('accepts the rule statements of IFStruct’s own prompts (parity rows)', () => {
    const file = '../shared/parity/ifstruct.jsonl';
    if (!existsSync(file)) {
      console.log(`skipped: ${file} not found`);
      return;
    }
    const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    const ruleGaps = rows
      .filter((r) => !String(r.entity_type).includes('offspec'))
      .map((r) => ifstructCoverage(r as unknown as IfstructRow).filter((m) => m.startsWith('rule:') || m.startsWith('format:')))
      .filter((m) => m.length);
    expect(ruleGaps).toEqual([]);
  });
});
