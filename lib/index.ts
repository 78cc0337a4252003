/** The DOM-free matching core. See docs/matching.md. */
export { createAnnotator, sentenceAround } from './annotate.ts';
export type { Annotator, AnnotateContext, AnnotateOptions, Mention } from './annotate.ts';
export { normalize, foldCode, foldString, pinyinAnnotationEnd } from './normalize.ts';
export type { Normalized } from './normalize.ts';
export { compileMatcher } from './matcher.ts';
export type { Matcher } from './matcher.ts';
export { createRanker } from './rank.ts';
export type { Ranker, SentenceContext } from './rank.ts';
export { htmlToText } from './html-text.ts';
export type { HtmlText } from './html-text.ts';
