// The static pages of the producer directory narrowed to one value of one facet, computed once per
// build: every group, commune and kind that at least one shown producer has.
import { catalogue } from '~/content.ts';
import { DIRECTORY_FACETS, directoryEntries, facetValues } from '~/lib/producer-directory.ts';
import { PRODUCER_FACET_SEGMENT, type ProducerFacet } from '~/lib/routes.ts';
import { PRODUCT_GROUPS, type Locale } from '~/schemas/enums.ts';

const entries = directoryEntries(catalogue.producers, catalogue.productsOf, PRODUCT_GROUPS);
const values = DIRECTORY_FACETS.flatMap((facet) =>
  facetValues(entries, facet).map(({ value, count }) => ({ facet: facet as ProducerFacet, value, count })),
);

/** Each facet page of a language: its path segments, the facet and value, and how many producers it lists. */
export function producerFacetPages(locale: Locale) {
  return values.map((page) => ({ ...page, segment: PRODUCER_FACET_SEGMENT[locale][page.facet] }));
}
