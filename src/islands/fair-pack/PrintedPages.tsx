import { packPageNumbers, type PackItem, type PackState } from '~/lib/fair-pack.ts';
import { fill } from '~/lib/fill.ts';
import { langAttribute } from '~/lib/localize.ts';
import type { PackStrings } from '~/i18n/slices.ts';

/** What the cover says when the organiser leaves the fair name empty. */
export interface CoverDefaults {
  title: string;
  site: string;
  url: string;
}

/** The pack's cover page (paper only, like every `print-page`): the fair, its dates, place and organiser. */
export function CoverPage({
  strings,
  state,
  defaults,
}: {
  strings: PackStrings;
  state: PackState;
  defaults: CoverDefaults;
}) {
  const { coverFields } = state;
  return (
    <section className="print-page pack-cover" aria-labelledby="pack-cover-title">
      <p className="pack-site">{defaults.site}</p>
      <h2 id="pack-cover-title">{coverFields.fair.trim() || defaults.title}</h2>
      <dl>
        {(['dates', 'place', 'organiser'] as const).map((field) =>
          coverFields[field].trim() ? (
            <div key={field}>
              <dt>{strings[field]}</dt>
              <dd>{coverFields[field]}</dd>
            </div>
          ) : null,
        )}
      </dl>
      <p className="pack-count">{fill(strings.coverProducts, { count: state.selection.length })}</p>
      <p className="pack-url">{defaults.url}</p>
    </section>
  );
}

interface ContentsProps {
  strings: PackStrings;
  locale: 'vi' | 'en';
  state: PackState;
  itemOf: (slug: string) => PackItem;
}

/** The pack's contents page: each product, its stars and the page its sheet prints on. */
export function ContentsPage({ strings, locale, state, itemOf }: ContentsProps) {
  const pageNumbers = packPageNumbers(state);
  return (
    <section className="print-page pack-contents" aria-labelledby="pack-contents-title">
      <h2 id="pack-contents-title">{strings.contents}</h2>
      <ol className={state.selection.length > 30 ? 'two-columns' : undefined}>
        {state.selection.map((slug) => {
          const item = itemOf(slug);
          return (
            <li key={slug}>
              <span lang={langAttribute(item.nameLang, locale)}>{item.name}</span>
              {item.stars > 0 && <span className="stars">{fill(strings.starsLabel, { stars: item.stars })}</span>}
              <span className="page-number">
                {strings.page} {pageNumbers.get(slug)}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
