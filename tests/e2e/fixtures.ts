import { test as base, expect } from '@playwright/test';
import { TEST_AS_OF } from './as-of.ts';

/**
 * Every test runs offline, as this machine and a tourist in the mountains do: requests that leave
 * the local server are refused (map tiles included), and the visitor's clock reads the build's
 * reference date so that the lapsed-certificate script sees what the build saw.
 */
export const test = base.extend({
  context: async ({ context, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    await context.route(
      (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
      (route) => route.abort('internetdisconnected'),
    );
    await use(context);
  },
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(new Date(`${TEST_AS_OF}T09:00:00+07:00`));
    await use(page);
  },
});

export { expect };
