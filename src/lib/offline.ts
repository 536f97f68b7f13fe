/**
 * The rules of the offline site (issue #15) that the service worker, the pages' scripts and the build
 * share: which caches exist and how big they may grow, which pages are kept as a visitor reads them,
 * which pictures of a page are kept with it, and the messages between a page and the worker.
 *
 * Runs in Node, in pages and in the service worker: no Node or DOM imports.
 */
import type { Locale } from '../schemas/enums.ts';
import {
  BASE,
  RECORD_PAGES,
  mapPointDataPath,
  mapPointPath,
  pagePath,
  withBase,
  type RecordPageName,
} from './routes.ts';

/**
 * A cache's name for this site: sites served from sub-paths of one origin (two GitHub Pages project
 * sites of one organisation) share the browser's caches, so each keeps its own, by its base.
 */
const ofThisSite = <T extends string>(name: T): T => (BASE === '/' ? name : (`${name} ${BASE}` as T));

/** The worker's caches besides Workbox's precache. */
export const CACHE_NAMES = {
  /** Product, producer and place pages the visitor opened, and map points' details. */
  pages: ofThisSite('ocop-pages'),
  /** Pictures of the pages the visitor opened. */
  images: ofThisSite('ocop-images'),
  /** What "save for offline" stored: pages and pictures, kept until the visitor removes them. */
  saved: ofThisSite('ocop-saved'),
  /** Map tiles the visitor has already seen (never fetched ahead: OpenStreetMap's tile policy). */
  tiles: ofThisSite('ocop-tiles'),
  /** Search index files beyond the precache (a large catalogue's index does not fit in it). */
  search: ofThisSite('ocop-search'),
  /** The saved places' list and the published pages of the build being installed. */
  meta: ofThisSite('ocop-meta'),
} as const;
export type CacheName = (typeof CACHE_NAMES)[keyof typeof CACHE_NAMES];

/**
 * Caps of the caches that grow as the visitor reads, in entries and bytes; the oldest entries go
 * first. The saved cache has none: the visitor chose what is in it and removes it on the offline page.
 */
export const CACHE_LIMITS = {
  [CACHE_NAMES.pages]: { entries: 60, bytes: 3 * 1024 * 1024 },
  [CACHE_NAMES.images]: { entries: 150, bytes: 8 * 1024 * 1024 },
  [CACHE_NAMES.tiles]: { entries: 300, bytes: 6 * 1024 * 1024 },
  [CACHE_NAMES.search]: { entries: 300, bytes: 3 * 1024 * 1024 },
} as const satisfies Partial<Record<CacheName, { entries: number; bytes: number }>>;

/**
 * What a capped cache lets go so that it holds at most `limit.entries` entries and `limit.bytes` bytes:
 * the oldest stored first (`at`, ISO 8601). Returns the entries to delete, oldest first.
 */
export function evictions<T extends { bytes: number; at: string }>(
  entries: readonly T[],
  limit: { entries: number; bytes: number },
): T[] {
  const oldestFirst = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  let count = oldestFirst.length;
  let bytes = oldestFirst.reduce((sum, entry) => sum + entry.bytes, 0);
  const out: T[] = [];
  for (const entry of oldestFirst) {
    if (count <= limit.entries && bytes <= limit.bytes) break;
    out.push(entry);
    count -= 1;
    bytes -= entry.bytes;
  }
  return out;
}

/** Response headers the worker adds to what it stores: its size in bytes, when, and a page's heading and its language. */
export const STORED_HEADERS = {
  bytes: 'x-ocop-bytes',
  at: 'x-ocop-stored-at',
  title: 'x-ocop-title',
  titleLang: 'x-ocop-title-lang',
} as const;

/** Where the worker keeps the list of saved places (a key in the meta cache, never fetched). */
export const SAVED_INDEX_KEY = '/__ocop-offline/saved.json';

/**
 * Where the worker keeps the published pages of the build now in charge (a key in the meta cache,
 * never fetched): when the next build arrives, a stored page whose digest differs between the two is
 * fetched again.
 */
export const PUBLISHED_NOW_KEY = '/__ocop-offline/published-now.json';

/** Record pages the worker keeps as they are read. */
export const KEPT_RECORD_PAGES = ['product', 'producer', 'place'] as const satisfies readonly RecordPageName[];
export type KeptRecordPage = (typeof KEPT_RECORD_PAGES)[number];

/** The route's list of the build's published record pages, by kind: slugs, both languages share them. */
export type PublishedSlugs = Record<KeptRecordPage, string[]>;

/**
 * The build's published record pages, by kind (`/sw-published.json`): each slug with the digest of its
 * pages in both languages as built, less what every build changes (pageWithoutBuild). Two builds give
 * a page the same digest exactly when it tells the visitor the same thing.
 */
