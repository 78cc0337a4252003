/**
 * One-pass dictionary matcher: leftmost-longest, non-overlapping, over UTF-16 code-unit classes.
 *
 * The dictionary is compiled to a trie whose alphabet is the set of (folded) code units that occur
 * in the patterns. A 64 K table maps every code unit of the input straight to its class, so the
 * normalisation of lib/normalize.ts costs one table read per character: traditional and simplified
 * forms, full-/half-width forms and letter case share a class; zero-width characters, whitespace
 * and pinyin annotations have special classes that the scanner steps over inside a match. Offsets
 * are never remapped: the scanner only ever reads the original string.
 *
 * Leftmost-longest: at each position that can start a pattern (root transition exists) the trie is
 * walked forward and the longest complete pattern is taken; the scan resumes after it. The fast
 * path finds those positions set-Horspool style with a window of two (every pattern has at least
 * two characters): it reads only text[i + 1] — if that is no pattern's second character, no match
 * starts at i, and if it is also no pattern's first character, none starts at i + 1, so i moves by
 * 2 (~78 % of the characters of the bench text). Only where text[i + 1] can follow a first
 * character is text[i] looked at. The walk is bounded by the longest alias, so the scan is
 * O(n · L) with L ≈ 20, O(n) in practice.
 * An Aho–Corasick DFA (O(n) worst case, leftmost-longest via a ring buffer of candidate starts) was
 * built and measured: identical output, but slower here (7.7 vs 5.2 ms per 1M characters) and 890 KB
 * of tables instead of 139 KB, because every character pays a table step while this scanner's fast
 * path reads about one character in two (docs/matching.md).
 */
import { foldCode, foldString, isSpace, pinyinAnnotationEnd, tradToSimpMap } from './normalize.ts';

// class 0: not a pattern character
const C_SKIP = 1; // zero-width, soft hyphen: skipped anywhere inside a match
const C_SPACE = 2; // whitespace: skipped inside a match, at most one line break
const C_PAREN = 3; // ( or （: maybe a pinyin annotation
const C_FIRST = 4;

let base: Uint16Array | undefined;
let shiftBase: Uint8Array | undefined;
/** Classes every matcher shares (skip, space, paren), computed once per context. */
function baseClasses(): Uint16Array {
  if (!base) {
    const b = new Uint16Array(65536);
    // The skip-ahead table before pattern characters are set (see scanTables): 2 everywhere, 0 on
    // the characters that may sit inside a match.
    const sh = new Uint8Array(65536).fill(2);
    const set = (c: number, cls: number) => {
      b[c] = cls;
      sh[c] = 0;
    };
    // The code points isZeroWidth / isSpace accept (tests/lib/matcher.test.ts checks the two agree).
    for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]) set(c, C_SKIP);
    for (let c = 0x09; c <= 0x0d; c++) set(c, C_SPACE);
    for (let c = 0x2000; c <= 0x200a; c++) set(c, C_SPACE);
    for (const c of [0x20, 0xa0, 0x3000, 0x202f, 0x205f, 0x1680]) set(c, C_SPACE);
    set(0x28, C_PAREN);
    set(0xff08, C_PAREN);
    base = b;
    shiftBase = sh;
  }
  return base;
}
function baseShift(): Uint8Array {
  baseClasses();
  return shiftBase!;
}

let sourcesByFold: Map<number, number[]> | undefined;
/**
 * Folded code unit → the other code units that fold to it (traditional, full-width, upper case),
 * from the rules of foldCode without a pass over all 64 K code units (build time matters: the
 * content script builds its matcher on every page).
 */
function foldSources(): Map<number, number[]> {
  if (!sourcesByFold) {
    const map = new Map<number, number[]>();
    const add = (u: number) => {
      const f = foldCode(u);
      if (f !== u) (map.get(f) ?? map.set(f, []).get(f)!).push(u);
    };
    for (let u = 0x41; u <= 0x5a; u++) add(u);
    for (let u = 0xff01; u <= 0xff5e; u++) add(u);
    add(0x3000);
    for (const u of tradToSimpMap().keys()) add(u);
    sourcesByFold = map;
  }
  return sourcesByFold;
}

/** For tests: the class table's view of skip / space characters. */
export function skipKind(c: number): 'skip' | 'space' | 'paren' | undefined {
  const k = baseClasses()[c];
  return k === C_SKIP ? 'skip' : k === C_SPACE ? 'space' : k === C_PAREN ? 'paren' : undefined;
}

