import { agencies } from './agencies.ts';
import { categories } from './categories.ts';
import { commitments2024Xinhua } from './commitments/2024-xinhua.ts';
import { exclusions } from './exclusions.ts';
import type { Dataset } from './schema.ts';
import { source2024Xinhua } from './source-2024-xinhua.ts';
import { terms } from './terms.ts';

export type * from './schema.ts';

/**
 * The bundled commitment dataset, assembled from small files. To add a year: add a source file and a
 * commitments file and list them here (see data/README.md).
 */
export const dataset: Dataset = {
  version: 1,
  sources: [source2024Xinhua],
  categories,
  agencies,
  terms,
  commitments: [...commitments2024Xinhua],
  exclusions,
};
