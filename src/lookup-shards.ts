// The certificate lookup's shards, computed once per build from the whole catalogue (published or
// not, as the contract allows for the lookup only) and written by src/routes/lookup-shard-number.ts and lookup-shard-name.ts.
import { catalogue } from '~/content.ts';
import { recordPath } from '~/lib/routes.ts';
import { buildLookup, numberShardCount, shardLookup, unpublishedProducts } from '~/lib/lookup.ts';
import { compactLookup } from '~/lib/lookup-offline.ts';

const { entries } = buildLookup(catalogue, (slug) => ({
  vi: recordPath('product', 'vi', slug),
  en: recordPath('product', 'en', slug),
}));

/** How many number shards there are: the lookup page tells its script. */
export const lookupNumberShards = numberShardCount(entries.length);
export const lookupShards = shardLookup(entries, lookupNumberShards);
/** Every entry in one compact file, for the service worker to answer lookups without signal. */
export const offlineLookup = compactLookup(entries, lookupNumberShards);
/** What the not-found page may say about each unpublished product, by slug (src/pages/tra-cuu/sp/). */
export const unpublishedBySlug = unpublishedProducts(catalogue);
