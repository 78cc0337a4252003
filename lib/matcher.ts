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
 * walked forward and the longest complete pattern is taken; the scan resumes after it. Those
 * positions are found in two passes per block of 4096 characters. Every pattern has at least two
 * characters, so a match has its first or its second character at an odd offset from the block
 * start: pass 1 reads only those characters (one in two), with no branch and no dependency from
 * one read to the next, and keeps the ones that begin a pattern or can be a second character (in
 * the skip-ahead table `shift`: 1 or 0; about one in four on the bench text). Pass 2 looks at each
 * kept position c: a match may start at c - 1 or at c, and the pair of characters there is looked
 * up in one dense table (pairStates): most such starts (about two in three) begin no pattern and
 * end there; the others start their walk two characters in. The walk is bounded by the longest
 * alias, so the scan is O(n · L) with L ≈ 20, O(n) in practice. (Until 2026-11-27 pass 1 was a skip
 * loop whose next position depended on each read: 2.86 → 2.70 ms per 1M characters.)
 * The same two passes run in WebAssembly where they can (lib/scanner.wat via lib/wasm-scanner.ts,
 * the default engine: about 1.5× faster); scanTables below is the fallback and the reference the
 * tests hold both to.
 * An Aho–Corasick DFA (O(n) worst case, leftmost-longest via a ring buffer of candidate starts) was
 * built and measured: identical output, but slower here (7.7 vs 5.2 ms per 1M characters) and 890 KB
 * of tables instead of 139 KB, because every character pays a table step while this scanner's fast
 * path reads about one character in two (docs/matching.md).
 */
import { foldCode, foldString, isSpace, pinyinAnnotationEnd, tradToSimpMap } from './normalize.ts';
import { createWasmScanner, type ScanTables, type WasmScanner } from './wasm-scanner.ts';

// class 0: not a pattern character
const C_SKIP = 1; // zero-width, soft hyphen: skipped anywhere inside a match
const C_SPACE = 2; // whitespace: skipped inside a match, at most one line break
const C_PAREN = 3; // ( or （: maybe a pinyin annotation
const C_FIRST = 4;

/**
 * Writes the classes every matcher shares (skip, space, paren) into `b`, and 0 at those characters
 * into the skip-ahead table `sh`, which the caller has filled (see scanTables: 2 everywhere, 0 on
 * the characters that may sit inside a match; all 0 without skipping).
 */
function setBase(b: Uint16Array, sh: Uint8Array): void {
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
}

