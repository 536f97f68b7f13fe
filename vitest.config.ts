import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests spawn the content check or a build as a command; a loaded CI machine is slow to start Node.
    testTimeout: 60_000,
  },
});
