import type { Locale } from '../schemas/enums.ts';
import type { CalendarEntry } from './calendar.ts';
import type { Certificate } from './certificate.ts';
import { fill } from './fill.ts';
import { formatDate } from './format.ts';
import { localName } from './localize.ts';
import type { Expiring } from './office-report.ts';

interface ExpiringProduct {
  id: string;
  data: { name: string; stars: number; certificate: Certificate; en?: { name: string } | undefined };
}

export interface ExpiryWords {
  /** "Hết hạn OCOP: {name} ({stars} sao)" */
  title: string;
  /** "Giấy chứng nhận số {number} ({issuer}, {date}) hết hiệu lực …" */
  description: string;
  category: string;
}

/**
 * The office's expiry calendar: one all-day event per certificate of the re-evaluation list, on
 * its expiry day (the first day the product is off the site). It says what the product page and
 * the lookup already say in public (name, stars, decision, expiry) and never more: no contacts, and
 * no product that is not published (an expired, revoked or 2-star product has no certificate to
 * renew here). The UID holds the expiry date, so a new decision replaces the event instead of
 * moving it.
 */
export function expiryEntries(
  expiring: readonly Expiring<ExpiringProduct>[],
  context: { locale: Locale; host: string; words: ExpiryWords; url: (slug: string) => string },
): CalendarEntry[] {
  const { locale, words } = context;
  return expiring.map(({ product, expires }) => {
    const { data } = product;
    const name = localName(data, locale).text;
    const url = context.url(product.id);
    const vars = {
      name,
      stars: data.stars,
      number: data.certificate.number,
      issuer: data.certificate.issuer,
      date: formatDate(data.certificate.date, locale),
      expires: formatDate(expires, locale),
    };
    return {
      uid: `het-han-${product.id}-${expires}@${context.host}`,
      title: fill(words.title, vars),
      start: expires,
      end: expires,
      description: `${fill(words.description, vars)}\n\n${url}`,
      url,
      categories: [words.category],
    };
  });
}
