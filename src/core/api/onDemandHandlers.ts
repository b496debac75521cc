// The handlers that need heavy libraries — page extraction (linkedom, Readability, sanitize-html),
// feeds, DOCX/PDF export (docx, Playwright), e-mail (juice, nodemailer) — kept out of the module
// graph that opening an archive loads: openRevue imports this module on the first call of one of
// them, so that `revue search` starts in a fraction of the time (issue #17).
import { closeSharedPrinter } from '../export/exportReview.js';
import { createExportHandlers } from '../export/exportHandlers.js';
import { createExportToPathHandler, createSaveDialogExportHandler } from '../export/exportToFile.js';
import { createImportHandlers } from '../import/importHandlers.js';
import { plainFileSecretStore } from '../send/secretStore.js';
import { createSendHandlers } from '../send/sendHandlers.js';
import { createSiteRuleHandlers } from '../siteRules/siteRuleHandlers.js';
import { BackgroundRefresh } from '../sources/backgroundRefresh.js';
import { RefreshService } from '../sources/refreshService.js';
import { createSourceHandlers } from '../sources/sourceHandlers.js';
import type { Db } from '../store/database.js';
import { toSerializedError } from '../../shared/errors.js';
import type { HandlerOptions } from './createHandlers.js';
import type { OpenHandlers } from './dispatch.js';

/** The heavy part of the contract over one open archive (see createHandlers for the light part). */
export function createOnDemandHandlers(db: Db, options: HandlerOptions, refresh: RefreshService): OpenHandlers {
  return {
    ...createImportHandlers(db),
    ...createSourceHandlers(db, refresh),
    ...createExportHandlers(db),
    'reviews.exportTo': createExportToPathHandler(db),
    ...createSendHandlers(db, {
      secrets: options.secrets ?? plainFileSecretStore(`${options.dbPath}.smtp-password`),
      smtpUrl: options.smtpUrl,
      printer: options.printer,
    }),
    ...createSiteRuleHandlers(db),
    ...(options.saveDialog ? { 'reviews.exportToFile': createSaveDialogExportHandler(db, options.saveDialog) } : {}),
  };
}

export interface OnDemandPart {
  handlers: OpenHandlers;
  /** Stops the background refresh and the refresh service; the archive is still open. */
  stop(): void;
  /** Stops the PDF printer if an export started one (after the archive is closed). */
  closePrinter(): Promise<void>;
}

/** The heavy handlers, with the refresh service they share and, when asked, the background refresh. */
export function openOnDemandPart(db: Db, options: HandlerOptions, backgroundRefresh: boolean): OnDemandPart {
  const refresh = new RefreshService(db);
  const background = backgroundRefresh
    ? new BackgroundRefresh(db, refresh, (error) => console.error('[revue] background refresh failed:', toSerializedError(error).message))
    : null;
  background?.start();
  return {
    handlers: createOnDemandHandlers(db, options, refresh),
    stop: () => {
      background?.stop();
      refresh.close();
    },
    closePrinter: closeSharedPrinter,
  };
}
