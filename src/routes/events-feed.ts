import type { APIRoute } from 'astro';
import { eventsFeed } from '~/feeds/rss.ts';
import { routeLocale } from '~/lib/routes.ts';

export const GET: APIRoute = ({ routePattern }) => eventsFeed(routeLocale(routePattern));
