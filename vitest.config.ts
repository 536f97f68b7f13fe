import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The `~/…` alias of tsconfig.json, for tests that import components or pages.
  resolve: { alias: { '~/': fileURLToPath(new URL('./src/', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests spawn the content check or a build as a command; a loaded CI machine is slow to start Node.
    testTimeout: 60_000,
  },
});
