// The service worker (issue #15): bundled by src/integrations/offline.ts into dist/sw.js, where Workbox
// (workbox-build's injectManifest) writes the precache list in place of `self.__WB_MANIFEST`.
//
// What it does, in the order of the routes below:
// - the precache (Workbox): the home, map, lookup, search and offline pages in both languages, the
//   404 page, the site's code, fonts, icons, the map's points, the lookup's data and Pagefind;
// - pages (navigations): from the network when there is signal, keeping product and producer pages
//   (capped) and refreshing saved ones; without signal, the stored copy, else the offline page;
// - the lookup's shards: from the network, else cut from the precached compact file;
// - pictures, map details, search index files and map tiles: kept as they are seen, capped;
// - "save for offline" and the offline page's list, through messages from pages;
// - on a new build: drops kept and saved pages that are no longer published, fetches again those
//   that changed (their digest) or whose code the new build no longer has, and tells open pages that
//   the data was refreshed.
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { shardFromCompact, type OfflineLookup } from '../lib/lookup-offline.ts';
import {
  CACHE_LIMITS,
  CACHE_NAMES,
  PUBLISHED_NOW_KEY,
  SAVED_INDEX_KEY,
  STORED_HEADERS,
  evictions,
  imageSource,
  keptRecordPage,
  localeOfPath,
  pageImages,
  pageHeading,
  pageChanged,
  stillPublished,
  type BuildStamp,
  type FromWorker,
  type OfflineState,
  type PublishedPages,
  type SavedPlace,
  type ToWorker,
  type VisitedPage,
} from '../lib/offline.ts';
import {
  LOOKUP_SHARD_DIRS,
  MAP_POINT_DATA_DIR,
  OFFLINE_FILES,
  PAGEFIND_DIR,
  lookupAllPath,
  pagePath,
  withBase,
} from '../lib/routes.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

/**
 * Set by the build (src/integrations/offline.ts): this build's id and reference date, and the origins
 * of the map's tiles. The build also sets `import.meta.env.BASE_URL`, so that the route table's helpers
 * give paths under the site's base here as in its pages.
 */
declare const OCOP_BUILD: BuildStamp & { tileOrigins: string[] };

/** How long a page or a lookup shard may take on a weak signal before a stored copy is used instead. */
const NETWORK_TIMEOUT_MS = 5_000;

const MANIFEST = self.__WB_MANIFEST;
const thisBuild: BuildStamp = { id: OCOP_BUILD.id, asOf: OCOP_BUILD.asOf, asOfText: OCOP_BUILD.asOfText };
const precached = new Set(
  MANIFEST.map((entry) => new URL(typeof entry === 'string' ? entry : entry.url, self.location.href).pathname),
);

// A new build takes over at once, so that the data a visitor sees is never older than it has to be;
// a page open from the old build is told (the "updated" message) and offers to reload.
self.addEventListener('install', (event) => {
  event.waitUntil(prepareUpdate().then(() => self.skipWaiting()));
});
clientsClaim();
cleanupOutdatedCaches();
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await dropUnpublished();
      const update: FromWorker = { type: 'updated', build: thisBuild };
      for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
        client.postMessage(update);
      }
    })(),
  );
});

// 1. The precache. Query strings are ignored: `/tim-kiem/?q=…`, `/ban-do/?diem=…` and Pagefind's
// `pagefind-entry.json?ts=<build>` are the precached files themselves.
precacheAndRoute(MANIFEST, { ignoreURLParametersMatching: [/./] });

const sameOrigin = (url: URL) => url.origin === self.location.origin;

// ---------------------------------------------------------------------------------------------------
// Stored responses: stamped with their size and time, so that caches can be capped in bytes.

interface Stamped {
  response: Response;
  bytes: number;
  text?: string;
}

/** A copy of a response with its size (and a page's title) in headers; the body is read once. */
async function stamp(response: Response): Promise<Stamped> {
  const isHtml = (response.headers.get('content-type') ?? '').includes('text/html');
  const body = await response.arrayBuffer();
  const headers = new Headers(response.headers);
  headers.set(STORED_HEADERS.bytes, String(body.byteLength));
  headers.set(STORED_HEADERS.at, new Date().toISOString());
  const text = isHtml ? new TextDecoder().decode(body) : undefined;
  if (text !== undefined) {
    const heading = pageHeading(text);
    // Header values must be Latin-1: the heading is percent-encoded.
    headers.set(STORED_HEADERS.title, encodeURIComponent(heading.text));
    headers.set(STORED_HEADERS.titleLang, heading.lang);
  }
  const copy = new Response(body, { status: response.status, statusText: response.statusText, headers });
  return { response: copy, bytes: body.byteLength, ...(text !== undefined && { text }) };
}

