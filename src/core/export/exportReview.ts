import type { DocumentFormat, ExportFormat as SavedFormat, Logo, ReviewLayout, UiLanguage } from '../../shared/domain.js';
import { notFound } from '../../shared/errors.js';
import type { Db } from '../store/database.js';
import { readReview } from '../store/reviewRepository.js';
import { readSettings } from '../store/settingsRepository.js';
import { buildDocx } from './buildDocx.js';
import { composeExport, type ExportDocument, type ExportLogo } from './exportModel.js';
import type { Printer } from './pdfPrinter.js';
import { PlaywrightPrinter } from './playwrightPrinter.js';
import { renderPdf } from './renderPdf.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/** The documents this module renders (the e-mail draft and the web page are core/send's). */
export type ExportFormat = DocumentFormat;
/** Every file a review can be saved as: the documents, and the e-mail draft and web page (core/send). */
export type FileFormat = SavedFormat;

export interface ExportReviewOptions {
  format: ExportFormat;
  layout?: ReviewLayout;
  lang: UiLanguage;
  /** The cover's logo; none by default. */
  logo?: ExportLogo | null;
  /** Prints the PDF; by default a shared headless Chromium (see sharedPrinter). */
  printer?: Printer;
}

let shared: PlaywrightPrinter | null = null;

/** One Chromium for every PDF export of the process, started on first use. */
export function sharedPrinter(executablePath?: string | null): Printer {
  shared ??= new PlaywrightPrinter(executablePath);
  return shared;
}

/** Stops the shared Chromium, if it was started (on quit). */
export async function closeSharedPrinter(): Promise<void> {
  const printer = shared;
  shared = null;
  await printer?.close();
}

function settingsLogo(logo: Logo | null): ExportLogo | null {
  if (!logo) return null;
  return { data: Buffer.from(logo.dataBase64, 'base64'), mimeType: logo.mimeType, width: logo.width, height: logo.height };
}

/** The file name an export is offered under: revue-de-presse-2025-12-31[-soir].docx */
export function exportFileName(date: string, edition: string, format: FileFormat): string {
  const slug = edition
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `revue-de-presse-${date}${slug ? `-${slug}` : ''}.${format}`;
}

/** The review laid out for export with the archive's settings (organisation). */
export function readExportDocument(db: Db, reviewId: number, options: Pick<ExportReviewOptions, 'lang' | 'layout' | 'logo'>): ExportDocument {
  const review = readReview(db, reviewId);
  if (!review) throw notFound('review', reviewId);
  const settings = readSettings(db);
  const logo = options.logo !== undefined ? options.logo : settingsLogo(settings.logo);
  return composeExport(review, {
    lang: options.lang,
    organisation: settings.organisation,
    distributionNotice: settings.distributionNotice,
    copyright: settings.copyright,
    ...(options.layout ? { layout: options.layout } : {}),
    ...(logo ? { logo } : {}),
  });
}

/** The review as a DOCX or PDF file's bytes. */
export async function exportReview(db: Db, reviewId: number, options: ExportReviewOptions): Promise<Buffer> {
  return renderDocument(db, readExportDocument(db, reviewId, options), options.format, options.printer);
}

/** A review already laid out, as DOCX or PDF bytes (the PDF by `printer` or the shared Chromium). */
export async function renderDocument(db: Db, doc: ExportDocument, format: ExportFormat, printer?: Printer): Promise<Buffer> {
  if (format === 'docx') return buildDocx(doc);
  return renderPdf(doc, printer ?? sharedPrinter(readSettings(db).chromiumPath || null));
}

/** Writes an export to `path` atomically: the old file stays whole until the new one is. */
export function writeExport(path: string, buffer: Uint8Array): void {
  writeFileAtomic(path, buffer);
}
