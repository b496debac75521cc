import { dialog, type BrowserWindow } from 'electron';

/** Asks for HTML pages to import; an empty list when the user cancels. */
export async function chooseHtmlFiles(parent: BrowserWindow): Promise<string[]> {
  const result = await dialog.showOpenDialog(parent, {
    title: 'Importer des pages',
    buttonLabel: 'Importer',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Pages HTML', extensions: ['html', 'htm', 'xhtml', 'mht', 'mhtml'] },
      { name: 'Tous les fichiers', extensions: ['*'] },
    ],
  });
  return result.canceled ? [] : result.filePaths;
}

export interface SaveFilter {
  name: string;
  extensions: string[];
}

/** Asks where to save an export; null when the user cancels. */
export async function chooseSavePath(
  parent: BrowserWindow,
  options: { title: string; defaultPath: string; filters: SaveFilter[] },
): Promise<string | null> {
  const result = await dialog.showSaveDialog(parent, {
    title: options.title,
    defaultPath: options.defaultPath,
    filters: options.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}
