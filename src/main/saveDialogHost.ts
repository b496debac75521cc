import { join } from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { FileFormat, Printer, SaveDialogHost } from '../core/revue.js';
import { desktopWords } from './desktopLanguage.js';
import { chooseSavePath } from './dialogs.js';

const EXTENSIONS: Record<FileFormat, string> = { docx: 'docx', pdf: 'pdf', eml: 'eml', html: 'html' };

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
      const words = desktopWords(lang).exportReview;
      return chooseSavePath(parent, {
        title: words.title,
        defaultPath: join(folder ?? app.getPath('documents'), fileName),
        filters: [{ name: words.filters[format], extensions: [EXTENSIONS[format]] }],
      });
    },
    exported: async (path, lang) => {
      const parent = window();
      if (!parent) return;
      const words = desktopWords(lang).exportReview;
      const { response } = await dialog.showMessageBox(parent, {
        type: 'info',
        message: words.done,
        detail: path,
        buttons: [words.open, words.showInFolder, words.close],
        defaultId: 0,
        cancelId: 2,
      });
      if (response === 0) await shell.openPath(path);
      if (response === 1) shell.showItemInFolder(path);
    },
  };
}
