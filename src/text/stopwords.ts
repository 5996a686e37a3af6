/**
 * NLTK's English stop-word list (`nltk.corpus.stopwords.words('english')`), as used by IFBench's
 * `ratio:stop_words` (`t.lower() in stopwords` for every `\w+` token).
 *
 * The list ships as `data/stopwords_english.txt`, one word a line (see data/README.md). NLTK's
 * word-list reader splits the file into lines and drops blank ones without stripping the others;
 * the same is done here. The file is 1 KB, so it is read when this module is first imported.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../core/data-path.js';
import { pyStrip } from './python.js';

/** Parses a word-list file the way NLTK's `WordListCorpusReader.words()` does. */
export function parseWordList(text: string): string[] {
  return text.split('\n').filter((line) => pyStrip(line) !== '');
}

/** The 198 English stop words (lower case; contractions such as "don't" included). */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  parseWordList(readFileSync(dataPath('stopwords_english.txt'), 'utf8')),
);

/** Whether `word` (compared as is, no case folding) is an English stop word. */
export function isEnglishStopword(word: string): boolean {
  return ENGLISH_STOPWORDS.has(word);
}
