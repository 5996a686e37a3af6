import { describe, expect, it } from 'vitest';
import { fromPy, loadBlockYaml, parsePyJson } from '../../structured/index.js';
import { rngFromKey } from '../rng.js';
import { CATALOGUE } from './catalogue/index.js';
import { drawItemSchema } from './schema.js';
import { drawValue, toJson, toYaml, yamlPlainSafe, type Data } from './witness.js';

describe('witness rendering', () => {
  it('quotes every string a YAML 1.1 loader would read as something else', () => {
    for (const s of ['no', 'No', 'NO', 'on', 'Off', 'yes', 'y', 'null', '~', '14:35', '02142', '1e3', '2025-03-14', '- pending', 'a: b', 'x #y', '#tag', '', ' lead', 'trail ', '=', '<<', '@ops', '"q"', "it's: ok", '3:41']) {
      expect(yamlPlainSafe(s), s).toBe(false);
    }
    for (const s of ['Paradiso', 'Blue Note', "O'Connor", 'São Paulo', 'Kraków', 'USB-C Dock (8-in-1)', 'N/A']) expect(yamlPlainSafe(s), s).toBe(true);
  });

  it('YAML and JSON round-trip through heed’s Python-semantics parsers', () => {
    const tricky: Data[] = [
      {
        s: 'no', t: '14:35', u: 'C:\\Users\\x', v: 'say "hi"\n\tthere', w: '- item', x: 'a: b #c', y: null, z: true,
        n: -12.5, i: 0, big: 1234567, small: 0.0001, list: [], nested: { deep: ['08:15', 'NO', '1.0'] },
        objs: [{ a: 'x', b: [1, 2] }, { a: 'Zoë', b: [] }],
      },
    ];
    for (const key of [null, 'items']) {
      const y = loadBlockYaml(toYaml(tricky, key));
      expect(y.flow).toBe(false);
      expect(fromPy(y.value)).toEqual(key ? { [key]: tricky } : tricky);
      expect(fromPy(parsePyJson(toJson(tricky, key)))).toEqual(key ? { [key]: tricky } : tricky);
    }
  });

  it('drawn data for every entity round-trips through YAML', () => {
    for (const [i, e] of CATALOGUE.entries()) {
      const rng = rngFromKey(['w', i]);
      const item = drawItemSchema(rng, e, 30, 30, 4);
      const data = [drawValue(rng, item, 0.3), drawValue(rng, item, 0.3)];
      const y = loadBlockYaml(toYaml(data, null));
      expect(y.flow, e.name).toBe(false);
      expect(fromPy(y.value), e.name).toEqual(data);
    }
  });
});
