/**
 * `detectLanguage` may stop its trials once the answer is certain; it must always give the answer
 * the full seven trials give (the leader of the complete probability vector).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { detectLanguage, langdetectProbabilityVector, LANGDETECT_LANGUAGES } from './index.js';

function fullLeader(text: string): string | null {
  const vector = langdetectProbabilityVector(text);
  if (vector === null) return null;
  let best = -1;
  for (let j = 0; j < vector.length; j++) if (vector[j]! > 0.1 && (best < 0 || vector[j]! > vector[best]!)) best = j;
  return best < 0 ? 'unknown' : LANGDETECT_LANGUAGES[best]!;
}

const OWN_TEXTS = [
  'The committee will meet on Tuesday to review the budget.',
  'Le comité se réunira mardi pour examiner le budget.',
  'Das Komitee trifft sich am Dienstag, um das Budget zu prüfen.',
  'El comité se reunirá el martes para revisar el presupuesto.',
  'Il comitato si riunirà martedì per esaminare il bilancio.',
  'O comitê se reunirá na terça-feira para revisar o orçamento.',
  'Комитет соберётся во вторник, чтобы рассмотреть бюджет.',
  '委员会将于星期二开会审查预算。',
  '委員会は火曜日に予算を審査するために集まります。',
  'Ok ok', 'ja', 'no', 'si si si', 'Questo a che ora comincia? I don\'t know',
  'Hello bonjour hola ciao hallo', 'ABC DEF', 'lol xd', '12345 !!!', 'e e e e e', 'the',
];

describe('early decision in detectLanguage', () => {
  it('agrees with the full seven trials on short, mixed and borderline texts', () => {
    for (const text of OWN_TEXTS) expect([text, detectLanguage(text)]).toEqual([text, fullLeader(text)]);
  });

  const parity = new URL('../../../../shared/parity/ifeval.jsonl', import.meta.url);
  it.skipIf(!existsSync(parity))('agrees with the full seven trials on 2,000 real responses and their variants', () => {
    const lines = readFileSync(parity, 'utf8').split('\n').filter((l) => l.trim()).slice(0, 2000);
    let compared = 0;
    for (const line of lines) {
      const { response } = JSON.parse(line) as { response: string };
      for (const text of [response, response.toLowerCase(), response.toUpperCase(), response.slice(0, 40)]) {
        expect(detectLanguage(text)).toBe(fullLeader(text));
        compared++;
      }
    }
    expect(compared).toBe(8000);
  });
});
