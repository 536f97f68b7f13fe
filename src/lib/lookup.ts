import type { CertificateStatus, Certified } from './certificate.ts';
import { certificateStatus } from './certificate.ts';
import type { IsoDate } from './dates.ts';
import { foldDiacritics } from './fold.ts';
import { normalizeLine } from './text.ts';
import { hasLapsedOn } from './validity.ts';
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

/**
 * What the not-found page may say about the page of a product that is not published, an old link or a
 * printed code (issue #13): the lookup's own words and nothing more. Name, stars, certificate number,
 * and the status with its date; the reason for a revocation stays with the lookup.
 */
export interface UnpublishedProduct {
  number: string;
  name: string;
  stars: number;
  status:
    | { kind: 'expired'; expires: IsoDate }
    | { kind: 'revoked'; date: IsoDate }
    | { kind: 'below-threshold'; stars: number };
}

/**
 * Every unpublished product by slug: the build writes one small file each (`/tra-cuu/sp/<slug>.json`),
 * so the not-found page fetches the one its address names instead of the whole lookup. Fields are
 * copied one by one, as in `buildLookup`.
 */
export function unpublishedProducts(catalogue: {
  excluded: { product: LookupProduct; status: Exclude<CertificateStatus, { kind: 'valid' }> }[];
}): Map<string, UnpublishedProduct> {
  return new Map(
    catalogue.excluded.map(({ product, status }) => [
      product.id,
      {
        number: product.data.certificate.number,
        name: product.data.name,
        stars: product.data.stars,
        status:
          status.kind === 'revoked'
            ? { kind: 'revoked', date: status.date }
            : status.kind === 'expired'
              ? { kind: 'expired', expires: status.expires }
              : { kind: 'below-threshold', stars: status.stars },
      },
    ]),
  );
}

/**
 * Words written around a certificate number that are never part of it: "Số: 2871/QĐ-UBND",
 * "Quyết định số 2871/QĐ-UBND", "No. 2871/QĐ-UBND", "Decision 2871/QĐ-UBND" (folded, lower case).
 */
const NUMBER_WORDS = new Set(['so', 'no', 'nr', 'number', 'quyet', 'dinh', 'decision']);

/** A certificate number taken apart: its runs of digits in order, and the words of its suffix. */
export interface CertificateNumberKey {
  /** `["2871"]` for "2871/QĐ-UBND", `["12", "2025"]` for "12/2025/QĐ-UBND"; leading zeros dropped. */
  digits: string[];
  /** `["qd", "ubnd"]`: the issuer's suffix, folded, without words like "số". */
  letters: string[];
}

/**
 * The one normalisation of certificate numbers, used for the data the build writes (its shards) and
 * for what a visitor types, so the two always meet. It reads the number as printed or spoken:
 * `normalizeLine` first (NFC, look-alike letters such as `Ð` U+00D0 for `Đ`, invisible characters),
 * then NFKC (full-width digits `２８７１`), then the Vietnamese marks folded; every other character
 * (slashes, the fraction slash U+2044, the division slash U+2215, hyphens, en and em dashes, colons,
 * spaces) only separates. Words such as "Số:" are dropped, and a date after the word "ngày" is not part
 * of the number. "Số: 2871/QĐ-UBND", "2871 qd ubnd" and "QĐ-UBND 2871" give one key.
 */
export function certificateNumberKey(text: string): CertificateNumberKey {
  const folded = foldDiacritics(normalizeLine(text).normalize('NFKC'));
  const [number = ''] = folded.split(/\bngay\b/);
  const tokens = number.match(/[a-z]+|\d+/g) ?? [];
  return {
    digits: tokens.filter((token) => /^\d/.test(token)).map((run) => run.replace(/^0+(?=\d)/, '')),
    letters: tokens.filter((token) => /^[a-z]/.test(token) && !NUMBER_WORDS.has(token)),
  };
}

// Entries are matched against many queries (and share numbers): each number is taken apart once.
const keys = new Map<string, CertificateNumberKey>();
function keyOf(number: string): CertificateNumberKey {
  let key = keys.get(number);
  if (!key) keys.set(number, (key = certificateNumberKey(number)));
  return key;
}

/** A certificate number as one comparable string: "2871/QĐ-UBND", "Số 2871 qd-ubnd" → "2871qdubnd". */
export function normalizeCertificateNumber(text: string): string {
  const { digits, letters } = certificateNumberKey(text);
  return digits.join('/') + letters.join('');
}

const words = (text: string) =>
  foldDiacritics(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * Whether a typed number is this certificate's: the same runs of digits (the typed ones may stop
 * early), and a suffix that starts the certificate's ("2871 qd" for "2871/QĐ-UBND") or whose every
 * word starts one of its words ("2871/UBND"). Only the digits ("1562") find every decision with that
 * number, whatever the issuer; a different issuer ("2215/QĐ-BNNMT") finds nothing.
 */
function matchesNumber(entry: LookupEntry, typed: CertificateNumberKey): boolean {
  if (typed.digits.length === 0) return false;
  const number = keyOf(entry.number);
  if (!typed.digits.every((run, index) => number.digits[index] === run)) return false;
  const suffix = typed.letters.join('');
  return (
    number.letters.join('').startsWith(suffix) ||
    typed.letters.every((word) => number.letters.some((own) => own.startsWith(word)))
  );
}

/** The words a name query is matched against, and so the words an entry's name shards come from. */
// An entry is matched against every query of a visit: its words are folded once.
const entryWords = new WeakMap<object, string[]>();
function nameWords(entry: Pick<LookupEntry, 'name' | 'nameEn'>): string[] {
  let found = entryWords.get(entry);
  if (!found) entryWords.set(entry, (found = [...words(entry.name), ...(entry.nameEn ? words(entry.nameEn) : [])]));
  return found;
}

/** Whether each typed word (folded) starts a word of the entry's names. */
function matchesName(entry: LookupEntry, typed: string[]): boolean {
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
  const typed = certificateNumberKey(query);
  const byNumber = (shards.number ?? []).filter((entry) => matchesNumber(entry, typed));
  if (byNumber.length > 0) return byNumber;
  const typedWords = words(query);
  // A word of two letters at least: one letter alone would find half the catalogue (and has no shard).
  if (!typedWords.some((word) => word.length >= 2)) return [];
  return (shards.name ?? []).filter((entry) => matchesName(entry, typedWords));
}

/**
 * The status on the visitor's own date: a certificate valid when the site was built may have lapsed
 * since, and the lookup must not call it valid.
 */
export function statusOn(status: CertificateStatus, today: IsoDate): CertificateStatus {
  return status.kind === 'valid' && hasLapsedOn(status.expires, today)
    ? { kind: 'expired', expires: status.expires }
    : status;
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
  const key = keyOf(number);
  return hash(key.digits[0] ?? key.letters.join('')) % shards;
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
    ...(certificateNumberKey(query).digits.length > 0 && { number: numberShardOf(query, numberShards) }),
    ...(name !== undefined && { name }),
  };
}
