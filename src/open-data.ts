// The open data's rows (`/data/products.json` and `.csv`), computed once per build from the catalogue:
// published products only, with their producer's public contacts, sales points and labels in both
// languages (src/lib/open-data.ts says what each field holds).
import { catalogue, site } from '~/content.ts';
import { productLineName } from '~/i18n/product-lines.ts';
import { useTranslations } from '~/i18n/ui.ts';
import { productRecords } from '~/lib/open-data.ts';
import { productLineKey, productLines } from '~/lib/product-line.ts';
import { mapPointPath, recordPath } from '~/lib/routes.ts';
import type { ProductGroup } from '~/schemas/enums.ts';

const absolute = (path: string) => new URL(path, site.url).href;
const vi = useTranslations('vi');
const en = useTranslations('en');
const lines = productLines(catalogue.products);

export const openDataRecords = productRecords(catalogue, {
  asOf: catalogue.asOf,
  productUrl: (slug) => absolute(recordPath('product', 'vi', slug)),
  producerUrl: (slug) => absolute(recordPath('producer', 'vi', slug)),
  mapPointUrl: (slug) => absolute(mapPointPath('vi', slug)),
  groupLabel: (group) => ({ vi: vi(`group.${group as ProductGroup}`), en: en(`group.${group as ProductGroup}`) }),
  productLine: (subgroup) => {
    const line = lines.get(productLineKey(subgroup) ?? '');
    if (!line) return null;
    const english = productLineName(line, 'en');
    return { key: line.key, vi: line.label, en: english.lang === 'en' ? english.text : null };
  },
});
