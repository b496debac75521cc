import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app } from 'electron';
import { devServerOrigin, type RendererLocation } from './trust.js';

// This module is bundled into out/main/index.js: paths are relative to that file.

/** The sandboxed preload, built as CommonJS (a sandboxed preload cannot be an ES module). */
export const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

/** The entry of the utility process that updates an older archive (upgradeProcess.ts, its own bundle entry). */
export const UPGRADE_ENTRY = fileURLToPath(new URL('./upgrade.js', import.meta.url));

/** The built renderer's entry page. */
export const RENDERER_INDEX = fileURLToPath(new URL('../renderer/index.html', import.meta.url));

/**
 * The window's icon (Linux and Windows; macOS takes the bundle's): resources/ ships inside the app
 * (electron-builder.yml `files`), so the same path holds from the source tree and once packaged.
 */
export function appIconPath(): string {
  return join(app.getAppPath(), 'resources', 'icon.png');
}

/**
 * What the window loads and what the IPC guard trusts: the dev server (electron-vite dev sets
 * ELECTRON_RENDERER_URL) only in an unpackaged app, the built file otherwise.
 */
export function rendererLocation(): RendererLocation {
  const origin = app.isPackaged ? null : devServerOrigin(process.env.ELECTRON_RENDERER_URL);
  if (origin) return { kind: 'dev', origin };
  return { kind: 'file', url: pathToFileURL(RENDERER_INDEX).href };
}

/**
 * The better-sqlite3 addon built for Electron's ABI by scripts/ensureElectronNative.mjs, when
 * running from the source tree; node_modules keeps the Node build for the tests. A packaged app
 * has none: electron-builder rebuilt node_modules for Electron, so the default loader is right.
 */
export function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = join(app.getAppPath(), '.native', `electron-${process.versions.electron}`, 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
