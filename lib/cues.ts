/**
 * Context cue words for the resolver (lib/resolve.ts), in simplified form; traditional forms fold
 * to these through the normaliser. They are resolver tuning rather than dataset content: the
 * dataset's exclusions carry the country qualifiers (美国, 越南 …), these lists add the other words
 * news text uses for the same sides.
 *
 * Mainland cues mark the following agency mention as the PRC body (大陆公安部长, 内地公安机关,
 * 中共中央书记处书记兼公安部长). 中央 is deliberately absent: 越共中央 has it too.
 */
export const MAINLAND_CUES: readonly string[] = [
  '大陆', '内地', '中共', '我国', '中国', '中方', '全国', '国务院',
];

/**
 * Extra foreign cues per qualifier used in the dataset's exclusions. A cue counts only for agencies
 * that have an exclusion with that qualifier.
 */
export const FOREIGN_CUE_EXTRAS: Readonly<Record<string, readonly string[]>> = {
  美国: ['美方', '美国政府', '美媒'],
  越南: ['越共', '越方'],
  韩国: ['韩方', '韩检方'],
  台湾: ['台方', '台当局'],
  香港: ['港府', '特区政府'],
};

/** Separators that end the clause a cue must sit in (the cue window never crosses them). */
export const CLAUSE_BREAKS = '。！？!?；;，,：:\n';

/** Sentence terminators for `sentenceAround` (half-width `.` is not one: 6.7万). */
export const SENTENCE_BREAKS = '。！？!?；;\n';
