/**
 * Normalisation for matching, without ever building a second string on the hot path.
 *
 * The matcher (lib/matcher.ts) folds these rules into its input alphabet: every UTF-16 code unit is
 * mapped to an input class once, through a 64 K lookup table, so traditional and simplified forms,
 * full-width and half-width forms, upper and lower case land in the same class, and "skip" characters
 * are stepped over by the scanner while offsets keep pointing into the original string.
 *
 * The string form (`normalize`) exists for pattern preparation, for the resolver's small context
 * windows and for baselines (RegExp users must pre-convert the text); it returns an offset map.
 *
 * Rules (see docs/matching.md):
 *  - traditional → simplified, per character, from a table generated from opencc-js at build time
 *    for the characters the lexicon uses (lib/generated/trad-to-simp.ts, scripts/gen-tables.ts);
 *  - full-width ASCII (U+FF01–FF5E) → ASCII, U+3000 → space, A–Z → a–z;
 *  - zero-width characters (U+200B/C/D, U+2060, U+FEFF) and soft hyphens (U+00AD) are skipped;
 *  - whitespace is skipped inside a match (最高人民\n法院), but never more than one line break;
 *  - a parenthesised pinyin annotation directly after a CJK character (網(wǎng)絡(luò)) is skipped.
 */
import { TRAD_SIMP_PAIRS } from './generated/trad-to-simp.ts';

/** Zero-width characters and soft hyphen: invisible, skipped everywhere. */
export function isZeroWidth(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad;
}

/** Whitespace a page may put inside a word: ASCII space/controls, NBSP, ideographic and thin spaces. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x1680
  );
}

/** CJK ideographs (BMP blocks, compatibility ideographs, 〇) and surrogate halves of the SIP blocks. */
export function isCJK(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007 || (c >= 0xd840 && c <= 0xd8bf) || (c >= 0xdc00 && c <= 0xdfff)
  );
}

/** Lower-case pinyin letters with or without tone marks (ü, ê and the four tones of each vowel). */
const PINYIN_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ';
const PINYIN_MARK_SET = new Set<number>(Array.from(PINYIN_MARKED, (ch) => ch.charCodeAt(0)));

/**
 * If `text[i]` opens a pinyin annotation — `(` or `（`, 1–7 lower-case pinyin letters of which at
 * least one carries a tone mark, then `)` or `）` — and the character before it is a CJK ideograph,
 * returns the index just after the closing parenthesis; otherwise -1. Mirror sites that
 * auto-convert text insert these after polyphonic characters: 網(wǎng)絡(luò), 檢察機(jī)關(guān).
 */
export function pinyinAnnotationEnd(text: string, i: number, limit = text.length): number {
  const open = text.charCodeAt(i);
  if (open !== 0x28 && open !== 0xff08) return -1;
  if (i === 0 || !isCJK(text.charCodeAt(i - 1))) return -1;
  let marked = false;
  const max = Math.min(limit, i + 9);
  for (let j = i + 1; j < max; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x29 || c === 0xff09) return marked && j > i + 1 ? j + 1 : -1;
    if (c >= 0x61 && c <= 0x7a) continue;
    if (PINYIN_MARK_SET.has(c)) {
      marked = true;
      continue;
    }
    return -1;
  }
  return -1;
}

let pairsMap: Map<number, number> | undefined;
/** Traditional → simplified pairs of the generated table, as code units. */
export function tradToSimpMap(): Map<number, number> {
  if (!pairsMap) {
    pairsMap = new Map();
    for (let i = 0; i + 1 < TRAD_SIMP_PAIRS.length; i += 2) {
      pairsMap.set(TRAD_SIMP_PAIRS.charCodeAt(i), TRAD_SIMP_PAIRS.charCodeAt(i + 1));
    }
  }
  return pairsMap;
}

/** Folds one code unit: traditional → simplified, full-width → half-width, upper → lower case. */
export function foldCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (c >= 0xff01 && c <= 0xff5e) return foldCode(c - 0xfee0);
  if (c === 0x3000) return 0x20;
  return tradToSimpMap().get(c) ?? c;
}

let foldTable: Uint16Array | undefined;
/** `foldCode` as a 64 K table (128 KB, built on first use), for code that folds whole texts. */
export function getFoldTable(): Uint16Array {
  if (!foldTable) {
    const t = new Uint16Array(65536);
    for (let c = 0; c < 65536; c++) t[c] = c;
    for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 32;
    for (let c = 0xff01; c <= 0xff5e; c++) t[c] = foldCode(c - 0xfee0);
    t[0x3000] = 0x20;
    for (const [from, to] of tradToSimpMap()) t[from] = to;
    foldTable = t;
  }
  return foldTable;
}

/** Folds every character and drops zero-width characters; for dictionary entries and cue words. */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isZeroWidth(c)) continue;
    out += String.fromCharCode(foldCode(c));
  }
  return out;
}

export interface Normalized {
  /** The folded text with skip characters removed. */
  text: string;
  /**
   * `map[k]` is the original index of normalized code unit k; `map[text.length]` is the original
   * length. A normalized span [a, b) is the original span [map[a], map[b - 1] + 1).
   */
  map: Int32Array;
}

export interface NormalizeOptions {
  /** Also drop whitespace (so a RegExp can match across 最高人民\n法院). Default false. */
  dropSpaces?: boolean;
}

/**
 * The string form of the normalisation, with an offset map back to the original. Not used by the
 * matcher itself (which folds on the fly); used by baselines, tests and context windows.
 */
export function normalize(text: string, options: NormalizeOptions = {}): Normalized {
  const fold = getFoldTable();
  const dropSpaces = options.dropSpaces ?? false;
  const map = new Int32Array(text.length + 1);
  const codes = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isZeroWidth(c) || (dropSpaces && isSpace(c))) continue;
    if (c === 0x28 || c === 0xff08) {
      const end = pinyinAnnotationEnd(text, i);
      if (end > 0) {
        i = end - 1;
        continue;
      }
    }
    codes[n] = fold[c]!;
    map[n++] = i;
  }
  map[n] = text.length;
  let out = '';
  const CHUNK = 8192;
  for (let k = 0; k < n; k += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]);
  }
  return { text: out, map: map.subarray(0, n + 1) };
}

/** Maps a normalized span back to the original string. */
export function originalSpan(norm: Normalized, start: number, end: number): [number, number] {
  return [norm.map[start]!, end > start ? norm.map[end - 1]! + 1 : norm.map[start]!];
}
