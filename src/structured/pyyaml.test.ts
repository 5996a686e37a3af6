import { describe, expect, it } from 'vitest';
import { YamlError, composeYaml, formatYamlError, isFlowStyle, loadBlockYaml, loadYaml, resolvePlainScalar } from './pyyaml.js';
import { PyDict, PyOther, pyRepr } from './pyvalue.js';

/** Load `v: <scalar>` and return the value of v. */
function scalar(text: string): unknown {
  const d = loadYaml(`v: ${text}\n`).value as PyDict;
  return d.get('v');
}

function yamlError(text: string): string {
  try {
    loadBlockYaml(text);
  } catch (e) {
    if (e instanceof YamlError) return formatYamlError(e);
    throw e;
  }
  return 'no error';
}

describe('YAML 1.1 implicit typing (SafeLoader without timestamps)', () => {
  it('booleans: yes/no/on/off/true/false in three cases; y/n stay strings', () => {
    for (const t of ['yes', 'Yes', 'YES', 'on', 'ON', 'true', 'True']) expect(scalar(t)).toBe(true);
    for (const f of ['no', 'No', 'NO', 'off', 'Off', 'false', 'FALSE']) expect(scalar(f)).toBe(false);
    for (const s of ['y', 'n', 'Y', 'N', 'tRue', 'yES']) expect(scalar(s)).toBe(s);
  });
  it('null: null/Null/NULL/~ and empty', () => {
    for (const n of ['null', 'Null', 'NULL', '~', '']) expect(scalar(n)).toBe(null);
    expect(scalar('nULL')).toBe('nULL');
  });
  it('integers: decimal with _, octal, hex, binary, sexagesimal', () => {
    expect(scalar('1_000')).toBe(1000n);
    expect(scalar('02142')).toBe(1122n);
    expect(scalar('0x1F')).toBe(31n);
    expect(scalar('-0b11')).toBe(-3n);
    expect(scalar('14:35')).toBe(875n);
    expect(scalar('08:15')).toBe('08:15');
    expect(scalar('08')).toBe('08');
    expect(scalar('0o17')).toBe('0o17');
    expect(scalar('123456789012345678901234567890')).toBe(123456789012345678901234567890n);
  });
  it('floats need a dot; exponents need a sign', () => {
    expect(scalar('1e3')).toBe('1e3');
    expect(scalar('1.0e+3')).toBe(1000);
    expect(scalar('1.0e3')).toBe('1.0e3');
    expect(scalar('.5')).toBe(0.5);
    expect(scalar('5.')).toBe(5);
    expect(typeof scalar('5.')).toBe('number');
    expect(scalar('-.inf')).toBe(-Infinity);
    expect(Number.isNaN(scalar('.NaN'))).toBe(true);
    expect(scalar('190:20:30.15')).toBeCloseTo(685230.15);
  });
  it('dates stay strings unless tagged', () => {
    expect(scalar('2025-03-14')).toBe('2025-03-14');
    expect(scalar('2025-01-05T06:00:00Z')).toBe('2025-01-05T06:00:00Z');
    const d = scalar('!!timestamp 2025-03-14') as PyOther;
    expect(d.typeName).toBe('date');
    expect(pyRepr(d)).toBe('datetime.date(2025, 3, 14)');
    const dt = scalar('!!timestamp 2001-12-14t21:59:43.10-05:00') as PyOther;
    expect(pyRepr(dt)).toBe(
      'datetime.datetime(2001, 12, 14, 21, 59, 43, 100000, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=68400)))',
    );
  });
  it('the value tag "=" has no constructor', () => {
    expect(yamlError('v: =')).toBe(
      "could not determine a constructor for the tag 'tag:yaml.org,2002:value'; at line 1, column 4; near: 'v: =\\x00'",
    );
  });
  it('resolves plain scalars in registration order', () => {
    expect(resolvePlainScalar('NO')).toBe('tag:yaml.org,2002:bool');
    expect(resolvePlainScalar('<<')).toBe('tag:yaml.org,2002:merge');
    expect(resolvePlainScalar('1.5')).toBe('tag:yaml.org,2002:float');
    expect(resolvePlainScalar('hello')).toBe('tag:yaml.org,2002:str');
  });
});

