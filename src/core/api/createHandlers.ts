import type { CoreHandlers } from '../../shared/contract.js';
import { createBackupHandlers } from '../backup/backupHandlers.js';
import { createExportHandlers } from '../export/exportHandlers.js';
import { createExportToPathHandler, createSaveDialogExportHandler, type SaveDialogHost } from '../export/exportToFile.js';
import { createImportHandlers } from '../import/importHandlers.js';
import { createInboxHandlers } from '../inbox/inboxHandlers.js';
import { createLibraryHandlers } from '../library/libraryHandlers.js';
import { createPublicationHandlers } from '../publications/publicationHandlers.js';
import { createRetentionHandlers } from '../retention/retentionHandlers.js';
import { createReviewHandlers } from '../reviews/reviewHandlers.js';
import { createSearchHandlers } from '../search/searchHandlers.js';
import { plainFileSecretStore, type SecretStore } from '../send/secretStore.js';
import { createSendHandlers } from '../send/sendHandlers.js';
import { createSettingsHandlers } from '../settings/settingsHandlers.js';
import { createSiteRuleHandlers } from '../siteRules/siteRuleHandlers.js';
import type { Db } from '../store/database.js';
import type { Printer } from '../export/pdfPrinter.js';
import { createTopicHandlers } from '../topics/topicHandlers.js';
import type { RefreshService } from '../sources/refreshService.js';
import { createSourceHandlers } from '../sources/sourceHandlers.js';
import type { OpenHandlers } from './dispatch.js';

export interface HandlerOptions {
  /** The archive's file (the daily backups go beside it, the SMTP password file too by default). */
  dbPath: string;
  /** The desktop app's save dialog and printer: with them, `reviews.exportToFile` exists. */
  saveDialog?: SaveDialogHost | undefined;
  /** Where the SMTP password is kept; by default a file beside the archive, unencrypted (the UI warns). */
  secrets?: SecretStore | undefined;
  /** REVUE_SMTP_URL, which the browser mode and the CLI pass on: it overrides the archive's SMTP settings. */
  smtpUrl?: string | undefined;
  /** Prints the PDFs attached to e-mails (the desktop app's own printer); the shared Chromium by default. */
  printer?: Printer | undefined;
}

/** Every handler of the contract over one open archive: the core as the shells see it. */
export function createHandlers(db: Db, options: HandlerOptions, refresh: RefreshService): OpenHandlers {
  const core: CoreHandlers = {
    ...createSettingsHandlers(db),
    ...createImportHandlers(db),
    ...createSourceHandlers(db, refresh),
    ...createSearchHandlers(db),
    ...createLibraryHandlers(db),
    ...createExportHandlers(db),
    'reviews.exportTo': createExportToPathHandler(db),
    ...createReviewHandlers(db),
    ...createSendHandlers(db, {
      secrets: options.secrets ?? plainFileSecretStore(`${options.dbPath}.smtp-password`),
      smtpUrl: options.smtpUrl,
      printer: options.printer,
    }),
    ...createTopicHandlers(db),
    ...createInboxHandlers(db),
    ...createRetentionHandlers(db),
    ...createPublicationHandlers(db),
    ...createSiteRuleHandlers(db),
    ...createBackupHandlers(db, options.dbPath),
  };
  if (!options.saveDialog) return core;
  return { ...core, 'reviews.exportToFile': createSaveDialogExportHandler(db, options.saveDialog) };
}
