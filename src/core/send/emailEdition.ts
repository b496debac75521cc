import type { UiLanguage } from '../../shared/domain.js';
import type { ExportDocument, ExportLogo } from '../export/exportModel.js';
import { embeddedFontFaces, NASKH, SERIF } from '../export/fonts.js';
import { renderEmailHtml } from './renderEmailHtml.js';
import { renderEmailText } from './renderEmailText.js';

/** The review as a message: its subject and two alternatives written from one model. */
export interface EmailEdition {
  subject: string;
  html: string;
  text: string;
  lang: UiLanguage;
  /** Sent as an inline attachment the HTML refers to by Content-ID. */
  logo: ExportLogo | null;
  itemCount: number;
}

export interface EditionOptions {
  includeComments: boolean;
}

/** The subject line: the review's title, and its edition when there is one. */
export function emailSubject(doc: ExportDocument): string {
  return doc.edition ? `${doc.title} — ${doc.edition}` : doc.title;
}

/** The same document with the editor's internal comments removed (for attachments sent outside). */
export function withoutComments(doc: ExportDocument): ExportDocument {
  return { ...doc, groups: doc.groups.map((g) => ({ ...g, items: g.items.map((item) => ({ ...item, comment: [] })) })) };
}

/** The e-mail edition of a laid-out review: HTML (logo by Content-ID) and plain text. */
export function buildEmailEdition(doc: ExportDocument, options: EditionOptions): EmailEdition {
  return {
    subject: emailSubject(doc),
    html: renderEmailHtml(doc, { includeComments: options.includeComments, images: 'cid' }),
    text: renderEmailText(doc, options),
    lang: doc.lang,
    logo: doc.logo,
    itemCount: doc.groups.reduce((n, g) => n + g.items.length, 0),
  };
}

const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/**
 * The review as one standalone web page for an intranet or a shared folder: the e-mail layout
 * with the logo and the export's fonts (Noto Serif, Noto Naskh Arabic) inside the file, nothing
 * loaded from elsewhere.
 */
export function renderWebPage(doc: ExportDocument, options: EditionOptions): string {
  const html = renderEmailHtml(doc, {
    includeComments: options.includeComments,
    images: 'data',
    fonts: { latin: `${SERIF}, Georgia, serif`, arabic: `${NASKH}, ${SERIF}, serif` },
  });
  const head = `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">\n<style>\n${embeddedFontFaces()}\n</style>\n</head>`;
  return html.replace('</head>', head);
}
