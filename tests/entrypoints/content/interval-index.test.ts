import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IntervalIndex } from '../../../entrypoints/content/interval-index.ts';

describe('IntervalIndex', () => {
  it('finds the interval covering an offset, end-exclusive', () => {
    const node = {};
    const index = new IntervalIndex<object, string>();
    index.add(node, 2, 5, 'a');
    index.add(node, 7, 9, 'b');
    expect([0, 1, 2, 4, 5, 6, 7, 8, 9].map((o) => index.find(node, o))).toEqual([
      undefined, undefined, 'a', 'a', undefined, undefined, 'b', 'b', undefined,
    ]);
  });

  it('keeps keys apart and forgets deleted keys', () => {
    const a = {};
    const b = {};
    const index = new IntervalIndex<object, number>();
    index.add(a, 0, 3, 1);
    index.add(b, 0, 3, 2);
    expect(index.find(a, 1)).toBe(1);
    expect(index.find(b, 1)).toBe(2);
    index.deleteKey(a);
    expect(index.find(a, 1)).toBeUndefined();
    expect(index.find(b, 1)).toBe(2);
    expect(index.keyCount).toBe(1);
    index.clear();
    expect(index.find(b, 1)).toBeUndefined();
  });

  it('ignores empty intervals', () => {
    const a = {};
    const index = new IntervalIndex<object, number>();
    index.add(a, 3, 3, 1);
    expect(index.find(a, 3)).toBeUndefined();
    expect(index.keyCount).toBe(0);
  });

  it('agrees with a linear scan for any set of disjoint intervals added in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(20), fc.integer({ min: 1, max: 6 })), { maxLength: 30 }),
        fc.integer({ min: -2, max: 200 }),
        (specs, probe) => {
          // Build disjoint intervals from (gap, length) pairs, then add them shuffled.
          const intervals: Array<[number, number, number]> = [];
          let at = 0;
          specs.forEach(([gap, length], i) => {
            intervals.push([at + gap, at + gap + length, i]);
            at += gap + length;
          });
          const shuffled = [...intervals].sort((x, y) => ((x[2] * 7919) % 31) - ((y[2] * 7919) % 31));
          const key = {};
          const index = new IntervalIndex<object, number>();
          for (const [s, e, v] of shuffled) index.add(key, s, e, v);
          const expected = intervals.find(([s, e]) => s <= probe && probe < e)?.[2];
          expect(index.find(key, probe)).toBe(expected);
          expect(index.intervals(key).map((i) => i.value)).toEqual(intervals.map((i) => i[2]));
        },
      ),
    );
  });
});
