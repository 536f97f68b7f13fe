import type { APIRoute } from 'astro';
import { newProductsFeed } from '~/feeds/rss.ts';

export const GET: APIRoute = () => newProductsFeed('vi');
