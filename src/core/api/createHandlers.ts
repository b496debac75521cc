import type { CoreHandlers } from '../../shared/contract.js';
import { createBackupHandlers } from '../backup/backupHandlers.js';
import { createExportHandlers } from '../export/exportHandlers.js';
import { createExportToPathHandler, createSaveDialogExportHandler, type SaveDialogHost } from '../export/exportToFile.js';
import { createImportHandlers } from '../import/importHandlers.js';
import { createLibraryHandlers } from '../library/libraryHandlers.js';
import { createReviewHandlers } from '../reviews/reviewHandlers.js';
import { createSearchHandlers } from '../search/searchHandlers.js';
import { createSettingsHandlers } from '../settings/settingsHandlers.js';
import type { Db } from '../store/database.js';
import type { OpenHandlers } from './dispatch.js';

export interface HandlerOptions {
  /** The archive's file (the daily backups go beside it). */
  dbPath: string;
  /** The desktop app's dialogs and printer: with them, `reviews.exportToFile` exists. */
  saveDialog?: SaveDialogHost;
}

/** Every handler of the contract over one open archive: the core as the shells see it. */
export function createHandlers(db: Db, options: HandlerOptions): OpenHandlers {
  const core: CoreHandlers = {
    ...createSettingsHandlers(db),
    ...createImportHandlers(db),
    ...createSearchHandlers(db),
    ...createLibraryHandlers(db),
    ...createExportHandlers(db),
    'reviews.exportTo': createExportToPathHandler(db),
    ...createReviewHandlers(db),
    ...createBackupHandlers(db, options.dbPath),
  };
  if (!options.saveDialog) return core;
  return { ...core, 'reviews.exportToFile': createSaveDialogExportHandler(db, options.saveDialog) };
}