export type PublishedPages = Record<KeptRecordPage, Record<string, string>>;

/**
 * Which kept record page a path (under the site's base) is, if any: `/en/products/che-shan/` →
 * product `che-shan` in English.
 */
export function keptRecordPage(pathname: string): { page: KeptRecordPage; slug: string; locale: Locale } | undefined {
  for (const page of KEPT_RECORD_PAGES) {
    for (const locale of ['vi', 'en'] as const) {
      const prefix = withBase(RECORD_PAGES[page][locale]);
      if (!pathname.startsWith(prefix)) continue;
      const slug = /^([a-z0-9-]+)\/$/.exec(pathname.slice(prefix.length))?.[1];
      if (slug) return { page, slug, locale };
    }
  }
  return undefined;
}

/** False for a kept record page the build no longer publishes; true for every other path. */
export function stillPublished(published: PublishedPages, pathname: string): boolean {
  const record = keptRecordPage(pathname);
  return !record || Object.hasOwn(published[record.page], record.slug);
}

/**
 * Whether a stored page must be fetched again for a new build: a kept record page whose digest in the
 * new build (`after`) differs from its digest in the build it was stored under (`before`; undefined
 * when that is not known, and then every kept record page is fetched again). Other paths: false.
 */
export function pageChanged(before: PublishedPages | undefined, after: PublishedPages, pathname: string): boolean {
  const record = keptRecordPage(pathname);
  if (!record) return false;
  return before?.[record.page]?.[record.slug] !== after[record.page][record.slug];
}

/**
 * A built page less what every build changes even when the records do not: the build's id
 * (`<html data-build>`) and its reference date, written as ISO and as people read it in each
 * language (`asOfText`). What remains changes when anything the page shows does (a star, a date, a
 * listed product), so its digest tells two builds' pages apart (src/integrations/offline.ts).
 */
export function pageWithoutBuild(html: string, build: Pick<BuildStamp, 'asOf' | 'asOfText'>): string {
  let page = html.replace(/\sdata-build="[^"]*"/g, '');
  for (const text of [build.asOf, ...Object.values(build.asOfText)]) page = page.split(text).join('');
  return page;
}

/** The language of a path (under the site's base): English under `/en/`, Vietnamese elsewhere. */
export function localeOfPath(pathname: string): Locale {
  const english = withBase('/en/');
  return pathname === english.slice(0, -1) || pathname.startsWith(english) ? 'en' : 'vi';
}

/**
 * The source picture a built image file comes from: src/lib/images.ts names each size and format of a
 * content photo `<stem>.<10-character id>.<ext>` under `/_astro/`, the stem from the photo's own file
 * name, so `/_astro/che-xanh.k3J9x0aB1c.avif` and `/_astro/che-xanh.ZV1qhu1v1j.jpg` are one picture.
 * Undefined for other paths.
 */
export function imageSource(pathname: string): string | undefined {
  const dir = withBase('/_astro/');
  if (!pathname.startsWith(dir)) return undefined;
  const stem = /^([a-z0-9-]+)\.[\w-]{10}\.(?:avif|webp|jpe?g|png|gif)$/i.exec(pathname.slice(dir.length))?.[1];
  return stem && `${dir}${stem}`;
}

/** The candidates of a `srcset`: URL and width (`480w`), in order. */
function candidates(srcset: string): { url: string; width: number }[] {
  return srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .filter(([url]) => url)
    .map(([url, descriptor]) => ({ url: url!, width: Number(/^(\d+)w$/.exec(descriptor ?? '')?.[1] ?? 0) }));
}

/** Pictures kept with a page are at least this wide (CSS pixels × density of a cheap phone), where one is. */
const KEPT_IMAGE_WIDTH = 400;

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i')
    .exec(tag)
    ?.slice(2, 4)
    .find((value) => value !== undefined);

/**
 * The pictures to store with a saved page: one file per picture, not every size and format of it
 * (the worker serves any stored size of a picture for the others, see imageSource). From each
 * `<picture>`, its first `<source>` (the smallest format the build writes) at the narrowest width of
 * at least 400 pixels; from a lone `<img>`, its `src`; one file per source picture (the print sheet's
 * copy of the cover is the cover). Site-relative URLs only.
 */
