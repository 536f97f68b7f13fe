import type { APIRoute } from 'astro';
import { schedule } from '~/content.ts';
import { eventsCalendar } from '~/feeds/calendars.ts';

/** Every upcoming event, for people who subscribe to the office's calendar. */
export const GET: APIRoute = () => eventsCalendar(schedule.upcoming, 'vi');
