import { agencies } from './agencies.ts';
import { categories } from './categories.ts';
import { exclusions } from './exclusions.ts';
import type { Dataset } from './schema.ts';
import { terms } from './terms.ts';

/**
 * The dataset as the content script needs it: what matching, highlighting and the tooltip's header
 * read (categories, agencies, terms, exclusions), without the commitments and their sources. Those
 * stay in the background, which ranks a hovered mention's measures (extension/measures.ts): the
 * content script loads on every news page, so it is kept small. Same objects as data/index.ts.
 */
export const pageDataset: Dataset = {
  version: 1,
  sources: [],
  categories,
  agencies,
  terms,
  commitments: [],
  exclusions,
};
