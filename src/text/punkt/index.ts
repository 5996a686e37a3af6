/**
 * NLTK's English sentence splitter: `nltk.sent_tokenize(text, 'english')` (NLTK 3.9.1), i.e.
 * the Punkt tokenizer with NLTK's pre-trained English parameters.
 */
import { englishPunktParameters } from './params.js';
import { PunktSentenceTokenizer } from './tokenizer.js';

export { PunktSentenceTokenizer, PunktWordScanner, punktWordTokens } from './tokenizer.js';
export {
  englishPunktParameters,
  punktParametersFromJson,
  type PunktParameters,
  type PunktParametersJson,
} from './params.js';

let english: PunktSentenceTokenizer | undefined;

/** The shared English Punkt tokenizer (parameters are loaded on first use). */
export function englishPunkt(): PunktSentenceTokenizer {
  english ??= new PunktSentenceTokenizer(englishPunktParameters());
  return english;
}

/** `nltk.sent_tokenize(text, 'english')`: the sentences of `text`. */
export function sentTokenize(text: string): string[] {
  return englishPunkt().tokenize(text);
}

/**
 * `PunktSentenceTokenizer.span_tokenize(text)` with the English model: `[start, end]` of each
 * sentence as UTF-16 offsets into `text` (so `text.slice(start, end)` is the sentence).
 */
export function sentSpans(text: string): Array<[number, number]> {
  return englishPunkt().spanTokenize(text);
}

/** `len(nltk.sent_tokenize(text, 'english'))`, without building the sentences. */
export function countPunktSentences(text: string): number {
  return englishPunkt().countSentences(text);
}
