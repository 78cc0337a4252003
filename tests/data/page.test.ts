import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { pageDataset } from '../../data/page.ts';
import { AUTOMATON } from '../../lib/generated/automaton.ts';
import { fitsDataset } from '../../lib/automaton.ts';

describe('the content script dataset (data/page.ts)', () => {
  it('is the bundled dataset without commitments and sources, and fits the precompiled automaton', () => {
    const { commitments, sources, ...rest } = dataset;
    expect(commitments.length).toBeGreaterThan(0);
    expect(sources.length).toBeGreaterThan(0);
    expect(pageDataset).toEqual({ ...rest, commitments: [], sources: [] });
    expect(fitsDataset(AUTOMATON, pageDataset)).toBe(true);
  });
});
