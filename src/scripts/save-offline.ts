// "Save for offline" (src/components/offline/SaveOffline.astro): asks the service worker to store a
// place's pages, and shows how far it got and how much it stored.
import { formatBytes } from '~/lib/format.ts';
import type { MapPointDetails } from '~/lib/map-details.ts';
import type { FromWorker, ToWorker } from '~/lib/offline.ts';
import type { Locale } from '~/schemas/enums.ts';

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in vars ? String(vars[name]) : placeholder));

class SaveOffline extends HTMLElement {
  connectedCallback() {
    const container = navigator.serviceWorker;
    if (!import.meta.env.PROD || !container) return;
    // Shown once a worker is in charge of this page, so that a tap can be kept.
    void container.ready.then(() => {
      this.hidden = false;
    });
    this.querySelector('button')?.addEventListener('click', () => void this.save());
  }

  /** The place's pages in this page's language: its own, its products', their producers', and its details. */
  private async urls(locale: Locale): Promise<string[]> {
    const { details = '', pages = '' } = this.dataset;
    const response = await fetch(details);
    if (!response.ok) throw new Error(`${response.status} for ${details}`);
    const point = (await response.json()) as MapPointDetails;
    return [
      ...pages.split(' ').filter(Boolean),
      ...(point.url ? [point.url[locale]] : []),
      ...point.products.map((product) => product.url[locale]),
      ...point.producers.map((producer) => producer[locale]),
      details,
    ];
  }

  private async save() {
    const button = this.querySelector<HTMLButtonElement>('button')!;
    if (button.getAttribute('aria-disabled') === 'true') return;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const progress = this.querySelector<HTMLProgressElement>('[data-progress]')!;
    const progressText = this.querySelector<HTMLElement>('[data-progress-text]')!;
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<'saving' | 'saved' | 'failed', string>;
    const locale = (this.dataset.locale ?? 'vi') as Locale;
    const size = (bytes: number) => formatBytes(bytes, locale);
    button.setAttribute('aria-disabled', 'true');
    progress.hidden = false;
    progress.removeAttribute('value');
    status.textContent = '';
    try {
      const urls = await this.urls(locale);
      const worker = (await navigator.serviceWorker.ready).active;
      if (!worker) throw new Error('no service worker');
      const channel = new MessageChannel();
      const finished = new Promise<void>((resolve, reject) => {
        channel.port1.onmessage = (event: MessageEvent<FromWorker>) => {
          const message = event.data;
          if (message.type === 'progress') {
            progress.max = message.total;
            progress.value = message.done;
            progressText.textContent = fill(strings.saving, {
              done: message.done,
              total: message.total,
              size: size(message.bytes),
            });
          } else if (message.type === 'saved') {
            status.textContent = fill(strings.saved, { count: message.place.pages, size: size(message.place.bytes) });
            resolve();
          } else if (message.type === 'failed') reject(new Error(message.message));
        };
      });
      const { id = '', name = '', href = '' } = this.dataset;
      const message: ToWorker = { type: 'save', place: { id, title: name, href, locale }, urls };
      worker.postMessage(message, [channel.port2]);
      await finished;
      this.querySelector<HTMLElement>('[data-saved-link]')!.hidden = false;
    } catch {
      status.textContent = strings.failed;
    } finally {
      progress.hidden = true;
      progressText.textContent = '';
      button.removeAttribute('aria-disabled');
    }
  }
}

customElements.define('save-offline', SaveOffline);
