// The slug shard of the certificate lookup: one small file per product that is not published, named by
// its slug, holding only what the lookup may say of it (src/lib/lookup.ts UnpublishedProduct). The
// not-found page fetches the one an old product link names.
import type { APIRoute, GetStaticPaths } from 'astro';
import { unpublishedBySlug } from '~/lookup-shards.ts';

export const getStaticPaths = (() =>
  [...unpublishedBySlug].map(([slug, product]) => ({ params: { slug }, props: { product } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.product);
