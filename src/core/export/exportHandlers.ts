import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import { requireReview } from '../reviews/findReviews.js';
import { exportFileName, readExportDocument } from './exportReview.js';
import { embeddedFontFaces } from './fonts.js';
import { renderReviewHtml } from './renderReviewHtml.js';
import { reviewFileBytes } from './reviewFile.js';

type ExportMethods = 'reviews.renderHtml' | 'reviews.fontFaces' | 'reviews.export';

const MIME_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  eml: 'message/rfc822',
  html: 'text/html',
} as const;

/** The export as the preview shows it: the same HTML the PDF is printed from, without page numbers. */
export function createExportHandlers(db: Db): Pick<ApiHandlers, ExportMethods> {
  return {
    'reviews.renderHtml': ({ reviewId, lang, embedFonts }) => ({ html: renderReviewHtml(readExportDocument(db, reviewId, { lang }), { embedFonts }) }),
    'reviews.fontFaces': () => ({ css: embeddedFontFaces() }),
    'reviews.export': async (request) => {
      const review = requireReview(db, request.reviewId);
      const format = request.format;
      const bytes = await reviewFileBytes(db, request);
      return {
        fileName: exportFileName(review.date, review.edition, format),
        mimeType: MIME_TYPES[format],
        dataBase64: bytes.toString('base64'),
      };
    },
  };
}
