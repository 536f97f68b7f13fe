import type { CertificateStatus, Certified } from './certificate.ts';
import { certificateStatus } from './certificate.ts';
import type { IsoDate } from './dates.ts';
import { foldDiacritics } from './fold.ts';
import type { Locale } from '../schemas/enums.ts';

/**
 * One row of the certificate-status lookup. The contract lets the lookup show an unpublished
 * product's certificate number, name, stars and status, and nothing else: contacts, producer,
 * pictures and the page link exist only for published products.
 */
export interface LookupEntry {
  number: string;
  name: string;
  stars: number;
  status: CertificateStatus;
  /** Published products only. */
  nameEn?: string;
  /** Published products only: the product page in each language. */
  url?: Record<Locale, string>;
  /** Published products only: the signed decision (`certificate.document`), when the record gives it. */
  document?: string;
}

export interface LookupData {
  asOf: IsoDate;
  entries: LookupEntry[];
}

interface LookupProduct {
  id: string;
  data: Certified & { name: string; en?: { name: string } | undefined };
}

/**
 * The lookup's data from the catalogue: every product, published or not. Fields are copied one by
 * one (never spread) so that a new field on the record cannot leak an unpublished product's details.
 */
export function buildLookup(
  catalogue: { asOf: IsoDate; products: LookupProduct[]; excluded: { product: LookupProduct }[] },
  productUrl: (slug: string) => Record<Locale, string>,
): LookupData {
  const { asOf } = catalogue;
  const row = (product: LookupProduct): LookupEntry => ({
    number: product.data.certificate.number,
    name: product.data.name,
    stars: product.data.stars,
    status: certificateStatus(product.data, asOf),
  });
  const published = catalogue.products.map((product) => ({
    ...row(product),
    ...(product.data.en && { nameEn: product.data.en.name }),
    url: productUrl(product.id),
    ...(product.data.certificate.document && { document: product.data.certificate.document }),
  }));
  const unpublished = catalogue.excluded.map(({ product }) => row(product));
  return { asOf, entries: [...published, ...unpublished] };
}

/** A certificate number as people type it: "123/QĐ-UBND", "123 qd ubnd" and "123/QD-UBND" are one. */
export function normalizeCertificateNumber(text: string): string {
  return foldDiacritics(text).replace(/[^a-z0-9]/g, '');
}

