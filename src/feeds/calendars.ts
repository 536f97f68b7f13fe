// Calendar files of the events, shared by the Vietnamese and English endpoints.
import { catalogue, site, type Event } from '~/content.ts';
import { recordPath } from '~/lib/routes.ts';
import { useTranslations } from '~/i18n/ui.ts';
import { calendarEntryOf, calendarFile } from '~/lib/calendar.ts';
import { expiryEntries } from '~/lib/expiry-calendar.ts';
import { expiringSoon } from '~/lib/office-report.ts';
import type { Locale } from '~/schemas/enums.ts';

const PRODUCT_ID = '-//OCOP catalogue//Events//VI';
const EXPIRY_PRODUCT_ID = '-//OCOP catalogue//Expiries//VI';

export function eventsCalendar(events: Event[], locale: Locale): Response {
  const t = useTranslations(locale);
  const entries = events.map((event) =>
    calendarEntryOf(event, {
      locale,
      url: new URL(recordPath('event', locale, event.id), site.url).href,
      host: new URL(site.url).hostname,
      place: catalogue.place,
      kindLabel: t(`events.kind.${event.data.kind}`),
    }),
  );
  const body = calendarFile(entries, t('events.calendarName', { region: site.region[locale] }), PRODUCT_ID);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** The office's expiry calendar: the re-evaluation list, one all-day event per certificate. */
export function expiryCalendar(locale: Locale): Response {
  const t = useTranslations(locale);
  const entries = expiryEntries(expiringSoon(catalogue), {
    locale,
    host: new URL(site.url).hostname,
    url: (slug) => new URL(recordPath('product', locale, slug), site.url).href,
    words: {
      title: t('expiry.event.title'),
      description: t('expiry.event.description'),
      category: t('expiry.event.category'),
    },
  });
  const body = calendarFile(entries, t('expiry.calendarName', { region: site.region[locale] }), EXPIRY_PRODUCT_ID);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
