import { RevueError } from '../../shared/errors.js';
import type { ExportDocument } from './exportModel.js';
import { readNamedDestinations, withDocumentInfo } from './pdfStructure.js';
import type { Printer } from './pdfPrinter.js';
import { pageId, renderReviewHtml } from './renderReviewHtml.js';

/** Passes after which the numbers are kept even if they still move (they settle in two). */
const MAX_PASSES = 4;

/**
 * Prints the review to PDF with real page numbers in the sommaire: print, read on which page
 * each sommaire link's target landed (the PDF's named destinations), fill in those numbers and
 * print again, until the numbers printed are the pages found. Then adds author and language.
 */
export async function renderPdf(doc: ExportDocument, printer: Printer): Promise<Buffer> {
  const anchors = doc.groups.flatMap((g) => [g.anchor, ...g.items.map((i) => i.anchor)]);
  let printed: ReadonlyMap<string, number> | null = null;
  let passes = 0;
  const revise = (pdf: Buffer): Record<string, string> | null => {
    passes++;
    const found = readNamedDestinations(pdf);
    const missing = anchors.filter((a) => !found.has(a));
    if (missing.length > 0) throw new RevueError('EXPORT_FAILED', { detail: `no page found for ${missing.slice(0, 3).join(', ')}` });
    const settled = printed !== null && anchors.every((a) => printed?.get(a) === found.get(a));
    if (settled || passes >= MAX_PASSES) return null;
    printed = found;
    return Object.fromEntries(anchors.map((a) => [pageId(a), String(found.get(a))]));
  };
  const pdf = await printer.printToPdf(renderReviewHtml(doc), { outline: true, tagged: true, revise });
  return withDocumentInfo(pdf, { title: doc.title, author: doc.organisation || doc.labels.pressReview, subject: doc.runningTitle, lang: doc.lang });
}
