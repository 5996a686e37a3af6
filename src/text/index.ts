/**
 * Text primitives with the Python references' exact behaviour: Python string semantics, word
 * counts, sentence splitting (Punkt and IFEval's regex splitter), NLTK's word tokenizer and
 * perceptron POS tagger, stop words, emoji, syllables, n-grams and language identification.
 */
export * from './python.js';
export { PythonRandom } from './python-random.js';
export { countWords, wordTokensW } from './words.js';
export { countSentences, splitIntoSentencesRegex } from './sentences.js';
export { sentTokenize, sentSpans } from './punkt/index.js';
export { wordTokenize, treebankWordTokenize } from './treebank.js';
export { posTag } from './pos-tagger/index.js';
export { ENGLISH_STOPWORDS } from './stopwords.js';
export { isEmoji, isEmojiCodePoint } from './emoji.js';
export { countSyllables } from './syllables.js';
export { ngrams } from './ngrams.js';
export { detectLanguage, detectLanguageProbabilities, LANGDETECT_LANGUAGES } from './language-id/index.js';