const storedBytes = (response: Response | undefined) => Number(response?.headers.get(STORED_HEADERS.bytes) ?? 0);

const trimming = new Map<string, Promise<void>>();
/** Removes the oldest entries of a capped cache until it is within its entries and bytes; one pass at a time. */
function trim(cacheName: keyof typeof CACHE_LIMITS): Promise<void> {
  const running = trimming.get(cacheName);
  if (running) return running;
  const pass = (async () => {
    const limit = CACHE_LIMITS[cacheName];
    const cache = await caches.open(cacheName);
    const entries = await Promise.all(
      (await cache.keys()).map(async (request) => {
        const response = await cache.match(request);
        return { request, bytes: storedBytes(response), at: response?.headers.get(STORED_HEADERS.at) ?? '' };
      }),
    );
    for (const entry of evictions(entries, limit)) await cache.delete(entry.request);
  })().finally(() => trimming.delete(cacheName));
  trimming.set(cacheName, pass);
  return pass;
}

/** A Workbox plugin for a capped cache: stores full (200) responses only, stamped; falls back to saved copies. */
function capped(cacheName: keyof typeof CACHE_LIMITS): WorkboxPlugin {
  return {
    cacheWillUpdate: async ({ response }) => (response.status === 200 ? (await stamp(response)).response : null),
    cacheDidUpdate: async () => trim(cacheName),
    cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
      cachedResponse ?? (await caches.match(request, { cacheName: CACHE_NAMES.saved })),
  };
}

// ---------------------------------------------------------------------------------------------------
// 2. Pages.

/** The stored copy of a page: saved first, then kept. */
async function storedCopy(request: Request | string): Promise<Response | undefined> {
  return (
    (await caches.match(request, { cacheName: CACHE_NAMES.saved })) ??
    (await caches.match(request, { cacheName: CACHE_NAMES.pages }))
  );
}

/** Keeps a page fetched with signal: a saved page is refreshed in place; a product, producer or place page is kept (capped). */
async function keep(url: string, response: Response): Promise<void> {
  const saved = await caches.open(CACHE_NAMES.saved);
  if (await saved.match(url)) return saved.put(url, (await stamp(response)).response);
  if (!keptRecordPage(new URL(url).pathname)) return;
  await (await caches.open(CACHE_NAMES.pages)).put(url, (await stamp(response)).response);
  await trim(CACHE_NAMES.pages);
}

/** A page the server no longer has (404): any stored copy goes too. */
async function forget(url: string): Promise<void> {
  await (await caches.open(CACHE_NAMES.pages)).delete(url);
  await (await caches.open(CACHE_NAMES.saved)).delete(url);
}

const offlinePage = (url: URL) => matchPrecache(pagePath('offline', localeOfPath(url.pathname)));

const delay = <T>(ms: number, value: () => Promise<T>) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value()), ms));

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && sameOrigin(url),
  async ({ request, event, url }) => {
    const address = url.href.split('#')[0]!;
    const network = fetch(request).then(async (response) => {
      if (response.ok) await keep(address, response.clone());
      else if (response.status === 404) await forget(address);
      return response;
    });
    event.waitUntil(network.catch(() => undefined));
    // On a weak signal, a stored copy after a few seconds; without one, the network however long it takes.
    const first = await Promise.race([network.catch(() => null), delay(NETWORK_TIMEOUT_MS, () => storedCopy(address))]);
    if (first) return first;
    try {
      return await network;
    } catch {
      return (await storedCopy(address)) ?? (await offlinePage(url)) ?? Response.error();
    }
  },
);

// 3. The lookup's shards: the network while there is signal, else cut from the compact file.
let compactLookup: Promise<OfflineLookup | undefined> | undefined;
const loadCompactLookup = () =>
  (compactLookup ??= matchPrecache(lookupAllPath()).then((response) => response?.json() as Promise<OfflineLookup>));