export interface Matcher {
  /** Number of distinct (folded) patterns. */
  readonly size: number;
  /** The folded form of pattern `id` (ids are indices into the array given to `compileMatcher`). */
  readonly patterns: readonly string[];
  /**
   * Scans `text[from, to)`. Hits are written to `hits` as triples (start, end, patternId), in text
   * order; returns the number of hits. The array is reused across calls (grown when needed):
   * copy what you keep.
   */
  scan(text: string, from?: number, to?: number): number;
  readonly hits: Int32Array;
  /** Approximate memory held by the compiled tables, in bytes. */
  readonly bytes: number;
}

/**
 * Compiles `patterns` (raw dictionary strings; folded here). Duplicate folded strings collapse:
 * `canonicalId[i]` is the first pattern id with the same folded form.
 */
export function compileMatcher(patterns: readonly string[]): Matcher & { canonicalId: Int32Array } {
  const classOf = baseClasses().slice();

  // Classes for folded pattern characters. Characters that begin a pattern get the lowest classes
  // (C_FIRST … C_FIRST + firstCount - 1), so the scanner's fast path is one table read and one
  // unsigned compare per character.
  const classByFolded = new Map<number, number>();
  const folded: string[] = [];
  const canonicalId = new Int32Array(patterns.length);
  const firstIdByText = new Map<string, number>();
  for (let p = 0; p < patterns.length; p++) {
    // Whitespace inside a dictionary entry is not significant (the scanner skips it in the text).
    let f = '';
    for (const ch of foldString(patterns[p]!)) if (!isSpace(ch.charCodeAt(0))) f += ch;
    folded.push(f);
    const first = firstIdByText.get(f);
    canonicalId[p] = first ?? p;
    if (first === undefined) firstIdByText.set(f, p);
  }
  let nextClass = C_FIRST;
  for (const f of firstIdByText.keys()) {
    const c = f.charCodeAt(0);
    if (f.length > 0 && !classByFolded.has(c)) classByFolded.set(c, nextClass++);
  }
  const firstCount = nextClass - C_FIRST;
  for (const f of firstIdByText.keys()) {
    for (let k = 1; k < f.length; k++) {
      const c = f.charCodeAt(k);
      if (!classByFolded.has(c)) classByFolded.set(c, nextClass++);
    }
  }
  // Classes that occur as the second character of some pattern, and the shortest pattern.
  let minLength = Infinity;
  const secondClasses = new Set<number>();
  for (const f of firstIdByText.keys()) {
    if (f.length === 0) continue;
    if (f.length < minLength) minLength = f.length;
    if (f.length > 1) secondClasses.add(classByFolded.get(f.charCodeAt(1))!);
  }
  // Every input code unit whose fold is a pattern character gets that character's class.
  // shift[u]: how far the scanner may move its candidate start i when text[i + 1] is u (see scan).
  const shift = minLength >= 2 ? baseShift().slice() : new Uint8Array(65536);
  const sources = foldSources();
  for (const [c, cls] of classByFolded) {
    const sh = minLength < 2 || secondClasses.has(cls) ? 0 : cls < C_FIRST + firstCount ? 1 : 2;
    if (foldCode(c) === c && classOf[c] !== C_SKIP && classOf[c] !== C_SPACE) {
      classOf[c] = cls;
      shift[c] = sh;
    }
    for (const u of sources.get(c) ?? []) {
      if (classOf[u] !== C_SKIP && classOf[u] !== C_SPACE) {
        classOf[u] = cls;
        shift[u] = sh;
      }
    }
  }

  // Build a trie with Map children, then flatten: root row (dense), other states CSR (sparse).
  const kids: Map<number, number>[] = [new Map()];
  const term: number[] = [-1];
  for (let p = 0; p < folded.length; p++) {
    if (canonicalId[p] !== p) continue;
    const f = folded[p]!;
    if (f.length === 0) continue;
    let s = 0;
    for (let k = 0; k < f.length; k++) {
      const cls = classByFolded.get(f.charCodeAt(k))!;
      let t = kids[s]!.get(cls);
      if (t === undefined) {
        t = kids.length;
        kids.push(new Map());
        term.push(-1);
        kids[s]!.set(cls, t);
      }
      s = t;
    }
    term[s] = p;
  }
  const states = kids.length;
  const rootRow = new Int32Array(nextClass);
  for (const [cls, t] of kids[0]!) rootRow[cls] = t;
  const childStart = new Int32Array(states + 1);
  let edges = 0;
  for (let s = 0; s < states; s++) {
    childStart[s] = edges;
    if (s !== 0) edges += kids[s]!.size;
  }
  childStart[states] = edges;
  const childCls = new Uint16Array(edges);
  const childTo = new Int32Array(edges);
  for (let s = 1; s < states; s++) {
    let e = childStart[s]!;
    for (const [cls, t] of kids[s]!) {
      childCls[e] = cls;
      childTo[e++] = t;
    }
  }
  const terminal = Int32Array.from(term);

  const tables: Tables = {
    classOf, shift, rootRow, terminal, childStart, childCls, childTo, firstCount, hits: new Int32Array(3 * 256),
  };
  return {
    size: firstIdByText.size,
    patterns: folded,
    canonicalId,
    get hits() {
      return tables.hits;
    },
    bytes: classOf.byteLength + shift.byteLength + rootRow.byteLength + childStart.byteLength + childCls.byteLength +
      childTo.byteLength + terminal.byteLength,
    scan(text: string, from = 0, to = text.length): number {
      return scanTables(tables, text, from, to);
    },
  };
}

