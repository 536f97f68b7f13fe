import { communeWarnings, type CommuneField } from '../commune.ts';
import { retiredPhoneWarning } from '../phone.ts';
import type { CheckedContent } from './check.ts';
import type { Problem } from './problem.ts';

/**
 * What the office should look at in a content folder that passes the check: the site is built, but
 * a reader may be misled. Each warning names file and field like a problem does.
 * - A commune spelled two ways that differ only in tone placement or capitals (`communeWarnings`,
 *   src/lib/commune.ts): the site shows one spelling and says which.
 * - A retired phone number: an 11-digit 01xx mobile or an area code retired in 2017
 *   (`retiredPhoneWarning`, src/lib/phone.ts).
 */
export function contentWarnings(content: CheckedContent): Problem[] {
  const communes: CommuneField[] = [
    ...content.products.map(({ file, data }) => ({ file, field: 'commune', commune: data.commune })),
    ...content.producers.map(({ file, data }) => ({ file, field: 'commune', commune: data.commune })),
    ...content.places.map(({ file, data }) => ({ file, field: 'commune', commune: data.commune })),
  ];
  const phones = [
    { file: 'site.json', field: 'office.phone', phone: content.site.office.phone },
    ...content.producers.map(({ file, data }) => ({ file, field: 'phone', phone: data.phone })),
    ...content.places.map(({ file, data }) => ({ file, field: 'phone', phone: data.phone })),
  ];
  return [
    ...communeWarnings(communes),
    ...phones.flatMap(({ file, field, phone }) => {
      const message = phone === undefined ? undefined : retiredPhoneWarning(phone);
      return message ? [{ file, field, message }] : [];
    }),
  ];
}
