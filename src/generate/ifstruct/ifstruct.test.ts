import { beforeAll, describe, expect, it } from 'vitest';
import { parseIfstructLine, parseIfstructTask, validateIfstructRow, type IfstructTask } from '../../structured/index.js';
import { generateRows, type GeneratedRow } from '../run.js';
import { rngFromKey } from '../rng.js';
import type { AnyGenerator } from '../types.js';
import { CATALOGUE, STYLES, configureIfstruct, entityType, ifstructCoverage, ifstructGenerator, toJson, toYaml, type IfstructRow } from './index.js';

const gen = ifstructGenerator as unknown as AnyGenerator;
type Row = GeneratedRow & IfstructRow;

function rows(count: number, partial: Record<string, unknown> = {}, seed = 0, split: 'train' | 'test' = 'train'): Row[] {
  return [...generateRows(gen, configureIfstruct(partial), { count, seed, split })] as Row[];
}

function task(row: object): IfstructTask {
  const t = parseIfstructTask(parseIfstructLine(JSON.stringify(row)));
  if (!t.ok) throw new Error(`${t.field}: ${t.message}`);
  return t.task;
}

/** The payload of a witness (inside its fence, if any). */
function payload(witness: string): string {
  const lines = witness.split('\n');
  const open = lines.findIndex((l) => l.startsWith('```'));
  if (open < 0) return witness;
  const close = lines.findIndex((l, i) => i > open && l.startsWith('```'));
  return lines.slice(open + 1, close).join('\n');
}

const REVISION_MARKERS =
  /second thought|changing my mind|scratch|forget|originally|at first|was going to|first (thought|pictured|wanted)|i'd planned|change of plan|small change|correction:|update:|no wait|let me think|hmm|actually|wait,|suggested|used to take|not (JSON|YAML)|(JSON|YAML) or (JSON|YAML)\?|rather have|would be simpler/i;

function share(rs: readonly Row[], pred: (r: Row) => boolean): number {
  return rs.filter(pred).length / rs.length;
}

