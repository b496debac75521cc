import { defineConfig } from '@playwright/test';

/**
 * The desktop app under Playwright's Electron driver. Needs `electron-vite build` first and a
 * real Electron binary; the test skips itself when the binary is absent.
 */
export default defineConfig({
  testDir: './tests/electron',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  reporter: process.env.CI ? 'line' : 'list',
  use: { trace: 'retain-on-failure' },
});
