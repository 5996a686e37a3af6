/**
 * The catalogue's shorthand. Entities are written as data:
 *
 * - `'s:GEN'` a string whose witness values come from the value generator GEN (see values.ts);
 *   `'s:code:INV-####'` a code pattern (`#` digit, `@` letter), `'s:pick:a|b|c'` a fixed pool;
 * - `'e:a|b|c'` a string enum; `'ie:1|2|3'` an integer enum;
 * - `'i:LO..HI'` an integer with bounds; `'n:LO..HI'` a number (2 decimals; `'n:LO..HI:3'` for 3);
 * - `'b'` a boolean;
 * - a leading `?` makes a scalar nullable (`["string", "null"]`);
 * - a plain object is a nested object; `L(min, max, def)` an array with minItems/maxItems.
 */
import type { EntityDef, FieldDef, NamedField } from '../model.js';

export type Shorthand = string | ListShorthand | { readonly [name: string]: Shorthand };

export interface ListShorthand {
  readonly __list: readonly [number, number];
  readonly of: Shorthand;
}

/** An array field: `L(1, 5, 's:word')` or `L(0, 3, { name: 's:person' })`. */
export function L(minItems: number, maxItems: number, of: Shorthand): ListShorthand {
  return { __list: [minItems, maxItems], of };
}

function isList(s: Shorthand): s is ListShorthand {
  return typeof s === 'object' && s !== null && '__list' in s;
}

function num(text: string, where: string): number {
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v)) throw new Error(`catalogue ${where}: bad number '${text}'`);
  return v;
}

function bounds(text: string, where: string): [number, number] {
  const m = /^(-?[\d.]+)\.\.(-?[\d.]+)$/.exec(text);
  if (!m) throw new Error(`catalogue ${where}: bad bounds '${text}'`);
  const lo = num(m[1]!, where);
  const hi = num(m[2]!, where);
  if (hi < lo) throw new Error(`catalogue ${where}: empty bounds '${text}'`);
  return [lo, hi];
}

export function parseField(s: Shorthand, where: string): FieldDef {
  if (typeof s === 'string') {
    const nullable = s.startsWith('?');
    const body = nullable ? s.slice(1) : s;
    const colon = body.indexOf(':');
    const tag = colon < 0 ? body : body.slice(0, colon);
    const rest = colon < 0 ? '' : body.slice(colon + 1);
    switch (tag) {
      case 's':
        return { kind: 'string', nullable, gen: rest || 'phrase' };
      case 'e': {
        const values = rest.split('|');
        if (values.length < 2 || values.some((v) => v === '')) throw new Error(`catalogue ${where}: enum needs ≥ 2 values`);
        return { kind: 'enum', nullable, values };
      }
      case 'ie': {
        const values = rest.split('|').map((v) => num(v, where));
        if (values.length < 2 || values.some((v) => !Number.isInteger(v))) throw new Error(`catalogue ${where}: bad integer enum`);
        return { kind: 'integer', nullable, values };
      }
      case 'i': {
        if (!rest) return { kind: 'integer', nullable };
        const [min, max] = bounds(rest, where);
        if (!Number.isInteger(min) || !Number.isInteger(max)) throw new Error(`catalogue ${where}: integer bounds must be integers`);
        return { kind: 'integer', nullable, min, max };
      }
      case 'n': {
        const parts = rest.split(':');
        const [min, max] = bounds(parts[0] ?? '', where);
        const dp = parts[1] === undefined ? 2 : num(parts[1], where);
        return { kind: 'number', nullable, min, max, dp };
      }
      case 'b':
        return { kind: 'boolean', nullable };
      default:
        throw new Error(`catalogue ${where}: unknown field shorthand '${s}'`);
    }
  }
  if (isList(s)) {
    const [minItems, maxItems] = s.__list;
    if (!(Number.isInteger(minItems) && Number.isInteger(maxItems) && minItems >= 0 && maxItems >= minItems && maxItems >= 1)) {
      throw new Error(`catalogue ${where}: bad list bounds`);
    }
    return { kind: 'array', minItems, maxItems, items: parseField(s.of, `${where}[]`) };
  }
  return { kind: 'object', fields: parseFields(s, where) };
}

export function parseFields(obj: { readonly [name: string]: Shorthand }, where: string): NamedField[] {
  const out = Object.entries(obj).map(([name, def]) => ({ name, def: parseField(def, `${where}.${name}`) }));
  if (out.length === 0) throw new Error(`catalogue ${where}: an object needs fields`);
  return out;
}

/** Declares one entity type. */
export function E(
  name: string,
  domain: string,
  singular: string,
  plural: string,
  topics: readonly string[],
  keys: readonly string[],
  fields: { readonly [name: string]: Shorthand },
): EntityDef {
  return { name, domain, singular, plural, topics, keys, fields: parseFields(fields, name) };
}
