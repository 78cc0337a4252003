import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { createCommitmentSearch } from '../../lib/search.ts';

const search = createCommitmentSearch(dataset);
const byId = new Map(dataset.commitments.map((c) => [c.id, c]));
const antiFraud = dataset.commitments.filter((c) => c.terms.includes('telecom-fraud')).map((c) => c.id);

describe('createCommitmentSearch', () => {
  it('lists every commitment for an empty query, in dataset order', () => {
    expect(search.search('')).toEqual(dataset.commitments.map((c) => c.id));
    expect(search.search('   ')).toHaveLength(dataset.commitments.length);
  });

  it.each(['电信诈骗', '電信詐騙', 'telecom fraud', 'Telecom Fraud', '电诈'])(
    'finds the anti-fraud commitments for %s',
    (query) => {
      const ids = search.search(query);
      expect(antiFraud.length).toBeGreaterThan(0);
      for (const id of antiFraud) expect(ids).toContain(id);
      // The best hits are about telecom fraud.
      expect(byId.get(ids[0]!)!.terms).toContain('telecom-fraud');
    },
  );

  it('ranks the SPP food-safety measure first for 最高检 食品安全', () => {
    const ids = search.search('最高检 食品安全');
    expect(ids[0]).toBe('2024-xinhua-spp-online-food-safety');
    for (const id of ids) expect(byId.get(id)!.agency).toBe('spp');
    // Unbroken and traditional input splits into the same aliases.
    expect(search.tokens('最高檢食品安全')).toEqual(['最高检', '食品安全']);
    expect(search.search('最高检食品安全')[0]).toBe('2024-xinhua-spp-online-food-safety');
  });

  it('does not take 最高法 for 最高检', () => {
    for (const id of search.search('最高法')) expect(byId.get(id)!.agency).not.toBe('spp');
  });

  it('tolerates an English typo but ranks exact hits first', () => {
    const ids = search.search('telcom fraud');
    expect(ids.length).toBeGreaterThan(0);
    expect(byId.get(ids[0]!)!.terms).toContain('telecom-fraud');
  });

  it('filters by agency, category and entity', () => {
    const mps = search.search('', { agency: 'mps' });
    expect(mps.length).toBeGreaterThan(0);
    for (const id of mps) expect(byId.get(id)!.agency).toBe('mps');

    const livelihood = search.search('', { category: 'livelihood' });
    for (const id of livelihood) expect(byId.get(id)!.theme).toBe('livelihood');
    expect(livelihood.length).toBe(dataset.commitments.filter((c) => c.theme === 'livelihood').length);

    const fraudByMps = search.search('诈骗', { agency: 'mps' });
    expect(fraudByMps.length).toBeGreaterThan(0);
    for (const id of fraudByMps) expect(byId.get(id)!.agency).toBe('mps');

    const entity = search.search('', { entity: 'telecom-fraud' });
    expect(entity.sort()).toEqual([...antiFraud].sort());
    expect(search.search('', { entity: 'spc' }).every((id) => byId.get(id)!.agency === 'spc')).toBe(true);

    expect(search.search('电信诈骗', { category: 'business' })).toEqual([]);
  });

  it('looks up a selected sentence by the aliases inside it', () => {
    const ids = search.lookup('记者获悉，最高人民检察院今年将对直播带货中的食品安全问题开展专项监督。');
    expect(ids[0]).toBe('2024-xinhua-spp-online-food-safety');
    expect(search.lookup('今天天气很好')).toEqual([]);
    expect(search.lookup('')).toEqual([]);
  });
});
