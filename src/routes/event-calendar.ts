// One event's own calendar file, beside its page, in each language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { events, type Event } from '~/content.ts';
import { eventsCalendar } from '~/feeds/calendars.ts';
import { routeLocale } from '~/lib/routes.ts';
import type { Locale } from '~/schemas/enums.ts';

export const getStaticPaths = (({ routePattern }) => {
  const locale = routeLocale(routePattern);
  return events.map((event) => ({ params: { slug: event.id }, props: { locale, event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; event: Event }> = ({ props }) =>
  eventsCalendar([props.event], props.locale);
