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

/**
 * Where the walk's checks go: passing checks are counted, failing ones keep their message; the
 * full list is only built when asked for ({@link validateAgainstSchema}).
 */
class Collector {
  passed = 0;
  readonly errors: string[] = [];
  constructor(readonly checks: FieldCheck[] | null) {}

  pass(): void {
    this.passed++;
    if (this.checks !== null) this.checks.push(PASS);
  }

  fail(error: string): void {
    this.errors.push(error);
    if (this.checks !== null) this.checks.push(fail(error));
  }
}

/** The `type` values the walk dispatches on (anything else checks only `enum`). */
const enum Kind {
  Other,
  Array,
  Object,
  String,
  Number,
  Integer,
  Boolean,
}

const NO_REQUIRED: PyValue[] = [];

/**
 * One schema node as the walk sees it. Every field is derived from the node's dict exactly as
 * the walk would look it up; sub-schemas are compiled on first use, so a schema part that no
 * data reaches costs nothing and depth follows the data. Schemas are treated as immutable once
 * validated against (compiled nodes are cached per root dict; see {@link compiledSchema}).
 */
class SchemaNode {
  /** `type` when it is a list (the null-union rule applies), else null. */
  readonly union: PyValue[] | null;
  /** The `type` the walk dispatches on (after a one-member null union collapses). */
  readonly type: PyValue;
  readonly kind: Kind;
  private nullErrorText: string | null = null;
  private itemsNode: SchemaNode | null | undefined = undefined;
  private propNodes: Array<SchemaNode | undefined> | null = null;
  private propStrNames: Set<string> | null = null;
  private leaves = -1;
  private requiredLeaves: Map<number, number> | null = null;
  /** Set for array nodes. */
  readonly minItems: PyValue | undefined;
  readonly maxItems: PyValue | undefined;
  /** Set for object nodes: `required` when it is a list, and `properties` (a dict or empty). */
  readonly required: PyValue[];
  readonly props: PyDict;
  /** Set for number/integer nodes. */
  readonly minimum: PyValue | undefined;
  readonly maximum: PyValue | undefined;
  /** `enum` when present and not None; its members (list items, dict keys, else none). */
  readonly enumValue: PyValue | undefined;
  readonly enumMembers: readonly PyValue[];
  private enumErrorSuffix: string | null = null;

