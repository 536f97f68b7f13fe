import type { APIRoute } from 'astro';
import { events, type Event } from '~/content.ts';
import { eventsCalendar } from '~/feeds/calendars.ts';

export function getStaticPaths() {
  return events.map((event) => ({ params: { slug: event.id }, props: { event } }));
}

export const GET: APIRoute = ({ props }) => eventsCalendar([(props as { event: Event }).event], 'vi');
