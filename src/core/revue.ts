// The core's public entry for the shells (CLI, Electron main, browser-mode server): everything
// they may use of it is exported here, and eslint.layers.js holds them to it.
import { createCall, createDispatch, type AnyHandler, type Call, type Dispatch, type HandlerLookup } from './api/dispatch.js';
import { createHandlers, type HandlerOptions } from './api/createHandlers.js';
import type { OnDemandPart } from './api/onDemandHandlers.js';
import { readySearch } from './search/readySearch.js';
import { openDatabase } from './store/database.js';
import type { Extraction, SiteRule } from '../shared/domain.js';
import { toSerializedError } from '../shared/errors.js';
import type { MigrationProgress } from './store/migrations.js';

export type { Call, Dispatch } from './api/dispatch.js';
export type { SaveDialogHost } from './export/exportToFile.js';
export type { FileFormat } from './export/exportReview.js';
export type { PdfPrintOptions, Printer } from './export/pdfPrinter.js';
export type { SecretStore } from './send/secretStore.js';
export type { MigrationProgress, MigrationTask } from './store/migrations.js';
export { restoreArchive, type RestoreOutcome } from './backup/restoreArchive.js';
export { backupTiming } from './backup/dailyBackup.js';
export { IdleTrigger } from './backup/idleTrigger.js';
export { resolveDbPath } from './store/dbPath.js';
export { ArchiveOpening, type UpgradeRunner } from './update/archiveOpening.js';
export {
  errorOfReport,
  isUpgradeStep,
  readUpgradeReport,
  upgradeArchive,
  upgradeWithReports,
  type UpgradeReport,
  type UpgradeStep,
} from './update/upgradeArchive.js';

/** The clean article of one page (a file or a URL), or its error: never touches an archive; applies the site rules given (an archive's, read through the contract). */
export async function extractInput(input: string, originalUrl?: string, siteRules: readonly SiteRule[] = []): Promise<Extraction> {
  // Imported on use: the extraction libraries are most of what a command would otherwise load.
  const { extractInput: extract } = await import('./import/extractInput.js');
  return extract(input, originalUrl, siteRules);
}
export { packageRoot } from './packageRoot.js';

export interface RevueOptions extends Partial<Omit<HandlerOptions, 'dbPath'>> {
  dbPath: string;
  /** Path of a better_sqlite3.node built for another runtime (Electron's ABI). */
  nativeBinding?: string;
  /** Told how far a long update of an older archive has gone (see openDatabase). */
  onMigrationProgress?: MigrationProgress;
  /** The archive must exist already (read-only commands): DB_MISSING rather than a new file. */
  mustExist?: boolean;
  /** Refresh due sources on their schedule while the archive is open (the app, `revue serve`). */
  backgroundRefresh?: boolean;
}

/** An open archive, reached only through the contract. */
export interface Revue {
  /** The typed contract, for the shells in this process: the result has the method's output type; throws RevueError. */
  call: Call;
  /** The contract for a transport (IPC, HTTP): raw method and input, a Result back; local-file methods refused. */
  dispatch: Dispatch;
  /**
   * Loads now the handlers otherwise loaded on their first call (import, feeds, export, e-mail),
   * and runs a first search (see readySearch): a server does it before it listens, so that no
   * editor's first import or first keystrokes wait for it.
   */
  preload(): Promise<void>;
  /** Closes the archive, then stops the PDF printer if an export started one. */
  close(): Promise<void>;
}

/**
 * Opens (creating and migrating if needed) the archive and returns the contract over it. The
 * handlers that need heavy libraries are loaded on the first call of one of them (at once when
 * the background refresh is asked for): a `revue search` loads only what searching needs.
 */
export function openRevue({ nativeBinding, onMigrationProgress, mustExist, backgroundRefresh, ...options }: RevueOptions): Revue {
  const db = openDatabase(options.dbPath, {
    ...(nativeBinding ? { nativeBinding } : {}),
    ...(onMigrationProgress ? { onProgress: onMigrationProgress } : {}),
    ...(mustExist ? { mustExist: true } : {}),
  });
  const handlers = createHandlers(db, options);
  let onDemand: Promise<OnDemandPart> | null = null;
  const loadOnDemand = (): Promise<OnDemandPart> =>
    (onDemand ??= import('./api/onDemandHandlers.js').then(({ openOnDemandPart }) => openOnDemandPart(db, options, backgroundRefresh === true)));
  const lookup: HandlerLookup = (method) =>
    (handlers[method] as AnyHandler | undefined) ?? loadOnDemand().then((part) => part.handlers[method] as AnyHandler | undefined);
  if (backgroundRefresh) loadOnDemand().catch((error: unknown) => console.error('[revue] background refresh failed:', toSerializedError(error).message));
  return {
    call: createCall(lookup),
    dispatch: createDispatch(lookup),
    preload: async () => {
      await loadOnDemand();
      readySearch(db);
    },
    close: async () => {
      const part = onDemand ? await onDemand.catch(() => null) : null;
      part?.stop();
      if (db.open) db.close();
      await part?.closePrinter();
    },
  };
}
