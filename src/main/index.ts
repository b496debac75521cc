import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { ArchiveOpening, backupTiming, IdleTrigger, openRevue, resolveDbPath, type Call, type Dispatch, type Revue } from '../core/revue.js';
import { formatErrorMessage, toSerializedError } from '../shared/errors.js';
import { desktopLanguage, desktopWords } from './desktopLanguage.js';
import { backupFromMenu } from './backupFromMenu.js';
import { createWindow } from './createWindow.js';
import { ElectronPrinter } from './electronPrinter.js';
import { safeStorageSecretStore } from './safeStorageSecrets.js';
import { importFromMenu } from './importFromMenu.js';
import { registerIpc } from './ipc.js';
import { saveDialogHost } from './saveDialogHost.js';
import { buildMenu } from './menu.js';
import { guardClose } from './closeGuard.js';
import { electronNativeBinding, rendererLocation } from './paths.js';
import { guardAllWebContents, hardenSession } from './security.js';
import { upgradeInUtilityProcess } from './upgradeInUtilityProcess.js';

// Before anything reads a path: userData becomes <appData>/Revue, shared with the CLI.
app.setName('Revue');
// Every renderer sandboxed, whatever a future BrowserWindow forgets to say.
app.enableSandbox();

/** The value of `--db <path>` or `--db=<path>` among the command-line arguments. */
function dbArgument(argv: readonly string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--db') return argv[index + 1];
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}

function archivePath(): string {
  const explicit = dbArgument(process.argv);
  if (explicit || process.env.REVUE_DB) return resolveDbPath(explicit);
  return join(app.getPath('userData'), 'revue.sqlite');
}

const ownWindows = new Set<number>();
let revue: Revue | null = null;

async function openMainWindow(): Promise<void> {
  const own = rendererLocation();
  const window = await createWindow(own);
  guardClose(window);
  const id = window.id;
  ownWindows.add(id);
  window.on('closed', () => ownWindows.delete(id));
}

function focusMainWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** The application menu in the archive's language. */
async function setMenu(call: Call): Promise<void> {
  const lang = await desktopLanguage(call);
  Menu.setApplicationMenu(
    buildMenu(
      {
        importFiles: () => {
          const [window] = BrowserWindow.getAllWindows();
          if (!window) return;
          importFromMenu(window, call).catch((error: unknown) => {
            const { code, params } = toSerializedError(error);
            dialog.showErrorBox(desktopWords(lang).importPages.failed, formatErrorMessage(code, params, lang));
          });
        },
        backupArchive: () => {
          const [window] = BrowserWindow.getAllWindows();
          if (window) void backupFromMenu(window, call);
        },
        about: () => {
          void dialog.showMessageBox({ type: 'info', message: `Revue ${app.getVersion()}`, detail: desktopWords(lang).about.detail });
        },
      },
      lang,
    ),
  );
}

/** The renderer's calls, the menu following when the settings (the language among them) change. */
function rebuildMenuOnSettings(opening: ArchiveOpening): Dispatch {
  return async (method, input) => {
    const result = await opening.dispatch(method, input);
    if (method === 'settings.update' && result.ok && opening.revue) await setMenu(opening.revue.call);
    return result;
  };
}

async function start(): Promise<void> {
  const own = rendererLocation();
  guardAllWebContents(own);
  await app.whenReady();
  hardenSession();
  const dbPath = archivePath();
  const nativeBinding = electronNativeBinding();
  const opening = new ArchiveOpening(dbPath, nativeBinding);
  // The day's backup waits for a pause in the editor's requests and copies on a worker thread:
  // a failure is logged, never a reason not to start.
  // The retention purge follows the backup, so what it deletes is still in the day's copy.
  const backup = new IdleTrigger(
    () =>
      void opening.revue
        ?.call('archive.dailyBackup', {})
        .then(() => opening.revue?.call('archive.purge', { dryRun: false }))
        .catch((error: unknown) => console.error('[revue] daily backup or purge failed:', toSerializedError(error).message)),
    backupTiming(),
  );
  registerIpc({ dispatch: rebuildMenuOnSettings(opening), status: () => opening.status }, own, ownWindows, () => backup.activity());
  // An older archive is updated in a utility process while the window shows how far it has gone
  // (the renderer's progress screen, as in the browser mode); an up-to-date one opens at once.
  if (opening.needsUpdate) await openMainWindow();
  let quitting = false;
  app.once('will-quit', () => {
    quitting = true;
    opening.stop();
  });
  try {
    const window = (): BrowserWindow | null => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;
    // One printer for the exports and the PDFs attached to e-mails: Electron's own Chromium.
    const printer = new ElectronPrinter();
    revue = await opening.open(
      () =>
        openRevue({
          dbPath,
          saveDialog: saveDialogHost(window, printer),
          printer,
          ...(nativeBinding ? { nativeBinding } : {}),
          secrets: safeStorageSecretStore(join(app.getPath('userData'), 'smtp-password.bin')),
          // Due sources refresh on their schedule while the app is open (one refresh per archive at a time).
          backgroundRefresh: true,
        }),
      upgradeInUtilityProcess({ dbPath, nativeBinding: nativeBinding ?? null }),
    );
  } catch (error) {
    // Quitting during the update stops it: nothing to report.
    if (quitting) return;
    // DB_NEWER_THAN_APP, an unreadable file, an addon built for the wrong ABI, a failed update: say it and stop.
    // The archive holds the language setting: without it, French.
    dialog.showErrorBox(desktopWords('fr').startup.cannotOpenArchive, toSerializedError(error).message);
    app.exit(1);
    return;
  }
  backup.start();
  app.once('will-quit', () => backup.stop());
  await setMenu(revue.call);
  if (!opening.needsUpdate) await openMainWindow();
  // What the first import and the first keystrokes would load and compile on their own (as `revue
  // serve` does before it listens); once the window has loaded, so that its first page is not delayed.
  revue.preload().catch((error: unknown) => console.error('[revue] preload failed:', toSerializedError(error).message));
}

if (!app.requestSingleInstanceLock()) {
  // Another Revue owns the archive: it gets focus (below), this one leaves.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (revue && BrowserWindow.getAllWindows().length === 0) {
      openMainWindow().catch((error: unknown) => console.error('[revue] could not open a window:', error));
    }
  });
  app.on('will-quit', () => {
    void revue?.close();
    revue = null;
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox(desktopWords('fr').startup.cannotStart, toSerializedError(error).message);
    app.exit(1);
  });
}
