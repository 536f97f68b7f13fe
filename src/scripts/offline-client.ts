// On every page (src/layouts/Base.astro): registers the service worker, says when the page is read
// without signal and when a new build's data has arrived, and hands the worker the page a visitor
// opened before the worker was in charge. Kept tiny: it is on every page (tests/budgets.ts).
import type { FromWorker, ToWorker } from '~/lib/offline.ts';
import type { Locale } from '~/schemas/enums.ts';

const root = document.documentElement;
const container = navigator.serviceWorker;

if (import.meta.env.PROD && container) {
  // OFFLINE_FILES.serviceWorker of src/lib/routes.ts, under the base, written out: importing the route
  // table would double this script's weight on every page (tests/e2e/offline.spec.ts checks the path).
  container.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
  for (const element of document.querySelectorAll<HTMLElement>('[data-sw-only]')) element.hidden = false;

  const banner = document.querySelector<HTMLElement>('[data-offline-banner]');
  const signal = () => banner && (banner.hidden = navigator.onLine);
  addEventListener('online', signal);
  addEventListener('offline', signal);
  signal();

  container.addEventListener('message', (event) => {
    const message = event.data as FromWorker;
    const notice = document.querySelector<HTMLElement>('[data-refreshed]');
    if (message.type !== 'updated' || message.build.id === root.dataset.build || !notice) return;
    const date = message.build.asOfText?.[root.lang as Locale] ?? message.build.asOf;
    notice.querySelector('[data-refreshed-text]')!.textContent = (notice.dataset.template ?? '').replace(
      '{date}',
      date,
    );
    notice.querySelector('[data-reload]')?.addEventListener('click', () => location.reload());
    notice.hidden = false;
  });

  // The first page of a first visit loads before the worker exists: once it is in charge, it keeps
  // this page (if it is one it keeps) and its pictures, as it would have had it been there.
  if (!container.controller) {
    container.addEventListener(
      'controllerchange',
      () => {
        const images = performance
          .getEntriesByType('resource')
          .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'img')
          .map((entry) => entry.name);
        const message: ToWorker = { type: 'visited', urls: [location.pathname, ...images] };
        container.controller?.postMessage(message);
      },
      { once: true },
    );
  }
}
