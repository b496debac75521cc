import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Invoke } from '../../src/shared/contract.js';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(join(projectRoot, 'package.json'));

/** The executable the electron package points to, or null when it was installed without it. */
function electronBinary(): string | null {
  try {
    // The package's main export is the executable's path; it throws when path.txt is absent.
    const path: unknown = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const executablePath = electronBinary();

/** What the preload exposes; the renderer's own declaration lives under the web tsconfig. */
declare global {
  interface Window {
    revue?: { invoke: Invoke };
  }
}

test.describe('the desktop app', () => {
  test.skip(
    executablePath === null,
    'No Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD): install it with `node node_modules/electron/install.js` to run these tests.',
  );

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    expect(existsSync(join(projectRoot, 'out/main/index.js')), 'run `npm run build` before the Electron tests').toBe(true);
    // better-sqlite3 built for Electron's ABI, kept apart from the Node build the unit tests use.
    const native = spawnSync(process.execPath, [join(projectRoot, 'scripts/ensureElectronNative.mjs')], { stdio: 'inherit' });
    expect(native.status, 'scripts/ensureElectronNative.mjs failed').toBe(0);

    dataDir = mkdtempSync(join(tmpdir(), 'revue-electron-'));
    app = await electron.launch({
      executablePath: executablePath ?? undefined,
      // Chromium's OS sandbox refuses to start as root (CI containers); sandbox: true in the page still holds.
      args: [projectRoot, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: projectRoot,
      env: { ...process.env, REVUE_DB: join(dataDir, 'revue.sqlite'), ELECTRON_RENDERER_URL: '' },
    });
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

  test('the page has no Node (context isolation, sandbox): only window.revue.invoke', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
      invoke: typeof window.revue?.invoke,
      revueKeys: Object.keys(window.revue ?? {}),
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', invoke: 'function', revueKeys: ['invoke'] });

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
