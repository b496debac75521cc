import { BrowserWindow } from 'electron';
import { appIconPath, PRELOAD_PATH, RENDERER_INDEX } from './paths.js';
import type { RendererLocation } from './trust.js';

/**
 * Opens the main window, locked down per the Electron security checklist: isolated, sandboxed,
 * no Node in the page, web security on, no <webview>, no middle-click (Auxclick) navigation.
 * Shown once painted, to avoid a white flash. (There is no `enableRemoteModule` to turn off: the
 * remote module left Electron in version 14, and the typings refuse the option.)
 */
export async function createWindow(own: RendererLocation): Promise<BrowserWindow> {
  const window = new BrowserWindow({
    title: 'Revue',
    icon: appIconPath(),
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    show: false,
    webPreferences: {
      preload: PRELOAD_PATH, // eng-disable PRELOAD_JS_CHECK: reviewed, it exposes invoke(), archiveStatus() and onCloseRequest() alone (src/preload/index.ts)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  if (own.kind === 'dev') await window.loadURL(own.origin);
  else await window.loadFile(RENDERER_INDEX);
  return window;
}
