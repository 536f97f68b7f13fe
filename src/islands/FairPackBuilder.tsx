import { useEffect, useRef, useState } from 'react';
import { recordPath } from '~/lib/routes.ts';
import { compareVietnamese } from '~/lib/collate.ts';
import {
  CHOOSER_PAGE_SIZE,
  EMPTY_COVER,
  moveInSelection,
  packItemOfResult,
  packPageNumbers,
  packQuery,
  packSearchFilters,
  parsePackQuery,
  toggleInSelection,
  type PackCover,
  type PackFilter,
  type PackItem,
  type PackState,
} from '~/lib/fair-pack.ts';
import type { ProductGroup } from '~/schemas/enums.ts';
import {
  loadFilters,
  loadPagefind,
  realMatches,
  runSearch,
  searchQuery,
  type PagefindResult,
} from '~/scripts/pagefind.ts';

/** UI strings, already in the page's language; `{name}` placeholders are filled here. */
export type PackStrings = Record<
  | 'filters'
  | 'search'
  | 'searchHint'
  | 'filterGroup'
  | 'filterStars'
  | 'filterCommune'
  | 'any'
  | 'choose'
  | 'searching'
  | 'searchError'
  | 'noMatch'
  | 'shown'
  | 'more'
  | 'selectShown'
  | 'clearShown'
  | 'order'
  | 'empty'
  | 'moveUp'
  | 'moveDown'
  | 'remove'
  | 'moved'
  | 'extras'
  | 'addCover'
  | 'fair'
  | 'dates'
  | 'place'
  | 'organiser'
  | 'addContents'
  | 'summary'
  | 'print'
  | 'link'
  | 'contents'
  | 'page'
  | 'coverProducts'
  | 'loading'
  | 'loadError'
  | 'starsLabel',
  string
>;

interface Props {
  groups: { key: ProductGroup; label: string }[];
  stars: number[];
  strings: PackStrings;
  /** The page's language, for `lang` on Vietnamese names shown on an English page. */
  locale: 'vi' | 'en';
  /** What the cover says when the organiser leaves the fair name empty. */
  coverDefaults: { title: string; site: string; url: string };
}

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (placeholder, key: string) => (key in vars ? String(vars[key]) : placeholder));

const COVER_FIELDS = ['fair', 'dates', 'place', 'organiser'] as const;

/** Sheets fetched at once from their product pages: enough to be quick, few enough to spare a fair's Wi-Fi. */
const FETCH_AT_ONCE = 4;

/**
 * A product's sheet taken from its static product page, which carries it for printing (hidden on
 * screen, as the pack's sheets are: print.css shows them on paper only).
 */
async function fetchSheet(locale: 'vi' | 'en', slug: string): Promise<HTMLElement> {
  const response = await fetch(recordPath('product', locale, slug));
  if (!response.ok) throw new Error(`${response.status} for the sheet of ${slug}`);
  const html = new DOMParser().parseFromString(await response.text(), 'text/html');
  const sheet = html.querySelector<HTMLElement>(`.print-page[data-sheet="${CSS.escape(slug)}"]`);
  if (!sheet) throw new Error(`no sheet in the product page of ${slug}`);
  return document.importNode(sheet, true);
}

/** What the order list and contents page need of a product, read from its sheet (a bookmarked pack). */
function itemOfSheet(sheet: HTMLElement, slug: string, locale: 'vi' | 'en'): PackItem {
  const heading = sheet.querySelector('h2');
  const lang = heading?.lang;
  return {
    slug,
    name: heading?.textContent?.trim() || slug,
    nameLang: lang === 'vi' || lang === 'en' ? lang : locale,
    stars: Number(sheet.dataset.stars),
  };
}

async function itemsOf(results: PagefindResult[]): Promise<PackItem[]> {
  const data = await Promise.all(results.map((result) => result.data()));
  return data.flatMap((result) => packItemOfResult(result) ?? []);
}

