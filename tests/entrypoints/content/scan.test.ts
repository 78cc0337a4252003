import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../entrypoints/content/blocks.ts';
import { batchFlows } from '../../../entrypoints/content/scan.ts';

const flow = (chars: number): Flow => ({ text: '字'.repeat(chars), nodes: [], starts: [0, chars], container: null as unknown as Element });

describe('batchFlows: the requests a scan sends the background', () => {
  it('sends the on-screen flows alone first, then the rest in order, each request at most 256 K code units', () => {
    const order = [flow(10), flow(20), ...Array.from({ length: 40 }, () => flow(30_000)), flow(5)];
    const batches = batchFlows(order, 2);
    expect(batches[0]).toEqual(order.slice(0, 2));
    expect(batches.flat()).toEqual(order); // every flow once, in order
    for (const batch of batches.slice(1)) {
      expect(batch.length).toBeGreaterThan(0);
      expect(batch.reduce((sum, f) => sum + f.text.length, 0)).toBeLessThanOrEqual(256 * 1024);
    }
    expect(batches.length).toBe(1 + Math.ceil((40 * 30_000 + 5) / (8 * 30_000 + 5))); // 8 flows of 30 000 per request
  });

  it('sends a short page in one request, and a flow longer than a request on its own', () => {
    const page = [flow(100), flow(19_000), flow(900)];
    expect(batchFlows(page, 0)).toEqual([page]);
    const long = [flow(10), flow(300_000), flow(10)];
    expect(batchFlows(long, 0)).toEqual([[long[0]], [long[1]], [long[2]]]);
  });
});
