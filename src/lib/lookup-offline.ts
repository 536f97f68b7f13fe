/**
 * The certificate lookup without signal (issue #15). The lookup's shards (src/lib/lookup.ts) hold each
 * entry once by number but many times by name: 30 MB of name shards at 10,000 products. The service
 * worker instead keeps one compact file of every entry, `/tra-cuu/tat-ca.json`, and answers a shard
 * request it cannot fetch by cutting that shard out of it with the build's own rules, so the lookup
 * page runs unchanged and gets the same entries in the same order as online.
 *
 * Runs in the build (writing the file), the service worker and tests: no Node or DOM imports.
 */
import type { CertificateStatus } from './certificate.ts';
import { nameShardsOf, numberShardOf, type LookupEntry } from './lookup.ts';
import { LOOKUP_SHARD_DIRS, RECORD_PAGES, recordPath, withBase } from './routes.ts';

/** A status as an array: `['valid', expires]`, `['expired', expires]`, `['revoked', date, reason]`, `['below-threshold', stars]`. */
export type CompactStatus = ['valid' | 'expired', string] | ['revoked', string, string] | ['below-threshold', number];

/**
 * One entry: number, name, stars, status, then for published products the slug, the English name
 * (null when there is none but a signed decision follows) and the signed decision's URL
 * (`certificate.document`), each left off when absent. Arrays without keys are about half the size
 * of the shards' objects.
 */
export type CompactEntry =
  | [number: string, name: string, stars: number, status: CompactStatus]
  | [
      number: string,
      name: string,
      stars: number,
      status: CompactStatus,
      slug: string,
      nameEn?: string | null,
      document?: string,
    ];

/** `/tra-cuu/tat-ca.json`. */
export interface OfflineLookup {
  /** How many number shards the build wrote: a number's shard depends on it. */
  numberShards: number;
  /** Every entry, in the order the build put them in its shards. */
  entries: CompactEntry[];
}

function compactStatus(status: CertificateStatus): CompactStatus {
  switch (status.kind) {
    case 'valid':
    case 'expired':
      return [status.kind, status.expires];
    case 'revoked':
      return ['revoked', status.date, status.reason];
    case 'below-threshold':
      return ['below-threshold', status.stars];
  }
}

function expandStatus(status: CompactStatus): CertificateStatus {
  switch (status[0]) {
    case 'valid':
    case 'expired':
      return { kind: status[0], expires: status[1] };
    case 'revoked':
      return { kind: 'revoked', date: status[1], reason: status[2] };
    case 'below-threshold':
      return { kind: 'below-threshold', stars: status[1] };
  }
}

/** The slug of a published entry's page, checked against the route table so that expanding it gives the same URLs back. */
function slugOf(entry: LookupEntry): string {
  const vi = entry.url!.vi;
  const slug = vi.slice(withBase(RECORD_PAGES.product.vi).length, -1);
  if (recordPath('product', 'vi', slug) !== vi || recordPath('product', 'en', slug) !== entry.url!.en) {
    throw new Error(`lookup entry ${entry.number}: its page ${vi} is not a product page of the route table`);
  }
  return slug;
}

/** The compact file from the lookup's entries (src/lookup-shards.ts). Throws if an entry's URL is not a product page. */
export function compactLookup(entries: LookupEntry[], numberShards: number): OfflineLookup {
  return {
    numberShards,
    entries: entries.map((entry): CompactEntry => {
      const head = [entry.number, entry.name, entry.stars, compactStatus(entry.status)] as const;
      if (!entry.url) return [...head];
      if (entry.document) return [...head, slugOf(entry), entry.nameEn ?? null, entry.document];
      return entry.nameEn ? [...head, slugOf(entry), entry.nameEn] : [...head, slugOf(entry)];
    }),
  };
}

/** One entry as the shards write it (the same fields, in the same order, so JSON output matches byte for byte). */
export function expandEntry(compact: CompactEntry): LookupEntry {
  const [number, name, stars, status, slug, nameEn, document] = compact;
  return {
    number,
    name,
    stars,
    status: expandStatus(status),
    ...(typeof nameEn === 'string' && { nameEn }),
    ...(slug !== undefined && {
      url: { vi: recordPath('product', 'vi', slug), en: recordPath('product', 'en', slug) },
    }),
    ...(document !== undefined && { document }),
  };
}

/**
 * The entries of the shard file at `pathname` (`/tra-cuu/so/<n>.json` or `/tra-cuu/ten/<letters>.json`
 * under the site's base),
 * cut from the compact file; undefined for any other path. A shard the build did not write (no
 * entry has such a word) comes out empty, which the lookup page reads as "no match", as it does a 404.
 */
export function shardFromCompact(lookup: OfflineLookup, pathname: string): LookupEntry[] | undefined {
  const match = /^(.*\/)([^/]+)\.json$/.exec(pathname);
  if (!match) return undefined;
  const [, dir, key] = match as unknown as [string, string, string];
  const entries = lookup.entries.map(expandEntry);
  if (dir === withBase(LOOKUP_SHARD_DIRS.number) && /^\d+$/.test(key)) {
    return entries.filter((entry) => numberShardOf(entry.number, lookup.numberShards) === Number(key));
  }
  if (dir === withBase(LOOKUP_SHARD_DIRS.name)) return entries.filter((entry) => nameShardsOf(entry).includes(key));
  return undefined;
}