/** What the chooser found: every match, and the first ones with their names loaded. */
interface Found {
  matches: PagefindResult[];
  items: PackItem[];
}

/**
 * The fair-pack builder. The page holds no product: the organiser finds products with the site's
 * search index (Pagefind, loaded on demand), and each chosen sheet is fetched from its product page,
 * so the page stays the same size however large the catalogue. This island only finds, chooses,
 * orders and adds the cover and contents pages; what prints is the static sheets. The choice lives in
 * the address, so a pack can be bookmarked.
 */
export default function FairPackBuilder({ groups, stars, strings, locale, coverDefaults }: Props) {
  const [state, setState] = useState<PackState>({
    selection: [],
    cover: false,
    contents: false,
    coverFields: EMPTY_COVER,
  });
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<PackFilter>({});
  const [communes, setCommunes] = useState<string[]>([]);
  const [found, setFound] = useState<Found | undefined>();
  const [searchStatus, setSearchStatus] = useState<'searching' | 'ready' | 'error'>('searching');
  // Names and stars of every product seen (found or fetched), for the order list and contents page.
  const [known, setKnown] = useState<ReadonlyMap<string, PackItem>>(new Map());
  const [loaded, setLoaded] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);
  const [focusChoice, setFocusChoice] = useState<string | null>(null);
  // Sheets being fetched, and those that failed.
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const selectionRef = useRef(state.selection);
  const searchGeneration = useRef(0);

  const remember = (items: PackItem[]) =>
    setKnown((current) => {
      const next = new Map(current);
      for (const item of items) next.set(item.slug, { ...current.get(item.slug), ...item });
      return next;
    });

  // Read the pack from the address once the page runs (the build cannot know it).
  useEffect(() => {
    setState(parsePackQuery(window.location.search));
    setLoaded(true);
  }, []);

  useEffect(() => {
    if (loaded) window.history.replaceState(null, '', packQuery(state));
  }, [state, loaded]);

  // The communes that have products, for the commune filter: from the index, not the page.
  useEffect(() => {
    void (async () => {
      const pagefind = await loadPagefind();
      await loadFilters(pagefind, ['commune']);
      const all = await runSearch(pagefind, null, { filters: packSearchFilters({}) });
      const counts = Object.entries(all.filters.commune ?? {});
      setCommunes(counts.flatMap(([commune, count]) => (count > 0 ? [commune] : [])).sort(compareVietnamese));
    })().catch((error: unknown) => console.error(error));
  }, []);

  // Search as the organiser types (a moment after the last key) or changes a filter.
  useEffect(() => {
    const generation = ++searchGeneration.current;
    const typed = query.trim();
    const timer = window.setTimeout(
      () =>
        void (async () => {
          setSearchStatus('searching');
          try {
            const pagefind = await loadPagefind();
            // Matched as the search page matches them: "duong" finds "Đường", "chè" finds "chè" only.
            const filters = packSearchFilters(filter);
            const matches = typed
              ? (await searchQuery(pagefind, typed, filters)).results
              : realMatches(await runSearch(pagefind, null, { filters }), null);
            const items = await itemsOf(matches.slice(0, CHOOSER_PAGE_SIZE));
            if (generation !== searchGeneration.current) return;
            remember(items);
            setFound({ matches, items });
            setSearchStatus('ready');
          } catch (error) {
            console.error(error);
            if (generation === searchGeneration.current) setSearchStatus('error');
          }
        })(),
      typed ? 250 : 0,
    );
    return () => window.clearTimeout(timer);
  }, [query, filter]);

  const showMore = async () => {
    if (!found) return;
    const generation = searchGeneration.current;
    const more = await itemsOf(found.matches.slice(found.items.length, found.items.length + CHOOSER_PAGE_SIZE));
    if (generation !== searchGeneration.current) return;
    remember(more);
    setFound({ ...found, items: [...found.items, ...more] });
    // Keyboard users continue where the new results start.
    if (more[0]) setFocusChoice(more[0].slug);
  };

  useEffect(() => {
    if (!focusChoice) return;
    document.getElementById(`pack-choose-${focusChoice}`)?.focus();
    setFocusChoice(null);
  }, [focusChoice]);

  // Show the chosen sheets, in the chosen order, and hide the others.
  const arrangeSheets = () => {
    const container = document.querySelector('[data-pack-sheets]');
    if (!container) return;
    const selection = selectionRef.current;
    const sheets = new Map(
      [...container.querySelectorAll<HTMLElement>('[data-sheet]')].map((sheet) => [sheet.dataset.sheet ?? '', sheet]),
    );
    for (const [slug, sheet] of sheets) sheet.hidden = !selection.includes(slug);
    for (const slug of selection) {
      const sheet = sheets.get(slug);
      if (sheet) container.append(sheet);
    }
  };
  useEffect(() => {
    selectionRef.current = state.selection;
    arrangeSheets();
  }, [state.selection]);

  // Fetch the chosen sheets that are not in the page yet, a few at a time.
  useEffect(() => {
    if (!loaded) return;
    const container = document.querySelector('[data-pack-sheets]');
    if (!container) return;
    const inPage = new Set(
      [...container.querySelectorAll<HTMLElement>('[data-sheet]')].map((sheet) => sheet.dataset.sheet),
    );
    const missing = state.selection.filter((slug) => !inPage.has(slug) && !pending.has(slug) && !failed.has(slug));
    if (missing.length === 0) return;
    setPending((current) => new Set([...current, ...missing]));
    const queue = [...missing];
    const settle = (slug: string, ok: boolean) => {
      setPending((current) => new Set([...current].filter((other) => other !== slug)));
      if (!ok) setFailed((current) => new Set([...current, slug]));
    };
    const worker = async () => {
      for (let slug = queue.shift(); slug !== undefined; slug = queue.shift()) {
        try {
          const sheet = await fetchSheet(locale, slug);
          container.append(sheet);
          remember([itemOfSheet(sheet, slug, locale)]);
          arrangeSheets();
          settle(slug, true);
        } catch {
          settle(slug, false);
        }
      }
    };
    for (let index = 0; index < Math.min(FETCH_AT_ONCE, missing.length); index += 1) void worker();
    // pending and failed change as sheets arrive; only a new selection asks for more.
  }, [state.selection, loaded, locale]);

  // Untick a sheet that failed to load to let it be tried again when ticked once more.
  useEffect(() => {
    const dropped = [...failed].filter((slug) => !state.selection.includes(slug));
    if (dropped.length > 0) setFailed((current) => new Set([...current].filter((slug) => !dropped.includes(slug))));
  }, [state.selection, failed]);

  useEffect(() => {
    if (!focusAfterMove) return;
    const [wanted, fallback] = [
      focusAfterMove,
      focusAfterMove.replace(/^(up|down)/, (d) => (d === 'up' ? 'down' : 'up')),
    ];
    const button = [wanted, fallback]
      .map((id) => document.getElementById(`pack-${id}`))
      .find((element): element is HTMLButtonElement => element instanceof HTMLButtonElement && !element.disabled);
    button?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const shown = found?.items ?? [];
  const selected = new Set(state.selection);
  const pages = state.selection.length + (state.cover ? 1 : 0) + (state.contents ? 1 : 0);
  const loading = state.selection.filter((slug) => pending.has(slug)).length;
  const broken = state.selection.filter((slug) => failed.has(slug)).length;
  const pageNumbers = packPageNumbers(state);
  // A bookmarked product shows by its slug until its sheet arrives.
  const itemOf = (slug: string): PackItem => known.get(slug) ?? { slug, name: slug, nameLang: locale, stars: 0 };
  const nameLang = (item: PackItem) => (item.nameLang === locale ? undefined : item.nameLang);
  // Communes and producers are written in Vietnamese whatever the page's language.
  const vietnameseLang = locale === 'vi' ? undefined : 'vi';

  const update = (change: Partial<PackState>) => setState((current) => ({ ...current, ...change }));
  const setSelection = (selection: string[]) => update({ selection });
  /** Ticks (or unticks) every product the chooser shows. */
  const tickShown = (tick: boolean) =>
    setSelection(
      toggleInSelection(
        state.selection,
        shown.map((item) => item.slug),
        tick,
      ),
    );
  const setCoverField = (field: keyof PackCover, value: string) =>
    setState((current) => ({ ...current, coverFields: { ...current.coverFields, [field]: value } }));

  const move = (item: PackItem, step: -1 | 1) => {
    const next = moveInSelection(state.selection, item.slug, step);
    setSelection(next);
    setAnnouncement(
      fill(strings.moved, { name: item.name, position: next.indexOf(item.slug) + 1, count: next.length }),
    );
    setFocusAfterMove(`${step < 0 ? 'up' : 'down'}-${item.slug}`);
  };

  const searchMessage =
    searchStatus === 'searching'
      ? strings.searching
      : searchStatus === 'error'
        ? strings.searchError
        : !found || found.matches.length === 0
          ? strings.noMatch
          : fill(strings.shown, { shown: found.items.length, count: found.matches.length });

  const filterSelect = (
    id: string,
    label: string,
    value: string,
    options: { value: string; label: string }[],
    onChange: (value: string) => void,
  ) => (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{strings.any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  );

  return (
    <div className="pack-builder">
      <div className="pack-controls">
        <fieldset className="pack-filters">
          <legend>{strings.filters}</legend>
          <p className="field pack-search">
            <label htmlFor="pack-search">{strings.search}</label>
            <input
              type="search"
              id="pack-search"
              value={query}
              aria-describedby="pack-search-hint"
              onChange={(event) => setQuery(event.target.value)}
            />
            <span className="hint" id="pack-search-hint">
              {strings.searchHint}
            </span>
          </p>
          {filterSelect(
            'pack-group',
            strings.filterGroup,
            filter.group ?? '',
            groups.map((group) => ({ value: group.key, label: group.label })),
            (value) => setFilter({ ...filter, group: (value || undefined) as ProductGroup | undefined }),
          )}
          {filterSelect(
            'pack-stars',
            strings.filterStars,
            filter.stars ? String(filter.stars) : '',
            stars.map((rank) => ({ value: String(rank), label: fill(strings.starsLabel, { stars: rank }) })),
            (value) => setFilter({ ...filter, stars: value ? Number(value) : undefined }),
          )}
          {filterSelect(
            'pack-commune',
            strings.filterCommune,
            filter.commune ?? '',
            communes.map((commune) => ({ value: commune, label: commune })),
            (value) => setFilter({ ...filter, commune: value || undefined }),
          )}
        </fieldset>

        <fieldset className="pack-choose">
          <legend>{strings.choose}</legend>
          <p className="hint" aria-live="polite">
            {searchMessage}
          </p>
          <p className="buttons">
            <button type="button" disabled={shown.length === 0} onClick={() => tickShown(true)}>
              {strings.selectShown}
            </button>
            <button type="button" disabled={shown.length === 0} onClick={() => tickShown(false)}>
              {strings.clearShown}
            </button>
          </p>
          <ul className="pack-list">
            {shown.map((item) => (
              <li key={item.slug}>
                <input
                  type="checkbox"
                  id={`pack-choose-${item.slug}`}
                  checked={selected.has(item.slug)}
                  onChange={(event) =>
                    setSelection(toggleInSelection(state.selection, [item.slug], event.target.checked))
                  }
                />
                <label htmlFor={`pack-choose-${item.slug}`}>
                  <span lang={nameLang(item)}>{item.name}</span>
                  <span className="meta">
                    {' · '}
                    {fill(strings.starsLabel, { stars: item.stars })}
                    {item.commune && (
                      <>
                        {' · '}
                        <span lang={vietnameseLang}>{item.commune}</span>
                      </>
                    )}
                    {item.producer && (
                      <>
                        {' · '}
                        <span lang={vietnameseLang}>{item.producer}</span>
                      </>
                    )}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {found && found.items.length < found.matches.length && (
            <p>
              <button type="button" onClick={() => void showMore()}>
                {strings.more}
              </button>
            </p>
          )}
        </fieldset>

        <section className="pack-order" aria-labelledby="pack-order-title">
          <h2 id="pack-order-title">{strings.order}</h2>
          {state.selection.length === 0 ? (
            <p>{strings.empty}</p>
          ) : (
            <ol>
              {state.selection.map((slug, index) => {
                const item = itemOf(slug);
                return (
                  <li key={slug}>
                    <span className="position">{index + 1}.</span>
                    <span className="name" lang={nameLang(item)}>
                      {item.name}
                    </span>
                    <span className="buttons">
                      <button
                        type="button"
                        id={`pack-up-${slug}`}
                        aria-label={fill(strings.moveUp, { name: item.name })}
                        disabled={index === 0}
                        onClick={() => move(item, -1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        id={`pack-down-${slug}`}
                        aria-label={fill(strings.moveDown, { name: item.name })}
                        disabled={index === state.selection.length - 1}
                        onClick={() => move(item, 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        aria-label={fill(strings.remove, { name: item.name })}
                        onClick={() => setSelection(toggleInSelection(state.selection, [slug], false))}
                      >
                        ✕
                      </button>
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
        </section>

        <fieldset className="pack-extras">
          <legend>{strings.extras}</legend>
          <p className="check">
            <input
              type="checkbox"
              id="pack-cover"
              checked={state.cover}
              onChange={(event) => update({ cover: event.target.checked })}
            />
            <label htmlFor="pack-cover">{strings.addCover}</label>
          </p>
          {state.cover &&
            COVER_FIELDS.map((field) => (
              <p className="field" key={field}>
                <label htmlFor={`pack-${field}`}>{strings[field]}</label>
                <input
                  type="text"
                  id={`pack-${field}`}
                  maxLength={200}
                  value={state.coverFields[field]}
                  onChange={(event) => setCoverField(field, event.target.value)}
                />
              </p>
            ))}
          <p className="check">
            <input
              type="checkbox"
              id="pack-contents"
              checked={state.contents}
              onChange={(event) => update({ contents: event.target.checked })}
            />
            <label htmlFor="pack-contents">{strings.addContents}</label>
          </p>
        </fieldset>

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

      {state.cover && (
        <section className="print-page pack-cover" aria-labelledby="pack-cover-title">
          <p className="pack-site">{coverDefaults.site}</p>
          <h2 id="pack-cover-title">{state.coverFields.fair.trim() || coverDefaults.title}</h2>
          <dl>
            {(['dates', 'place', 'organiser'] as const).map((field) =>
              state.coverFields[field].trim() ? (
                <div key={field}>
                  <dt>{strings[field]}</dt>
                  <dd>{state.coverFields[field]}</dd>
                </div>
              ) : null,
            )}
          </dl>
          <p className="pack-count">{fill(strings.coverProducts, { count: state.selection.length })}</p>
          <p className="pack-url">{coverDefaults.url}</p>
        </section>
      )}

      {state.contents && (
        <section className="print-page pack-contents" aria-labelledby="pack-contents-title">
          <h2 id="pack-contents-title">{strings.contents}</h2>
          <ol className={state.selection.length > 30 ? 'two-columns' : undefined}>
            {state.selection.map((slug) => {
              const item = itemOf(slug);
              return (
                <li key={slug}>
                  <span lang={nameLang(item)}>{item.name}</span>
                  {item.stars > 0 && <span className="stars">{fill(strings.starsLabel, { stars: item.stars })}</span>}
                  <span className="page-number">
                    {strings.page} {pageNumbers.get(slug)}
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </div>
  );
}
