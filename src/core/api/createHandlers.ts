import { createBackupHandlers } from '../backup/backupHandlers.js';
import { createInboxHandlers } from '../inbox/inboxHandlers.js';
import { createLibraryHandlers } from '../library/libraryHandlers.js';
import { createPublicationHandlers } from '../publications/publicationHandlers.js';
import { createRetentionHandlers } from '../retention/retentionHandlers.js';
import { createReviewHandlers } from '../reviews/reviewHandlers.js';
import { createSearchHandlers } from '../search/searchHandlers.js';
import { createSettingsHandlers } from '../settings/settingsHandlers.js';
import type { Db } from '../store/database.js';
import type { SaveDialogHost } from '../export/exportToFile.js';
import type { Printer } from '../export/pdfPrinter.js';
import type { SecretStore } from '../send/secretStore.js';
import { createTopicHandlers } from '../topics/topicHandlers.js';
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

/**
 * The light part of the contract over one open archive (search, library, reviews, settings,
 * topics, backups…): what opening an archive loads. The handlers that need heavy libraries are in
 * onDemandHandlers.ts, which openRevue imports on the first call of one of them.
 */
export function createHandlers(db: Db, options: HandlerOptions): OpenHandlers {
  return {
    ...createSettingsHandlers(db),
    ...createSearchHandlers(db),
    ...createLibraryHandlers(db),
    ...createReviewHandlers(db),
    ...createTopicHandlers(db),
    ...createInboxHandlers(db),
    ...createRetentionHandlers(db),
    ...createPublicationHandlers(db),
    ...createBackupHandlers(db, options.dbPath),
  };
}