registerRoute(
  ({ url }) =>
    sameOrigin(url) &&
    (url.pathname.startsWith(withBase(LOOKUP_SHARD_DIRS.number)) ||
      url.pathname.startsWith(withBase(LOOKUP_SHARD_DIRS.name))),
  async ({ request, url }) => {
    const fromCompact = async () => {
      const lookup = await loadCompactLookup();
      const entries = lookup && shardFromCompact(lookup, url.pathname);
      return entries ? Response.json(entries) : undefined;
    };
    const network = fetch(request);
    const first = await Promise.race([
      network.catch(() => null),
      delay(NETWORK_TIMEOUT_MS, () => Promise.resolve(null)),
    ]);
    return first ?? (await fromCompact()) ?? Response.error();
  },
);

// 4. Pictures (Astro's processed images): any stored size of a picture stands in for the others offline.
const imageStrategy = new CacheFirst({
  cacheName: CACHE_NAMES.images,
  plugins: [
    capped(CACHE_NAMES.images),
    {
      handlerDidError: async ({ request }) => {
        const source = imageSource(new URL(request.url).pathname);
        if (!source) return undefined;
        for (const name of [CACHE_NAMES.saved, CACHE_NAMES.images]) {
          const cache = await caches.open(name);
          const other = (await cache.keys()).find((key) => imageSource(new URL(key.url).pathname) === source);
          if (other) return cache.match(other);
        }
        return undefined;
      },
    },
  ],
});
registerRoute(({ url }) => sameOrigin(url) && imageSource(url.pathname) !== undefined, imageStrategy);

// 5. A map point's details (its popup): kept as it is opened.
registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname.startsWith(withBase(MAP_POINT_DATA_DIR)),
  new NetworkFirst({
    cacheName: CACHE_NAMES.pages,
    networkTimeoutSeconds: NETWORK_TIMEOUT_MS / 1000,
    plugins: [capped(CACHE_NAMES.pages)],
  }),
);

// 6. Search index files the precache has no room for (a large catalogue): named by their content.
registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname.startsWith(withBase(PAGEFIND_DIR)),
  new CacheFirst({ cacheName: CACHE_NAMES.search, plugins: [capped(CACHE_NAMES.search)] }),
);

// 7. Map tiles: fetched only when the map asks for them, never ahead (OpenStreetMap's tile policy);
// the network first, so the browser's own HTTP cache rules apply; a tile seen before is used without
// signal. Asked for with CORS so that the stored copy has a real size; a tile host without CORS still
// works, uncached.
const tileOrigins = new Set(OCOP_BUILD.tileOrigins);
registerRoute(
  ({ url }) => tileOrigins.has(url.origin),
  new NetworkFirst({
    cacheName: CACHE_NAMES.tiles,
    networkTimeoutSeconds: 4,
    plugins: [
      { requestWillFetch: async ({ request }) => new Request(request.url, { mode: 'cors', credentials: 'omit' }) },
      capped(CACHE_NAMES.tiles),
      { handlerDidError: async ({ request }) => fetch(request).catch(() => undefined) },
    ],
  }),
);

// ---------------------------------------------------------------------------------------------------
// A new build.

const PUBLISHED_KEY = withBase(OFFLINE_FILES.published);
/** The site's scripts and styles a stored page names. */
const CODE = new RegExp(`${withBase('/_astro/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^"'\\s)]+\\.(?:js|css)`, 'g');

/** Every stored page of a kept kind (product, producer, place), with the cache it is in. */
async function storedRecordPages(): Promise<{ cache: Cache; request: Request }[]> {
  const found: { cache: Cache; request: Request }[] = [];
  for (const name of [CACHE_NAMES.pages, CACHE_NAMES.saved]) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (keptRecordPage(new URL(request.url).pathname)) found.push({ cache, request });
    }
  }
  return found;
}

/**
 * While the new worker installs (with signal): reads which record pages the new build publishes, and
 * fetches again every stored page that is still published but changed since the build in charge
 * (its digest: a star less, a lapsed product no longer listed; every page when that build's list is
 * not known) or whose scripts or styles the new build no longer has (the lapse check is such a
 * script); map points' details are all fetched again. Any failure fails the install: the old worker
 * stays, the pages fetched again are the new build's, and the browser tries again later.
 */
