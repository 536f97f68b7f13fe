// The values of the producer directory's facets, computed once per build: every group, commune and
// kind that at least one shown producer has, with how many producers have it (for the static pages of
// one value and their later pages).
import { catalogue } from '~/content.ts';
import { DIRECTORY_FACETS, directoryEntries, facetValues, type FacetValue } from '~/lib/producer-directory.ts';
import type { ProducerFacet } from '~/lib/routes.ts';
import { PRODUCT_GROUPS } from '~/schemas/enums.ts';

const entries = directoryEntries(catalogue.producers, catalogue.productsOf, PRODUCT_GROUPS);
const values = new Map(DIRECTORY_FACETS.map((facet) => [facet, facetValues(entries, facet)]));

export const producerFacetValues = (facet: ProducerFacet): FacetValue[] => values.get(facet) ?? [];
