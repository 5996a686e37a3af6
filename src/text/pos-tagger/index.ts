/** NLTK-compatible English POS tagging (`nltk.pos_tag`). */
export { posTag, preloadPosTagger, PerceptronTagger, normalizeWord, featureKeys } from './tagger.js';
export { englishModel, loadModelFile, buildModel, scanModel, FeatureIndex, type PerceptronModel } from './model.js';
