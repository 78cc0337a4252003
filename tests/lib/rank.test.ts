import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Fuse from 'fuse.js';
import { dataset } from '../../data/index.ts';
import { createAnnotator } from '../../lib/annotate.ts';
import { createRanker } from '../../lib/rank.ts';
import { fixture } from './fixture.ts';

const none = new Set<never>();

describe('candidates', () => {
  const r = createRanker(fixture);
  it('agency: its own commitments in dataset order', () => {
    expect(r.candidates('agency', 'spp').map((c) => c.id)).toEqual(['spp-fraud', 'spp-food', 'spp-wages', 'spp-traffic']);
  });
  it('term: the commitments listing it', () => {
    expect(r.candidates('term', 'wage-arrears').map((c) => c.id)).toEqual(['spp-wages', 'spc-wages']);
  });
  it('unknown entity: none', () => {
    expect(r.candidates('agency', 'nope')).toEqual([]);
    expect(r.rank('term', 'nope', { terms: none, agencies: none, text: '' })).toEqual([]);
  });
});

describe('rank by sentence', () => {
  it('a 最高检 mention in a sentence about 食品安全 shows the food-safety measure first', () => {
    const a = createAnnotator(fixture);
    const [m] = a.annotate('最高检将聚焦食品安全问题开展专项监督。');
    expect(m!.entityId).toBe('spp');
    expect(m!.commitments[0]).toBe('spp-food');
    const [n] = a.annotate('最高检要求依法惩治恶意欠薪犯罪。');
    expect(n!.commitments[0]).toBe('spp-wages');
  });
  it('a term shared by two agencies puts the co-mentioned agency first', () => {
    const a = createAnnotator(fixture);
    const ms = a.annotate('最高法严惩恶意欠薪行为。');
    expect(ms.map((m) => m.entityId)).toEqual(['spc', 'wage-arrears']);
    expect(ms[1]!.commitments).toEqual(['spc-wages', 'spp-wages']);
  });
  it('without other cues, the bigram tie-break follows the sentence wording', () => {
    const a = createAnnotator(fixture);
    const [m] = a.annotate('最高检深化道路交通安全和运输执法领域检察监督');
    expect(m!.commitments[0]).toBe('spp-traffic');
    const plain = createAnnotator(fixture, { tieBreak: 'none' }).annotate('最高检深化道路交通安全和运输执法领域检察监督');
    expect(plain[0]!.commitments[0]).toBe('spp-fraud'); // dataset order
  });
  it('the fuse.js tie-break agrees on the same sentence', () => {
    const [m] = createAnnotator(fixture, { tieBreak: 'fuse', Fuse }).annotate('最高检深化道路交通安全和运输执法领域检察监督');
    expect(() => createAnnotator(fixture, { tieBreak: 'fuse' })).toThrow(/options.Fuse/);
    expect(m!.commitments[0]).toBe('spp-traffic');
  });
  it('ranks only within the sentence: the next sentence does not leak in', () => {
    const a = createAnnotator(fixture);
    const ms = a.annotate('最高检召开会议。会议强调食品安全。');
    expect(ms[0]!.commitments[0]).toBe('spp-fraud');
  });
});

describe('hot path agrees with the general rank()', () => {
  it('property: rankMarked == rank for random sentences built from the real dataset', () => {
    const a = createAnnotator(dataset);
    const r = a.ranker;
    const surfaces = [...dataset.agencies.map((x) => x.name), ...dataset.terms.flatMap((t) => t.aliases.slice(0, 1).map((al) => al.text))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...surfaces, '依法', '加强', '监督'), { minLength: 1, maxLength: 6 }), (parts) => {
        const sentence = parts.join('') + '。';
        const ms = a.annotate(sentence);
        const terms = new Set(ms.filter((m) => m.kind === 'term').map((m) => m.entityId));
        const agencies = new Set(ms.filter((m) => m.kind === 'agency').map((m) => m.entityId as never));
        for (const m of ms) expect(m.commitments).toEqual(r.rank(m.kind, m.entityId, { terms, agencies, text: sentence }));
      }),
      { numRuns: 150 },
    );
  });
});
