import { useEffect, useState } from 'preact/hooks';
import { EMPTY_COVER, packQuery, parsePackQuery, type PackState } from '~/lib/fair-pack.ts';
import { fill } from '~/lib/fill.ts';
import type { ProductGroup } from '~/schemas/enums.ts';
import { Chooser } from '~/islands/fair-pack/Chooser.tsx';
import { Extras } from '~/islands/fair-pack/Extras.tsx';
import { OrderList } from '~/islands/fair-pack/OrderList.tsx';
import { ContentsPage, CoverPage, type CoverDefaults } from '~/islands/fair-pack/PrintedPages.tsx';
import type { PackStrings } from '~/i18n/slices.ts';
import { useKnownItems } from '~/islands/fair-pack/useKnownItems.ts';
import { useSheets } from '~/islands/fair-pack/useSheets.ts';
import '~/islands/fair-pack/fair-pack.css';

interface Props {
  groups: { key: ProductGroup; label: string }[];
  stars: number[];
  /** `stringSlice(locale, PACK_STRINGS)`: the page's language, placeholders left in. */
  strings: PackStrings;
  /** The page's language, for `lang` on Vietnamese names shown on an English page. */
  locale: 'vi' | 'en';
  coverDefaults: CoverDefaults;
}

const EMPTY_PACK: PackState = { selection: [], cover: false, contents: false, coverFields: EMPTY_COVER };

/**
 * The fair-pack builder. The page holds no product: the organiser finds products with the site's
 * search index (the chooser), and each chosen sheet is fetched from its product page (the sheet
 * loader), so the page stays the same size however large the catalogue. This island only finds,
 * chooses, orders and adds the cover and contents pages; what prints is the static sheets. The choice
 * lives in the address, so a pack can be bookmarked.
 */
export default function FairPackBuilder({ groups, stars, strings, locale, coverDefaults }: Props) {
  const [state, setState] = useState<PackState>(EMPTY_PACK);
  const [loaded, setLoaded] = useState(false);
  const { remember, itemOf } = useKnownItems(locale);
  const { pending, failed } = useSheets(locale, state.selection, loaded, remember);

  // Read the pack from the address once the page runs (the build cannot know it), then keep it there.
  useEffect(() => {
    setState(parsePackQuery(window.location.search));
    setLoaded(true);
  }, []);
  useEffect(() => {
    if (loaded) window.history.replaceState(null, '', packQuery(state));
  }, [state, loaded]);

  const update = (change: Partial<PackState>) => setState((current) => ({ ...current, ...change }));
  const onSelection = (selection: string[]) => update({ selection });
  const pages = state.selection.length + (state.cover ? 1 : 0) + (state.contents ? 1 : 0);
  const loading = state.selection.filter((slug) => pending.has(slug)).length;
  const broken = state.selection.filter((slug) => failed.has(slug)).length;

  return (
    <div className="pack-builder">
      <div className="pack-controls">
        <Chooser {...{ strings, locale, groups, stars, remember, onSelection }} selection={state.selection} />
        <OrderList {...{ strings, locale, itemOf, onSelection }} selection={state.selection} />
        <Extras strings={strings} state={state} onChange={update} />
        <p className="pack-summary" aria-live="polite">
          {fill(strings.summary, { sheets: state.selection.length, pages })}
        </p>
        <p className="hint" aria-live="polite">
          {loading > 0 ? fill(strings.loading, { count: loading }) : ''}
          {broken > 0 ? ` ${fill(strings.loadError, { count: broken })}` : ''}
        </p>
        <p>
          <button type="button" className="button" disabled={pages === 0 || loading > 0} onClick={() => window.print()}>
            {strings.print}
          </button>
        </p>
        <p className="hint">{strings.link}</p>
      </div>
      {state.cover && <CoverPage strings={strings} state={state} defaults={coverDefaults} />}
      {state.contents && <ContentsPage {...{ strings, locale, state, itemOf }} />}
    </div>
  );
}
