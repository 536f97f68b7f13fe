import type { Server } from 'node:http';
import { pagePath } from '../../src/lib/routes.ts';
import { sitePages } from './dist.ts';
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

test('the policy really blocks: an injected inline script is reported', async ({ page }) => {
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
});