describe('ifstruct generator: 2,000 rows', () => {
  let rs: Row[];
  beforeAll(() => {
    rs = rows(2000);
  });

  it('is deterministic: same key → same row, byte for byte', () => {
    const again = rows(50);
    expect(again.map((r) => JSON.stringify(r))).toEqual(rs.slice(0, 50).map((r) => JSON.stringify(r)));
    const cfg = configureIfstruct({});
    const a = ifstructGenerator.draw(rngFromKey(['k', 7]), cfg, 3);
    const b = ifstructGenerator.draw(rngFromKey(['k', 7]), cfg, 3);
    expect(JSON.stringify(a.row)).toBe(JSON.stringify(b.row));
    expect(JSON.stringify(a.instance)).toBe(JSON.stringify(b.instance));
    // Reading a row twice gives the same row (it is built once).
    expect(a.row).toBe(a.row);
    const c = ifstructGenerator.draw(rngFromKey(['k', 8]), cfg, 3);
    expect(JSON.stringify(c.row)).not.toBe(JSON.stringify(a.row));
  });

  it('covers every style (each ≥ 10%), prose 40–60%, both formats, wrapper and bare, fences, exact and range counts', () => {
    for (const s of STYLES) expect(share(rs, (r) => r.style === s), s).toBeGreaterThanOrEqual(0.1);
    const prose = share(rs, (r) => r.prose);
    expect(prose).toBeGreaterThanOrEqual(0.4);
    expect(prose).toBeLessThanOrEqual(0.6);
    for (const s of STYLES) {
      expect(rs.some((r) => r.style === s && r.prose)).toBe(true);
      expect(rs.some((r) => r.style === s && !r.prose)).toBe(true);
    }
    for (const f of ['json', 'yaml']) expect(share(rs, (r) => r.output_format === f)).toBeGreaterThan(0.2);
    for (const b of [true, false]) {
      expect(share(rs, (r) => r.require_wrapper_key === b)).toBeGreaterThan(0.2);
      expect(share(rs, (r) => r.require_code_block === b)).toBeGreaterThan(0.2);
      expect(share(rs, (r) => r.require_no_commentary === b)).toBeGreaterThan(0.2);
    }
    expect(share(rs, (r) => typeof r.top_level_count === 'number')).toBeGreaterThan(0.5);
    expect(share(rs, (r) => Array.isArray(r.top_level_count))).toBeGreaterThan(0.15);
    expect(new Set(rs.map((r) => r.entity_type)).size).toBeGreaterThanOrEqual(60);
    // Thinking-out-loud revisions appear in about half of the prose prompts (revision_share 0.5).
    const revised = share(rs.filter((r) => r.prose), (r) => REVISION_MARKERS.test(r.prompt));
    expect(revised).toBeGreaterThan(0.4);
    expect(revised).toBeLessThan(0.6);
    expect(rs.filter((r) => !r.prose).some((r) => REVISION_MARKERS.test(r.prompt))).toBe(false);
  });

  it('rows carry the IFStruct fields with the dataset types, plus style, prose and witness', () => {
    for (const r of rs.slice(0, 300)) {
      expect(Object.keys(r)).toEqual([
        'id', 'split', 'instance_hash', 'seed', 'entity_type', 'prompt', 'json_schema', 'top_level_count', 'top_level_key',
        'require_wrapper_key', 'require_code_block', 'require_no_commentary', 'output_format', 'style', 'prose', 'witness',
      ]);
      expect(r.require_wrapper_key).toBe(r.top_level_key !== null);
      const [lo, hi] = typeof r.top_level_count === 'number' ? [r.top_level_count, r.top_level_count] : r.top_level_count;
      expect(r.json_schema).toMatchObject({ type: 'array', minItems: lo, maxItems: hi });
      expect(ifstructGenerator.messages(r)).toEqual([{ role: 'user', content: r.prompt }]);
      expect(ifstructGenerator.family(r)).toBe('ifstruct');
    }
  });

  it('every witness passes the IFStruct validator', () => {
    const failed: string[] = [];
    for (const r of rs) {
      const v = validateIfstructRow(task(r), r.witness);
      if (!v.passed) failed.push(`${r.id}: ${v.errors.join('; ')}`);
    }
    expect(failed).toEqual([]);
    expect(rs.some((r) => r.output_format === 'yaml')).toBe(true);
  });

  it('removing one required field from a witness makes it fail', () => {
    let checked = 0;
    for (const r of rs) {
      const items = JSON.parse(r.output_format === 'json' ? payload(r.witness) : JSON.stringify(yamlData(payload(r.witness))));
      const list = r.top_level_key === null ? items : items[r.top_level_key];
      const first = list[0] as Record<string, unknown>;
      const names = Object.keys(first);
      delete first[names[checked % names.length]!];
      const text = r.output_format === 'json' ? toJson(list, r.top_level_key) : toYaml(list, r.top_level_key);
      const broken = r.require_code_block ? `\`\`\`${r.output_format}\n${text}\n\`\`\`` : text;
      const v = validateIfstructRow(task(r), broken);
      expect(v.passed, r.id).toBe(false);
      expect(v.errors).toContain('required field missing');
      checked++;
      if (checked >= 400) break;
    }
  });

  it('every prompt states every field, type, enum, bound, count and output rule (coverage)', () => {
    const gaps = rs.map((r) => ({ id: r.id, missing: ifstructCoverage(r) })).filter((g) => g.missing.length);
    expect(gaps).toEqual([]);
  });

  it('no prose sentence template dominates: each appears in ≤ 15% of prose prompts', () => {
    const prose = rs.filter((r) => r.prose);
    const counts = new Map<string, number>();
    for (const r of prose) {
      for (const s of new Set(proseSentences(r))) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(counts.size).toBeGreaterThan(1000);
    expect(n / prose.length, top).toBeLessThanOrEqual(0.15);
  });

  it('train and test never share an instance; equal instances hash equally', () => {
    const test = rows(500, {}, 0, 'test');
    const trainHashes = new Set(rs.map((r) => r.instance_hash));
    expect(test.filter((r) => trainHashes.has(r.instance_hash))).toEqual([]);
    // Instances are specific: 2,000 rows give (almost) 2,000 distinct tasks.
    expect(trainHashes.size).toBeGreaterThan(1990);
  });
});

/** YAML witness → plain JSON data, through heed's YAML 1.1 loader. */
import { fromPy, loadYaml } from '../../structured/index.js';
function yamlData(text: string): unknown {
  return fromPy(loadYaml(text).value);
}

const NUM_WORDS = /\b(\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g;

/**
 * The prose sentences of a prompt, normalised to their template: the style's block (schema,
 * table, glossary, bullets, example, chat field list) is left out; entity nouns, topics, quoted
 * names, numbers and format names become placeholders.
 */
function proseSentences(r: Row): string[] {
  const e = CATALOGUE.find((d) => entityType(d) === r.entity_type)!;
  const out: string[] = [];
  const blockLine = (l: string): boolean => /^[\s\-*•+|{}[\]"]/.test(l) || l.includes(' -> ') || /^[\w[\].]+ ?: \S/.test(l);
  for (const line of r.prompt.split('\n')) {
    if (blockLine(line) && !/^(Format|Output format|Note|Also|Correction|Update|Remember|One more thing|Again|Fields):/.test(line)) continue;
    for (let s of line.split(/(?<=[.!?])\s+/)) {
      if (/\b\w+ \((a |an )?(text|string|integer|whole|number|boolean|true|object|list|array|nested|decimal)/.test(s)) continue;
      for (const t of e.topics) s = s.split(t).join('T');
      s = s.split(e.plural).join('E').split(e.singular).join('E').toLowerCase();
      s = s.replace(/"[^"]*"|'[^' ]*'|`[^`]*`/g, 'Q').replace(NUM_WORDS, '#').replace(/\b(json|yaml)\b/g, 'F').replace(/\s+/g, ' ').trim();
      if (s.length >= 3) out.push(s);
    }
  }
  return out;
}

describe('ifstruct generator: knobs', () => {
  it('configure() validates and names the bad knob', () => {
    expect(() => configureIfstruct({ prose_share: 2 })).toThrow(/prose_share/);
    expect(() => configureIfstruct({ max_depth: 5 })).toThrow(/max_depth/);
    expect(() => configureIfstruct({ min_fields: 2.5 })).toThrow(/min_fields/);
    expect(() => configureIfstruct({ styles: ['chat', 'haiku'] })).toThrow(/styles/);
    expect(() => configureIfstruct({ styles: [] })).toThrow(/styles/);
    expect(() => configureIfstruct({ formats: [1] })).toThrow(/formats/);
    expect(() => configureIfstruct({ formats: [0, 0] })).toThrow(/formats/);
    expect(() => configureIfstruct({ entity_types: ['unicorn'] })).toThrow(/entity_types/);
    expect(() => configureIfstruct({ min_count: 5, max_count: 2 })).toThrow(/min_count/);
    expect(() => configureIfstruct({ colour: 'red' })).toThrow(/colour/);
    expect(configureIfstruct({}).styles).toEqual(STYLES);
  });

  it('knobs steer the draws', () => {
    const rs = rows(200, { formats: [0, 1], styles: ['ascii_table'], prose_share: 0, wrapper_share: 1, fence_share: 1, range_share: 0, min_count: 2, max_count: 2, entity_types: ['finance'] });
    for (const r of rs) {
      expect(r.output_format).toBe('yaml');
      expect(r.style).toBe('ascii_table');
      expect(r.prose).toBe(false);
      expect(r.require_wrapper_key && r.require_code_block).toBe(true);
      expect(r.top_level_count).toBe(2);
      expect(r.entity_type.startsWith('finance__')).toBe(true);
      expect(validateIfstructRow(task(r), r.witness).passed).toBe(true);
    }
    const shallow = rows(200, { max_depth: 1, min_fields: 2, max_fields: 3 });
    for (const r of shallow) {
      const props = (r.json_schema as { items: { properties: Record<string, { type: unknown; items?: { type: unknown } }> } }).items.properties;
      const n = Object.keys(props).length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(3);
      for (const p of Object.values(props)) {
        expect(p.type).not.toBe('object');
        if (p.type === 'array') expect(p.items!.type).not.toBe('object');
      }
    }
  });

  it('reaches object depth 4 at the default max_depth', () => {
    const depth = (s: Record<string, unknown>): number => {
      if (s.type === 'object') return 1 + Math.max(0, ...Object.values(s.properties as Record<string, Record<string, unknown>>).map(depth));
      if (s.type === 'array') return depth(s.items as Record<string, unknown>);
      return 0;
    };
    const depths = rows(300, { entity_types: ['org_unit'], max_fields: 30, min_fields: 30 }).map((r) => depth((r.json_schema as { items: Record<string, unknown> }).items));
    expect(Math.max(...depths)).toBe(4);
  });

  it('extreme knob values still give passing witnesses and covered prompts', () => {
    for (const partial of [
      { max_count: 50, min_count: 12, min_fields: 1, max_fields: 1, max_depth: 1, prose_share: 1, formats: [0, 1] },
      { max_count: 1, min_count: 1, prose_share: 1, revision_share: 1, max_fields: 30, min_fields: 30 },
      { max_depth: 2, styles: ['chat'], prose_share: 1, revision_share: 1, entity_types: ['software', 'org_unit'] },
    ]) {
      for (const r of rows(150, partial, 5)) {
        expect(validateIfstructRow(task(r), r.witness).errors, r.id).toEqual([]);
        expect(ifstructCoverage(r), r.id).toEqual([]);
      }
    }
  });
});
