// Every upcoming event, for people who subscribe to the office's calendar.
import type { APIRoute } from 'astro';
import { schedule } from '~/content.ts';
import { eventsCalendar } from '~/feeds/calendars.ts';
import { routeLocale } from '~/lib/routes.ts';

export const GET: APIRoute = ({ routePattern }) => eventsCalendar(schedule.upcoming, routeLocale(routePattern));
