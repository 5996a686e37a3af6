/**
 * The six requirement styles: how the item schema is shown in a prompt. Each renderer states
 * every field (by name or path) with its type, bounds, enum members, nullability and array
 * sizes. Surface choices (vocabulary, bullets, separators, indentation) go through the
 * Expander so they are recorded in the task instance.
 */
import type { FieldDef, NamedField, OutputFormat } from './model.js';
import type { Expander } from './grammar.js';
import { yamlPlainSafe } from './witness.js';

type ObjectDef = Extract<FieldDef, { kind: 'object' }>;

/** Quoted enum member list: `"a", "b", "c"` (integers bare). */
export function enumList(values: readonly (string | number)[], quote = '"'): string {
  return values.map((v) => (typeof v === 'number' ? String(v) : `${quote}${v}${quote}`)).join(', ');
}

function enumValues(def: FieldDef): readonly (string | number)[] | null {
  if (def.kind === 'enum') return def.values;
  if (def.kind === 'integer' && def.values) return def.values;
  return null;
}

function bounds(def: FieldDef): [number, number] | null {
  if ((def.kind === 'integer' || def.kind === 'number') && def.min !== undefined && def.max !== undefined && !(def.kind === 'integer' && def.values)) {
    return [def.min, def.max];
  }
  return null;
}

function isNullable(def: FieldDef): boolean {
  return def.kind !== 'object' && def.kind !== 'array' && def.nullable;
}

/** Compact type names (glossary, table, annotated notes). */
function compactType(def: FieldDef): string {
  switch (def.kind) {
    case 'string':
    case 'enum':
      return 'string';
    case 'integer':
      return 'int';
    case 'number':
      return 'number';
    case 'boolean':
      return 'bool';
    case 'object':
      return 'object';
    case 'array':
      return `array<${compactType(def.items)}>`;
  }
}

function compactTypeN(def: FieldDef): string {
  return isNullable(def) ? `${compactType(def)} | null` : compactType(def);
}

/** Compact notes: `1 to 20`, `one of "a", "b"`, `2-8 entries`, `may be null`, joined by `; `. */
function compactNotes(def: FieldDef): string {
  const parts: string[] = [];
  const b = bounds(def);
  if (b) parts.push(`${b[0]} to ${b[1]}`);
  const ev = enumValues(def);
  if (ev) parts.push(`one of ${enumList(ev)}`);
  if (def.kind === 'array') {
    parts.push(`${def.minItems}-${def.maxItems} entries`);
    const iev = enumValues(def.items);
    if (iev) parts.push(`each one of ${enumList(iev)}`);
    const ib = bounds(def.items);
    if (ib) parts.push(`each ${ib[0]} to ${ib[1]}`);
  }
  if (isNullable(def)) parts.push('may be null');
  return parts.join('; ');
}

/** Rows of (path, def) for path-based styles; arrays of objects contribute `name[].child`. */
function flatten(item: ObjectDef, prefix: string): Array<{ path: string; def: FieldDef; depth: number }> {
  const out: Array<{ path: string; def: FieldDef; depth: number }> = [];
  const walk = (fields: readonly NamedField[], pre: string, depth: number): void => {
    for (const f of fields) {
      const p = pre + f.name;
      out.push({ path: p, def: f.def, depth });
      if (f.def.kind === 'object') walk(f.def.fields, `${p}.`, depth + 1);
      if (f.def.kind === 'array' && f.def.items.kind === 'object') walk(f.def.items.fields, `${p}[].`, depth + 1);
    }
  };
  walk(item.fields, prefix, 0);
  return out;
}

// ---------------------------------------------------------------------------------------------
// json_schema

export function renderJsonSchema(x: Expander, schema: unknown): string {
  return JSON.stringify(schema, null, x.pick([2, 2, 4]));
}

// ---------------------------------------------------------------------------------------------
// annotated_example

function placeholder(def: FieldDef, format: OutputFormat): string {
  switch (def.kind) {
    case 'string':
      return '"..."';
    case 'enum':
      return format === 'yaml' && yamlPlainSafe(def.values[0]!) ? def.values[0]! : JSON.stringify(def.values[0]);
    case 'integer':
      return String(def.values ? def.values[0] : (def.min ?? 0));
    case 'number':
      return String(def.min);
    case 'boolean':
      return 'false';
    default:
      return '';
  }
}

