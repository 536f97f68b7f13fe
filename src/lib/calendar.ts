import ICAL from 'ical.js';
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

/** RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
const MAX_LINE_OCTETS = 75;
const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });
const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/**
 * Folds one content line as RFC 5545 §3.1 asks: physical lines of at most 75 octets of UTF-8, the
 * continuation lines starting with a space (which counts), cut between characters, never inside one
 * (a Vietnamese letter is 2 or 3 octets; whole grapheme clusters are kept together). ical.js folds by
 * octets too, but lets continuation lines reach 76 octets, so its output is unfolded and folded here.
 */
export function foldContentLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  for (const { segment } of graphemes.segment(line)) {
    const limit = lines.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (current && octets(current) + octets(segment) > limit) {
      lines.push(current);
      current = '';
    }
    current += segment;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

const dateValue = (iso: IsoDate) => ICAL.Time.fromDateString(iso);

/** A property whose value is TEXT (RFC 5545 §3.3.11): ical.js escapes \\, ;, , and line breaks in it. */
function textProperty(name: string, values: string[]): ICAL.Property {
  const property = new ICAL.Property(name);
  property.resetType('text');
  if (values.length === 1) property.setValue(values[0]!);
  else property.setValues(values);
  return property;
}

function eventComponent(entry: CalendarEntry, stamp: ICAL.Time): ICAL.Component {
  const event = new ICAL.Component('vevent');
  event.addProperty(textProperty('uid', [entry.uid]));
  event.addPropertyWithValue('dtstamp', stamp);
  event.addProperty(textProperty('summary', [entry.title]));
  // A date value makes an all-day event (VALUE=DATE); iCalendar's DTEND is exclusive, so an event
  // whose last day is the 24th ends on the 25th.
  event.addPropertyWithValue('dtstart', dateValue(entry.start));
  event.addPropertyWithValue('dtend', dateValue(addDaysIso(entry.end, 1)));
  if (entry.description) event.addProperty(textProperty('description', [entry.description]));
  if (entry.location) event.addProperty(textProperty('location', [entry.location]));
  event.addPropertyWithValue('url', entry.url);
  event.addPropertyWithValue('status', 'CONFIRMED');
  // Each category is one TEXT value: a comma inside one ("Đánh giá, phân hạng") is escaped, and
  // the commas between values are not.
  if (entry.categories?.length) event.addProperty(textProperty('categories', entry.categories));
  // A fair does not block the visitor's day in their calendar.
  event.addPropertyWithValue('transp', 'TRANSPARENT');
  event.addProperty(textProperty('x-microsoft-cdo-busystatus', ['FREE']));
  return event;
}

/**
 * An iCalendar (RFC 5545) file of all-day events, written with ical.js: every TEXT value escaped
 * (§3.3.11), every line folded to at most 75 octets (§3.1), CRLF line ends. An empty list is still
 * a valid calendar: subscribers keep their subscription until events come.
 */
export function calendarFile(entries: CalendarEntry[], calName: string, productId: string): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addProperty(textProperty('prodid', [productId]));
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addProperty(textProperty('x-wr-calname', [calName]));
  calendar.addPropertyWithValue('x-published-ttl', 'PT1H');
  const stamp = ICAL.Time.fromJSDate(new Date(), true);
  for (const entry of entries) calendar.addSubcomponent(eventComponent(entry, stamp));
  const unfolded = calendar.toString().replace(/\r\n[ \t]/g, '');
  return `${unfolded.split('\r\n').map(foldContentLine).join('\r\n')}\r\n`;
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
