import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue, points } from '~/content.ts';
import { mapPointDetails } from '~/lib/map-details.ts';
import type { MapPoint } from '~/lib/map-points.ts';

export const getStaticPaths = (() =>
  points.map((point) => ({ params: { id: point.id }, props: { point } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ point: MapPoint }> = ({ props }) =>
  Response.json(
    mapPointDetails(
      props.point,
      (slug) => catalogue.product(slug)?.data,
      (slug) => catalogue.producer(slug) !== undefined,
    ),
  );
