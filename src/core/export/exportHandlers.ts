import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import { readExportDocument } from './exportReview.js';
import { renderReviewHtml } from './renderReviewHtml.js';

type ExportMethods = 'reviews.renderHtml';

/** The export as the preview shows it: the same HTML the PDF is printed from, without page numbers. */
export function createExportHandlers(db: Db): Pick<ApiHandlers, ExportMethods> {
  return {
    'reviews.renderHtml': ({ reviewId, lang }) => ({ html: renderReviewHtml(readExportDocument(db, reviewId, { lang })) }),
  };
}
