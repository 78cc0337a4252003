/**
 * The page's current mentions: per flow, the core's mentions with their DOM Range, painted through
 * the Highlighter and indexed per text node for hover lookup. A flow is the unit of change: a rescan
 * drops a flow's mentions and annotates its replacement.
 */
import type { CategoryId, Dataset } from '../../data/schema.ts';
import { mentionsFromRecords, RECORD_STRIDE, type EntityTable, type FoundMention, type ReadingState } from '../../lib/mention-records.ts';
import type { SentenceContext } from '../../lib/rank.ts';
import type { ScanEngine } from '../../lib/matcher.ts';
import { groupContext, sentenceGroups } from '../../lib/sentence.ts';
import type { MentionCounts } from '../../extension/protocol.ts';
import type { Flow } from './blocks.ts';
import type { Highlighter } from './highlighter.ts';
import { IntervalIndex } from './interval-index.ts';
import { nodeSpans, rangeForOffsets } from './ranges.ts';

/** The node's place in the document: itself, or the shadow host it is rendered under. */
function documentAnchor(node: Node): Node {
  let n = node;
  for (let root = n.getRootNode(); root instanceof ShadowRoot; root = n.getRootNode()) n = root.host;
  return n;
}

/**
 * Document order of two ranges by their starts, also across shadow trees: ranges in a shadow tree
 * sort at their host's position. (Static ranges have no compareBoundaryPoints; nodes are enough.)
 */
