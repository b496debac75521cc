import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../shared/domain.js';
import { desktopWords } from './desktopLanguage.js';

export interface MenuActions {
  /** Fichier › Importer… */
  importFiles(): void;
  /** Fichier › Sauvegarder l'archive… */
  backupArchive(): void;
  /** Aide › À propos de Revue */
  about(): void;
}

/** The application menu in the archive's language. Developer tools exist only in an unpackaged build. */
export function buildMenu(actions: MenuActions, lang: UiLanguage): Menu {
  const isMac = process.platform === 'darwin';
  const { menu } = desktopWords(lang);
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: menu.reload },
    ...(app.isPackaged ? [] : [{ role: 'toggleDevTools', label: menu.devTools } as const]),
    { type: 'separator' },
    { role: 'resetZoom', label: menu.resetZoom },
    { role: 'zoomIn', label: menu.zoomIn },
    { role: 'zoomOut', label: menu.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: menu.fullScreen },
  ];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu', label: 'Revue' } as const] : []),
    {
      label: menu.file,
      submenu: [
        { label: menu.import, accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
        { label: menu.backup, click: () => actions.backupArchive() },
        { type: 'separator' },
        isMac ? { role: 'close', label: menu.closeWindow } : { role: 'quit', label: menu.quit },
      ],
    },
    {
      label: menu.edit,
      submenu: [
        { role: 'undo', label: menu.undo },
        { role: 'redo', label: menu.redo },
        { type: 'separator' },
        { role: 'cut', label: menu.cut },
        { role: 'copy', label: menu.copy },
        { role: 'paste', label: menu.paste },
        { role: 'selectAll', label: menu.selectAll },
      ],
    },
    { label: menu.view, submenu: view },
    {
      label: menu.help,
      role: 'help',
      submenu: [{ label: menu.about, click: () => actions.about() }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
