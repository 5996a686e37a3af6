import { describe, expect, it } from 'vitest';
import { plainRow, splitJsonl, type InputRow } from './pipeline.js';

const plain = (rows: InputRow[]) => rows.map(plainRow);

describe('splitJsonl', () => {
  const samples = [
    '{"a":1}\n{"b":2}\n',
    '{"a":1}\r\n\r\n  \n{"b":"é – 東京 😀"}',
    '\uFEFF{"bom":true}\n{"x":1}\n\n',
    '\n\n{"late":1}',
    '',
    '   ',
    '{"a":1}\n\t\n{"c":"\\n"}\r\n',
  ];

  it('gives the same rows and line numbers from the text and from its UTF-8 bytes', () => {
    for (const text of samples) {
      expect(plain(splitJsonl(Buffer.from(text, 'utf8'))), JSON.stringify(text)).toEqual(splitJsonl(text));
    }
  });

  it('skips lines blank in JavaScript\'s sense from bytes too (no-break space, BOM), keeps others', () => {
    const text = '{"a":1}\n\u00a0\u2003\n\ufeff\n\x1c\n{"b":2}';
    expect(plain(splitJsonl(Buffer.from(text, 'utf8')))).toEqual(splitJsonl(text));
    expect(splitJsonl(text).map((r) => r.line)).toEqual([1, 4, 5]);
  });

  it('numbers lines from 1, skips blank ones and drops a trailing carriage return', () => {
    expect(splitJsonl('{"a":1}\r\n\r\n  \n{"b":2}')).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 4, text: '{"b":2}' },
    ]);
  });

  it('decodes invalid UTF-8 per line as decoding the whole file does', () => {
    const bytes = Buffer.from([0x7b, 0x7d, 0xe2, 0x82, 0x0a, 0xff, 0x7b, 0x7d, 0x0a]);
    expect(plain(splitJsonl(bytes))).toEqual(splitJsonl(bytes.toString('utf8')));
  });
});
