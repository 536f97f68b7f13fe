// The search page's behaviour: reads ?q= and the facets from the URL, queries Pagefind (loaded on
// demand), shows results and facet counts, and keeps the URL in step so results can be shared.
import {
  hasFacets,
  pagefindFilters,
  parseSearchState,
  searchStateToQuery,
  type SearchState,
} from '~/lib/search/query.ts';
import { fill } from '~/lib/fill.ts';
import { readSlice, type SearchStrings } from '~/i18n/slices.ts';
import { localeOf, viLang } from '~/lib/localize.ts';
import type { Locale } from '~/schemas/enums.ts';
import { SEARCH_FACETS, type SearchFacet, type SearchResultData } from '~/lib/search/record.ts';
import {
  loadFilters,
  loadPagefind,
  runSearch,
  searchQuery,
  type Pagefind,
  type PagefindResult,
  type QueryResults,
} from '~/lib/search/pagefind.ts';

const PAGE_SIZE = 20;

/** The facets' filters, counted once someone uses the facets; `kind` and `titleLang` travel with each result. */
const loadFacetFilters = (pagefind: Pagefind) => loadFilters(pagefind, SEARCH_FACETS);

/** Whether a name is one of the search page's strings (a result's kind comes from the index as text). */
const isStringName = (strings: SearchStrings, name: string): name is keyof SearchStrings =>
  Object.hasOwn(strings, name);

