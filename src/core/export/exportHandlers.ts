import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import { RevueError } from '../../shared/errors.js';
import { requireReview } from '../reviews/findReviews.js';
import { exportFileName, exportReview, readExportDocument } from './exportReview.js';
import { renderReviewHtml } from './renderReviewHtml.js';
import { exportMessageFile } from '../send/exportMessageFile.js';

type ExportMethods = 'reviews.renderHtml' | 'reviews.export' | 'reviews.exportToFile';

const MIME_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  eml: 'message/rfc822',
  html: 'text/html',
} as const;

/** The export as the preview shows it: the same HTML the PDF is printed from, without page numbers. */
export function createExportHandlers(db: Db): Pick<ApiHandlers, ExportMethods> {
  return {
    'reviews.renderHtml': ({ reviewId, lang }) => ({ html: renderReviewHtml(readExportDocument(db, reviewId, { lang })) }),
    'reviews.export': async ({ reviewId, format, layout, lang, attach, includeComments }) => {
      const review = requireReview(db, reviewId);
      const bytes =
        format === 'eml' || format === 'html'
          ? await exportMessageFile(db, { reviewId, format, lang, layout, attach, includeComments })
          : await exportReview(db, reviewId, { format, lang, ...(layout ? { layout } : {}) });
      return {
        fileName: exportFileName(review.date, review.edition, format),
        mimeType: MIME_TYPES[format],
        dataBase64: bytes.toString('base64'),
      };
    },
    // The desktop app replaces this handler with one that shows its save dialog.
    'reviews.exportToFile': () => {
      throw new RevueError('INVALID_INPUT', { detail: 'saving to a chosen file exists only in the desktop app' });
    },
  };
}
