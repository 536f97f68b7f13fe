import type { APIRoute } from 'astro';
import { eventsFeed } from '~/feeds/rss.ts';

export const GET: APIRoute = () => eventsFeed('en');