function noteText(def: FieldDef): string {
  const notes = compactNotes(def);
  return notes ? `${compactTypeN(def)}, ${notes}` : compactTypeN(def);
}

function jsonExample(fields: readonly NamedField[], indent: number, lines: string[], mark: string): void {
  const pad = ' '.repeat(indent);
  fields.forEach((f, i) => {
    const comma = i < fields.length - 1 ? ',' : '';
    const d = f.def;
    if (d.kind === 'object') {
      lines.push(`${pad}"${f.name}": {  ${mark} ${noteText(d)}`);
      jsonExample(d.fields, indent + 2, lines, mark);
      lines.push(`${pad}}${comma}`);
    } else if (d.kind === 'array' && d.items.kind === 'object') {
      lines.push(`${pad}"${f.name}": [  ${mark} ${noteText(d)}`);
      lines.push(`${pad}  {`);
      jsonExample(d.items.fields, indent + 4, lines, mark);
      lines.push(`${pad}  }`);
      lines.push(`${pad}]${comma}`);
    } else if (d.kind === 'array') {
      lines.push(`${pad}"${f.name}": [${placeholder(d.items, 'json')}]${comma}  ${mark} ${noteText(d)}`);
    } else {
      lines.push(`${pad}"${f.name}": ${placeholder(d, 'json')}${comma}  ${mark} ${noteText(d)}`);
    }
  });
}

function yamlExample(fields: readonly NamedField[], indent: number, lines: string[], first: string | null): void {
  fields.forEach((f, i) => {
    const pad = i === 0 && first !== null ? first : ' '.repeat(indent);
    const d = f.def;
    if (d.kind === 'object') {
      lines.push(`${pad}${f.name}:  # ${noteText(d)}`);
      yamlExample(d.fields, indent + 2, lines, null);
    } else if (d.kind === 'array' && d.items.kind === 'object') {
      lines.push(`${pad}${f.name}:  # ${noteText(d)}`);
      yamlExample(d.items.fields, indent + 4, lines, `${' '.repeat(indent + 2)}- `);
    } else if (d.kind === 'array') {
      lines.push(`${pad}${f.name}:  # ${noteText(d)}`);
      lines.push(`${' '.repeat(indent + 2)}- ${placeholder(d.items, 'yaml')}`);
    } else {
      lines.push(`${pad}${f.name}: ${placeholder(d, 'yaml')}  # ${noteText(d)}`);
    }
  });
}

