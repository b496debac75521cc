import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/chromium';

// End-to-end tests drive the browser mode in the machine's own Chromium: Playwright downloads
// no browser, and the flags keep Chromium from reaching outside.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  workers: 1,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    locale: 'fr-FR',
    trace: 'off',
  },
});
