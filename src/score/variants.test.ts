import { describe, expect, it } from 'vitest';
import { isBlank, looseVariants } from './variants.js';

describe('looseVariants', () => {
  it('builds the eight variants in the reference order', () => {
    const response = 'Sure! Here it is:\n**Title**\nbody *text*\nHope this helps.';
    expect(looseVariants(response)).toEqual([
      response,
      'Sure! Here it is:\nTitle\nbody text\nHope this helps.',
      '**Title**\nbody *text*\nHope this helps.',
      'Sure! Here it is:\n**Title**\nbody *text*',
      '**Title**\nbody *text*',
      'Title\nbody text\nHope this helps.',
      'Sure! Here it is:\nTitle\nbody text',
      'Title\nbody text',
    ]);
  });

  it('strips line-dropped variants with Python whitespace rules (BOM kept, U+0085 stripped)', () => {
    const [, , first, last] = looseVariants('intro\n\u0085 middle \ufeff\nend');
    expect(first).toBe('middle \ufeff\nend');
    expect(last).toBe('intro\n\u0085 middle \ufeff');
  });

  it('gives empty variants for a one-line response', () => {
    const v = looseVariants('only line');
    expect(v[2]).toBe('');
    expect(v[3]).toBe('');
    expect(v[4]).toBe('');
  });
});

describe('isBlank', () => {
  it('follows Python str.strip()', () => {
    expect(isBlank(' \n\t\u3000')).toBe(true);
    expect(isBlank('\ufeff')).toBe(false);
    expect(isBlank('\u001c\u0085')).toBe(true);
    expect(isBlank('a')).toBe(false);
  });
});

describe('looseVariants line dropping matches Python list slicing', () => {
  // Python: r = s.split("\n"); "\n".join(r[1:]), "\n".join(r[:-1]), "\n".join(r[1:-1]), each stripped.
  const pythonLike = (s: string) => {
    const r = s.split('\n');
    return [r.slice(1).join('\n'), r.slice(0, -1).join('\n'), r.slice(1, -1).join('\n')].map((x) => x.trim());
  };
  it.each(['', 'one', 'a\nb', 'a\nb\nc', '\n', '\n\n', 'x\n', '\nx', ' a \n b \n c \n d '])('%j', (text) => {
    const [, , first, last, both] = looseVariants(text);
    expect([first, last, both]).toEqual(pythonLike(text));
  });
});
