import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import { requireReview } from '../reviews/findReviews.js';
import { exportFileName, exportReview, readExportDocument } from './exportReview.js';
import { renderReviewHtml } from './renderReviewHtml.js';

type ExportMethods = 'reviews.renderHtml' | 'reviews.export';

const MIME_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** The export as the preview shows it: the same HTML the PDF is printed from, without page numbers. */
export function createExportHandlers(db: Db): Pick<ApiHandlers, ExportMethods> {
  return {
    'reviews.renderHtml': ({ reviewId, lang }) => ({ html: renderReviewHtml(readExportDocument(db, reviewId, { lang })) }),
    'reviews.export': async ({ reviewId, format, layout, lang }) => {
      const review = requireReview(db, reviewId);
      const bytes = await exportReview(db, reviewId, { format, lang, ...(layout ? { layout } : {}) });
      return {
        fileName: exportFileName(review.date, review.edition, format),
        mimeType: MIME_TYPES[format],
        dataBase64: bytes.toString('base64'),
      };
    },
  };
}
