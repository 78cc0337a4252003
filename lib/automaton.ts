/**
 * The annotator's compiled tables as plain data, so that a page does not compile them.
 *
 * Building the automaton (lib/lexicon.ts, lib/matcher.ts `compileMatcher`, the mainland-cue matcher
 * of lib/resolve.ts) costs 10–23 ms of cold main thread per page in Chromium; restoring the same
 * tables from data costs a fraction of that (docs/matching.md, Precompiled automaton).
 * scripts/gen-tables.ts writes `compileAutomaton(dataset)` to lib/generated/automaton.ts; the
 * content script passes it to createAnnotator (`{ compiled: AUTOMATON }`). The file carries a
 * fingerprint of the lexicon it was compiled from; tests/lib/automaton.test.ts and
 * `node scripts/gen-tables.ts --check` fail when data/ changed without regenerating. At run time
 * only the dataset's entry counts are compared (cheap); a mismatch compiles afresh.
 */
import type { Dataset } from '../data/schema.ts';
import { MAINLAND_CUES } from './cues.ts';
import type { Lexicon, SerializedLexicon } from './lexicon.ts';
import { buildLexicon, deserializeLexicon, serializeLexicon } from './lexicon.ts';
import type { CompiledMatcher, SerializedMatcher } from './matcher.ts';
import { compileMatcher, deserializeMatcher, serializeMatcher, type MatcherOptions } from './matcher.ts';
import type { ResolverTables } from './resolve.ts';
import { resolverTables } from './resolve.ts';
import { TRAD_SIMP_PAIRS } from './generated/trad-to-simp.ts';

export interface CompiledAutomaton {
  /** Hash of the lexicon entries, the mainland cues and the trad → simp table (automatonFingerprint). */
  fingerprint: string;
  /** Agencies, terms, exclusions of the dataset: the run-time check. */
  counts: [number, number, number];
  lexicon: SerializedLexicon;
  matcher: SerializedMatcher;
  /** The resolver's matcher of MAINLAND_CUES. */
  mainland: SerializedMatcher;
  /** lib/resolve.ts resolverTables: entry indices, and the folded qualifiers joined by U+0001. */
  resolver: { appliesAlways: number[]; foldedQualifier: string };
}

export interface Automaton {
  lexicon: Lexicon;
  matcher: CompiledMatcher;
  /** The mainland-cue matcher for createResolver, restored on first use; undefined: compiled there. */
  mainland: (() => CompiledMatcher) | undefined;
  /** For createResolver; undefined: computed there. */
  resolver: ResolverTables | undefined;
}

const SEP = '\u0001';

function serializeResolverTables(t: ResolverTables, dataset: Dataset): CompiledAutomaton['resolver'] {
  if (t.foldedQualifier.length !== dataset.exclusions.length || t.foldedQualifier.some((q) => q.includes(SEP))) {
    throw new Error('serializeResolverTables: unexpected qualifiers');
  }
  return { appliesAlways: t.appliesAlways, foldedQualifier: t.foldedQualifier.join(SEP) };
}

/** FNV-1a (32 bit) over UTF-16 code units, as 8 hex digits. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * What the compiled tables depend on: every lexicon entry (kind, index, text, in matcher order),
 * the cue sides, the mainland cues and the fold table. For generation and tests, not for pages.
 */
export function automatonFingerprint(dataset: Dataset): string {
  const lexicon = buildLexicon(dataset);
  const parts = [
    ...lexicon.entries.map((e) => `${e.kind}:${e.index}:${e.text}`),
    '#cues', ...lexicon.cueSides, '#mainland', ...MAINLAND_CUES, '#fold', TRAD_SIMP_PAIRS,
  ];
  return fnv1a(parts.join('\n'));
}

export function compileAutomaton(dataset: Dataset): CompiledAutomaton {
  const lexicon = buildLexicon(dataset);
  return {
    fingerprint: automatonFingerprint(dataset),
    counts: [dataset.agencies.length, dataset.terms.length, dataset.exclusions.length],
    lexicon: serializeLexicon(lexicon, dataset),
    matcher: serializeMatcher(compileMatcher(lexicon.patterns)),
    mainland: serializeMatcher(compileMatcher(MAINLAND_CUES)),
    resolver: serializeResolverTables(resolverTables(dataset, lexicon), dataset),
  };
}

/** True when `compiled` was generated for a dataset of this shape (a cheap check, not a proof). */
export function fitsDataset(compiled: CompiledAutomaton, dataset: Dataset): boolean {
  const [a, t, x] = compiled.counts;
  return a === dataset.agencies.length && t === dataset.terms.length && x === dataset.exclusions.length;
}

/**
 * The automaton: restored from `compiled` when given and it fits the dataset, compiled otherwise.
 * `options` apply to the main matcher; the mainland-cue matcher scans windows of at most 40
 * characters and always in JavaScript (a WebAssembly instance of its own would buy nothing).
 */
export function loadAutomaton(dataset: Dataset, compiled?: CompiledAutomaton, options: MatcherOptions = {}): Automaton {
  if (compiled && fitsDataset(compiled, dataset)) {
    try {
      const mainland = compiled.mainland;
      const lexicon = deserializeLexicon(compiled.lexicon, dataset);
      const r = compiled.resolver;
      return {
        lexicon,
        resolver: {
          appliesAlways: r.appliesAlways,
          foldedQualifier: r.foldedQualifier.split(SEP),
        },
        matcher: deserializeMatcher(compiled.matcher, options),
        // Needed only where a foreign reading is in force (rare): restored then.
        mainland: () => deserializeMatcher(mainland, { engine: 'js' }),
      };
    } catch {
      // An entry points past the dataset's aliases: generated for another dataset. Compile.
    }
  }
  const lexicon = buildLexicon(dataset);
  return { lexicon, matcher: compileMatcher(lexicon.patterns, options), mainland: undefined, resolver: undefined };
}