const words = (text: string) =>
  foldDiacritics(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function matchesNumber(entry: LookupEntry, query: string): boolean {
  const typed = normalizeCertificateNumber(query);
  if (!typed) return false;
  const number = normalizeCertificateNumber(entry.number);
  // Only the digits ("1562") find every decision with that number, whatever the issuer's suffix.
  if (/^\d+$/.test(typed)) return number.match(/^\d+/)?.[0] === typed;
  return number === typed;
}

/** The words a name query is matched against, and so the words an entry's name shards come from. */
function nameWords(entry: Pick<LookupEntry, 'name' | 'nameEn'>): string[] {
  return [...words(entry.name), ...(entry.nameEn ? words(entry.nameEn) : [])];
}

function matchesName(entry: LookupEntry, query: string): boolean {
  const typed = words(query);
  // A word of two letters at least: one letter alone would find half the catalogue (and has no shard).
  if (!typed.some((word) => word.length >= 2)) return false;
  const names = nameWords(entry);
  return typed.every((word) => names.some((name) => name.startsWith(word)));
}

/**
 * The entries a typed query finds: by certificate number when it looks like one and matches,
 * otherwise by the words of the product's name (each typed word starts a word of the name).
 */
export function findCertificates(entries: LookupEntry[], query: string): LookupEntry[] {
  return findInShards({ number: entries, name: entries }, query);
}

/**
 * The same search over the two shards a query needs (below): numbers in the number shard, names in
 * the name shard. Each shard keeps the entries' order, so results come in the same order too.
 */
export function findInShards(shards: { number?: LookupEntry[]; name?: LookupEntry[] }, query: string): LookupEntry[] {
  const byNumber = /\d/.test(query) ? (shards.number ?? []).filter((entry) => matchesNumber(entry, query)) : [];
  if (byNumber.length > 0) return byNumber;
  return (shards.name ?? []).filter((entry) => matchesName(entry, query));
}

/**
 * The status on the visitor's own date: a certificate valid when the site was built may have lapsed
 * since, and the lookup must not call it valid.
 */
export function statusOn(status: CertificateStatus, today: IsoDate): CertificateStatus {
  return status.kind === 'valid' && today >= status.expires ? { kind: 'expired', expires: status.expires } : status;
}

/*
 * The lookup's data in small files (shards), so that a lookup downloads a few of them rather than
 * the whole catalogue (issue #9). A number is looked up in its number shard; a name in the shard of
 * the first letters of one of its words. findInShards over the shards a query needs gives the same
 * result as findCertificates over every entry: each entry a number query can find is in that number's
 * shard, and each entry a name query can find is in the name shard of every word of its name.
 */

/** About this many entries per number shard; the count of number shards grows with the catalogue. */
export const ENTRIES_PER_NUMBER_SHARD = 64;

export function numberShardCount(entries: number): number {
  return Math.max(1, Math.ceil(entries / ENTRIES_PER_NUMBER_SHARD));
}

/** FNV-1a: a small, stable string hash, the same in the build and in the browser. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/**
 * The number shard of a certificate number, or of a query typed as one. Keyed by the number's leading
 * digits ("2215" of "2215/QĐ-UBND"): the digits alone find every issuer's decision of that number.
 */
export function numberShardOf(number: string, shards: number): number {
  const normalized = normalizeCertificateNumber(number);
  const key = normalized.match(/^\d+/)?.[0] ?? normalized;
  return hash(key) % shards;
}

/**
 * The name shards an entry belongs to: the first two and the first three letters of each word of its
 * names (a two-letter word has only the first). One-letter words need none: no query is looked up by one.
 */
export function nameShardsOf(entry: Pick<LookupEntry, 'name' | 'nameEn'>): string[] {
  const keys = new Set<string>();
  for (const word of nameWords(entry)) {
    if (word.length >= 2) keys.add(word.slice(0, 2));
    if (word.length >= 3) keys.add(word.slice(0, 3));
  }
  return [...keys];
}

/**
 * The name shard a query is looked up in: its longest word, the most telling, cut to three letters;
 * none when no word has two letters.
 */
export function nameShardOfQuery(query: string): string | undefined {
  const longest = words(query).reduce((best, word) => (word.length > best.length ? word : best), '');
  return longest.length >= 2 ? longest.slice(0, 3) : undefined;
}

export interface LookupShards {
  numbers: Map<number, LookupEntry[]>;
  names: Map<string, LookupEntry[]>;
}

/** Every entry in its number shard and in each of its name shards. */
export function shardLookup(entries: LookupEntry[], numberShards: number): LookupShards {
  const numbers = new Map<number, LookupEntry[]>();
  const names = new Map<string, LookupEntry[]>();
  const add = <K>(map: Map<K, LookupEntry[]>, key: K, entry: LookupEntry) => {
    const shard = map.get(key);
    if (shard) shard.push(entry);
    else map.set(key, [entry]);
  };
  for (const entry of entries) {
    add(numbers, numberShardOf(entry.number, numberShards), entry);
    for (const key of nameShardsOf(entry)) add(names, key, entry);
  }
  return { numbers, names };
}

/** The shards a query needs: its number shard when it has a digit, its name shard when it has a word. */
export function shardsForQuery(query: string, numberShards: number): { number?: number; name?: string } {
  const name = nameShardOfQuery(query);
  return {
    ...(/\d/.test(query) && { number: numberShardOf(query, numberShards) }),
    ...(name !== undefined && { name }),
  };
}
