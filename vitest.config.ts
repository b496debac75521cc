import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    globalSetup: ['tests/unit/buildCliOnce.ts'],
    // Two cores: keep one for the servers the tests start.
    maxWorkers: 2,
  },
});