class SearchPage extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private noResults!: HTMLElement;
  private marksNote!: HTMLElement;
  private more!: HTMLButtonElement;
  private messages!: SearchStrings;
  private locale: Locale = 'vi';
  private ranked: PagefindResult[] = [];
  private shown = 0;
  private generation = 0;
  private typingTimer: number | undefined;
  /** Set once the visitor reaches for the facets (or a link chose some): from then on they show counts. */
  private countsWanted = false;
  private current: SearchState | undefined;
  /** How the current results were found, to count the facets the same way. */
  private found: QueryResults | undefined;

  connectedCallback() {
    this.form = this.querySelector('form')!;
    this.input = this.querySelector('input[type=search]')!;
    this.status = this.querySelector('[data-status]')!;
    this.list = this.querySelector('[data-results]')!;
    this.noResults = this.querySelector('[data-no-results]')!;
    this.marksNote = this.querySelector('[data-marks-note]')!;
    this.more = this.querySelector('[data-more]')!;
    this.messages = readSlice<SearchStrings>(this.dataset.strings);
    this.locale = localeOf(this.dataset.locale);

    const initial = parseSearchState(new URLSearchParams(location.search));
    // The facets come folded, so that on a phone the results come first and nothing moves when this
    // script starts (layout shift, issue #16); a wide screen, where they sit beside the results, and a
    // link that chose some, unfold them.
    const facets = this.querySelector<HTMLDetailsElement>('[data-facets]');
    const unfold = facets !== null && (hasFacets(initial) || matchMedia('(min-width: 56rem)').matches);
    if (unfold) facets.open = true;
    if (hasFacets(initial)) this.countsWanted = true;
    // Pointing at, tabbing into or unfolding the facets asks for their counts (not the unfolding above).
    let ownToggle = unfold;
    for (const event of ['pointerenter', 'focusin', 'toggle']) {
      facets?.addEventListener(event, (happened) => {
        if (happened.type === 'toggle' && ownToggle) ownToggle = false;
        else void this.wantCounts();
      });
    }
    this.showState(initial);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update('push');
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.typingTimer);
      this.typingTimer = window.setTimeout(() => this.update('replace'), 250);
    });
    this.input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
    // The facet boxes belong to the form (form="…") but sit beside it, so their events reach this element.
    this.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).type === 'checkbox') this.update('replace');
    });
    this.more.addEventListener('click', () => void this.showMore());
    window.addEventListener('popstate', () => this.showState(parseSearchState(new URLSearchParams(location.search))));
  }

  /** Puts a state into the form and searches it (on load and on back/forward). */
  private showState(state: SearchState) {
    this.input.value = state.q;
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = state.facets[box.name as SearchFacet]?.includes(box.value) ?? false;
    }
    void this.run(state);
  }

  private readForm(): SearchState {
    return parseSearchState(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>));
  }

  private update(mode: 'push' | 'replace') {
    window.clearTimeout(this.typingTimer);
    const state = this.readForm();
    const url = `${location.pathname}${searchStateToQuery(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void this.run(state);
  }

  /** The visitor reaches for the facets: from now on they show counts, starting with the current results. */
  private async wantCounts() {
    if (this.countsWanted) return;
    this.countsWanted = true;
    // A search under way counts when it is done (see `run`).
    if (!this.hasAttribute('aria-busy')) await this.refreshCounts(this.generation);
  }

  /** Shows the facets' counts for the results on screen, loading the facets' filters first. */
  private async refreshCounts(generation: number) {
    const state = this.current;
    const found = this.found;
    // Without results every count is already 0.
    if (!state || !found || this.ranked.length === 0) return;
    try {
      const pagefind = await loadPagefind();
      await loadFacetFilters(pagefind);
      // The first search ran before the facets' filter indexes loaded: search again to count.
      const counts = await this.facetCounts(pagefind, state, {
        ...found,
        search: await runSearch(pagefind, found.term, { filters: pagefindFilters(state), marks: found.marks }),
      });
      if (generation === this.generation) this.showCounts(counts);
    } catch (error) {
      // The results stand without their counts.
      console.error(error);
    }
  }

  /**
   * Each facet's counts among a state's results, searched the way they were found. A chosen facet is
   * counted without its own filter, so that its other values show what they would add.
   */
  private async facetCounts(
    pagefind: Pagefind,
    state: SearchState,
    found: QueryResults,
  ): Promise<[SearchFacet, Record<string, number>][]> {
    const { term, marks, search } = found;
    const searches = await Promise.all(
      SEARCH_FACETS.map((facet) =>
        state.facets[facet].length > 0
          ? runSearch(pagefind, term, { filters: pagefindFilters(state, facet), marks })
          : search,
      ),
    );
    return SEARCH_FACETS.map((facet, index) => [facet, searches[index]?.filters[facet] ?? {}]);
  }

  private async run(state: SearchState) {
    const generation = ++this.generation;
    this.current = state;
    if (!state.q && !hasFacets(state)) {
      this.clear();
      return;
    }
    this.setAttribute('aria-busy', 'true');
    this.status.textContent = this.messages.loading;
    const counted = this.countsWanted;
    try {
      const pagefind = await loadPagefind();
      if (counted) await loadFacetFilters(pagefind);
      const found = await searchQuery(pagefind, state.q, pagefindFilters(state));
      if (generation !== this.generation) return;
      this.found = found;
      this.ranked = found.results;
      const counts = counted && this.ranked.length > 0 ? await this.facetCounts(pagefind, state, found) : [];
      const items = await this.loadItems(0);
      if (generation !== this.generation) return;
      // Everything changes at once, so that the live region announces one consistent update.
      // No results: every value counts 0, no filter index needed. Otherwise the counts show once wanted.
      this.showCounts(this.ranked.length === 0 ? SEARCH_FACETS.map((facet) => [facet, {}]) : counts);
      this.list.replaceChildren(...items);
      this.shown = items.length;
      this.more.hidden = this.shown >= this.ranked.length;
      this.status.textContent = this.ranked.length > 0 ? fill(this.messages.count, { count: this.ranked.length }) : '';
      this.showMarksNote(state, found);
      this.noResults.hidden = this.ranked.length > 0;
    } catch (error) {
      console.error(error);
      if (generation === this.generation) this.status.textContent = this.messages.error;
    } finally {
      if (generation === this.generation) this.removeAttribute('aria-busy');
    }
    // The facets were reached for while this search ran without counts.
    if (generation === this.generation && this.countsWanted && !counted) void this.refreshCounts(generation);
  }

  /**
   * Says how a query typed with marks was matched: only with its marks (and how many more results the
   * same words find without them, as a link), or without them because nothing matched them.
   */
  private showMarksNote(state: SearchState, { matched, more, plan }: QueryResults) {
    const vars = { q: plan.marked ?? '', more, folded: plan.folded };
    if (matched === 'marked' && more > 0) {
      const link = document.createElement('a');
      link.href = `${location.pathname}${searchStateToQuery({ ...state, q: plan.folded })}`;
      link.textContent = fill(this.messages.markedLink, vars);
      this.marksNote.replaceChildren(`${fill(this.messages.marked, vars)} `, link);
    } else if (matched === 'marks-ignored' && this.ranked.length > 0) {
      this.marksNote.replaceChildren(fill(this.messages.marksIgnored, vars));
    } else {
      this.marksNote.replaceChildren();
    }
    this.marksNote.hidden = this.marksNote.childNodes.length === 0;
  }

  private clear() {
    this.ranked = [];
    this.found = undefined;
    this.marksNote.hidden = true;
    this.list.replaceChildren();
    this.status.textContent = '';
    this.noResults.hidden = true;
    this.more.hidden = true;
    this.showCounts([]);
  }

  private showCounts(counts: [SearchFacet, Record<string, number>][]) {
    const byFacet = new Map(counts);
    for (const slot of this.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [facet, ...rest] = (slot.dataset.countFor ?? '').split(':');
      const count = byFacet.get(facet as SearchFacet)?.[rest.join(':')];
      slot.textContent = byFacet.size > 0 ? `(${count ?? 0})` : '';
    }
  }

  private async loadItems(from: number): Promise<HTMLLIElement[]> {
    const page = this.ranked.slice(from, from + PAGE_SIZE);
    const data = await Promise.all(page.map((result) => result.data()));
    return data.map((result) => this.resultItem(result));
  }

  private async showMore() {
    const generation = this.generation;
    const items = await this.loadItems(this.shown);
    if (generation !== this.generation) return;
    this.list.append(...items);
    this.shown += items.length;
    this.more.hidden = this.shown >= this.ranked.length;
    // Keyboard users continue where the new results start.
    items[0]?.querySelector('a')?.focus();
  }

  private resultItem({ url, meta, filters }: SearchResultData): HTMLLIElement {
    const template = this.querySelector<HTMLTemplateElement>('[data-result-template]')!;
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const link = item.querySelector('a')!;
    link.href = url;
    link.textContent = meta.title;
    const titleLang = filters.titleLang?.[0];
    if (titleLang && titleLang !== this.locale) link.lang = titleLang;
    const image = item.querySelector('img')!;
    if (meta.image) image.src = meta.image;
    else image.remove();
    const badge = this.querySelector<HTMLTemplateElement>(`[data-stars-template="${filters.stars?.[0]}"]`);
    if (badge) item.querySelector('.badge-slot')!.replaceWith(badge.content.cloneNode(true));
    else item.querySelector('.badge-slot')!.remove();
    const line = item.querySelector('.result-meta')!;
    if (meta.producer) {
      const [before, after] = this.messages.producerOf.split('{name}');
      const name = document.createElement('span');
      const lang = viLang(this.locale);
      if (lang) name.lang = lang;
      name.textContent = meta.producer;
      line.append(before ?? '', name, after ?? '');
    } else {
      const kind = `kind.${filters.kind?.[0] ?? ''}`;
      line.textContent = isStringName(this.messages, kind) ? this.messages[kind] : '';
    }
    return item;
  }
}

customElements.define('search-page', SearchPage);
