import { dialog, type BrowserWindow } from 'electron';
import type { UiLanguage } from '../shared/domain.js';
import { desktopWords } from './desktopLanguage.js';

/** Asks for HTML pages to import; an empty list when the user cancels. */
export async function chooseHtmlFiles(parent: BrowserWindow, lang: UiLanguage): Promise<string[]> {
  const words = desktopWords(lang).importPages;
  const result = await dialog.showOpenDialog(parent, {
    title: words.title,
    buttonLabel: words.button,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: words.htmlPages, extensions: ['html', 'htm', 'xhtml', 'mht', 'mhtml'] },
      { name: words.allFiles, extensions: ['*'] },
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
