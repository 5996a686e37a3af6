/**
 * IFStruct's recursive schema walk (`validate_against_json_schema`) and its leaf counting
 * (`_count_schema_leaves`, `_compute_expected_checks`), on Python values.
 *
 * It is deliberately *not* JSON Schema: only `type` (string or list, `null` unions), `enum`
 * (Python `==`), `minimum`/`maximum`, `minItems`/`maxItems`, `items`, `properties` and
 * `required` are read, and every key not in `properties` is an error. The generic
 * JSON-Schema check lives in `json-schema.ts`.
 */
import {
  PyDict,
  compareCodePoints,
  pyIn,
  pyRepr,
  pyStr,
  pyTypeName,
  type PyValue,
} from './pyvalue.js';

/**
 * One leaf or structural check: `error` is set when it failed. (The reference also records a
 * path such as `[0].venue.name`; it never reaches any message, so heed does not build it.)
 */
export interface FieldCheck {
  readonly passed: boolean;
  readonly error: string | null;
}

const EMPTY = new PyDict();
const PASS: FieldCheck = { passed: true, error: null };

function fail(error: string): FieldCheck {
  return { passed: false, error };
}

/** A schema node as a dict (anything else behaves as an empty schema). */
function asSchema(v: PyValue | undefined): PyDict {
  return v instanceof PyDict ? v : EMPTY;
}

/** Python truthiness. */
export function pyTruthy(v: PyValue | undefined): boolean {
  if (v === undefined || v === null || v === false) return false;
  if (v === true) return true;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof PyDict) return v.size > 0;
  return v.items.length > 0 || v.typeName === 'date' || v.typeName === 'datetime' || v.text !== "b''";
}

function isNum(v: PyValue): v is bigint | number {
  return typeof v === 'bigint' || typeof v === 'number';
}

/** Python `a < b` for numbers (bool counts as int). Non-numbers never compare (treated as false). */
function lt(a: PyValue, b: PyValue): boolean {
  const x = typeof a === 'boolean' ? (a ? 1n : 0n) : a;
  const y = typeof b === 'boolean' ? (b ? 1n : 0n) : b;
  if (!isNum(x) || !isNum(y)) return false;
  return x < y;
}

function isNullName(t: PyValue): boolean {
  return t === 'null';
}

/** Walk `data` against `schema`; returns every check in walk order (passing and failing). */
export function validateAgainstSchema(data: PyValue, schema: PyValue): FieldCheck[] {
  const out: FieldCheck[] = [];
  walk(data, schema, out);
  return out;
}

