// Calendar files of the events, shared by the Vietnamese and English endpoints.
import { catalogue, site, type Event } from '~/content.ts';
import { recordPath } from '~/lib/routes.ts';
import { useTranslations } from '~/i18n/ui.ts';
import { calendarEntryOf, calendarFile } from '~/lib/calendar.ts';
import type { Locale } from '~/schemas/enums.ts';

const PRODUCT_ID = '-//OCOP catalogue//Events//VI';

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
