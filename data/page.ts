import { agencies } from './agencies.ts';
import { categories } from './categories.ts';
import type { Dataset } from './schema.ts';
import { terms } from './terms.ts';

/**
 * The dataset as the content script needs it: what highlighting and the tooltip's header read
 * (categories, agencies, terms), to turn the background's mention records into mentions
 * (lib/mention-records.ts, by the same entity codes). Matching (with the exclusions) and ranking
 * (with the commitments and their sources) run in the background (extension/find-mentions.ts,
 * extension/measures.ts): the content script loads on every news page, so it is kept small. Same
 * objects as data/index.ts.
 */
export const pageDataset: Dataset = {
  version: 1,
  sources: [],
  categories,
  agencies,
  terms,
  commitments: [],
  exclusions: [],
};
