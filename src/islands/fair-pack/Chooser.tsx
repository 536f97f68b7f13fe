import { useEffect, useState } from 'preact/hooks';
import { toggleInSelection, type PackFilter, type PackItem } from '~/lib/fair-pack.ts';
import { fill } from '~/lib/fill.ts';
import { langAttribute, viLang } from '~/lib/localize.ts';
import type { ProductGroup } from '~/schemas/enums.ts';
import { Filters } from '~/islands/fair-pack/Filters.tsx';
import type { PackStrings } from '~/i18n/slices.ts';
import { usePackSearch } from '~/islands/fair-pack/usePackSearch.ts';

interface Props {
  strings: PackStrings;
  locale: 'vi' | 'en';
  groups: { key: ProductGroup; label: string }[];
  stars: number[];
  selection: string[];
  onSelection: (selection: string[]) => void;
  remember: (items: PackItem[]) => void;
}

/** Finds products in the search index and ticks them into the pack (or out of it). */
export function Chooser({ strings, locale, groups, stars, selection, onSelection, remember }: Props) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<PackFilter>({});
  const { found, status, communes, showMore } = usePackSearch(query, filter, remember);
  const [focusChoice, setFocusChoice] = useState<string | undefined>();
  const shown = found?.items ?? [];
  const selected = new Set(selection);
  // Communes and producers are written in Vietnamese whatever the page's language.
  const vietnamese = viLang(locale);

  // Keyboard users continue where the new results start.
  useEffect(() => {
    if (focusChoice) document.getElementById(`pack-choose-${focusChoice}`)?.focus();
  }, [focusChoice]);

  const tick = (slugs: string[], chosen: boolean) => onSelection(toggleInSelection(selection, slugs, chosen));
  const message =
    status === 'searching'
      ? strings.searching
      : status === 'error'
        ? strings.searchError
        : !found || found.matches.length === 0
          ? strings.noMatch
          : fill(strings.shown, { shown: found.items.length, count: found.matches.length });

  return (
    <>
      <Filters {...{ strings, groups, stars, communes, query, filter }} onQuery={setQuery} onFilter={setFilter} />
      <fieldset className="pack-choose">
        <legend>{strings.choose}</legend>
        <p className="hint" aria-live="polite">
          {message}
        </p>
        <p className="buttons">
          {(
            [
              [strings.selectShown, true],
              [strings.clearShown, false],
            ] as const
          ).map(([label, ticked]) => (
            <button
              type="button"
              key={label}
              disabled={shown.length === 0}
              onClick={() =>
                tick(
                  shown.map((item) => item.slug),
                  ticked,
                )
              }
            >
              {label}
            </button>
          ))}
        </p>
        <ul className="pack-list">
          {shown.map((item) => (
            <li key={item.slug}>
              <input
                type="checkbox"
                id={`pack-choose-${item.slug}`}
                checked={selected.has(item.slug)}
                onChange={(event) => tick([item.slug], event.currentTarget.checked)}
              />
              <label htmlFor={`pack-choose-${item.slug}`}>
                <span lang={langAttribute(item.nameLang, locale)}>{item.name}</span>
                <span className="meta">
                  {' · '}
                  {fill(strings.starsLabel, { stars: item.stars })}
                  {item.commune && (
                    <>
                      {' · '}
                      <span lang={vietnamese}>{item.commune}</span>
                    </>
                  )}
                  {item.producer && (
                    <>
                      {' · '}
                      <span lang={vietnamese}>{item.producer}</span>
                    </>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {found && found.items.length < found.matches.length && (
          <p>
            <button type="button" onClick={() => void showMore().then((first) => setFocusChoice(first?.slug))}>
              {strings.more}
            </button>
          </p>
        )}
      </fieldset>
    </>
  );
}