  constructor(readonly raw: PyValue) {
    const schema = asSchema(raw);
    let type: PyValue | undefined = schema.str('type');
    if (type === undefined) type = null;
    this.union = null;
    if (Array.isArray(type)) {
      this.union = type;
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
    this.type = type;
    this.kind =
      type === 'array'
        ? Kind.Array
        : type === 'object'
          ? Kind.Object
          : type === 'string'
            ? Kind.String
            : type === 'number'
              ? Kind.Number
              : type === 'integer'
                ? Kind.Integer
                : type === 'boolean'
                  ? Kind.Boolean
                  : Kind.Other;
    this.minItems = this.kind === Kind.Array ? schema.str('minItems') : undefined;
    this.maxItems = this.kind === Kind.Array ? schema.str('maxItems') : undefined;
    if (this.kind === Kind.Object) {
      const reqV = schema.str('required');
      const propsV = schema.str('properties');
      this.required = Array.isArray(reqV) ? reqV : NO_REQUIRED;
      this.props = propsV instanceof PyDict ? propsV : EMPTY;
    } else {
      this.required = NO_REQUIRED;
      this.props = EMPTY;
    }
    const numeric = this.kind === Kind.Number || this.kind === Kind.Integer;
    this.minimum = numeric ? schema.str('minimum') : undefined;
    this.maximum = numeric ? schema.str('maximum') : undefined;
    const e = schema.str('enum');
    this.enumValue = e === null ? undefined : e;
    this.enumMembers = e === undefined || e === null ? [] : Array.isArray(e) ? e : e instanceof PyDict ? e.keys() : [];
  }

  /** `expected <type>, got NoneType` (the list itself for a union). */
  nullError(): string {
    return (this.nullErrorText ??= `expected ${pyStr(this.union ?? this.type)}, got NoneType`);
  }

  /** ` not in allowed values <enum>`. */
  enumError(): string {
    return (this.enumErrorSuffix ??= ` not in allowed values ${pyStr(this.enumValue!)}`);
  }

  /** The compiled `items` when it is truthy, else null (array nodes). */
  items(): SchemaNode | null {
    if (this.itemsNode === undefined) {
      const items = asSchema(this.raw).str('items');
      this.itemsNode = pyTruthy(items) ? new SchemaNode(items!) : null;
    }
    return this.itemsNode;
  }

  /** The compiled sub-schema of the `i`-th property (object nodes). */
  prop(i: number): SchemaNode {
    const nodes = (this.propNodes ??= new Array<SchemaNode | undefined>(this.props.size));
    return (nodes[i] ??= new SchemaNode(this.props.valueAt(i)));
  }

  /** `key in properties`. */
  hasProp(key: PyValue): boolean {
    if (typeof key !== 'string') return this.props.has(key);
    if (this.props.size <= 8) return this.props.has(key);
    if (this.propStrNames === null) {
      this.propStrNames = new Set();
      for (const [k] of this.props.entries()) if (typeof k === 'string') this.propStrNames.add(k);
    }
    return this.propStrNames.has(key);
  }

  /** `_count_schema_leaves(node)` (depth 0), memoised. */
  leafCount(): number {
    if (this.leaves < 0) this.leaves = countSchemaLeaves(this.raw);
    return this.leaves;
  }

  /** Leaves charged for the `i`-th required name when it is missing. */
  missingLeaves(i: number): number {
    const map = (this.requiredLeaves ??= new Map());
    let n = map.get(i);
    if (n === undefined) {
      const name = this.required[i]!;
      n = this.props.has(name) ? countSchemaLeaves(this.props.get(name)!) : 1;
      map.set(i, n);
    }
    return n;
  }
}

/**
 * The compiled view of a root schema, kept on the dict itself ({@link PyDict.memo}): a task's
 * schema is compiled once however many responses are validated against it, and the view is
 * garbage with the schema (no WeakMap, whose ephemeron bookkeeping costs more than it saves when
 * every row brings its own schema). Schemas are not mutated once validated against.
 */
function compiledSchema(schema: PyValue): SchemaNode {
  if (!(schema instanceof PyDict)) return new SchemaNode(schema);
  const memo = schema.memo;
  if (memo instanceof SchemaNode) return memo;
  const node = new SchemaNode(schema);
  schema.memo = node;
  return node;
}

/** Walk `data` against `schema`; returns every check in walk order (passing and failing). */
export function validateAgainstSchema(data: PyValue, schema: PyValue): FieldCheck[] {
  const out = new Collector([]);
  walk(data, compiledSchema(schema), out);
  return out.checks!;
}

/**
 * The same walk, summarised: how many checks passed and the failing checks' messages in walk
 * order (what the validator keeps; `passed + errors.length` is the number of checks).
 */
export function summarizeSchemaWalk(data: PyValue, schema: PyValue): { passed: number; errors: string[] } {
  const out = new Collector(null);
  walk(data, compiledSchema(schema), out);
  return { passed: out.passed, errors: out.errors };
}

function walk(data: PyValue, node: SchemaNode, out: Collector): void {
  if (node.union !== null && data === null) {
    if (pyIn('null', node.union)) out.pass();
    else out.fail(node.nullError());
    return;
  }
  if (data === null && node.type !== 'null') {
    out.fail(node.nullError());
    return;
  }

  switch (node.kind) {
    case Kind.Array: {
      if (!Array.isArray(data)) {
        out.fail(`expected array, got ${pyTypeName(data)}`);
        return;
      }
      const { minItems, maxItems } = node;
      if (minItems !== undefined && minItems !== null && lt(BigInt(data.length), minItems)) {
        out.fail(`array has ${data.length} items, minimum is ${pyStr(minItems)}`);
      } else if (maxItems !== undefined && maxItems !== null && lt(maxItems, BigInt(data.length))) {
        out.fail(`array has ${data.length} items, maximum is ${pyStr(maxItems)}`);
      }
      const items = node.items();
      if (items !== null) for (let i = 0; i < data.length; i++) walk(data[i]!, items, out);
      return;
    }
    case Kind.Object: {
      if (!(data instanceof PyDict)) {
        out.fail(`expected object, got ${pyTypeName(data)}`);
        return;
      }
      // Objects usually list their keys in the schema's order: each lookup tries the position
      // after the previous hit first.
      const required = node.required;
      let hint = 0;
      for (let i = 0; i < required.length; i++) {
        const at = data.indexNear(required[i]!, hint);
        if (at < 0) {
          const sub = node.missingLeaves(i);
          for (let k = 0; k < sub; k++) out.fail('required field missing');
        } else hint = at + 1;
      }
      const props = node.props;
      const nProps = props.size;
      let found = 0;
      hint = 0;
      for (let i = 0; i < nProps; i++) {
        const at = data.indexNear(props.keyAt(i), hint);
        if (at >= 0) {
          found++;
          hint = at + 1;
          walk(data.valueAt(at), node.prop(i), out);
        }
      }
      // Keys are unique under Python equality on both sides, so when every data key matched a
      // property there is nothing extraneous.
      if (found < data.size) {
        let extra: string[] | null = null;
        for (let i = 0; i < data.size; i++) {
          const k = data.keyAt(i);
          if (!node.hasProp(k)) (extra ??= []).push(pyStr(k));
        }
        if (extra) {
          extra.sort(compareCodePoints);
          for (const key of extra) out.fail(`extraneous field '${key}'`);
        }
      }
      return;
    }
    case Kind.String:
      if (typeof data === 'string') out.pass();
      else out.fail(`expected string, got ${pyTypeName(data)}`);
      break;
    case Kind.Number:
    case Kind.Integer: {
      const ok = node.kind === Kind.Number ? isNum(data) : typeof data === 'bigint';
      if (!ok) {
        out.fail(`expected ${node.type as string}, got ${pyTypeName(data)}`);
      } else {
        const { minimum, maximum } = node;
        if (minimum !== undefined && minimum !== null && lt(data, minimum)) {
          out.fail(`${pyStr(data)} is less than minimum ${pyStr(minimum)}`);
        } else if (maximum !== undefined && maximum !== null && lt(maximum, data)) {
          out.fail(`${pyStr(data)} is greater than maximum ${pyStr(maximum)}`);
        } else out.pass();
      }
      break;
    }
    case Kind.Boolean:
      if (typeof data === 'boolean') out.pass();
      else out.fail(`expected boolean, got ${pyTypeName(data)}`);
      break;
  }

  if (node.enumValue !== undefined) {
    if (pyIn(data, node.enumMembers)) out.pass();
    else out.fail(`${pyRepr(data)}${node.enumError()}`);
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
  const root = compiledSchema(jsonSchema);
  const schema = asSchema(jsonSchema);
  if (schema.str('type') === 'array') {
    const items = root.items();
    if (items === null) return 0;
    const leaves = items.leafCount();
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
  return root.leafCount();
}
