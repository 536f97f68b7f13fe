// RSS feeds of newly certified products and of events, shared by the Vietnamese and English endpoints.
import rss from '@astrojs/rss';
import { catalogue, events, site } from '~/content.ts';
import { recordPath } from '~/lib/routes.ts';
import { useTranslations } from '~/i18n/ui.ts';
import { byStart, formatDateRange, localDescription, localTitle } from '~/lib/events.ts';
import { formatDate } from '~/lib/format.ts';
import { localName, localSummary } from '~/lib/localize.ts';
import { markdownToText } from '~/lib/markdown.ts';
import { LOCALE_TAGS, OCOP_UTC_OFFSET } from '~/lib/validity.ts';
import { newestCertifiedFirst } from '~/lib/stats.ts';
import type { Locale } from '~/schemas/enums.ts';

const FEED_TITLES = { newProductsFeed: 'feeds.newProductsTitle', eventsFeed: 'events.feedTitle' } as const;

/** A feed's title, the same in the feed and in the pages that link to it. */
export function feedTitle(feed: keyof typeof FEED_TITLES, locale: Locale): string {
  return useTranslations(locale)(FEED_TITLES[feed], { region: site.region[locale] });
}

const language = (locale: Locale) => `<language>${LOCALE_TAGS[locale]}</language>`;
const absolute = (path: string) => new URL(path, site.url).href;

export function newProductsFeed(locale: Locale): Promise<Response> {
  const t = useTranslations(locale);
  const region = site.region[locale];
  return rss({
    title: feedTitle('newProductsFeed', locale),
    description: t('feeds.newProductsDescription', { region }),
    site: site.url,
    customData: language(locale),
    items: newestCertifiedFirst(catalogue.products).map(({ id, data }) => ({
      title: t('feeds.productTitle', { name: localName(data, locale).text, stars: data.stars }),
      link: absolute(recordPath('product', locale, id)),
      pubDate: new Date(`${data.certificate.date}T00:00:00${OCOP_UTC_OFFSET}`),
      description: `${localSummary(data, locale).text} ${t('feeds.certified', {
        date: formatDate(data.certificate.date, locale),
        number: data.certificate.number,
        issuer: data.certificate.issuer,
      })}`,
      categories: [t(`group.${data.group}`)],
    })),
  });
}

export function eventsFeed(locale: Locale): Promise<Response> {
  const t = useTranslations(locale);
  const region = site.region[locale];
  return rss({
    title: feedTitle('eventsFeed', locale),
    description: t('events.feedDescription', { region }),
    site: site.url,
    customData: language(locale),
    // Latest first, as feed readers expect; an event's date is its start.
    items: [...events]
      .sort(byStart)
      .reverse()
      .map((event) => ({
        title: localTitle(event.data, locale).text,
        link: absolute(recordPath('event', locale, event.id)),
        pubDate: new Date(`${event.data.start}T00:00:00${OCOP_UTC_OFFSET}`),
        description: `${formatDateRange(event.data.start, event.data.end, locale)}. ${markdownToText(
          localDescription(event.data, event.body ?? '', locale).text,
        )}`,
        categories: [t(`events.kind.${event.data.kind}`)],
      })),
  });
}
