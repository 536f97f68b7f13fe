// "Save for offline" (`<save-offline>`, attributes from saveOfflineAttributes in src/lib/offline.ts):
// builds its button once a service worker is in charge, asks the worker to store a place's pages, and
// shows how far it got and how much it stored.
import { formatBytes } from '~/lib/format.ts';
import { fill } from '~/lib/fill.ts';
import type { MapPointDetails } from '~/lib/map-details.ts';
import type { FromWorker, SaveStrings, ToWorker } from '~/lib/offline.ts';
import type { Locale } from '~/schemas/enums.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, text = '') {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.textContent = text;
  return node;
}

let count = 0;

class SaveOffline extends HTMLElement {
  private strings!: SaveStrings;
  private locale: Locale = 'vi';

  connectedCallback() {
    const container = navigator.serviceWorker;
    if (!import.meta.env.PROD || !container || this.childElementCount > 0) return;
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as SaveStrings;
    this.locale = (this.dataset.locale ?? 'vi') as Locale;
    const { save, hint, savedLink } = this.strings;
    const hintId = `save-offline-hint-${(count += 1)}`;
    // The visible words start the accessible name (WCAG 2.5.3); the place's name tells buttons apart.
    const button = element(
      'button',
      {
        type: 'button',
        class: 'save-button button-outline',
        'aria-label': `${save}: ${this.dataset.name}`,
        'aria-describedby': hintId,
      },
      save,
    );
    button.addEventListener('click', () => void this.save());
    this.append(
      button,
      element('span', { id: hintId, class: 'visually-hidden' }, hint),
      element('progress', { hidden: '' }),
      // Progress is shown, not announced; the outcome is announced.
      element('span', { class: 'status', 'data-progress-text': '' }),
      element('span', { class: 'status', role: 'status', 'data-status': '' }),
      element('a', { href: this.dataset.savedHref ?? '', hidden: '', 'data-saved-link': '' }, savedLink),
    );
    // Shown once a worker is in charge of this page, so that a tap can be kept.
    void container.ready.then(() => {
      this.hidden = false;
    });
  }

  /** The place's pages in this page's language: its own, its products', their producers', and its details. */
  private async urls(): Promise<string[]> {
    const { details = '', pages = '' } = this.dataset;
    const response = await fetch(details);
    if (!response.ok) throw new Error(`${response.status} for ${details}`);
    const point = (await response.json()) as MapPointDetails;
    return [
      ...pages.split(' ').filter(Boolean),
      ...(point.url ? [point.url[this.locale]] : []),
      ...point.products.map((product) => product.url[this.locale]),
      ...point.producers.map((producer) => producer[this.locale]),
      details,
    ];
  }

  private async save() {
    const button = this.querySelector('button')!;
    if (button.getAttribute('aria-disabled') === 'true') return;
    const status = this.querySelector('[data-status]')!;
    const progress = this.querySelector('progress')!;
    const progressText = this.querySelector('[data-progress-text]')!;
    const size = (bytes: number) => formatBytes(bytes, this.locale);
    const { saving, saved, failed } = this.strings;
    button.setAttribute('aria-disabled', 'true');
    progress.hidden = false;
    progress.removeAttribute('value');
    status.textContent = '';
    try {
      const urls = await this.urls();
      const worker = (await navigator.serviceWorker.ready).active;
      if (!worker) throw new Error('no service worker');
      const channel = new MessageChannel();
      const finished = new Promise<void>((resolve, reject) => {
        channel.port1.onmessage = (event: MessageEvent<FromWorker>) => {
          const message = event.data;
          if (message.type === 'progress') {
            progress.max = message.total;
            progress.value = message.done;
            progressText.textContent = fill(saving, {
              done: message.done,
              total: message.total,
              size: size(message.bytes),
            });
          } else if (message.type === 'saved') {
            status.textContent = fill(saved, { count: message.place.pages, size: size(message.place.bytes) });
            resolve();
          } else if (message.type === 'failed') reject(new Error(message.message));
        };
      });
      const { id = '', name = '', nameLang, href = '' } = this.dataset;
      const lang = (nameLang ?? this.locale) as Locale;
      const message: ToWorker = { type: 'save', place: { id, title: name, lang, href, locale: this.locale }, urls };
      worker.postMessage(message, [channel.port2]);
      await finished;
      this.querySelector<HTMLElement>('[data-saved-link]')!.hidden = false;
    } catch {
      status.textContent = failed;
    } finally {
      progress.hidden = true;
      progressText.textContent = '';
      button.removeAttribute('aria-disabled');
    }
  }
}

if (!customElements.get('save-offline')) customElements.define('save-offline', SaveOffline);
