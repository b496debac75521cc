import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, type ElectronApplication } from '@playwright/test';

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

/** The Electron executable, or null: the tests skip themselves without it. */
export const executablePath = electronBinary();

export const NO_BINARY =
  'No Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD): install it with `node node_modules/electron/install.js` to run these tests.';

/** Starts the built app on the archive at `dbPath` (REVUE_DB). */
export async function launchApp(dbPath: string): Promise<ElectronApplication> {
  expect(existsSync(join(projectRoot, 'out/main/index.js')), 'run `npm run build` before the Electron tests').toBe(true);
  // better-sqlite3 built for Electron's ABI, kept apart from the Node build the unit tests use.
  const native = spawnSync(process.execPath, [join(projectRoot, 'scripts/ensureElectronNative.mjs')], { stdio: 'inherit' });
  expect(native.status, 'scripts/ensureElectronNative.mjs failed').toBe(0);
  return electron.launch({
    executablePath: executablePath ?? undefined,
    // Chromium's OS sandbox refuses to start as root (CI containers); sandbox: true in the page still holds.
    args: [projectRoot, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: projectRoot,
    env: { ...process.env, REVUE_DB: dbPath, ELECTRON_RENDERER_URL: '' },
  });
}
