import type { AttachFormat, ReviewLayout, UiLanguage } from '../../shared/domain.js';
import type { ExportDocument } from '../export/exportModel.js';
import { exportFileName, readExportDocument, renderDocument } from '../export/exportReview.js';
import type { Printer } from '../export/pdfPrinter.js';
import type { Db } from '../store/database.js';
import { readReview } from '../store/reviewRepository.js';
import { notFound } from '../../shared/errors.js';
import { composeMessage, type MessageAttachment, type MessageOptions } from './composeMessage.js';
import { buildEmailEdition, withoutComments, type EmailEdition } from './emailEdition.js';

export interface EditionRequest {
  lang: UiLanguage;
  includeComments: boolean;
  attach: readonly AttachFormat[];
  layout?: ReviewLayout;
  /** Prints the attached PDF; the shared Chromium by default. */
  printer?: Printer | undefined;
}

const CONTENT_TYPES: Record<AttachFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The review laid out for a message: comments removed unless the editor asked for them. */
export function readMessageDocument(db: Db, reviewId: number, request: Pick<EditionRequest, 'lang' | 'includeComments' | 'layout'>): ExportDocument {
  const doc = readExportDocument(db, reviewId, { lang: request.lang, ...(request.layout ? { layout: request.layout } : {}) });
  return request.includeComments ? doc : withoutComments(doc);
}

/** The review's documents to attach, in the order asked (PDF first when both), made from the same document as the e-mail. */
async function attachments(db: Db, reviewId: number, doc: ExportDocument, request: EditionRequest): Promise<MessageAttachment[]> {
  const review = readReview(db, reviewId);
  if (!review) throw notFound('review', reviewId);
  const formats = (['pdf', 'docx'] as const).filter((f) => request.attach.includes(f));
  const out: MessageAttachment[] = [];
  for (const format of formats) {
    out.push({
      filename: exportFileName(review.date, review.edition, format),
      contentType: CONTENT_TYPES[format],
      content: await renderDocument(db, doc, format, request.printer),
    });
  }
  return out;
}

/** The e-mail edition of a review and its message bytes (RFC 5322), with the chosen documents attached. */
export async function buildReviewMessage(
  db: Db,
  reviewId: number,
  request: EditionRequest,
  header: Omit<MessageOptions, 'attachments'>,
): Promise<{ bytes: Buffer; edition: EmailEdition }> {
  const doc = readMessageDocument(db, reviewId, request);
  const edition = buildEmailEdition(doc, { includeComments: request.includeComments });
  const bytes = await composeMessage(edition, { ...header, attachments: await attachments(db, reviewId, doc, request) });
  return { bytes, edition };
}
