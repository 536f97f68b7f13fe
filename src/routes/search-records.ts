// The search records of one language, built from the catalogue (published products, shown producers,
// places), never from page HTML. src/integrations/search-index.ts turns them into Pagefind's index
// after the build and deletes this file from dist/: it is not part of the public site.
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue, type Place, type Producer, type Product } from '~/content.ts';
import { mapPointPath, recordPath } from '~/lib/routes.ts';
import { useTranslations } from '~/i18n/ui.ts';
import { imageUrl } from '~/lib/images.ts';
import { localName, localSummary } from '~/lib/localize.ts';
import { markdownToText } from '~/lib/markdown.ts';
import type { SearchRecord } from '~/lib/search/record.ts';
import { productLineKey } from '~/lib/product-line.ts';
import { LOCALES, type Locale } from '~/schemas/enums.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

function thumbnail(product: Product): string | undefined {
  const cover = product.data.images?.[0];
  if (!cover) return undefined;
  return imageUrl({ image: cover.src, width: 96, height: 72, format: 'webp' }, import.meta.env.BASE_URL).src;
}

async function productRecord(product: Product, locale: Locale): Promise<SearchRecord> {
  const { data } = product;
  const t = useTranslations(locale);
  const name = localName(data, locale);
  const producer = catalogue.producer(data.producer)?.data.name;
  // An English record indexes the English description only. A Vietnamese one in the English index
  // would be stemmed as English, find nothing an English reader types, and was most of the index's
  // size and build time at scale (BENCHMARKS.md); the Vietnamese name stays searchable below.
  const description = locale === 'en' ? (data.en?.description ?? '') : (product.body ?? '');
  return {
    url: recordPath('product', locale, product.id),
    locale,
    title: name.text,
    titleLang: name.lang,
    kind: 'product',
    text: [
      // The Vietnamese name stays searchable on the English site: it is what the label says.
      name.lang === 'vi' ? '' : data.name,
      localSummary(data, locale).text,
      markdownToText(description),
      t(`group.${data.group}`),
      data.subgroup ?? '',
      producer ?? '',
      data.commune,
      data.formerCommune ?? '',
    ],
    image: thumbnail(product),
    producer,
    filters: {
      group: data.group,
      line: productLineKey(data.subgroup),
      stars: String(data.stars),
      commune: data.commune,
      kind: 'product',
    },
  };
}

function producerRecord(producer: Producer, locale: Locale): SearchRecord {
  const { data } = producer;
  const t = useTranslations(locale);
  return {
    url: recordPath('producer', locale, producer.id),
    locale,
    title: data.name,
    titleLang: 'vi',
    kind: 'producer',
    text: [
      t(`producerKind.${data.kind}`),
      data.representative ?? '',
      data.address,
      data.commune,
      ...catalogue.productsOf(producer.id).map((product) => localName(product.data, locale).text),
    ],
    filters: { commune: data.commune, kind: 'producer' },
  };
}

function placeRecord(place: Place, locale: Locale): SearchRecord {
  const { data } = place;
  const t = useTranslations(locale);
  const name = localName(data, locale);
  const description = locale === 'en' ? data.en?.description : data.description;
  return {
    url: mapPointPath(locale, place.id),
    locale,
    title: name.text,
    titleLang: name.lang,
    kind: data.kind,
    text: [
      name.lang === 'vi' ? '' : data.name,
      t(`placeKind.${data.kind}`),
      description ?? '',
      data.address,
      data.commune,
      ...catalogue.productsSoldAt(place.id).map((product) => localName(product.data, locale).text),
    ],
    filters: { commune: data.commune, kind: data.kind },
  };
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const records: SearchRecord[] = [
    ...(await Promise.all(catalogue.products.map((product) => productRecord(product, locale)))),
    ...catalogue.producers.map((producer) => producerRecord(producer, locale)),
    ...catalogue.places.map((place) => placeRecord(place, locale)),
  ];
  return new Response(JSON.stringify(records));
};
