import type { ParsedInput } from '../../shared/contract.js';
import { exportMessageFile } from '../send/exportMessageFile.js';
import type { Db } from '../store/database.js';
import { exportReview } from './exportReview.js';
import type { Printer } from './pdfPrinter.js';

export type ReviewFileRequest = Pick<ParsedInput<'reviews.export'>, 'reviewId' | 'format' | 'layout' | 'lang' | 'attach' | 'includeComments'>;

/**
 * A review as the bytes of any file it can be saved as: DOCX and PDF from the export, the e-mail
 * draft and the web page from the e-mail edition. PDFs by `printer`, or the shared Chromium.
 */
export async function reviewFileBytes(db: Db, { reviewId, format, layout, lang, attach, includeComments }: ReviewFileRequest, printer?: Printer): Promise<Buffer> {
  if (format === 'eml' || format === 'html') return exportMessageFile(db, { reviewId, format, lang, layout, attach, includeComments }, printer);
  return exportReview(db, reviewId, { format, lang, ...(layout ? { layout } : {}), ...(printer ? { printer } : {}) });
}
