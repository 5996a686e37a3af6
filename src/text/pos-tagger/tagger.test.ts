import { describe, expect, it } from 'vitest';
import { buildModel, englishModel } from './model.js';
import { featureKeys, normalizeWord, PerceptronTagger, posTag } from './tagger.js';

/**
 * Expected tags were produced by the reference: NLTK 3.8's `PerceptronTagger` (Debian
 * python3-nltk; its tag/normalize/feature/predict code is the same as NLTK 3.9.x) with its
 * weights, tagdict and classes set from data/perceptron_tagger_english.json.gz. The same setup
 * agreed with this port on all 3,671,819 tokens of the parity-file prompts and responses
 * (Treebank-tokenised), which is not re-run here.
 */
const ORACLE: Array<[string[], string[]]> = [
  [["Write", "a", "short", "poem", "about", "the", "sea", "."], ["VB", "DT", "JJ", "NN", "IN", "DT", "NN", "."]],
  [["Consider", "the", "following", "options", "carefully", "before", "you", "decide", "."], ["VB", "DT", "NN", "NNS", "RB", "IN", "PRP", "VBP", "."]],
  [["The", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "."], ["DT", "JJ", "NN", "NN", "VBZ", "IN", "DT", "JJ", "NN", "."]],
  [["Imagine", "a", "world", "where", "everyone", "has", "access", "to", "clean", "water", "."], ["VB", "DT", "NN", "WRB", "NN", "VBZ", "NN", "TO", "JJ", "NN", "."]],
  [["Running", "is", "good", "for", "your", "health", ",", "but", "don't", "overdo", "it", "."], ["VBG", "VBZ", "JJ", "IN", "PRP$", "NN", ",", "CC", "VBZ", "VBD", "PRP", "."]],
  [["In", "1999", ",", "the", "company", "sold", "4,500", "units", "of", "its", "state-of-the-art", "product", "."], ["IN", "CD", ",", "DT", "NN", "VBD", "CD", "NNS", "IN", "PRP$", "JJ", "NN", "."]],
  [["Please", "use", "an", "emoji", "at", "the", "end", "of", "every", "sentence", "😀", "."], ["NNP", "VB", "DT", "NN", "IN", "DT", "NN", "IN", "DT", "NN", "NN", "."]],
  [["Explore", "the", "hidden", "gems", "of", "Paris", "in", "3", "days", "!"], ["IN", "DT", "JJ", "NNS", "IN", "NNP", "IN", "CD", "NNS", "."]],
  [["Sure", "!", "Here", "is", "a", "list", "of", "10", "ideas", ":"], ["JJ", ".", "RB", "VBZ", "DT", "NN", "IN", "CD", "NNS", ":"]],
  [["Analyze", ",", "compare", ",", "and", "contrast", "the", "two", "approaches", "."], ["NNP", ",", "NN", ",", "CC", "VBD", "DT", "CD", "NNS", "."]],
  [["I", "'m", "happy", "to", "help", "you", "with", "that", "request", "."], ["PRP", "VBP", "JJ", "TO", "VB", "PRP", "IN", "DT", "NN", "."]],
  [["Be", "sure", "to", "include", "the", "keywords", "``", "alpha", "''", "and", "``", "beta", "''", "."], ["VB", "JJ", "TO", "VB", "DT", "NNS", "``", "JJ", "''", "CC", "``", "NN", "''", "."]],
  [["Design", "a", "well-structured", "plan", "for", "the", "next", "quarter", "."], ["VB", "DT", "JJ", "NN", "IN", "DT", "JJ", "NN", "."]],
  [["Note", ":", "the", "results", "from", "2023", "were", "inconclusive", "."], ["NN", ":", "DT", "NNS", "IN", "CD", "VBD", "JJ", "."]],
  [["Start", "by", "gathering", "all", "the", "ingredients", ";", "then", "mix", "them", "."], ["NN", "IN", "VBG", "PDT", "DT", "NNS", ":", "RB", "VB", "PRP", "."]],
  [["Review", "the", "following", "code", "and", "identify", "any", "bugs", "."], ["VB", "DT", "JJ", "NN", "CC", "VB", "DT", "NNS", "."]],
  [["Σίσυφος", "pushed", "the", "boulder", "up", "the", "hill", "."], ["NN", "VBD", "DT", "NN", "RP", "DT", "NN", "."]],
  [["Let", "'s", "go", "!"], ["VB", "POS", "VB", "."]],
  [["Do", "n't", "forget", "to", "save", "your", "work", "."], ["VBP", "RB", "VB", "TO", "VB", "PRP$", "NN", "."]],
  [["Discover", "²", "new", "worlds", "and", "4th", "dimensions", "with", "12345", "friends", "."], ["RB", "CD", "JJ", "NNS", "CC", "CD", "NNS", "IN", "CD", "NNS", "."]],
  [["Make"], ["VB"]],
  [["Summarize"], ["VB"]],
  [["Hello"], ["NN"]],
  [[], []],
  [["", "a", "-", "-x", "x-", "A-B", "1984", "١٩٨٤", "²³⁴⁵", "3.14", "ÉCOLE", "İstanbul", "🙂🙂🙂", "constructor", "__proto__", "toString"], ["VB", "DT", ":", "JJ", "JJ", "JJ", "CD", "CD", "CD", "CD", "JJ", "NNP", "NNP", "NN", "NN", "VBG"]],
];

