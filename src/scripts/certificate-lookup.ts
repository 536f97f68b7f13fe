// The certificate lookup's custom element (/tra-cuu/, /en/verify/): reads ?q=, downloads only the
// shards the query needs, and says in words what each certificate found is worth today.
import { lookupShardPath } from '~/lib/routes.ts';
import { findInShards, shardsForQuery, statusOn, type LookupEntry } from '~/lib/lookup.ts';
import { todayInVietnam } from '~/lib/validity.ts';
import { fill } from '~/lib/fill.ts';
import { localeOf } from '~/lib/localize.ts';
import { readSlice, type LookupStrings } from '~/i18n/slices.ts';
import { certificateResult } from '~/scripts/certificate-result.ts';

/** One shard of the lookup's data; a shard that does not exist holds no entry (no word starts so). */
async function loadShard(path: string): Promise<LookupEntry[]> {
  const response = await fetch(path);
  if (response.status === 404) return [];
  if (!response.ok) throw new Error(`${response.status} for ${path}`);
  return (await response.json()) as LookupEntry[];
}

/** The certificates a query finds, from only the shards it needs, never the whole catalogue. */
async function lookUp(query: string, numberShards: number): Promise<LookupEntry[]> {
  const { number, name } = shardsForQuery(query, numberShards);
  const [numberShard, nameShard] = await Promise.all([
    number === undefined ? undefined : loadShard(lookupShardPath('number', number)),
    name === undefined ? undefined : loadShard(lookupShardPath('name', name)),
  ]);
  return findInShards({ number: numberShard, name: nameShard }, query);
}

class CertificateLookup extends HTMLElement {
  connectedCallback() {
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    this.querySelector<HTMLElement>('[data-without-script]')?.setAttribute('hidden', '');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (input) input.value = query;
    if (query) void this.show(query);
  }

  async show(query: string) {
    const { numberShards = '1' } = this.dataset;
    const locale = localeOf(this.dataset.locale);
    const s = readSlice<LookupStrings>(this.dataset.strings);
    const results = this.querySelector<HTMLElement>('[data-results]');
    const summary = this.querySelector<HTMLElement>('[data-summary]');
    const list = this.querySelector<HTMLElement>('[data-list]');
    const none = this.querySelector<HTMLElement>('[data-none]');
    if (!results || !summary || !list || !none) return;

    let found: LookupEntry[] | undefined;
    try {
      found = await lookUp(query, Number(numberShards));
    } catch {
      found = undefined;
    }
    const today = todayInVietnam();
    summary.textContent = found
      ? found.length > 0
        ? fill(s.count, { count: found.length, q: query })
        : fill(s.none, { q: query })
      : s.loadError;
    none.hidden = !found || found.length > 0;
    list.replaceChildren(
      ...(found ?? []).map((entry) => certificateResult(entry, statusOn(entry.status, today), locale, s)),
    );
    results.hidden = false;
    results.querySelector<HTMLElement>('h2')?.focus();
  }
}
customElements.define('certificate-lookup', CertificateLookup);