/** One example item with inline type notes, in the task's output format. */
export function renderAnnotated(item: ObjectDef, format: OutputFormat): string {
  const lines: string[] = [];
  if (format === 'json') {
    lines.push('{');
    jsonExample(item.fields, 2, lines, '//');
    lines.push('}');
  } else {
    yamlExample(item.fields, 0, lines, null);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// path_glossary

export function renderGlossary(x: Expander, item: ObjectDef, key: string | null): string {
  const prefix = `${key ?? ''}[].`;
  const sep = x.pick([': ', ': ', ' : ', ' -> ']);
  return flatten(item, prefix)
    .map(({ path, def }) => {
      const notes = compactNotes(def);
      return `${path}${sep}${compactTypeN(def)}${notes ? ` (${notes})` : ''}`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// bullet_paths and chat: worded types

interface Vocab {
  readonly str: string;
  readonly int: string;
  readonly num: string;
  readonly bool: string;
  readonly obj: string;
  readonly list: string;
  readonly range: (lo: number, hi: number) => string;
  readonly entries: (lo: number, hi: number) => string;
  readonly oneOf: (vals: readonly (string | number)[]) => string;
  readonly nul: string;
}

const VOCABS: readonly Vocab[] = [
  {
    str: 'text', int: 'a whole number', num: 'a number', bool: 'true/false', obj: 'an object', list: 'a list of',
    range: (a, b) => `${a} to ${b}`, entries: (a, b) => `${a}-${b} entries`, oneOf: (v) => `one of ${enumList(v)}`, nul: 'or null',
  },
  {
    str: 'a string', int: 'an integer', num: 'a number', bool: 'a boolean', obj: 'an object', list: 'an array of',
    range: (a, b) => `between ${a} and ${b}`, entries: (a, b) => `${a} to ${b} items`, oneOf: (v) => `one of ${enumList(v)}`, nul: 'nullable',
  },
  {
    str: 'string', int: 'integer', num: 'number (decimals allowed)', bool: 'boolean', obj: 'object', list: 'list of',
    range: (a, b) => `min ${a}, max ${b}`, entries: (a, b) => `min ${a}, max ${b} items`, oneOf: (v) => `allowed: ${enumList(v, '`')}`, nul: 'can be null',
  },
  {
    str: 'text', int: 'an integer', num: 'a decimal number', bool: 'true or false', obj: 'a nested object', list: 'a list of',
    range: (a, b) => `from ${a} to ${b}`, entries: (a, b) => `${a} to ${b} of them`, oneOf: (v) => `must be ${enumList(v)}`, nul: 'null allowed',
  },
];

function itemNoun(def: FieldDef, v: Vocab): string {
  switch (def.kind) {
    case 'string':
    case 'enum':
      return 'strings';
    case 'integer':
      return v.int.startsWith('a ') ? 'whole numbers' : 'integers';
    case 'number':
      return 'numbers';
    case 'boolean':
      return 'booleans';
    case 'object':
      return 'objects';
    case 'array':
      return 'lists';
  }
}

/** A worded description of one field's type and rules (no nested fields). */
function wordedType(def: FieldDef, v: Vocab): string {
  let base: string;
  switch (def.kind) {
    case 'string':
      base = v.str;
      break;
    case 'enum':
      base = `${v.str}, ${v.oneOf(def.values)}`;
      break;
    case 'integer':
      base = def.values ? `${v.int}, ${v.oneOf(def.values)}` : def.min !== undefined && def.max !== undefined ? `${v.int}, ${v.range(def.min, def.max)}` : v.int;
      break;
    case 'number':
      base = `${v.num}, ${v.range(def.min, def.max)}`;
      break;
    case 'boolean':
      base = v.bool;
      break;
    case 'object':
      return v.obj;
    case 'array': {
      let s = `${v.list} ${itemNoun(def.items, v)}, ${v.entries(def.minItems, def.maxItems)}`;
      const iev = enumValues(def.items);
      if (iev) s += `, each ${v.oneOf(iev)}`;
      const ib = bounds(def.items);
      if (ib) s += `, each ${v.range(ib[0], ib[1])}`;
      return s;
    }
  }
  return isNullable(def) ? `${base} (${v.nul})` : base;
}

export function renderBullets(x: Expander, item: ObjectDef): string {
  const v = x.pick(VOCABS);
  const bullet = x.pick(['-', '-', '*', '•']);
  const sep = x.pick([' — ', ': ', ' - ', ' → ']);
  const tick = x.pick(['`', '`', '']);
  return flatten(item, '')
    .map(({ path, def, depth }) => `${'  '.repeat(depth)}${bullet} ${tick}${path}${tick}${sep}${wordedType(def, v)}`)
    .join('\n');
}

/** The chat style's field list: nested (`venue (an object with name (text), …)`) or dotted. */
export function renderChatFields(x: Expander, item: ObjectDef): string {
  const v = x.pick(VOCABS.slice(0, 2).concat(VOCABS.slice(3)));
  const nested = x.chance(0.5);
  const joinList = (parts: string[]): string =>
    parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  if (nested) {
    const describe = (f: NamedField): string => {
      const d = f.def;
      if (d.kind === 'object') return `${f.name} (${v.obj} with ${joinList(d.fields.map(describe))})`;
      if (d.kind === 'array' && d.items.kind === 'object') {
        return `${f.name} (${v.list} ${d.minItems} to ${d.maxItems} objects, each with ${joinList(d.items.fields.map(describe))})`;
      }
      return `${f.name} (${wordedType(d, v)})`;
    };
    return joinList(item.fields.map(describe));
  }
  return joinList(flatten(item, '').map(({ path, def }) => `${path} (${wordedType(def, v)})`));
}

// ---------------------------------------------------------------------------------------------
// ascii_table

export function renderTable(x: Expander, item: ObjectDef): string {
  const withRequired = x.chance(0.6);
  const header = withRequired ? ['field', 'type', 'required', 'notes'] : ['field', 'type', 'notes'];
  const rows = flatten(item, '').map(({ path, def }) =>
    withRequired ? [path, compactTypeN(def), 'yes', compactNotes(def)] : [path, compactTypeN(def), compactNotes(def)],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const line = (cells: string[]): string => `|${cells.map((c, i) => ` ${c.padEnd(widths[i]!)} `).join('|')}|`;
  return [rule, line(header), rule, ...rows.map(line), rule].join('\n');
}
