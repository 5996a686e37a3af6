/**
 * The Punkt sentence splitter `nltk.word_tokenize` runs before tokenizing words (English model),
 * kept in one place so the capital-word count follows the shared Punkt port.
 */
export { sentTokenize as splitSentences } from '../../text/punkt/index.js';
