/**
 * Per-text-node interval lookup for hover hit-testing: (key, offset) → the value whose [start, end)
 * covers the offset. Pure (no DOM): keys are any objects (text nodes in the content script).
 *
 * Intervals under one key never overlap (the core's mentions are non-overlapping), so each key holds
 * a list sorted by start and a lookup is one binary search. Lists are appended in text order during
 * a scan; an out-of-order add marks the list for a sort on the next lookup.
 */
export interface Interval<V> {
  start: number;
  end: number;
  value: V;
}

interface Bucket<V> {
  items: Interval<V>[];
  sorted: boolean;
}

export class IntervalIndex<K extends object, V> {
  // A Map (not a WeakMap) so `clear()` and `deleteKey()` are exact; the content script drops keys
  // when their block is rescanned or leaves the page.
  private readonly buckets = new Map<K, Bucket<V>>();

  get keyCount(): number {
    return this.buckets.size;
  }

  add(key: K, start: number, end: number, value: V): void {
    if (!(end > start)) return;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { items: [], sorted: true };
      this.buckets.set(key, bucket);
    }
    const last = bucket.items[bucket.items.length - 1];
    if (last && last.start > start) bucket.sorted = false;
    bucket.items.push({ start, end, value });
  }

  /** The value covering `offset` (start ≤ offset < end) under `key`, if any. */
  find(key: K, offset: number): V | undefined {
    const bucket = this.buckets.get(key);
    if (!bucket) return undefined;
    if (!bucket.sorted) {
      bucket.items.sort((a, b) => a.start - b.start);
      bucket.sorted = true;
    }
    const items = bucket.items;
    let lo = 0;
    let hi = items.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return undefined;
    const hit = items[found]!;
    return offset < hit.end ? hit.value : undefined;
  }

  /** All intervals under `key`, in start order. */
  intervals(key: K): readonly Interval<V>[] {
    const bucket = this.buckets.get(key);
    if (!bucket) return [];
    if (!bucket.sorted) {
      bucket.items.sort((a, b) => a.start - b.start);
      bucket.sorted = true;
    }
    return bucket.items;
  }

  deleteKey(key: K): void {
    this.buckets.delete(key);
  }

  clear(): void {
    this.buckets.clear();
  }
}
