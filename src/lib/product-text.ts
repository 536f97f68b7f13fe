import type { Locale } from '../schemas/enums.ts';
import type { Localized } from './localize.ts';

/**
 * A product's Markdown description in the reader's language: the record's `en.description` on
 * English pages when it has one, otherwise the Vietnamese body (marked as such by the caller).
 */
export function localDescription(
  record: { en?: { description?: string | undefined } | undefined },
  body: string,
  locale: Locale,
): Localized {
  const english = record.en?.description?.trim();
  return locale === 'en' && english ? { text: english, lang: 'en' } : { text: body, lang: 'vi' };
}

/** A prefilled `mailto:` link: the recipient, then a subject and body that name the product. */
export function mailtoHref(to: string, subject: string, body: string): string {
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
