/**
 * The WebAssembly kernels (trial-kernel.wat, ngram-kernel.wat) must give bit-identical
 * probability vectors to the JavaScript loops, on every kind of text: short, long, multilingual, Latin and non-Latin, and on
 * real model responses when ../shared/parity is present.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { langdetectVectorWith } from './detector.js';
import { createTrialKernel, KERNEL_MAX_GRAMS, kernelsAvailable, NGRAM_KERNEL_MAX_CHARS } from './kernel.js';

const available = kernelsAvailable();
if (!available) {
  const message = 'data/langdetect/*-kernel.wasm are missing: run `npm run build` (npm test does)';
  if (process.env['CI']) throw new Error(message);
  console.warn(`[kernel] skipped: ${message}`);
}

function sameBits(a: Float64Array | null, b: Float64Array | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let j = 0; j < a.length; j++) if (!Object.is(a[j], b[j])) return false;
  return true;
}

const TEXTS = [
  'The committee will meet on Tuesday to review the budget.',
  'Le comité se réunira mardi pour examiner le budget, puis il votera.',
  'Das Komitee trifft sich am Dienstag, um das Budget zu prüfen.',
  'Комитет соберётся во вторник, чтобы рассмотреть бюджет.',
  '委员会将于星期二开会审查预算。委員会は火曜日に予算を審査するために集まります。',
  'समिति बजट की समीक्षा के लिए मंगलवार को बैठक करेगी।',
  'ÜBER ALLES \u{1D400}\u{1D401}\u{1D41A} \u{1F600} MIXED Case WORDS and http://example.com/x mail@example.org',
  'Tie\u0301ng Vie\u0323t co\u0301 da\u0302\u0301u',
  'ok', 'a', 'Hello bonjour hola ciao hallo', 'ABC DEF GHI', '12345 !!!',
  'the '.repeat(3000),
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor '.repeat(200),
];

describe.skipIf(!available)('langdetect WebAssembly kernels', () => {
  it('gives the JavaScript loop\'s vectors, bit for bit', () => {
    for (const text of TEXTS) {
      expect(sameBits(langdetectVectorWith(text, 'kernel'), langdetectVectorWith(text, 'javascript')), text.slice(0, 40)).toBe(true);
    }
  });

  it('hold every text langdetect keeps (10,000 characters) and its n-grams (3 per character)', () => {
    expect(NGRAM_KERNEL_MAX_CHARS).toBeGreaterThanOrEqual(10_000);
    expect(KERNEL_MAX_GRAMS).toBeGreaterThanOrEqual(3 * 10_000);
    expect(createTrialKernel()).not.toBeNull();
  });

  const parity = new URL('../../../../shared/parity/ifeval.jsonl', import.meta.url);
  it.skipIf(!existsSync(parity))('agrees on 1,500 real responses', () => {
    const lines = readFileSync(parity, 'utf8').split('\n').filter((l) => l.trim());
    let compared = 0;
    for (let i = 0; i < lines.length; i += 8) {
      const response = (JSON.parse(lines[i]!) as { response: string }).response;
      expect(sameBits(langdetectVectorWith(response, 'kernel'), langdetectVectorWith(response, 'javascript')), `line ${i + 1}`).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThan(1500);
  });
});
