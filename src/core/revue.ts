// The core's public entry for the shells (CLI, Electron main, browser-mode server): everything
// they may use of it is exported here, and eslint.layers.js holds them to it.
import { closeSharedPrinter } from './export/exportReview.js';
import { createCall, createDispatch, type Call, type Dispatch } from './api/dispatch.js';
import { createHandlers } from './api/createHandlers.js';
import type { SaveDialogHost } from './export/exportToFile.js';
import { openDatabase } from './store/database.js';

export type { Call, Dispatch } from './api/dispatch.js';
export type { SaveDialogHost } from './export/exportToFile.js';
export type { ExportFormat } from './export/exportReview.js';
export type { PdfPrintOptions, Printer } from './export/pdfPrinter.js';
export { restoreArchive, type RestoreOutcome } from './backup/restoreArchive.js';
export { resolveDbPath } from './store/dbPath.js';
export { extractInput } from './import/extractInput.js';

export interface RevueOptions {
  dbPath: string;
  /** Path of a better_sqlite3.node built for another runtime (Electron's ABI). */
  nativeBinding?: string;
  /** The desktop app's save dialog and printer: `reviews.exportToFile` exists only with them. */
  saveDialog?: SaveDialogHost;
}

/** An open archive, reached only through the contract. */
export interface Revue {
  /** The typed contract, for the shells in this process: the result has the method's output type; throws RevueError. */
  call: Call;
  /** The contract for a transport (IPC, HTTP): raw method and input, a Result back; local-file methods refused. */
  dispatch: Dispatch;
  /** Closes the archive, then stops the PDF printer if an export started one. */
  close(): Promise<void>;
}

/** Opens (creating and migrating if needed) the archive and returns the contract over it. */
export function openRevue(options: RevueOptions): Revue {
  const db = openDatabase(options.dbPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const handlers = createHandlers(db, { dbPath: options.dbPath, ...(options.saveDialog ? { saveDialog: options.saveDialog } : {}) });
  return {
    call: createCall(handlers),
    dispatch: createDispatch(handlers),
    close: async () => {
      if (db.open) db.close();
      await closeSharedPrinter();
    },
  };
}
