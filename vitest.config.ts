import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import { defineConfig, type UserWorkspaceConfig } from 'vitest/config';

const root = fileURLToPath(new URL('./', import.meta.url));
// Component tests render .astro files with the Astro Container API, which needs Astro's Vite plugins:
// they run as a project of their own, on Astro's Vite configuration without astro.config.ts (its
// integrations check and read a content folder; these tests render literal records).
const COMPONENT_TESTS = ['tests/unit/components.test.ts'];
const SLOW_START = 60_000;

export default defineConfig({
  // The `~/…` alias of tsconfig.json, for tests that import components or pages.
  resolve: { alias: { '~/': fileURLToPath(new URL('./src/', import.meta.url)) } },
  test: {
    environment: 'node',
    // Some tests spawn the content check or a build as a command; a loaded CI machine is slow to start Node.
    testTimeout: SLOW_START,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: COMPONENT_TESTS },
      },
      getViteConfig(
        { root, test: { name: 'components', include: COMPONENT_TESTS, environment: 'node', testTimeout: SLOW_START } },
        { configFile: false, root, logLevel: 'error' },
      ) as unknown as UserWorkspaceConfig,
    ],
  },
});