describe('YAML mappings, keys and documents', () => {
  it('duplicate keys keep the last value; non-string keys are kept', () => {
    const d = loadYaml('a: 1\na: 2\n1: x\ntrue: y\n~: z\n').value as PyDict;
    expect(d.get('a')).toBe(2n);
    expect(d.keys()).toEqual(['a', 1n, null]); // True == 1: one key
    expect(d.get(1n)).toBe('y');
  });
  it('merge keys and anchors work', () => {
    const d = loadYaml('base: &b {x: 1}\nitem:\n  <<: *b\n  y: 2\n').value as PyDict;
    const item = d.get('item') as PyDict;
    expect(item.keys()).toEqual(['x', 'y']);
  });
  it('reader, scanner, parser and composer errors read like PyYAML', () => {
    expect(yamlError('a: \x07')).toBe(
      'unacceptable character #x0007: special characters are not allowed\n  in "<unicode string>", position 3',
    );
    expect(yamlError('- a\n---\n- b')).toBe("but found another document; at line 2, column 1; near: '---'");
    expect(yamlError('a:\n\t- b')).toBe("found character '\\t' that cannot start any token; at line 2, column 1; near: '- b\\x00'");
    expect(yamlError('a: 1\nb: [1, 2\n')).toBe("expected ',' or ']', but got '<stream end>'; at line 3, column 1; near: '\\x00'");
    expect(yamlError('a: "x\n')).toBe("found unexpected end of stream; at line 2, column 1; near: '\\x00'");
    expect(yamlError('- v: a\n  w: x: y\n')).toMatch(/^mapping values are not allowed here; at line 2, column 7/);
  });
  it('skips a leading BOM', () => {
    expect((loadYaml('\ufeffa: 1').value as PyDict).get('a')).toBe(1n);
  });
  it('an empty document is null', () => {
    expect(loadYaml('').value).toBe(null);
    expect(loadYaml('# only a comment\n').value).toBe(null);
  });
});

describe('flow-style detection', () => {
  it('flags flow roots and flow mappings anywhere, not nested flow sequences', () => {
    expect(isFlowStyle(composeYaml('[1, 2]'))).toBe(true);
    expect(isFlowStyle(composeYaml('{"a": 1}'))).toBe(true);
    expect(isFlowStyle(composeYaml('a: 1\nb: {}\n'))).toBe(true);
    expect(isFlowStyle(composeYaml('- a: 1\n  tags: [x, y]\n  none: []\n'))).toBe(false);
    expect(isFlowStyle(composeYaml('- tags: [{a: 1}]\n'))).toBe(true);
  });
  it('the flow check sees merge sources before construction flattens them', () => {
    expect(loadBlockYaml('a:\n  <<: {x: 1}\n').flow).toBe(true);
  });
});

describe('hostile YAML', () => {
  it('bounds alias expansion', () => {
    const names = 'abcdefghij';
    let doc = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < names.length; i++) doc += `${names[i]}: &${names[i]} [${Array(10).fill('*' + names[i - 1]).join(', ')}]\n`;
    expect(yamlError(doc)).toMatch(/alias bomb/);
  });
  it('deep nesting is an error, not a crash', () => {
    expect(yamlError('['.repeat(100000) + ']'.repeat(100000))).toBe('maximum recursion depth exceeded');
    expect(yamlError('- '.repeat(100000) + 'x')).toBe('maximum recursion depth exceeded');
    expect(yamlError('- '.repeat(300) + 'x')).toBe('no error');
  });
  it('rejects lone surrogates as non-printable', () => {
    expect(yamlError('a: "\ud800"')).toMatch(/^unacceptable character #xd800/);
  });
});

describe('construction', () => {
  it('gives an alias the same constructed object as its anchor', () => {
    const d = loadYaml('a: &x [1, {k: v}]\nb: *x\nc: [1, {k: v}]\n').value as PyDict;
    expect(d.get('b')).toBe(d.get('a'));
    expect(d.get('c')).not.toBe(d.get('a'));
    expect(pyRepr(d)).toBe("{'a': [1, {'k': 'v'}], 'b': [1, {'k': 'v'}], 'c': [1, {'k': 'v'}]}");
  });
});
