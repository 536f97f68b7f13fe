import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { nginxConfForBuild } from '../../scripts/nginx-conf.ts';
import { contentDir } from '../../src/lib/env.ts';
import { pagePath } from '../../src/lib/routes.ts';
import { DIST, sitePages } from './dist.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { startHeadersServer } from './headers-server.ts';

// Its own port, beside the e2e server's: the site served with the headers of dist/_headers.
const PORT = Number(process.env.E2E_HEADERS_PORT ?? Number(process.env.E2E_PORT ?? 4399) + 1);
let server: Server;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });
test.beforeAll(async () => {
  server = await startHeadersServer(PORT);
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('pages are served with the security headers', async ({ request }) => {
  const response = await request.get(pagePath('home', 'vi'));
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['permissions-policy']).toBeTruthy();
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
});

test('deploy/nginx.conf.example is, byte for byte, what this build says to send', () => {
  const committed = readFileSync(new URL('../../deploy/nginx.conf.example', import.meta.url), 'utf8');
  expect(committed, 'regenerate it: npm run build && node scripts/nginx-conf.ts > deploy/nginx.conf.example').toBe(
    nginxConfForBuild(DIST, contentDir()),
  );
});

test('no page breaks its Content-Security-Policy, and no script fails', async ({ page }) => {
  const pages = sitePages();
  test.setTimeout(20_000 + pages.length * 4_000);
  // Collected in the page itself: Chromium reports a blocked inline script or style only there.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  const problems: string[] = [];
  let current = '';
  page.on('console', (message) => {
    // Requests for map tiles are refused offline by the fixture; that is not the policy's doing.
    if (message.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text())) {
      problems.push(`${current}: console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
  // The lookup runs its script and fetches its data, so the policy is tested on a working search too.
  const visits = [...pages, `${pagePath('verify', 'vi')}?q=2215%2FQĐ-UBND`];
  for (const path of visits) {
    current = path;
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForTimeout(150);
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    problems.push(...violations.map((violation) => `${path}: ${violation}`));
  }
  await expect(page.getByRole('region', { name: 'Kết quả tra cứu' })).toContainText('Còn hiệu lực');
  console.log(`CSP: ${visits.length} pages visited under dist/_headers, ${problems.length} problems`);
  expect(problems, problems.join('\n')).toEqual([]);
});

/** Injects an inline script into a page and expects the policy to block it, and Chromium to report it. */
async function expectInjectedScriptBlocked(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      document.documentElement.dataset.blocked = event.effectiveDirective;
    });
  });
  await page.goto(pagePath('home', 'en'));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.ran = "yes"';
    document.body.append(script);
  });
  await expect(page.locator('html')).toHaveAttribute('data-blocked', /script-src/);
  await expect(page.locator('html')).not.toHaveAttribute('data-ran', 'yes');
}

test('the policy really blocks: an injected inline script is reported', async ({ page }) => {
  await expectInjectedScriptBlocked(page);
});

test.describe('served by a host that sends no headers (GitHub Pages, S3)', () => {
  // The plain server of playwright.config.ts: only the page's own <meta http-equiv> policy applies.
  test.use({ baseURL: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4399)}` });
  test('the page’s own policy blocks an injected inline script', async ({ page, request }) => {
    expect((await request.get(pagePath('home', 'en'))).headers()['content-security-policy']).toBeUndefined();
    await expectInjectedScriptBlocked(page);
  });
});
