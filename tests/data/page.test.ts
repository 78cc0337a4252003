import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { pageDataset } from '../../data/page.ts';
import { entityTable } from '../../lib/mention-records.ts';

describe('the content script dataset (data/page.ts)', () => {
  it('is the bundled dataset without commitments, sources and exclusions', () => {
    const { commitments, sources, exclusions, ...rest } = dataset;
    for (const list of [commitments, sources, exclusions]) expect(list.length).toBeGreaterThan(0);
    expect(pageDataset).toEqual({ ...rest, commitments: [], sources: [], exclusions: [] });
  });

  it('reads the background\'s mention records as the background means them (same entity codes)', () => {
    expect(entityTable(pageDataset)).toEqual(entityTable(dataset));
  });
});
