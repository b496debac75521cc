import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ApiHandlers } from '../../shared/contract.js';
import type { UiLanguage } from '../../shared/domain.js';
import { notFound, RevueError } from '../../shared/errors.js';
import { reviewKey } from '../../shared/calendarDay.js';
import type { Db } from '../store/database.js';
import { findReviewId } from '../store/reviewRepository.js';
import { readSettings, writeSettings } from '../store/settingsRepository.js';
import { requireReview } from '../reviews/findReviews.js';
import { exportFileName, writeExport, type FileFormat } from './exportReview.js';
import type { Printer } from './pdfPrinter.js';
import { reviewFileBytes } from './reviewFile.js';

/** What the desktop app lends the core for `reviews.exportToFile`: its dialogs and its printer. */
export interface SaveDialogHost {
  /** Asks where to save (in `folder`, the last one used, when known); null when the user cancels. */
  chooseExportPath(request: { folder: string | null; fileName: string; format: FileFormat; lang: UiLanguage }): Promise<string | null>;
  /** Says the export is written and offers to open it. */
  exported(path: string, lang: UiLanguage): Promise<void>;
  /** Prints PDFs (Electron's own Chromium). */
  printer: Printer;
}

/**
 * The desktop app's export: its save dialog opens in the last folder used, the file is written
 * atomically, and that folder is remembered for the next time.
 */
export function createSaveDialogExportHandler(db: Db, host: SaveDialogHost): ApiHandlers['reviews.exportToFile'] {
  return async (request) => {
    const { reviewId, format, lang } = request;
    const review = requireReview(db, reviewId);
    const path = await host.chooseExportPath({
      folder: readSettings(db).lastExportFolder || null,
      fileName: exportFileName(review.date, review.edition, format),
      format,
      lang,
    });
    if (!path) return null;
    const bytes = await reviewFileBytes(db, request, host.printer);
    writeExport(path, bytes);
    writeSettings(db, { lastExportFolder: dirname(path) });
    await host.exported(path, lang);
    return { path };
  };
}

/** The review of a day and edition written to a file (the CLI's export); refuses to replace a file unless told to. */
export function createExportToPathHandler(db: Db): ApiHandlers['reviews.exportTo'] {
  return async ({ date, edition, path, overwrite, ...request }) => {
    const out = resolve(path);
    if (existsSync(out) && !overwrite) throw new RevueError('FILE_EXISTS', { file: out });
    const reviewId = findReviewId(db, date, edition);
    if (reviewId === null) throw notFound('review', reviewKey(date, edition));
    const bytes = await reviewFileBytes(db, { ...request, reviewId });
    writeExport(out, bytes);
    return { path: out, bytes: bytes.length };
  };
}