describe('posTag (nltk.pos_tag parity)', () => {
  it.each(ORACLE.map(([tokens, tags], i) => [i, tokens, tags] as const))(
    'sentence %i matches the NLTK reference',
    (_i, tokens, tags) => {
      const out = posTag(tokens);
      expect(out.map(([w]) => w)).toEqual(tokens);
      expect(out.map(([, t]) => t)).toEqual(tags);
    },
  );

  it('returns an empty list for no tokens', () => {
    expect(posTag([])).toEqual([]);
  });

  it('tags the first token from the first three tokens only (context is i-2 .. i+2)', () => {
    const tokens = ['Consider', 'the', 'following', 'options', 'carefully', '.'];
    expect(posTag(tokens.slice(0, 3))[0]).toEqual(posTag(tokens)[0]);
  });
});

describe('normalizeWord (PerceptronTagger.normalize)', () => {
  it.each([
    ['well-known', '!HYPHEN'],
    ['-x', '-x'],
    ['-', '-'],
    ['1999', '!YEAR'],
    ['١٩٩٩', '!YEAR'], // Arabic-Indic digits are str.isdigit()
    ['²³⁴⁵', '!YEAR'], // so are superscripts
    ['12345', '!DIGITS'],
    ['4th', '!DIGITS'],
    ['²nd', '!DIGITS'],
    ['Hello', 'hello'],
    ['ΣΟΦΟΣ', 'σοφος'], // final sigma, as Python's str.lower()
    ['', ''],
  ])('%j → %j', (word, expected) => {
    expect(normalizeWord(word)).toBe(expected);
  });
});

describe('featureKeys', () => {
  it('builds the 14 NLTK features in order, slicing by code point', () => {
    const context = ['-START-', '-START2-', 'a😀bc', 'x', '-END-', '-END2-'];
    expect(featureKeys(0, 'A😀bc', context, '-START-', '-START2-')).toEqual([
      'bias',
      'i suffix 😀bc',
      'i pref1 A',
      'i-1 tag -START-',
      'i-2 tag -START2-',
      'i tag+i-2 tag -START- -START2-',
      'i word a😀bc',
      'i-1 tag+i word -START- a😀bc',
      'i-1 word -START2-',
      'i-1 suffix T2-',
      'i-2 word -START-',
      'i+1 word x',
      'i+1 suffix x',
      'i+2 word -END-',
    ]);
    expect(featureKeys(0, '', ['-START-', '-START2-', '', '-END-', '-END2-'], 'P', 'Q')[2]).toBe('i pref1 ');
  });
});

describe('PerceptronTagger scoring', () => {
  const model = buildModel({
    classes: ['NN', 'VB', 'JJ', 'DT'],
    tagdict: { the: 'DT' },
    weights: {
      bias: { NN: 1, VB: 0.5 },
      'i word run': { VB: 0.5 },
      'i word tie': { JJ: 1 },
      'i word neg': { NN: -3, VB: -3, JJ: -3, DT: -3 },
      'i-1 tag DT': { NN: 0.2 },
    },
  });
  const tagger = new PerceptronTagger(model);

  it('breaks score ties by the greatest label, like max(key=(score, label))', () => {
    // run: NN 1, VB 0.5 + 0.5 = 1 → tie, "VB" > "NN".
    expect(tagger.tag(['run'])).toEqual([['run', 'VB']]);
    // tie: NN 1, JJ 1 → "NN" > "JJ".
    expect(tagger.tag(['tie'])).toEqual([['tie', 'NN']]);
    // neg: NN -2, VB -2.5, JJ -3, DT -3; untouched classes would score 0.
    expect(tagger.tag(['neg'])).toEqual([['neg', 'NN']]);
  });

  it('keeps the order of features in the sum, like NLTK', () => {
    const m = buildModel({
      classes: ['Y', 'ZZ', 'A'],
      tagdict: {},
      weights: {
        bias: { Y: 0.1 },
        'i-1 tag -START-': { Y: 0.2 },
        'i word w': { ZZ: 0.6, Y: 0.3 },
      },
    });
    // Python: Y = (0.1 + 0.2) + 0.3 = 0.6000000000000001 > 0.6 = ZZ, so Y (checked with NLTK).
    // Any other order (0.3 + 0.2 + 0.1 = 0.6) would tie and hand it to "ZZ".
    expect(new PerceptronTagger(m).tag(['w'])).toEqual([['w', 'Y']]);
    // Unscored classes sit at 0.0 and lose to a positive score; greatest label among zeros otherwise.
    expect(new PerceptronTagger(m).tag(['q'])).toEqual([['q', 'Y']]);
  });

  it('scores the same through featureKeys + predict as through tag', () => {
    const real = new PerceptronTagger(englishModel());
    const tokens = ['Design', 'a', 'well-structured', 'plan', 'for', '2024', '.'];
    const context = ['-START-', '-START2-', ...tokens.map(normalizeWord), '-END-', '-END2-'];
    const tagged = real.tag(tokens);
    let prev = '-START-';
    let prev2 = '-START2-';
    tokens.forEach((w, i) => {
      expect(tagged[i]![1]).toBe(englishModel().tagdict.get(w) || real.predict(featureKeys(i, w, context, prev, prev2)));
      prev2 = prev;
      prev = tagged[i]![1];
    });
  });

  it('feeds the chosen tag forward as the previous-tag context', () => {
    // run after DT: NN = 1 + 0.2 = 1.2 beats VB = 0.5 + 0.5 = 1.
    expect(tagger.tag(['the', 'run'])).toEqual([
      ['the', 'DT'],
      ['run', 'NN'],
    ]);
  });

  it('uses the tag dictionary on the raw (case-sensitive) token only', () => {
    expect(tagger.tag(['the'])[0]![1]).toBe('DT');
    expect(tagger.tag(['The'])[0]![1]).toBe('NN');
  });

  it('rejects a malformed model', () => {
    expect(() => buildModel({ classes: 'NN', tagdict: {}, weights: {} })).toThrow();
    expect(() => buildModel({ classes: [], tagdict: {}, weights: { bias: { NN: 'x' } } })).toThrow();
  });
});
