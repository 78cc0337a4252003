import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { Dataset } from '../../data/schema.ts';
import { createAnnotator, type Annotator } from '../../lib/annotate.ts';
import { automatonFingerprint, compileAutomaton, loadAutomaton } from '../../lib/automaton.ts';
import { AUTOMATON } from '../../lib/generated/automaton.ts';
import { buildLexicon, lexiconStrings } from '../../lib/lexicon.ts';
import { compileMatcher, deserializeMatcher, matcherTables, serializeMatcher } from '../../lib/matcher.ts';
import { MAINLAND_CUES } from '../../lib/cues.ts';
import { resolverTables } from '../../lib/resolve.ts';
import { AUTOMATON_PATH, renderAutomaton } from '../../scripts/gen-tables.ts';
import { fixture } from './fixture.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const seedDir = resolve(repoRoot, '../shared/seed');
const corpusDir = resolve(repoRoot, '../shared/corpus/dev');

/** Everything observable about the mentions, commitments included. */
const run = (a: Annotator, texts: readonly string[]) => {
  const ctx = a.createContext();
  return texts.map((t) => JSON.stringify(a.annotate(t, ctx)));
};

function expectSameTables(x: ReturnType<typeof compileMatcher>, y: ReturnType<typeof compileMatcher>) {
  const tx = matcherTables(x)!;
  const ty = matcherTables(y)!;
  for (const k of ['classOf', 'shift', 'rootRow', 'terminal', 'childStart', 'childCls', 'childTo'] as const) {
    expect(Buffer.from(ty[k].buffer, ty[k].byteOffset, ty[k].byteLength).equals(Buffer.from(tx[k].buffer, tx[k].byteOffset, tx[k].byteLength)), k).toBe(true);
    expect(ty[k].constructor).toBe(tx[k].constructor);
  }
  expect(ty.firstCount).toBe(tx.firstCount);
  expect([...y.canonicalId]).toEqual([...x.canonicalId]);
  expect(y.patterns).toEqual(x.patterns);
  expect(y.size).toBe(x.size);
  expect(y.bytes).toBe(x.bytes);
}

describe('precompiled automaton (lib/generated/automaton.ts)', () => {
  it('is up to date with the dataset (run `node scripts/gen-tables.ts` if this fails)', () => {
    expect(AUTOMATON.fingerprint).toBe(automatonFingerprint(dataset));
    expect(readFileSync(AUTOMATON_PATH, 'utf8')).toBe(renderAutomaton(dataset));
  });

  it('the fingerprint changes with any lexicon entry', () => {
    const renamed: Dataset = { ...dataset, agencies: dataset.agencies.map((a, i) => (i === 0 ? { ...a, aliases: [...a.aliases, { text: '某某新别名', form: 'short' }] } : a)) };
    expect(automatonFingerprint(renamed)).not.toBe(AUTOMATON.fingerprint);
  });

  it('restores byte-identical matcher tables', () => {
    const { lexicon, matcher, mainland, resolver } = loadAutomaton(dataset, AUTOMATON);
    expect(mainland).toBeDefined();
    expect(resolver).toEqual(resolverTables(dataset, buildLexicon(dataset)));
    expect(JSON.stringify(lexicon)).toBe(JSON.stringify(buildLexicon(dataset)));
    expectSameTables(compileMatcher(buildLexicon(dataset).patterns), matcher);
    expectSameTables(compileMatcher(MAINLAND_CUES), mainland!());
  });

  it('round-trips matchers with short, spaced, traditional, upper-case and full-width patterns', () => {
    for (const ps of [['a', '检察院'], ['最高 人民法院', '檢察機關', 'Ministry of Justice', 'ＭＰＳ', '检察机关'], [], ['院', '察']]) {
      const m = compileMatcher(ps);
      expectSameTables(m, deserializeMatcher(JSON.parse(JSON.stringify(serializeMatcher(m)))));
    }
  });

  const fresh = createAnnotator(dataset);
  const pre = createAnnotator(dataset, { compiled: AUTOMATON });

  it('gives identical mentions on the dataset aliases and lexicon strings', () => {
    const strings = lexiconStrings(dataset);
    const texts = [
      strings.join(''),
      strings.join('、'),
      strings.join('。\n'),
      strings.map((s) => `内地${s}表示，美国${s}与越南${s}`).join('；'),
      ...strings,
    ];
    const a = run(fresh, texts);
    expect(a.some((t) => t !== '[]')).toBe(true);
    expect(run(pre, texts)).toEqual(a);
  });

  it.skipIf(!existsSync(seedDir))('gives identical mentions on the seed article', () => {
    const texts = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8'));
    const lines = texts.flatMap((t) => t.split('\n'));
    expect(run(pre, texts)).toEqual(run(fresh, texts));
    expect(run(pre, lines)).toEqual(run(fresh, lines));
  });

  it.skipIf(!existsSync(corpusDir))('gives identical mentions on the dev corpus', () => {
    const docs = readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort()
      .map((f) => (JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as { text: string }).text);
    expect(docs.length).toBeGreaterThan(0);
    const a = run(fresh, docs);
    expect(a.join('').length).toBeGreaterThan(1000);
    expect(run(pre, docs)).toEqual(a);
    const paragraphs = docs.flatMap((d) => d.split('\n'));
    expect(run(pre, paragraphs)).toEqual(run(fresh, paragraphs));
  });

  it('compiles afresh when the tables were generated for another dataset', () => {
    const a = createAnnotator(fixture, { compiled: AUTOMATON });
    const text = '最高检、公安部与檢察機關联合打击电信网络诈骗犯罪';
    expect(run(a, [text])).toEqual(run(createAnnotator(fixture), [text]));
    expect(loadAutomaton(fixture, AUTOMATON).mainland).toBeUndefined();
  });

  it('works for any dataset: compileAutomaton(fixture) restores the fixture annotator', () => {
    const text = '最高检、公安部与檢察機關联合打击电信网络诈骗犯罪，人民法院、Ministry of Justice';
    const compiled = JSON.parse(JSON.stringify(compileAutomaton(fixture)));
    expect(loadAutomaton(fixture, compiled).mainland).toBeDefined();
    expect(run(createAnnotator(fixture, { compiled }), [text])).toEqual(run(createAnnotator(fixture), [text]));
  });
});
