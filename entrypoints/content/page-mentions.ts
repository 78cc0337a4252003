/**
 * The page's current mentions: per flow, the core's mentions with their DOM Range, painted through
 * the Highlighter and indexed per text node for hover lookup. A flow is the unit of change: a rescan
 * drops a flow's mentions and annotates its replacement.
 */
import type { Annotator, AnnotateContext, Mention } from '../../lib/annotate.ts';
import type { CategoryId } from '../../data/schema.ts';
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
 * Document order of two ranges, also across shadow trees (compareBoundaryPoints throws there):
 * ranges in a shadow tree sort at their host's position.
 */
export function compareRanges(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) {
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  }
  const x = documentAnchor(a.startContainer);
  const y = documentAnchor(b.startContainer);
  if (x === y) return 0;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export interface MentionRecord {
  mention: Mention;
  range: Range;
  flow: Flow;
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
  private context: AnnotateContext;
  /** Characters handed to the core since the last reset (for the timing marks). */
  chars = 0;
  /** Time in the core (annotate) and in Range/highlight/index work, for the timing marks. */
  coreMs = 0;
  domMs = 0;

  private readonly annotator: Annotator;
  private readonly highlighter: Highlighter;

  constructor(annotator: Annotator, highlighter: Highlighter) {
    this.annotator = annotator;
    this.highlighter = highlighter;
    this.context = annotator.createContext();
  }

  get flowCount(): number {
    return this.byFlow.size;
  }

  flows(): IterableIterator<Flow> {
    return this.byFlow.keys();
  }

  /**
   * A context for a rescan. The page's own context has read to the end of the document; carrying
   * its state (e.g. a foreign reading after 越南公安部) back into an edited paragraph earlier on
   * would misread it, so rescans start from a clean context.
   */
  freshContext(): AnnotateContext {
    return this.annotator.createContext();
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

  /** Runs the core over one flow and paints its mentions. Returns how many it found. */
  annotate(flow: Flow, context: AnnotateContext = this.context): number {
    this.chars += flow.text.length;
    const t0 = performance.now();
    const mentions = this.annotator.annotate(flow.text, context);
    const t1 = performance.now();
    this.coreMs += t1 - t0;
    const records: MentionRecord[] = [];
    try {
      for (const mention of mentions) {
        const range = rangeForOffsets(flow, mention.start, mention.end);
        records.push({ mention, range, flow });
      }
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
    this.context = this.annotator.createContext();
    this.chars = 0;
    this.coreMs = 0;
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
