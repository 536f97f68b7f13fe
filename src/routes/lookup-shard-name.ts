// One name shard of the certificate lookup (src/lib/lookup.ts): the entries with a word of the name
// that starts with the shard's letters.
import type { APIRoute, GetStaticPaths } from 'astro';
import { lookupShards } from '~/lookup-shards.ts';

export const getStaticPaths = (() =>
  [...lookupShards.names].map(([shard, entries]) => ({
    params: { shard },
    props: { entries },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.entries);
