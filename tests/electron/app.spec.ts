import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Invoke } from '../../src/shared/contract.js';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { executablePath, launchApp, NO_BINARY } from './launchApp.js';

/** What the preload exposes; the renderer's own declaration lives under the web tsconfig. */
declare global {
  interface Window {
    revue?: { invoke: Invoke };
  }
}

test.describe('the desktop app', () => {
  test.skip(executablePath === null, NO_BINARY);

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'revue-electron-'));
    app = await launchApp(join(dataDir, 'revue.sqlite'));
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens one window titled Revue showing the first screen', async () => {
    await expect(page).toHaveTitle(/Revue/);
    await expect(page.locator('#app')).not.toBeEmpty();
    expect(app.windows()).toHaveLength(1);
  });

  test('the page has no Node (context isolation, sandbox): only what the preload exposes', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
      invoke: typeof window.revue?.invoke,
      revueKeys: Object.keys(window.revue ?? {}),
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', invoke: 'function', revueKeys: ['invoke', 'archiveStatus', 'onCloseRequest'] });
  });

  test('answers the API over IPC from the archive given by REVUE_DB', async () => {
    const settings = await page.evaluate(() => window.revue!.invoke('settings.get', {}));
    expect(settings).toMatchObject({ ok: true, value: { uiLanguage: 'fr' } });
    expect(existsSync(join(dataDir, 'revue.sqlite'))).toBe(true);
    const refused = await page.evaluate(() => window.revue!.invoke('no.such.method' as 'settings.get', {}));
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  test('refuses to open other windows from the page', async () => {
    await page.evaluate(() => window.open('https://example.com/', '_blank'));
    expect(app.windows()).toHaveLength(1);
  });
});
