// Command-line options shared by `generate.ts` and `run.ts`.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchOptions {
  products: number;
  producers?: number;
  places?: number;
  images: boolean;
  out: string;
  /** Reuse an existing content folder instead of generating it again. */
  reuse: boolean;
  floor: boolean;
  search: string;
}

const count = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: "${value}" is not a positive whole number`);
  return n;
};

export function parseBenchOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      products: { type: 'string' },
      producers: { type: 'string' },
      places: { type: 'string' },
      images: { type: 'boolean', default: false },
      out: { type: 'string' },
      reuse: { type: 'boolean', default: false },
      'no-floor': { type: 'boolean', default: false },
      search: { type: 'string', default: 'mat ong' },
    },
  });
  const products = count('products', values.products) ?? 10_000;
  const producers = count('producers', values.producers);
  const places = count('places', values.places);
  return {
    products,
    ...(producers !== undefined && { producers }),
    ...(places !== undefined && { places }),
    images: values.images,
    out: resolve(values.out ?? `bench-output/content-${products}${values.images ? '-images' : ''}`),
    reuse: values.reuse,
    floor: !values['no-floor'],
    search: values.search,
  };
}