let base: Uint16Array | undefined;
let shiftBase: Uint8Array | undefined;
/** Classes every matcher shares (skip, space, paren), computed once per context. */
function baseClasses(): Uint16Array {
  if (!base) {
    const b = new Uint16Array(65536);
    const sh = new Uint8Array(65536).fill(2);
    setBase(b, sh);
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
   * copy what you keep. With `limit` (≥ to), matches start in [from, to) but may run on to
   * `limit`: exactly the hits of scan(text, from, limit) that start before `to`, so a long text can
   * be scanned in parts, each resuming at max(to, the last hit's end).
   */
  scan(text: string, from?: number, to?: number, limit?: number): number;
  readonly hits: Int32Array;
  /** Approximate memory held by the compiled tables, in bytes. */
  readonly bytes: number;
  /** Which scan runs: WebAssembly (lib/scanner.wat) or JavaScript (decided on the first scan). */
  readonly engine: ScanEngine;
}

export type ScanEngine = 'wasm' | 'js';

export interface MatcherOptions {
  /**
   * 'auto' (default): scan in WebAssembly where it runs (lib/wasm-scanner.ts), else in JavaScript;
   * 'js': always in JavaScript (matchers that only ever scan a few characters, and tests that
   * compare the two).
   */
  engine?: 'auto' | 'js';
}

/**
 * Compiles `patterns` (raw dictionary strings; folded here). Duplicate folded strings collapse:
 * `canonicalId[i]` is the first pattern id with the same folded form.
 */
export function compileMatcher(patterns: readonly string[], options: MatcherOptions = {}): CompiledMatcher {
  const classOf = baseClasses().slice();

  // Classes for folded pattern characters. Characters that begin a pattern get the lowest classes
  // (C_FIRST … C_FIRST + firstCount - 1), so "begins a pattern" is one unsigned compare and the
  // pair table has a row per first class only.
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
    classOf, shift, rootRow, terminal, childStart, childCls, childTo, firstCount,
    pairState: pairStates(rootRow, terminal, childStart, childCls, childTo, firstCount), hits: new Int32Array(3 * 256),
  };
  return matcherOf(tables, firstIdByText.size, folded, canonicalId, options);
}

export type CompiledMatcher = Matcher & { canonicalId: Int32Array };

const tablesOf = new WeakMap<Matcher, Tables>();

function matcherOf(
  tables: Tables, size: number, folded: readonly string[] | (() => readonly string[]), canonicalId: Int32Array, options: MatcherOptions,
): CompiledMatcher {
  const { classOf, shift, rootRow, childStart, childCls, childTo, terminal } = tables;
  // Made on the first scan, so a matcher that never scans costs no instance.
  let wasm: WasmScanner | null | undefined = options.engine === 'js' ? null : undefined;
  const scanner = () => (wasm === undefined ? (wasm = createWasmScanner(tables) ?? null) : wasm);
  const m: CompiledMatcher = {
    size,
    get patterns() {
      return typeof folded === 'function' ? folded() : folded;
    },
    canonicalId,
    get hits() {
      return wasm ? wasm.hits : tables.hits;
    },
    get bytes() {
      return classOf.byteLength + shift.byteLength + rootRow.byteLength + childStart.byteLength + childCls.byteLength +
        childTo.byteLength + terminal.byteLength + tables.pairState.byteLength + (wasm ? wasm.bytes : 0);
    },
    get engine() {
      return scanner() ? 'wasm' : 'js';
    },
    scan(text: string, from = 0, to = text.length, limit = to): number {
      const w = wasm === undefined ? scanner() : wasm;
      return w ? w.scan(text, from, to, limit) : scanTables(tables, text, from, to, limit);
    },
  };
  tablesOf.set(m, tables);
  return m;
}

/**
 * A compiled matcher as plain data (JSON), for lib/generated/automaton.ts (lib/automaton.ts):
 * - the class table only where it differs from the shared base table (skip / space / paren), as
 *   the code units of each pattern class — the class's folded character first, then the characters
 *   that fold to it, classes separated by a space (never a pattern character: whitespace keeps its
 *   base class);
 * - the skip-ahead table as one value per class (every code unit of a class shares it);
 * - the trie arrays as they are (JSON number arrays: the page's JSON.parse and the typed-array
 *   constructors copy them natively, where a packed string needed a decoding loop that a cold page
 *   runs in the interpreter); the folded patterns are not stored: they are the trie paths, spelled
 *   with each class's folded character.
 */
export interface SerializedMatcher {
  size: number;
  canonicalId: number[];
  classUnits: string;
  /** Skip-ahead value per class; empty when the shortest pattern is shorter than 2 (no skipping). */
  shiftByClass: number[];
  firstCount: number;
  rootRow: number[];
  terminal: number[];
  childStart: number[];
  childCls: number[];
  childTo: number[];
}

const CLASS_SEPARATOR = ' ';

/** Tables of a matcher from compileMatcher, as plain data; throws if they would not restore exactly. */
export function serializeMatcher(m: CompiledMatcher): SerializedMatcher {
  const t = tablesOf.get(m);
  if (!t) throw new Error('serializeMatcher: not a compiled matcher');
  const b = baseClasses();
  const classCount = t.rootRow.length;
  // Per class: its folded character (from the patterns), then the other code units of the class.
  const units: number[][] = Array.from({ length: classCount }, () => []);
  for (const f of m.patterns) {
    for (let k = 0; k < f.length; k++) {
      const c = f.charCodeAt(k);
      const list = units[t.classOf[c]!]!;
      if (list.length === 0) list.push(c);
    }
  }
  for (let u = 0; u < 65536; u++) {
    if (t.classOf[u] === b[u]) continue;
    const list = units[t.classOf[u]!]!;
    if (list.length === 0) throw new Error(`serializeMatcher: class ${t.classOf[u]} has no pattern character`);
    if (list[0] !== u) list.push(u);
  }
  if (units.slice(C_FIRST).some((l) => l.includes(CLASS_SEPARATOR.charCodeAt(0)))) throw new Error('serializeMatcher: space in a class');
  const noShift = t.shift.every((v) => v === 0);
  const shiftByClass: number[] = [];
  if (!noShift) {
    for (let cls = 0; cls < classCount; cls++) {
      shiftByClass.push(cls < C_FIRST ? 0 : t.shift[units[cls]![0]!]!);
      for (const u of units[cls]!) if (t.shift[u] !== shiftByClass[cls]) throw new Error(`serializeMatcher: class ${cls} has two shifts`);
    }
  }
  const out: SerializedMatcher = {
    size: m.size,
    canonicalId: Array.from(m.canonicalId),
    classUnits: units.slice(C_FIRST).map((l) => String.fromCharCode(...l)).join(CLASS_SEPARATOR),
    shiftByClass,
    firstCount: t.firstCount,
    rootRow: Array.from(t.rootRow),
    terminal: Array.from(t.terminal),
    childStart: Array.from(t.childStart),
    childCls: Array.from(t.childCls),
    childTo: Array.from(t.childTo),
  };
  const restored = deserializeMatcher(JSON.parse(JSON.stringify(out)) as SerializedMatcher);
  const r = tablesOf.get(restored)!;
  const same = (x: ArrayLike<number>, y: ArrayLike<number>) => x.length === y.length && Array.prototype.every.call(x, (v, i) => v === y[i]);
  if (!same(r.classOf, t.classOf) || !same(r.shift, t.shift) || !same(r.rootRow, t.rootRow) || !same(r.terminal, t.terminal) ||
    !same(r.childStart, t.childStart) || !same(r.childCls, t.childCls) || !same(r.childTo, t.childTo) ||
    r.firstCount !== t.firstCount || !same(restored.canonicalId, m.canonicalId) || restored.size !== m.size ||
    restored.patterns.length !== m.patterns.length || restored.patterns.some((p, i) => p !== m.patterns[i])) {
    throw new Error('serializeMatcher: the tables do not round-trip');
  }
  return out;
}

/** A matcher from serialized tables: the same tables compileMatcher built, without compiling. */
export function deserializeMatcher(s: SerializedMatcher, options: MatcherOptions = {}): CompiledMatcher {
  // The two 64 K tables straight away, not as copies of the shared base tables (fewer and smaller
  // allocations on a cold page).
  const classOf = new Uint16Array(65536);
  const shift = new Uint8Array(65536);
  if (s.shiftByClass.length > 0) shift.fill(2);
  setBase(classOf, shift);
  const classCount = s.rootRow.length;
  const byClass = new Uint8Array(classCount);
  byClass.set(s.shiftByClass);
  const rep = new Uint16Array(classCount);
  const cu = s.classUnits;
  let cls = C_FIRST;
  let first = true;
  for (let i = 0; i < cu.length; i++) {
    const u = cu.charCodeAt(i);
    if (u === 0x20) {
      cls++;
      first = true;
      continue;
    }
    if (first) rep[cls] = u;
    first = false;
    classOf[u] = cls;
    shift[u] = byClass[cls]!;
  }
  // Typed arrays straight from the parsed JSON arrays (native copies, no decoding loop).
  const rootRow = new Int32Array(s.rootRow);
  const terminal = new Int32Array(s.terminal);
  const childStart = new Int32Array(s.childStart);
  const childCls = new Uint16Array(s.childCls);
  const childTo = new Int32Array(s.childTo);
  const tables: Tables = {
    classOf, shift, rootRow, terminal, childStart, childCls, childTo, firstCount: s.firstCount,
    pairState: pairStates(rootRow, terminal, childStart, childCls, childTo, s.firstCount), hits: new Int32Array(3 * 256),
  };
  const canonicalId = new Int32Array(s.canonicalId);
  // The folded patterns are read off the trie on first use (the resolver and the scan need none).
  let patterns: string[] | undefined;
  return matcherOf(tables, s.size, () => (patterns ??= triePatterns(tables, rep, canonicalId)), canonicalId, options);
}

/** The folded patterns, read off the trie: pattern id → its path, spelled with each class's folded character. */
function triePatterns(t: Tables, rep: Uint16Array, canonicalId: Int32Array): string[] {
  const patterns = new Array<string>(canonicalId.length).fill('');
  const path = new Array<string>(t.terminal.length);
  const visit = (st: number, prefix: string) => {
    path[st] = prefix;
    if (t.terminal[st]! >= 0) patterns[t.terminal[st]!] = prefix;
  };
  for (let c = C_FIRST; c < t.rootRow.length; c++) if (t.rootRow[c]! > 0) visit(t.rootRow[c]!, String.fromCharCode(rep[c]!));
  // Children are created after their parent, so one pass in state order reaches every state.
  for (let st = 1; st < t.terminal.length; st++) {
    for (let e = t.childStart[st]!; e < t.childStart[st + 1]!; e++) visit(t.childTo[e]!, path[st]! + String.fromCharCode(rep[t.childCls[e]!]!));
  }
  for (let p = 0; p < canonicalId.length; p++) if (canonicalId[p] !== p) patterns[p] = patterns[canonicalId[p]!]!;
  return patterns;
}

/** For tests: a matcher's raw tables. */
export function matcherTables(m: Matcher): Readonly<Omit<Tables, 'hits'>> | undefined {
  return tablesOf.get(m);
}

/** A matcher's tables (lib/wasm-scanner.ts ScanTables) and the JavaScript scan's hits. */
interface Tables extends ScanTables {
  hits: Int32Array;
}

/** pairStates value: the pair needs the general walk from the root state. */
const PAIR_WALK = 0xffff;

/**
 * The trie's first two levels as one dense table: for a first class f (index f - C_FIRST) and the
 * class c of the next character, the state after both characters, 0 when no pattern starts with
 * the pair, or PAIR_WALK when the general walk must decide (c is a skip, space or paren class, or
 * f alone is a pattern). One read both rejects most candidate starts that the skip-ahead table
 * lets through (their second character continues some other pattern) and does the first step of
 * the walk; 2 × firstCount × classes bytes (38 KB for the dataset), built in microseconds.
 */
function pairStates(rootRow: Int32Array, terminal: Int32Array, childStart: Int32Array, childCls: Uint16Array, childTo: Int32Array, firstCount: number): Uint16Array {
  const classes = rootRow.length;
  if (terminal.length >= PAIR_WALK) throw new Error('compileMatcher: too many trie states');
  const pair = new Uint16Array(firstCount * classes);
  for (let f = 0; f < firstCount; f++) {
    const s = rootRow[C_FIRST + f]!;
    const row = f * classes;
    if (terminal[s]! >= 0) {
      pair.fill(PAIR_WALK, row, row + classes);
      continue;
    }
    for (let c = C_SKIP; c < C_FIRST; c++) pair[row + c] = PAIR_WALK;
    for (let e = childStart[s]!; e < childStart[s + 1]!; e++) pair[row + childCls[e]!] = childTo[e]!;
  }
  return pair;
}

/** Appends a hit to m.hits (grown when full); returns the new count. */
function pushHit(m: Tables, count: number, start: number, end: number, pattern: number): number {
  if (3 * count + 3 > m.hits.length) {
    const grown = new Int32Array(m.hits.length * 2);
    grown.set(m.hits);
    m.hits = grown;
  }
  m.hits[3 * count] = start;
  m.hits[3 * count + 1] = end;
  m.hits[3 * count + 2] = pattern;
  return count + 1;
}

/**
 * Characters per block of the strided scan: each block's candidates are collected, then walked,
 * so the candidate list stays small and in cache.
 */
const BLOCK = 4096;
/** The candidate positions of one block (scans are synchronous, so every matcher shares it). */
const candidates = new Int32Array(BLOCK / 2 + 1);

function scanTables(m: Tables, text: string, from: number, to: number, limit: number): number {
  // One top-level function for every matcher (monomorphic, no per-closure code), tables in locals.
  const cls_ = m.classOf;
  const shift = m.shift;
  const root = m.rootRow;
  const term_ = m.terminal;
  const cStart = m.childStart;
  const cCls = m.childCls;
  const cTo = m.childTo;
  const nFirst = m.firstCount;
  const pair = m.pairState;
  const classes = root.length;
  const cand = candidates;
  let hits = m.hits;
  let count = 0;
  let resume = from; // leftmost-longest, non-overlapping: no match starts before the end of the last
  // The samples from + 1, from + 3, … cover every start in [from, to), except to - 1 when it is at an
  // even offset: a sample at `to` covers it when the text goes on (a start at `to` itself is not
  // tried); at the end of the range only a one-character pattern can start there (below).
  const sampleEnd = (to - from) & 1 && to < limit ? to + 1 : to;
  for (let b = from + 1; b < sampleEnd; b += BLOCK) {
    const bEnd = Math.min(sampleEnd, b + BLOCK);
    // Pass 1 samples every other character (b, b + 2, …), with no branch and no dependency from one
    // read to the next, so the reads overlap (a skip loop whose next position depends on the read
    // waits for each). Every pattern has at least two characters, so every match has a sampled
    // character among its first two: its second (shift 0) or its first (shift 1). Characters in no
    // pattern's first two (shift 2) are not candidates: (3 - shift) >> 1 is 1 for shift 0 and 1.
    let k = 0;
    let j = b;
    for (; j + 6 < bEnd; j += 8) {
      const s0 = shift[text.charCodeAt(j)]!;
      const s1 = shift[text.charCodeAt(j + 2)]!;
      const s2 = shift[text.charCodeAt(j + 4)]!;
      const s3 = shift[text.charCodeAt(j + 6)]!;
      cand[k] = j;
      k += (3 - s0) >> 1;
      cand[k] = j + 2;
      k += (3 - s1) >> 1;
      cand[k] = j + 4;
      k += (3 - s2) >> 1;
      cand[k] = j + 6;
      k += (3 - s3) >> 1;
    }
    for (; j < bEnd; j += 2) {
      cand[k] = j;
      k += (3 - shift[text.charCodeAt(j)]!) >> 1;
    }
    // Pass 2: at each candidate c, a match may start at c - 1 (when text[c] can be a second
    // character, or sits inside a match) and at c (when it begins a pattern).
    for (let q = 0; q < k; q++) {
      const c = cand[q]!;
      let i = c;
      if (shift[text.charCodeAt(c)] === 0 && c - 1 >= resume) i = c - 1;
      else if (c < resume) continue;
      // A start at c only when c < to (the sample at `to` is there for a start at to - 1).
      for (const lastStart = c < to ? c : c - 1; i <= lastStart; i++) {
        const f = cls_[text.charCodeAt(i)]! - C_FIRST;
        if (f >>> 0 >= nFirst) continue;
        let s: number;
        let j: number;
        if (i + 1 >= limit) {
          // The last character: only a one-character pattern can start here.
          s = root[f + C_FIRST]!;
          j = i + 1;
        } else {
          // The first two characters in one read (pairStates); most candidates end here.
          const p = pair[f * classes + cls_[text.charCodeAt(i + 1)]!]!;
          if (p === 0) continue;
          if (p === PAIR_WALK) {
            s = root[f + C_FIRST]!;
            j = i + 1;
          } else {
            s = p;
            j = i + 2;
          }
        }
        let bestPat = term_[s]!;
        let bestEnd = j;
        let lineBreaks = 0;
        while (j < limit) {
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
            const e = pinyinAnnotationEnd(text, j, limit);
            if (e < 0) break;
            j = e;
          } else {
            break;
          }
        }
        if (bestPat < 0) continue;
        // A pinyin annotation right after the last character belongs to the match (檢察機(jī)關(guān)).
        if (bestEnd < limit && cls_[text.charCodeAt(bestEnd)] === C_PAREN) {
          const e = pinyinAnnotationEnd(text, bestEnd, limit);
          if (e > 0) bestEnd = e;
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
        resume = bestEnd;
        if (resume > c) break;
      }
    }
  }
  // The last character at an even offset from `from`, at the end of the range, is in no sample:
  // only a one-character pattern can start there (and then every character is a candidate).
  const last = to - 1;
  if (last >= resume && to === limit && ((last - from) & 1) === 0) {
    const f = cls_[text.charCodeAt(last)]! - C_FIRST;
    if (f >>> 0 < nFirst && term_[root[f + C_FIRST]!]! >= 0) count = pushHit(m, count, last, to, term_[root[f + C_FIRST]!]!);
  }
  return count;
}
