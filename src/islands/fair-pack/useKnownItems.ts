import { useCallback, useState } from 'preact/hooks';
import type { PackItem } from '~/lib/fair-pack.ts';

/**
 * Names and stars of every product seen (found by the chooser or declared by a fetched sheet), for
 * the order list and the contents page. `itemOf` gives a product not seen yet (a bookmarked one whose
 * sheet is still coming) by its slug.
 */
export function useKnownItems(locale: 'vi' | 'en') {
  const [known, setKnown] = useState<ReadonlyMap<string, PackItem>>(new Map());
  const remember = useCallback(
    (items: PackItem[]) =>
      setKnown((current) => {
        const next = new Map(current);
        for (const item of items) next.set(item.slug, { ...current.get(item.slug), ...item });
        return next;
      }),
    [],
  );
  const itemOf = (slug: string): PackItem => known.get(slug) ?? { slug, name: slug, nameLang: locale, stars: 0 };
  return { remember, itemOf };
}
