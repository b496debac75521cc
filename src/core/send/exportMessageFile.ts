import type { ParsedInput } from '../../shared/contract.js';
import type { Printer } from '../export/pdfPrinter.js';
import type { Db } from '../store/database.js';
import { readSmtpServer } from '../store/smtpServerRepository.js';
import { newMessageId } from './composeMessage.js';
import { renderWebPage } from './emailEdition.js';
import { buildReviewMessage, readMessageDocument } from './reviewMessage.js';

type Request = Pick<ParsedInput<'reviews.export'>, 'reviewId' | 'lang' | 'layout' | 'attach' | 'includeComments'> & { format: 'eml' | 'html' };

/**
 * The review as an e-mail draft (.eml with X-Unsent: 1, the chosen documents attached, from the
 * archive's sender when one is set) or as a standalone web page (.html): the file's bytes.
 */
export async function exportMessageFile(db: Db, request: Request, printer?: Printer): Promise<Buffer> {
  const edition = { lang: request.lang, includeComments: request.includeComments ?? false, ...(request.layout ? { layout: request.layout } : {}) };
  if (request.format === 'html') return Buffer.from(renderWebPage(readMessageDocument(db, request.reviewId, edition), edition), 'utf8');
  const server = readSmtpServer(db);
  const from = server?.from || null;
  const { bytes } = await buildReviewMessage(
    db,
    request.reviewId,
    { ...edition, attach: request.attach ?? [], printer },
    { from, replyTo: server?.replyTo || null, to: null, messageId: newMessageId(from), draft: true },
  );
  return bytes;
}
