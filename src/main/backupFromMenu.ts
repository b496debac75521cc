import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Call } from '../core/revue.js';
import { formatErrorMessage, toSerializedError } from '../shared/errors.js';
import { fill } from '../shared/i18n/messages.js';
import { desktopLanguage, desktopWords } from './desktopLanguage.js';
import { localIsoDay } from '../shared/localDay.js';
import { chooseSavePath } from './dialogs.js';

/**
 * Fichier › Sauvegarder l'archive…: the save dialog, then SQLite's online backup of the open
 * archive (the app keeps working meanwhile), then a word to say where it went.
 */
export async function backupFromMenu(parent: BrowserWindow, call: Call): Promise<void> {
  const lang = await desktopLanguage(call);
  const words = desktopWords(lang).backup;
  const path = await chooseSavePath(parent, {
    title: words.title,
    defaultPath: join(app.getPath('documents'), fill(words.fileName, { date: localIsoDay() })),
    filters: [{ name: words.filter, extensions: ['sqlite'] }],
  });
  if (!path) return;
  try {
    // The save dialog has asked before replacing a file.
    await call('archive.backup', { path, overwrite: true });
    await dialog.showMessageBox(parent, { type: 'info', message: words.done, detail: path });
  } catch (error) {
    const { code, params } = toSerializedError(error);
    await dialog.showMessageBox(parent, { type: 'error', message: words.failed, detail: formatErrorMessage(code, params, lang) });
  }
}