async function prepareUpdate(): Promise<void> {
  await refreshDetails();
  const stored = await storedRecordPages();
  if (stored.length === 0) return;
  const response = await fetch(PUBLISHED_KEY, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${response.status} for ${PUBLISHED_KEY}`);
  const published = (await response.clone().json()) as PublishedPages;
  const meta = await caches.open(CACHE_NAMES.meta);
  const before = (await (await meta.match(PUBLISHED_NOW_KEY))?.json()) as PublishedPages | undefined;
  await meta.put(PUBLISHED_KEY, response);
  for (const { cache, request } of stored) {
    const { pathname } = new URL(request.url);
    if (!stillPublished(published, pathname)) continue;
    const html = (await (await cache.match(request))?.text()) ?? '';
    const code = html.match(CODE) ?? [];
    if (!pageChanged(before, published, pathname) && code.every((path) => precached.has(path))) continue;
    await refetch(cache, request);
  }
}

/** Replaces a stored response with the server's current one; a 404 removes it; any other failure throws. */
async function refetch(cache: Cache, request: Request): Promise<void> {
  const fresh = await fetch(request.url, { cache: 'no-store' });
  if (fresh.ok) await cache.put(request, (await stamp(fresh)).response);
  else if (fresh.status === 404) await cache.delete(request);
  else throw new Error(`${fresh.status} for ${request.url}`);
}

/** Stored map points' details (they name the products sold at a point): all fetched again, they are small. */
async function refreshDetails(): Promise<void> {
  for (const name of [CACHE_NAMES.pages, CACHE_NAMES.saved]) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (new URL(request.url).pathname.startsWith(withBase(MAP_POINT_DATA_DIR))) await refetch(cache, request);
    }
  }
}

/**
 * Once the new worker is in charge: stored pages the new build no longer publishes are removed, and
 * its list of published pages becomes the one the next build is compared with. Without one (nothing
 * was stored when it installed), the old build's list is forgotten: pages stored from now on are the
 * new build's, which no list here describes.
 */
async function dropUnpublished(): Promise<void> {
  const meta = await caches.open(CACHE_NAMES.meta);
  const response = await meta.match(PUBLISHED_KEY);
  if (!response) {
    await meta.delete(PUBLISHED_NOW_KEY);
    return;
  }
  await meta.put(PUBLISHED_NOW_KEY, response.clone());
  const published = (await response.json()) as PublishedPages;
  const dropped = new Set<string>();
  for (const { cache, request } of await storedRecordPages()) {
    if (stillPublished(published, new URL(request.url).pathname)) continue;
    await cache.delete(request);
    dropped.add(new URL(request.url).pathname);
  }
  if (dropped.size > 0) {
    await updateSaved(async (places) => {
      const saved = await caches.open(CACHE_NAMES.saved);
      for (const place of places) {
        place.urls = place.urls.filter((url) => !dropped.has(url));
        place.pages = place.urls.filter((url) => isPageUrl(url)).length;
        place.bytes = await sumBytes(saved, place.urls);
      }
      return places;
    });
  }
  await meta.delete(PUBLISHED_KEY);
}

// ---------------------------------------------------------------------------------------------------
// Saved places.

const isPageUrl = (url: string) => url.endsWith('/');

async function sumBytes(cache: Cache, urls: string[]): Promise<number> {
  let bytes = 0;
  for (const url of urls) bytes += storedBytes(await cache.match(url));
  return bytes;
}

async function readSaved(): Promise<SavedPlace[]> {
  const response = await caches.match(SAVED_INDEX_KEY, { cacheName: CACHE_NAMES.meta });
  return response ? ((await response.json()) as SavedPlace[]) : [];
}

let savedQueue: Promise<unknown> = Promise.resolve();
/** Changes the list of saved places, one change at a time. */
function updateSaved(change: (places: SavedPlace[]) => Promise<SavedPlace[]>): Promise<SavedPlace[]> {
  const next = savedQueue.then(async () => {
    const places = await change(await readSaved());
    await (await caches.open(CACHE_NAMES.meta)).put(SAVED_INDEX_KEY, Response.json(places));
    return places;
  });
  savedQueue = next.catch(() => undefined);
  return next;
}

/** URLs of other saved places than `id`. */
const usedElsewhere = (places: SavedPlace[], id: string) =>
  new Set(places.filter((place) => place.id !== id).flatMap((place) => place.urls));

/**
 * Saves a place: its pages, their pictures (one size each), and reports progress on `port`. All or
 * nothing: on a failure, what this save stored is removed again. A page the server no longer has
 * (404) is skipped.
 */
async function save(place: Extract<ToWorker, { type: 'save' }>, port: MessagePort): Promise<void> {
  const cache = await caches.open(CACHE_NAMES.saved);
  const before = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  const queue = [...new Set(place.urls)];
  const stored: string[] = [];
  let bytes = 0;
  let pages = 0;
  try {
    for (let index = 0; index < queue.length; index += 1) {
      const url = queue[index]!;
      const kept = imageSource(url) ? await caches.match(url, { cacheName: CACHE_NAMES.images }) : undefined;
      const response = kept ?? (await fetch(url, { cache: 'no-cache' }));
      if (response.status === 404) continue;
      if (!response.ok) throw new Error(`${response.status} for ${url}`);
      const copy = await stamp(response);
      if (copy.text !== undefined) {
        pages += 1;
        for (const image of pageImages(copy.text)) if (!queue.includes(image)) queue.push(image);
      }
      await cache.put(url, copy.response);
      stored.push(url);
      bytes += copy.bytes;
      post(port, { type: 'progress', done: index + 1, total: queue.length, bytes });
    }
    const entry: SavedPlace = { ...place.place, urls: stored, pages, bytes, savedAt: new Date().toISOString() };
    await updateSaved(async (places) => [...places.filter((other) => other.id !== entry.id), entry]);
    // Pages now saved need no second copy among the visited ones.
    const visited = await caches.open(CACHE_NAMES.pages);
    for (const url of stored) await visited.delete(url);
    post(port, { type: 'saved', place: entry });
  } catch (error) {
    const places = await readSaved();
    const keepAlso = usedElsewhere(places, '');
    for (const url of stored) if (!before.has(url) && !keepAlso.has(url)) await cache.delete(url);
    post(port, { type: 'failed', message: String(error) });
  }
}

async function remove(id: string): Promise<void> {
  await updateSaved(async (places) => {
    const place = places.find((other) => other.id === id);
    const others = usedElsewhere(places, id);
    const cache = await caches.open(CACHE_NAMES.saved);
    for (const url of place?.urls ?? []) if (!others.has(url)) await cache.delete(url);
    return places.filter((other) => other.id !== id);
  });
}

async function state(): Promise<OfflineState> {
  const cache = await caches.open(CACHE_NAMES.pages);
  const visited: VisitedPage[] = [];
  for (const request of await cache.keys()) {
    if (!keptRecordPage(new URL(request.url).pathname)) continue;
    const response = await cache.match(request);
    visited.push({
      url: new URL(request.url).pathname,
      title: decodeURIComponent(response?.headers.get(STORED_HEADERS.title) ?? ''),
      lang: response?.headers.get(STORED_HEADERS.titleLang) ?? '',
      bytes: storedBytes(response),
    });
  }
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  return {
    build: thisBuild,
    saved: await readSaved(),
    visited: visited.reverse(),
    bytes: estimate?.usage ?? 0,
    visitedLimit: CACHE_LIMITS[CACHE_NAMES.pages].entries,
  };
}

/** Pages a visitor opened before this worker was in charge (their first visit): kept now, with their pictures. */
async function keepVisited(urls: string[]): Promise<void> {
  for (const url of urls) {
    const { pathname } = new URL(url, self.location.href);
    if (imageSource(pathname)) {
      if (await caches.match(pathname)) continue;
      const response = await fetch(pathname);
      if (!response.ok) continue;
      await (await caches.open(CACHE_NAMES.images)).put(pathname, (await stamp(response)).response);
      await trim(CACHE_NAMES.images);
    } else if (keptRecordPage(pathname) && !(await storedCopy(pathname))) {
      const response = await fetch(pathname);
      if (response.ok) await keep(new URL(pathname, self.location.href).href, response);
    }
  }
}

const post = (port: MessagePort | undefined, message: FromWorker) => port?.postMessage(message);

self.addEventListener('message', (event) => {
  const message = event.data as ToWorker;
  const port = event.ports[0];
  const work = (async () => {
    switch (message.type) {
      case 'visited':
        return keepVisited(message.urls);
      case 'save':
        return save(message, port!);
      case 'remove':
        await remove(message.id);
        return post(port, { type: 'done' });
      case 'clear-visited':
        await caches.delete(CACHE_NAMES.pages);
        await caches.delete(CACHE_NAMES.images);
        return post(port, { type: 'done' });
      case 'state':
        return post(port, { type: 'state', state: await state() });
    }
  })().catch((error: unknown) => post(port, { type: 'failed', message: String(error) }));
  event.waitUntil(work);
});
