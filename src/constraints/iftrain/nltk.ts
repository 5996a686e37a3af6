/**
 * The one place the IFTrain checkers reach NLTK-equivalent tokenisation: `nltk.word_tokenize`
 * (Punkt sentences with the English parameters, then the improved Treebank word tokenizer).
 */
export { wordTokenize } from '../../text/treebank.js';
