import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Locale } from '../schemas/enums.ts';
import { addDaysIso, type IsoDate } from './dates.ts';
import { eventLocation, localDescription, localTitle } from './events.ts';
import { markdownToText } from './markdown.ts';

/** One all-day event as it goes into an iCalendar file. */
export interface CalendarEntry {
  /** Stable across builds, so that a calendar updates the event instead of adding a copy. */
  uid: string;
  title: string;
  start: IsoDate;
  /** The last day of the event, inclusive, as records write it. */
  end: IsoDate;
  description?: string | undefined;
  location?: string | undefined;
  url: string;
  categories?: string[] | undefined;
}

const dateArray = (iso: IsoDate): DateArray => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return [year, month, day];
};

function toAttributes(entry: CalendarEntry): EventAttributes {
  return {
    uid: entry.uid,
    title: entry.title,
    // A three-part date makes an all-day event (VALUE=DATE); iCalendar's DTEND is exclusive, so an
    // event whose last day is the 24th ends on the 25th.
    start: dateArray(entry.start),
    end: dateArray(addDaysIso(entry.end, 1)),
    url: entry.url,
    ...(entry.description && { description: entry.description }),
    ...(entry.location && { location: entry.location }),
    ...(entry.categories && { categories: entry.categories }),
    status: 'CONFIRMED',
    busyStatus: 'FREE',
  };
}

/** An iCalendar (RFC 5545) file of all-day events; throws when the library rejects an entry. */
export function calendarFile(entries: CalendarEntry[], calName: string, productId: string): string {
  // An empty list is still a valid calendar: subscribers keep their subscription until events come.
  const { error, value } = createEvents(entries.map(toAttributes), { calName, productId });
  if (error || value === null) throw error ?? new Error('the calendar could not be written');
  return value;
}

interface CalendarEvent {
  id: string;
  body?: string | undefined;
  data: {
    title: string;
    kind: string;
    start: IsoDate;
    end: IsoDate;
    place?: string | undefined;
    venue?: string | undefined;
    en?: { title: string; description?: string | undefined } | undefined;
  };
}

interface EntryContext {
  locale: Locale;
  /** The event page's absolute URL. */
  url: string;
  /** Host part of the UID: the site's own domain keeps UIDs unique across offices. */
  host: string;
  place: (id: string) => { data: { name: string; address: string; en?: { name: string } | undefined } } | undefined;
  kindLabel: string;
}

/** An event record as a calendar entry in the reader's language, with its page's address. */
export function calendarEntryOf(event: CalendarEvent, context: EntryContext): CalendarEntry {
  const { locale, url } = context;
  const where = eventLocation(event.data, context.place, locale);
  const description = markdownToText(localDescription(event.data, event.body ?? '', locale).text);
  return {
    // The same UID in both languages: one event, whichever file a person subscribed to.
    uid: `${event.id}@${context.host}`,
    title: localTitle(event.data, locale).text,
    start: event.data.start,
    end: event.data.end,
    description: description ? `${description}\n\n${url}` : url,
    location: [where.name.text, where.address].filter(Boolean).join(', '),
    url,
    categories: [context.kindLabel],
  };
}
