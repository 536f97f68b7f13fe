import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { TEST_AS_OF } from './tests/e2e/as-of.ts';

const PORT = Number(process.env.E2E_PORT ?? 4399);
// The sub-path smoke suite needs a second build of the site (tests/e2e/subpath/serve.ts). A run that
// names spec files, none of them that suite, leaves it out; every other run, `npm test` too, builds it.
const namedSpecs = process.argv.filter((arg) => /\.spec\.ts$|^tests\//.test(arg));
const subpathSuite = namedSpecs.length === 0 || namedSpecs.some((arg) => arg.includes('subpath'));
// Machines without internet cannot download Playwright's browser; Debian's Chromium does the job.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(systemChromium && { executablePath: systemChromium }),
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      // The site is built once for the whole run, with a fixed reference date, and served as plain
      // files, as a static host would (astro preview allows one server per project): an unknown
      // address gets the nearest 404.html with status 404, and files that tests add after the build
      // (npm run sheets writes PDFs) are served too (scripts/serve-static.ts).
      command: `npm run build && node scripts/serve-static.ts dist --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      env: { OCOP_AS_OF: TEST_AS_OF },
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    // Then (Playwright starts its servers one after the other) the same site as a GitHub Pages
    // project site, under /ocop-tam-duong/ only, on PORT + 2: tests/e2e/subpath.spec.ts.
    ...(subpathSuite
      ? [
          {
            command: 'node tests/e2e/subpath/serve.ts',
            url: `http://127.0.0.1:${PORT + 2}/ocop-tam-duong/`,
            env: { E2E_PORT: String(PORT) },
            timeout: 600_000,
            reuseExistingServer: false,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
});
