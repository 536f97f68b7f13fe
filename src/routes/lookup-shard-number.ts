// One number shard of the certificate lookup (src/lib/lookup.ts): the entries whose certificate
// number falls in it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { lookupShards } from '~/lookup-shards.ts';

export const getStaticPaths = (() =>
  [...lookupShards.numbers].map(([shard, entries]) => ({
    params: { shard: String(shard) },
    props: { entries },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.entries);