export function compareRanges(a: AbstractRange, b: AbstractRange): number {
  const p = a.startContainer;
  const q = b.startContainer;
  if (p === q) return a.startOffset - b.startOffset;
  const [x, y] = p.getRootNode() === q.getRootNode() ? [p, q] : [documentAnchor(p), documentAnchor(q)];
  if (x === y) return 0;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export interface MentionRecord {
  mention: FoundMention;
  /** Where it is painted (static: see ranges.ts); liveRange(range) for geometry. */
  range: StaticRange;
  flow: Flow;
  /** The flow's records as the background sent them (shared by the flow's mentions), and this one's index. */
  records: readonly number[];
  k: number;
}

/**
 * The sentence a mention's commitments are ranked by (lib/sentence.ts), as the core forms it: the
 * background ranks the hovered mention with it (extension/measures.ts).
 */
export function sentenceOf(record: MentionRecord, dataset: Pick<Dataset, 'agencies' | 'terms'>): SentenceContext {
  const text = { text: record.flow.text, records: record.records, stride: RECORD_STRIDE };
  return groupContext(text, sentenceGroups(text), record.k, dataset);
}

export class PageMentions {
  private readonly byFlow = new Map<Flow, MentionRecord[]>();
  private readonly intervals = new IntervalIndex<Text, MentionRecord>();
  /**
   * Flows annotated but not yet in the interval index: only hover needs the index, so the scan
   * leaves it for idle time (`indexPending`) or the first lookup.
   */
  private readonly unindexed = new Set<Flow>();
  private ordered: MentionRecord[] | null = null;
  /**
   * Where the page's reading stopped (a story's foreign reading, lib/mention-records.ts): the next
   * full-scan request continues from it. Rescans start from [] instead (scan.ts).
   */
  readingState: ReadingState = [];
  /** Characters sent to the background since the last reset (for the timing marks). */
  chars = 0;
  /**
   * Timing marks: the background's time in the core, this thread's time sending the requests and
   * making mention objects of the replies, and its Range/highlight work.
   */
  backgroundMs = 0;
  requestMs = 0;
  domMs = 0;
  /** Which scan the background ran (lib/matcher.ts Matcher.engine), from its replies. */
  scanEngine: ScanEngine | undefined;

  private readonly entities: EntityTable;
  private readonly highlighter: Highlighter;

  constructor(entities: EntityTable, highlighter: Highlighter) {
    this.entities = entities;
    this.highlighter = highlighter;
  }

  get flowCount(): number {
    return this.byFlow.size;
  }

  flows(): IterableIterator<Flow> {
    return this.byFlow.keys();
  }

  /** (text node, offset) → mention, for hover: the index, with every annotated flow in it. */
  get index(): IntervalIndex<Text, MentionRecord> {
    this.indexPending();
    return this.intervals;
  }

  /**
   * Puts the flows annotated since the last call into the interval index; stops early when
   * `stop()` says so (idle time ran out). Returns true when none is left.
   */
  indexPending(stop?: () => boolean): boolean {
    for (const flow of this.unindexed) {
      if (stop?.()) return false;
      this.unindexed.delete(flow);
      for (const record of this.byFlow.get(flow) ?? []) {
        const { mention } = record;
        for (const span of nodeSpans(flow, mention.start, mention.end)) {
          this.intervals.add(span.node, span.start, span.end, record);
        }
      }
    }
    return true;
  }

  /** True while `record`'s flow is still part of the page's mentions. */
  has(record: MentionRecord): boolean {
    return this.byFlow.get(record.flow)?.includes(record) ?? false;
  }

  /** Paints one flow's mentions, from its records as the background sent them. Returns how many. */
  add(flow: Flow, found: readonly number[]): number {
    const t0 = performance.now();
    let mentions: FoundMention[];
    try {
      mentions = mentionsFromRecords(flow.text, found, this.entities);
    } catch {
      return 0; // a reply from another version of the dataset (extension updated mid-scan)
    }
    const t1 = performance.now();
    this.requestMs += t1 - t0;
    const records: MentionRecord[] = [];
    try {
      mentions.forEach((mention, k) => {
        const range = rangeForOffsets(flow, mention.start, mention.end);
        records.push({ mention, range, flow, records: found, k });
      });
    } catch {
      // The page edited this text between the walk and now (offsets past a node's end): leave the
      // flow out; the mutation observer has queued a rescan of its block.
      return 0;
    }
    for (const record of records) this.highlighter.add(record.mention.category, record.range);
    this.byFlow.set(flow, records);
    if (records.length > 0) this.unindexed.add(flow);
    if (records.length > 0) this.ordered = null;
    this.domMs += performance.now() - t1;
    return records.length;
  }

  remove(flow: Flow): void {
    const records = this.byFlow.get(flow);
    if (!records) return;
    for (const record of records) this.highlighter.remove(record.mention.category, record.range);
    if (!this.unindexed.delete(flow)) for (const node of flow.nodes) this.intervals.deleteKey(node);
    this.byFlow.delete(flow);
    if (records.length > 0) this.ordered = null;
  }

  /** Drops every flow `predicate` selects; returns how many. */
  removeWhere(predicate: (flow: Flow) => boolean): number {
    const doomed = [...this.byFlow.keys()].filter(predicate);
    for (const flow of doomed) this.remove(flow);
    return doomed.length;
  }

  /** Forgets everything (a fresh scan after an SPA navigation). */
  clear(): void {
    for (const flow of [...this.byFlow.keys()]) this.remove(flow);
    this.readingState = [];
    this.chars = 0;
    this.backgroundMs = 0;
    this.requestMs = 0;
    this.domMs = 0;
  }

  /**
   * Mentions in document order (flows from shadow roots and rescans arrive out of order, so
   * this sorts by Range position; cached until the set changes).
   */
  inOrder(): MentionRecord[] {
    if (!this.ordered) {
      const all: MentionRecord[] = [];
      for (const records of this.byFlow.values()) for (const r of records) all.push(r);
      all.sort((a, b) => compareRanges(a.range, b.range));
      this.ordered = all;
    }
    return this.ordered;
  }

  /** Mentions in enabled categories, in document order: what the reader sees and steps through. */
  visible(isEnabled: (category: CategoryId) => boolean): MentionRecord[] {
    return this.inOrder().filter((r) => isEnabled(r.mention.category));
  }

  counts(isEnabled: (category: CategoryId) => boolean): MentionCounts {
    const byCategory: Partial<Record<CategoryId, number>> = {};
    let total = 0;
    for (const records of this.byFlow.values()) {
      for (const { mention } of records) {
        if (!isEnabled(mention.category)) continue;
        total++;
        byCategory[mention.category] = (byCategory[mention.category] ?? 0) + 1;
      }
    }
    return { total, byCategory };
  }
}
