import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  /** Fichier › Importer… */
  importFiles(): void;
  /** Fichier › Sauvegarder l'archive… */
  backupArchive(): void;
  /** Aide › À propos de Revue */
  about(): void;
}

/** The French application menu. Developer tools exist only in an unpackaged build. */
export function buildMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Recharger' },
    ...(app.isPackaged ? [] : [{ role: 'toggleDevTools', label: 'Outils de développement' } as const]),
    { type: 'separator' },
    { role: 'resetZoom', label: 'Taille réelle' },
    { role: 'zoomIn', label: 'Zoom avant' },
    { role: 'zoomOut', label: 'Zoom arrière' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Plein écran' },
  ];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu', label: 'Revue' } as const] : []),
    {
      label: 'Fichier',
      submenu: [
        { label: 'Importer…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
        { label: "Sauvegarder l'archive…", click: () => actions.backupArchive() },
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Fermer la fenêtre' } : { role: 'quit', label: 'Quitter' },
      ],
    },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        { type: 'separator' },
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { role: 'selectAll', label: 'Tout sélectionner' },
      ],
    },
    { label: 'Affichage', submenu: view },
    {
      label: 'Aide',
      role: 'help',
      submenu: [{ label: 'À propos de Revue', click: () => actions.about() }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
