// What the in-page filter forms share (the catalogue's CatalogueFilter, the producer directory's): the
// form starts from the URL, and after each change says how many items it shows and writes its state
// back into the URL, so that a filtered list can be shared.

/** Sets each of the form's selects to the URL's value for its name, when the select offers that value. */
export function selectFromUrl(form: HTMLFormElement): void {
  const query = new URLSearchParams(location.search);
  for (const select of form.querySelectorAll('select')) {
    const value = query.get(select.name);
    if ([...select.options].some((option) => option.value === value)) select.value = value ?? '';
  }
}

/**
 * Reports a filter's result: the status line (`template` with `{shown}` and `{total}`), the message
 * for nothing (`[data-none]`), and the URL's query (`query`, "" or "?…"), replaced in place.
 */
export function showFiltered(form: HTMLFormElement, template: string, shown: number, total: number, query: string) {
  const status = form.querySelector('[role="status"]');
  if (status) status.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(total));
  form.querySelector<HTMLElement>('[data-none]')?.toggleAttribute('hidden', shown > 0);
  history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
}
