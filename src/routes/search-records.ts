// The search records of one language, built from the catalogue (published products, shown producers,
// places), never from page HTML. src/integrations/search-index.ts turns them into Pagefind's index
// after the build and deletes this file from dist/: it is not part of the public site.
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue, type Product } from '~/content.ts';
import { useTranslations } from '~/i18n/ui.ts';
import { imageUrl } from '~/lib/images.ts';
import { searchRecords } from '~/lib/search/records.ts';
import { LOCALES, type Locale } from '~/schemas/enums.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

function thumbnail(product: Product): string | undefined {
  const cover = product.data.images?.[0];
  if (!cover) return undefined;
  return imageUrl({ image: cover.src, width: 96, height: 72, format: 'webp' }, import.meta.env.BASE_URL).src;
}

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  const records = searchRecords(catalogue, {
    locale,
    labels: {
      group: (group) => t(`group.${group}`),
      producerKind: (kind) => t(`producerKind.${kind}`),
      placeKind: (kind) => t(`placeKind.${kind}`),
    },
    thumbnail,
  });
  return new Response(JSON.stringify(records));
};
