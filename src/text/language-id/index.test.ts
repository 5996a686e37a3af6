/**
 * The langdetect port. Expected values were printed by Python's langdetect 1.0.9 with
 * `DetectorFactory.seed = 0` (`detect(text)`, `detect_langs(text)`), one text per case.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguageProbabilities, langdetectProbabilityVector, LANGDETECT_LANGUAGES } from './index.js';
import { parseMessages } from './model.js';

const probs = (text: string) => detectLanguageProbabilities(text).map((p) => [p.lang, p.prob]);

describe('detectLanguage (langdetect.detect, seed 0)', () => {
  it('gives the reference language and bit-identical probabilities', () => {
    expect(probs('This is a simple English sentence about the weather today.')).toEqual([['en', 0.9999964555049293]]);
    expect(probs('Ceci est une phrase en français.')).toEqual([['fr', 0.9999956302010568]]);
    expect(probs('Dies ist ein deutscher Satz über das Wetter.')).toEqual([['de', 0.9999970786681239]]);
    expect(probs('Это предложение написано на русском языке, и оно довольно длинное.')).toEqual([
      ['ru', 0.9999983414148693],
    ]);
    expect(probs('El rápido zorro marrón salta sobre el perro perezoso en el parque.')).toEqual([
      ['es', 0.9999964874665973],
    ]);
    expect(probs('هذه جملة مكتوبة باللغة العربية، وهي طويلة بعض الشيء.')).toEqual([['ar', 0.9999989186239948]]);
    expect(probs('ok')).toEqual([['sk', 0.9999944857894201]]);
  });

  it('normalises CJK scripts (kana, hangul, kanji classes) like langdetect', () => {
    expect(probs('これは日本語の文章です。今日はとても良い天気ですね。')).toEqual([['ja', 0.9999995252209074]]);
    expect(probs('이것은 한국어 문장입니다. 오늘 날씨가 정말 좋네요.')).toEqual([['ko', 0.9999995058872391]]);
    expect(probs('这是一个中文句子。')).toEqual([['zh-cn', 0.9999982282957558]]);
    expect(probs('這是一個繁體中文的句子，我們今天去學校。')).toEqual([
      ['zh-tw', 0.8571407504110805],
      ['ko', 0.14285822753500732],
    ]);
  });

  it('folds Vietnamese letter + combining mark pairs', () => {
    expect(probs('Tôi đang học tiếng Việt và tôi rất thích ngôn ngữ này.')).toEqual([['vi', 0.9999976324337131]]);
    expect(probs('To\u0302i \u0111ang ho\u0323c tie\u0302\u0301ng Vie\u0323\u0302t')).toEqual([['vi', 0.9999984123143724]]);
  });

  it('drops Latin letters from mostly non-Latin text, skips capitalised words, removes URLs and mail', () => {
    expect(probs('Привет hello мир world это текст')).toEqual([['ru', 0.9999944606759255]]);
    expect(probs('THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG')).toEqual([
      ['en', 0.8571387862937907],
      ['de', 0.14285960056149374],
    ]);
    expect(probs('see http://example.com/path?x=1 and mail me at john.doe@example.org today please')).toEqual([
      ['en', 0.9999977402105233],
    ]);
    expect(detectLanguage('http://example.com/only/a/url')).toBeNull();
    expect(detectLanguage('someone@example.com')).toBeNull();
  });

  it('returns null where langdetect raises (no features)', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('12345 !!! ???')).toBeNull();
    expect(detectLanguage('   \n\t  ')).toBeNull();
    expect(detectLanguageProbabilities('12345')).toEqual([]);
  });

  it('is deterministic: the generator is reseeded for every detection', () => {
    const text = 'The committee will meet again next week to discuss the budget.';
    const first = Array.from(langdetectProbabilityVector(text)!);
    detectLanguage('Ceci est une autre phrase, en français cette fois.');
    expect(Array.from(langdetectProbabilityVector(text)!)).toEqual(first);
    expect(first.length).toBe(LANGDETECT_LANGUAGES.length);
  });

  it('reads only the first 10,000 characters, counted after URL removal', () => {
    const english = 'This is plain English text about the weather and the garden. ';
    const french = 'Le chat dort sur le canapé pendant que la pluie tombe dehors. ';
    // 10,000+ characters of English then French: only the English part is read.
    const long = english.repeat(Math.ceil(10000 / english.length)) + french.repeat(2000);
    expect(detectLanguageProbabilities(long)).toEqual(
      detectLanguageProbabilities(english.repeat(Math.ceil(10000 / english.length)) + french.repeat(3)),
    );
    // URLs collapse to one space each before the cut, so French text after 60k characters of
    // URLs is still read.
    const url = `http://example.com/${'a'.repeat(80)} `;
    const viaUrls = url.repeat(800) + french.repeat(10);
    expect(viaUrls.length).toBeGreaterThan(60000);
    expect(detectLanguage(viaUrls)).toBe('fr');
  });

  it('stays fast on hostile input (5 MB)', () => {
    const inputs = [
      'a'.repeat(5_000_000),
      'word '.repeat(1_000_000),
      'a@'.repeat(2_500_000),
      `http://${'x'.repeat(2076)} `.repeat(2400),
    ];
    for (const text of inputs) {
      const start = performance.now();
      detectLanguage(text);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});

describe('parseMessages (langdetect messages.properties)', () => {
  it('decodes \\u escapes and keeps keys in file order', () => {
    const m = parseMessages('A=\\u0041\\u00e9x\nB.C=\\u0020y\n');
    expect([...m.keys()]).toEqual(['A', 'B.C', '']);
    expect(m.get('A')).toBe('Aéx');
    expect(m.get('B.C')).toBe(' y');
  });
});
