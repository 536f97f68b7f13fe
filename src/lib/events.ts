import type { Locale } from '../schemas/enums.ts';
import { compareVietnamese } from './collate.ts';
import type { IsoDate } from './dates.ts';
import { formatDate } from './format.ts';
import { localName, localText, type Localized } from './localize.ts';

/** The minimum shape of an event record that these queries read; Astro entries and test objects both fit. */
export interface EventLike {
  id: string;
  data: {
    title: string;
    start: IsoDate;
    end: IsoDate;
    products?: string[] | undefined;
    producers?: string[] | undefined;
  };
}

/** Earliest first; events starting the same day by end date, then by Vietnamese title. */
export function byStart(a: EventLike, b: EventLike): number {
  return (
    a.data.start.localeCompare(b.data.start) ||
    a.data.end.localeCompare(b.data.end) ||
    compareVietnamese(a.data.title, b.data.title)
  );
}

/**
 * Splits events on the reference date. An event still running on `asOf` (its last day included) is
 * upcoming, so that a fair does not vanish from the list on its opening day. Upcoming events come
 * soonest first, past ones most recent first.
 */
export function splitByDate<E extends EventLike>(events: E[], asOf: IsoDate): { upcoming: E[]; past: E[] } {
  const sorted = [...events].sort(byStart);
  return {
    upcoming: sorted.filter((event) => event.data.end >= asOf),
    past: sorted.filter((event) => event.data.end < asOf).reverse(),
  };
}

/** True while the event runs on the reference date. */
export const isOngoing = (event: EventLike, asOf: IsoDate) => event.data.start <= asOf && asOf <= event.data.end;

interface Lookups<P, R> {
  product(id: string): P | undefined;
  producer(id: string): R | undefined;
}

/**
 * The products and producers taking part that the catalogue publishes: a product whose certificate
 * lapsed, or a producer with nothing published, is named nowhere (CONTENT-CONTRACT.md).
 */
export function participantsOf<P, R>(event: EventLike, catalogue: Lookups<P, R>): { products: P[]; producers: R[] } {
  const present = <T>(items: (T | undefined)[]) => items.filter((item): item is T => item !== undefined);
  return {
    products: present((event.data.products ?? []).map((id) => catalogue.product(id))),
    producers: present((event.data.producers ?? []).map((id) => catalogue.producer(id))),
  };
}

/** "14/05/2025 – 15/05/2025", or a single date for a one-day event. */
export function formatDateRange(start: IsoDate, end: IsoDate, locale: Locale): string {
  return start === end ? formatDate(start, locale) : `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

interface Titled {
  title: string;
  en?: { title: string; description?: string | undefined } | undefined;
}

/** An event's title in the reader's language, falling back to the Vietnamese original. */
export function localTitle(event: Titled, locale: Locale): Localized {
  return localText(event.title, event.en?.title, locale);
}

/** An event's Markdown description in the reader's language, falling back to the Vietnamese body. */
export function localDescription(event: Titled, body: string, locale: Locale): Localized {
  return localText(body, event.en?.description, locale);
}

interface NamedPlace {
  name: string;
  address: string;
  en?: { name: string } | undefined;
}

/** Where an event happens: its map place's name and address, or the free-text venue (always Vietnamese). */
export function eventLocation(
  event: { place?: string | undefined; venue?: string | undefined },
  place: (id: string) => { data: NamedPlace } | undefined,
  locale: Locale,
): { name: Localized; address?: string } {
  const found = event.place ? place(event.place) : undefined;
  if (found) return { name: localName(found.data, locale), address: found.data.address };
  return { name: { text: event.venue ?? '', lang: 'vi' } };
}
