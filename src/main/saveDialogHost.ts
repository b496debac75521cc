import { join } from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { FileFormat, Printer, SaveDialogHost } from '../core/revue.js';
import { chooseSavePath, type SaveFilter } from './dialogs.js';

const FILTERS: Record<FileFormat, SaveFilter> = {
  docx: { name: 'Document Word', extensions: ['docx'] },
  pdf: { name: 'Document PDF', extensions: ['pdf'] },
  eml: { name: 'Message (brouillon)', extensions: ['eml'] },
  html: { name: 'Page web', extensions: ['html'] },
};

/**
 * What the app lends the core for `reviews.exportToFile`: the save dialog (the system asks
 * before replacing a file), its printer, then an offer to open the file or its folder.
 */
export function saveDialogHost(window: () => BrowserWindow | null, printer: Printer): SaveDialogHost {
  return {
    printer,
    chooseExportPath: async ({ folder, fileName, format, lang }) => {
      const parent = window();
      if (!parent) return null;
      return chooseSavePath(parent, {
        title: lang === 'fr' ? 'Exporter la revue' : 'Export the review',
        defaultPath: join(folder ?? app.getPath('documents'), fileName),
        filters: [FILTERS[format]],
      });
    },
    exported: async (path, lang) => {
      const parent = window();
      if (!parent) return;
      const { response } = await dialog.showMessageBox(parent, {
        type: 'info',
        message: lang === 'fr' ? 'La revue est exportée.' : 'The review was exported.',
        detail: path,
        buttons: lang === 'fr' ? ['Ouvrir', 'Afficher dans le dossier', 'Fermer'] : ['Open', 'Show in folder', 'Close'],
        defaultId: 0,
        cancelId: 2,
      });
      if (response === 0) await shell.openPath(path);
      if (response === 1) shell.showItemInFolder(path);
    },
  };
}
