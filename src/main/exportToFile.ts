import { dirname, join } from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { ApiHandlers } from '../shared/contract.js';
import type { Db } from '../core/store/database.js';
import { exportFileName, exportReview, writeExport, type FileFormat } from '../core/export/exportReview.js';
import { exportMessageFile } from '../core/send/exportMessageFile.js';
import { requireReview } from '../core/reviews/findReviews.js';
import { readSettings, writeSettings } from '../core/store/settingsRepository.js';
import { chooseSavePath, type SaveFilter } from './dialogs.js';
import { ElectronPrinter } from './electronPrinter.js';

const FILTERS: Record<FileFormat, SaveFilter> = {
  docx: { name: 'Document Word', extensions: ['docx'] },
  pdf: { name: 'Document PDF', extensions: ['pdf'] },
  eml: { name: 'Message (brouillon)', extensions: ['eml'] },
  html: { name: 'Page web', extensions: ['html'] },
};

/**
 * The app's export: the save dialog (in the last folder used; the system asks before replacing
 * a file), an atomic write, then an offer to open the file or its folder.
 */
export function exportToFileHandler(db: Db, window: () => BrowserWindow | null): ApiHandlers['reviews.exportToFile'] {
  const printer = new ElectronPrinter();
  return async ({ reviewId, format, layout, lang, attach, includeComments }) => {
    const parent = window();
    if (!parent) return null;
    const review = requireReview(db, reviewId);
    const folder = readSettings(db).lastExportFolder || app.getPath('documents');
    const path = await chooseSavePath(parent, {
      title: lang === 'fr' ? 'Exporter la revue' : 'Export the review',
      defaultPath: join(folder, exportFileName(review.date, review.edition, format)),
      filters: [FILTERS[format]],
    });
    if (!path) return null;
    const bytes =
      format === 'eml' || format === 'html'
        ? await exportMessageFile(db, { reviewId, format, lang, layout, attach, includeComments }, printer)
        : await exportReview(db, reviewId, { format, lang, printer, ...(layout ? { layout } : {}) });
    writeExport(path, bytes);
    writeSettings(db, { lastExportFolder: dirname(path) });
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
    return { path };
  };
}
