export { BitekstError, isBitekstError } from './errors.js';
export { segmentSentences, createSegmenter } from './segment/segment.js';
export { extractFeatures } from './features/features.js';
export { extractNumbers } from './features/numbers.js';
export { extractNames, collectKnownNames } from './features/names.js';
export { nameKey, namesMatch } from './features/name-key.js';
export { profilePunctuation } from './features/punctuation.js';

export type { ErrorCode, BitekstErrorDetails } from './errors.js';
export type { Span, Sentence, NumberKind, NumberMention, NameMention, PunctuationProfile, Features, Bead } from './types.js';
export type { SegmentOptions, Segmenter } from './segment/segment.js';
export type { FeatureOptions } from './features/features.js';
export type { NumberOptions } from './features/numbers.js';
export type { NameOptions } from './features/names.js';
