import { describe, expect, it } from 'vitest';
import { stripThinking } from './thinking.js';

describe('stripThinking', () => {
  it('removes closed blocks and keeps the answer', () => {
    expect(stripThinking('<think>plan it</think>\n\nThe answer.')).toBe('The answer.');
    expect(stripThinking('A <think>x</think>B<think>y</think> C')).toBe('A B C');
  });
  it('drops an unterminated block to the end', () => {
    expect(stripThinking('Answer first. <think>never closed')).toBe('Answer first.');
    expect(stripThinking('<think>still thinking')).toBe('');
  });
  it('drops reasoning opened by the chat template (a leading close tag)', () => {
    expect(stripThinking('reasoning here</think>Final.')).toBe('Final.');
  });
  it('leaves text without tags alone apart from outer whitespace', () => {
    expect(stripThinking('  plain  ')).toBe('plain');
  });
  it('handles 200,000 unclosed opening tags', () => {
    const hostile = '<think>'.repeat(200_000);
    expect(stripThinking(hostile)).toBe('');
  });
});
