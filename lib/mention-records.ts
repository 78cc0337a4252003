/**
 * Mentions in transit: the background finds a page's mentions (extension/find-mentions.ts) and
 * sends them back as records of three numbers — start, end and entity code — per mention; the page
 * turns them into mention objects with the same fields the core's mentions have. Small on purpose:
 * the content script imports this, not the core.
 */
import type { AgencyId, CategoryId, Dataset } from '../data/schema.ts';

/** Numbers per mention in a record list: start, end, entity code (agencies ≥ 0, terms -index - 1). */
export const RECORD_STRIDE = 3;

/** A mention's own fields: where it is, what it names. (The core's Mention adds its commitments.) */
export interface FoundMention {
  /** UTF-16 offsets into the annotated string; text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  kind: 'agency' | 'term';
  /** AgencyId or term id. */
  entityId: string;
  /** Agencies: simplified full name (最高人民法院 …); terms: the term name. */
  entity: string;
  /** 'agency' for agencies; the term's theme otherwise. */
  category: CategoryId;
  /** The agency itself, or the term's related agencies. Shared, do not mutate. */
  agencies: AgencyId[];
}

/** Per-entity fields every mention of the entity shares. */
export type EntityFields = Pick<FoundMention, 'kind' | 'entityId' | 'entity' | 'category' | 'agencies'>;

/** Entity fields by code: `agencies[code]` for code ≥ 0, `terms[-code - 1]` otherwise. */
export interface EntityTable {
  agencies: EntityFields[];
  terms: EntityFields[];
}

export function entityTable(dataset: Pick<Dataset, 'agencies' | 'terms'>): EntityTable {
  return {
    agencies: dataset.agencies.map((a) => ({ kind: 'agency', entityId: a.id, entity: a.name, category: 'agency', agencies: [a.id] })),
    terms: dataset.terms.map((t) => ({ kind: 'term', entityId: t.id, entity: t.name, category: t.category, agencies: t.agencies })),
  };
}

/** The mentions a record list describes in `text`. Throws on a code the table does not know. */
export function mentionsFromRecords(text: string, records: ArrayLike<number>, table: EntityTable): FoundMention[] {
  const mentions: FoundMention[] = [];
  for (let o = 0; o + RECORD_STRIDE <= records.length; o += RECORD_STRIDE) {
    const start = records[o]!;
    const end = records[o + 1]!;
    const code = records[o + 2]!;
    const fields = code >= 0 ? table.agencies[code] : table.terms[-code - 1];
    if (!fields) throw new RangeError(`unknown entity code ${code}`);
    mentions.push({ start, end, text: text.slice(start, end), ...fields });
  }
  return mentions;
}

/**
 * The reading state one text leaves for the next (lib/resolve.ts ResolveContext), as plain data:
 * [agency id, qualifier] for each agency whose bare mentions currently read as a foreign body
 * (美国司法部 … 司法部). Carried by the page from one request to the next.
 */
export type ReadingState = Array<[AgencyId, string]>;
