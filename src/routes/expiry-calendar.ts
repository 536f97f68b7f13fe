// The re-evaluation list as a calendar the office subscribes to (src/lib/expiry-calendar.ts).
import type { APIRoute } from 'astro';
import { expiryCalendar } from '~/feeds/calendars.ts';
import { routeLocale } from '~/lib/routes.ts';

export const GET: APIRoute = ({ routePattern }) => expiryCalendar(routeLocale(routePattern));