interface Tables {
  classOf: Uint16Array;
  shift: Uint8Array;
  rootRow: Int32Array;
  terminal: Int32Array;
  childStart: Int32Array;
  childCls: Uint16Array;
  childTo: Int32Array;
  firstCount: number;
  hits: Int32Array;
}

function scanTables(m: Tables, text: string, from: number, to: number): number {
  // One top-level function for every matcher (monomorphic, no per-closure code), tables in locals.
  const cls_ = m.classOf;
  const shift = m.shift;
  const root = m.rootRow;
  const term_ = m.terminal;
  const cStart = m.childStart;
  const cCls = m.childCls;
  const cTo = m.childTo;
  const nFirst = m.firstCount;
  let hits = m.hits;
  let count = 0;
  let i = from;
  for (;;) {
    // Fast path, a tight loop over the character after the candidate start i (set-Horspool with
    // the shortest pattern length 2): when text[i + 1] is no pattern's second character (nor a
    // skip), no match starts at i; when it also begins no pattern, none starts at i + 1 either.
    while (i + 1 < to) {
      const sh = shift[text.charCodeAt(i + 1)]!;
      if (sh === 0) break;
      i += sh;
    }
    if (i >= to) break;
    const cls0 = cls_[text.charCodeAt(i)]!;
    if ((cls0 - C_FIRST) >>> 0 >= nFirst) {
      i++;
      continue;
    }
    let s = root[cls0]!;
    let bestPat = term_[s]!;
    let bestEnd = i + 1;
    let j = i + 1;
    let lineBreaks = 0;
    while (j < to) {
      const c = text.charCodeAt(j);
      const cls = cls_[c]!;
      if (cls === 0) break; // the usual end of a walk: a character in no pattern
      if (cls >= C_FIRST) {
        let t = 0;
        for (let e = cStart[s]!, end = cStart[s + 1]!; e < end; e++) {
          if (cCls[e] === cls) {
            t = cTo[e]!;
            break;
          }
        }
        if (t === 0) break;
        s = t;
        j++;
        if (term_[s]! >= 0) {
          bestPat = term_[s]!;
          bestEnd = j;
        }
      } else if (cls === C_SKIP) {
        j++;
      } else if (cls === C_SPACE) {
        if ((c === 0x0a || c === 0x0d) && ++lineBreaks > 1) break;
        if (c === 0x0d && text.charCodeAt(j + 1) === 0x0a) j++;
        j++;
      } else if (cls === C_PAREN) {
        // pinyinAnnotationEnd checks that a CJK character precedes the parenthesis.
        const k = pinyinAnnotationEnd(text, j, to);
        if (k < 0) break;
        j = k;
      } else {
        break;
      }
    }
    if (bestPat < 0) {
      i++;
      continue;
    }
    // A pinyin annotation right after the last character belongs to the match (檢察機(jī)關(guān)).
    if (bestEnd < to && cls_[text.charCodeAt(bestEnd)] === C_PAREN) {
      const k = pinyinAnnotationEnd(text, bestEnd, to);
      if (k > 0) bestEnd = k;
    }
    if (3 * count + 3 > hits.length) {
      const grown = new Int32Array(hits.length * 2);
      grown.set(hits);
      hits = grown;
      m.hits = grown;
    }
    hits[3 * count] = i;
    hits[3 * count + 1] = bestEnd;
    hits[3 * count + 2] = bestPat;
    count++;
    i = bestEnd;
  }
  return count;
}

