import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Call } from '../core/revue.js';
import { toSerializedError } from '../shared/errors.js';
import { localIsoDay } from '../shared/localDay.js';
import { chooseSavePath } from './dialogs.js';

/**
 * Fichier › Sauvegarder l'archive…: the save dialog, then SQLite's online backup of the open
 * archive (the app keeps working meanwhile), then a word to say where it went.
 */
export async function backupFromMenu(parent: BrowserWindow, call: Call): Promise<void> {
  const path = await chooseSavePath(parent, {
    title: "Sauvegarder l'archive",
    defaultPath: join(app.getPath('documents'), `revue-sauvegarde-${localIsoDay()}.sqlite`),
    filters: [{ name: 'Archive Revue', extensions: ['sqlite'] }],
  });
  if (!path) return;
  try {
    // The save dialog has asked before replacing a file.
    await call('archive.backup', { path, overwrite: true });
    await dialog.showMessageBox(parent, { type: 'info', message: "L'archive est sauvegardée.", detail: path });
  } catch (error) {
    await dialog.showMessageBox(parent, { type: 'error', message: 'La sauvegarde a échoué.', detail: toSerializedError(error).message });
  }
}