export function pageImages(html: string): string[] {
  const found = new Set<string>();
  const sources = new Set<string>();
  const pick = (srcset: string | undefined, src: string | undefined) => {
    const list = srcset ? candidates(srcset) : [];
    const wide = list.filter((candidate) => candidate.width >= KEPT_IMAGE_WIDTH).sort((a, b) => a.width - b.width)[0];
    const url = (wide ?? list.sort((a, b) => b.width - a.width)[0])?.url ?? src;
    if (!url?.startsWith('/') || url.startsWith('//')) return;
    const source = imageSource(url) ?? url;
    if (sources.has(source)) return;
    sources.add(source);
    found.add(url);
  };
  const pictures = html.match(/<picture\b[\s\S]*?<\/picture>/gi) ?? [];
  for (const picture of pictures) {
    const source = /<source\b[^>]*>/i.exec(picture)?.[0];
    const img = /<img\b[^>]*>/i.exec(picture)?.[0] ?? '';
    if (source) pick(attribute(source, 'srcset'), undefined);
    else pick(attribute(img, 'srcset'), attribute(img, 'src'));
  }
  const rest = html.replace(/<picture\b[\s\S]*?<\/picture>/gi, '');
  for (const img of rest.match(/<img\b[^>]*>/gi) ?? []) pick(attribute(img, 'srcset'), attribute(img, 'src'));
  return [...found];
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'", '#x27': "'" };

/**
 * A page's main heading (its first `<h1>`), as text, with its language: the heading's own `lang`,
 * else the page's. Entities of the five XML characters are decoded, tags dropped.
 */
export function pageHeading(html: string): { text: string; lang: string } {
  const page = /<html\b[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? '';
  const [, attributes = '', inner = ''] = /<h1\b([^>]*)>([\s\S]*?)<\/h1>/i.exec(html) ?? [];
  const text = inner
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|amp|#39|#x27);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim();
  return { text, lang: /\slang="([^"]+)"/i.exec(attributes)?.[1] ?? page };
}

/** A saved place: what "save for offline" stored for it, listed on the offline page. */
export interface SavedPlace {
  /** The map point's id. */
  id: string;
  /** Its name, as the page it was saved on showed it, and that name's language. */
  title: string;
  lang: Locale;
  /** The page to open it on: its own page, or its entry in the map's list. */
  href: string;
  locale: Locale;
  /** Every URL stored for it (pages, details, pictures). */
  urls: string[];
  /** Pages among them. */
  pages: number;
  bytes: number;
  /** When it was saved, ISO 8601. */
  savedAt: string;
}

/** A page the visitor opened, kept in the pages cache. */
export interface VisitedPage {
  url: string;
  /** Its main heading, and the heading's language. */
  title: string;
  lang: string;
  bytes: number;
}

/** What the worker says about itself when asked. */
export interface OfflineState {
  build: BuildStamp;
  saved: SavedPlace[];
  visited: VisitedPage[];
  /** Bytes of everything the worker stores, the precache included. */
  bytes: number;
  visitedLimit: number;
}

/** The build a worker belongs to: its id, and the reference date of its data (OCOP_AS_OF) as ISO and as people read it. */
export interface BuildStamp {
  id: string;
  asOf: string;
  asOfText: Record<Locale, string>;
}

/** Messages a page sends the worker (answers and progress come back on the message's port). */
export type ToWorker =
  | { type: 'visited'; urls: string[] }
  | { type: 'save'; place: Pick<SavedPlace, 'id' | 'title' | 'lang' | 'href' | 'locale'>; urls: string[] }
  | { type: 'remove'; id: string }
  | { type: 'clear-visited' }
  | { type: 'state' };

/** Messages the worker sends a page. */
export type FromWorker =
  | { type: 'progress'; done: number; total: number; bytes: number }
  | { type: 'saved'; place: SavedPlace }
  | { type: 'failed'; message: string }
  | { type: 'state'; state: OfflineState }
  | { type: 'done' }
  /** Broadcast to every open page when a new build's worker has taken over. */
  | { type: 'updated'; build: BuildStamp };

/** The words of a "save for offline" button, in the page's language ({name}, {done}, … filled by its script). */
export interface SaveStrings {
  save: string;
  hint: string;
  saving: string;
  saved: string;
  failed: string;
  savedLink: string;
}

/**
 * The attributes of a `<save-offline>` element (src/scripts/save-offline.ts builds its button from
 * them): the same for the map's list, its popups and place pages. `pages` are further pages to store
 * with the place (its own page, when the button is on it).
 */
export function saveOfflineAttributes(
  place: { id: string; name: { text: string; lang: Locale }; locale: Locale; pages?: string[] },
  strings: SaveStrings,
): Record<string, string> {
  return {
    class: 'save-offline',
    'data-id': place.id,
    'data-name': place.name.text,
    'data-name-lang': place.name.lang,
    'data-href': place.pages?.[0] ?? mapPointPath(place.locale, place.id),
    'data-details': mapPointDataPath(place.id),
    'data-pages': (place.pages ?? []).join(' '),
    'data-locale': place.locale,
    'data-saved-href': pagePath('offline', place.locale),
    'data-strings': JSON.stringify(strings),
  };
}