function walk(data: PyValue, schemaValue: PyValue, checks: FieldCheck[]): void {
  const schema = asSchema(schemaValue);
  let type: PyValue | undefined = schema.str('type');
  if (type === undefined) type = null;

  if (Array.isArray(type)) {
    if (data === null) {
      checks.push(pyIn('null', type) ? PASS : fail(`expected ${pyStr(type)}, got NoneType`));
      return;
    }
    let only: PyValue | undefined;
    let nonNull = 0;
    for (const t of type) {
      if (!isNullName(t)) {
        nonNull++;
        only = t;
      }
    }
    if (nonNull === 1) type = only!;
  }

  if (data === null && type !== 'null') {
    checks.push(fail(`expected ${pyStr(type)}, got NoneType`));
    return;
  }

  if (type === 'array') {
    if (!Array.isArray(data)) {
      checks.push(fail(`expected array, got ${pyTypeName(data)}`));
      return;
    }
    const minItems = schema.str('minItems');
    const maxItems = schema.str('maxItems');
    const n = BigInt(data.length);
    if (minItems !== undefined && minItems !== null && lt(n, minItems)) {
      checks.push(fail(`array has ${data.length} items, minimum is ${pyStr(minItems)}`));
    } else if (maxItems !== undefined && maxItems !== null && lt(maxItems, n)) {
      checks.push(fail(`array has ${data.length} items, maximum is ${pyStr(maxItems)}`));
    }
    const items = schema.str('items');
    if (pyTruthy(items)) for (const item of data) walk(item, items!, checks);
    return;
  }

  if (type === 'object') {
    if (!(data instanceof PyDict)) {
      checks.push(fail(`expected object, got ${pyTypeName(data)}`));
      return;
    }
    const reqV = schema.str('required');
    const propsV = schema.str('properties');
    const props = propsV instanceof PyDict ? propsV : EMPTY;
    if (Array.isArray(reqV)) {
      for (const name of reqV) {
        if (!data.has(name)) {
          const sub = props.has(name) ? countSchemaLeaves(props.get(name)!) : 1;
          for (let k = 0; k < sub; k++) checks.push(fail('required field missing'));
        }
      }
    }
    for (const [name, sub] of props.entries()) {
      const v = data.get(name);
      if (v !== undefined) walk(v, sub, checks);
    }
    if (data.size > 0) {
      let extra: string[] | null = null;
      for (const [k] of data.entries()) {
        if (!props.has(k)) (extra ??= []).push(pyStr(k));
      }
      if (extra) {
        extra.sort(compareCodePoints);
        for (const key of extra) checks.push(fail(`extraneous field '${key}'`));
      }
    }
    return;
  }

  if (type === 'string') {
    checks.push(typeof data === 'string' ? PASS : fail(`expected string, got ${pyTypeName(data)}`));
  }

  if (type === 'number' || type === 'integer') {
    const ok = type === 'number' ? isNum(data) : typeof data === 'bigint';
    if (!ok) {
      checks.push(fail(`expected ${type}, got ${pyTypeName(data)}`));
    } else {
      let error: string | null = null;
      const minimum = schema.str('minimum');
      const maximum = schema.str('maximum');
      if (minimum !== undefined && minimum !== null && lt(data, minimum)) {
        error = `${pyStr(data)} is less than minimum ${pyStr(minimum)}`;
      } else if (maximum !== undefined && maximum !== null && lt(maximum, data)) {
        error = `${pyStr(data)} is greater than maximum ${pyStr(maximum)}`;
      }
      checks.push(error === null ? PASS : fail(error));
    }
  } else if (type === 'boolean') {
    checks.push(typeof data === 'boolean' ? PASS : fail(`expected boolean, got ${pyTypeName(data)}`));
  }

  const enumValues = schema.str('enum');
  if (enumValues !== undefined && enumValues !== null) {
    const members = Array.isArray(enumValues) ? enumValues : enumValues instanceof PyDict ? enumValues.keys() : [];
    checks.push(pyIn(data, members) ? PASS : fail(`${pyRepr(data)} not in allowed values ${pyStr(enumValues)}`));
  }
}

/** `_count_schema_leaves`: how many leaf checks one instance of `schema` is expected to produce. */
export function countSchemaLeaves(schemaValue: PyValue, depth = 0): number {
  const schema = asSchema(schemaValue);
  let type: PyValue | undefined = schema.str('type');
  if (Array.isArray(type)) {
    const nonNull = type.filter((t) => !isNullName(t));
    type = nonNull.length === 1 ? nonNull[0]! : type;
  }
  if (depth > 900) return 1;
  if (type === 'object') {
    const propsV = schema.str('properties');
    if (!pyTruthy(propsV)) return 1;
    const props = propsV instanceof PyDict ? propsV : EMPTY;
    const required = schema.str('required');
    let selected: PyValue[];
    if (required === undefined || required === null) selected = props.entries().map(([, v]) => v);
    else {
      const names = Array.isArray(required) ? required : [];
      selected = names.filter((n) => props.has(n)).map((n) => props.get(n)!);
    }
    if (!selected.length) return 1;
    let sum = 0;
    for (const s of selected) sum += countSchemaLeaves(s, depth + 1);
    return sum;
  }
  if (type === 'array') {
    const items = schema.str('items');
    return pyTruthy(items) ? countSchemaLeaves(items!, depth + 1) : 1;
  }
  const e = schema.str('enum');
  return e !== undefined && e !== null ? 2 : 1;
}

/** `_compute_expected_checks`: leaves per item times the (minimum) count for array schemas. */
export function computeExpectedChecks(jsonSchema: PyValue, topLevelCount: PyValue): number {
  const schema = asSchema(jsonSchema);
  if (schema.str('type') === 'array') {
    const items = schema.str('items');
    if (!pyTruthy(items)) return 0;
    const leaves = countSchemaLeaves(items!);
    if (typeof topLevelCount === 'bigint' || typeof topLevelCount === 'boolean') {
      return Number(typeof topLevelCount === 'boolean' ? (topLevelCount ? 1 : 0) : topLevelCount) * leaves;
    }
    if (Array.isArray(topLevelCount) && topLevelCount.length === 2) {
      const first = topLevelCount[0]!;
      if (typeof first === 'bigint') return Number(first) * leaves;
      if (typeof first === 'number') return first * leaves;
      if (typeof first === 'boolean') return (first ? 1 : 0) * leaves;
      return 0;
    }
    return 0;
  }
  return countSchemaLeaves(schema);
}
