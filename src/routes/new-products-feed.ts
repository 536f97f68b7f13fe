import type { APIRoute } from 'astro';
import { newProductsFeed } from '~/feeds/rss.ts';
import { routeLocale } from '~/lib/routes.ts';

export const GET: APIRoute = ({ routePattern }) => newProductsFeed(routeLocale(routePattern));
