import juice from 'juice';
import type { ExportDocument, ExportItem, ExportLogo } from '../export/exportModel.js';
import { escapeHtml } from '../export/renderReviewHtml.js';
import { textDirection } from '../export/textDirection.js';
import { emailCss, SYSTEM_FONTS, type EmailFonts } from './emailCss.js';
import type { TextDirection } from '../../shared/domain.js';

export interface EmailHtmlOptions {
  /** Internal comments are printed only when the editor asks for them. */
  includeComments: boolean;
  /** `cid:` for a message (the logo travels as an inline attachment); `data:` for a standalone page. */
  images: 'cid' | 'data';
  fonts?: EmailFonts;
}

/** The Content-ID the message gives the logo; the HTML refers to it as cid:logo@revue. */
export const LOGO_CID = 'logo@revue';

/** The largest box the logo is drawn in, in CSS pixels: a masthead, not a poster. */
const LOGO_BOX = { width: 240, height: 80 };

function logoSize(logo: ExportLogo): { width: number; height: number } {
  const scale = Math.min(1, LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height);
  return { width: Math.max(1, Math.round(logo.width * scale)), height: Math.max(1, Math.round(logo.height * scale)) };
}

/** One paragraph in the direction of its own text: an Arabic quote in a French item reads right to left. */
function para(text: string, classes: string, fallback: TextDirection, lang?: string): string {
  const dir = textDirection(text, fallback);
  return `<p class="${classes} ${dir}" dir="${dir}"${lang ? ` lang="${escapeHtml(lang)}"` : ''}>${escapeHtml(text)}</p>`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Names isolated (<bdi>): an Arabic publication in a French credit line keeps the line's order. */
function creditLine(item: ExportItem): string {
  const parts = [`<i><bdi>${escapeHtml(item.publication)}</bdi></i>`];
  if (item.date) parts.push(escapeHtml(item.date));
  if (item.byline) parts.push(`${escapeHtml(item.byLabel)} <bdi>${escapeHtml(item.byline)}</bdi>`);
  return parts.join(' · ');
}

function renderItem(item: ExportItem, doc: ExportDocument, options: EmailHtmlOptions): string {
  const colon = doc.lang === 'fr' ? '\u00a0: ' : ': ';
  const own = item.dir;
  const [lead, ...rest] = item.summary;
  const parts: string[] = [];
  const headDir = textDirection(item.headline, own);
  parts.push(`<a name="${item.anchor}" id="${item.anchor}"></a><h2 class="headline ${headDir}" dir="${headDir}">${escapeHtml(item.headline)}</h2>`);
  parts.push(`<p class="credit ${own}" dir="${own}">${creditLine(item)}</p>`);
  if (item.originalTitle) {
    const sep = item.lang === 'ar' ? ': ' : colon;
    parts.push(para(`${item.originalTitleLabel}${sep}${item.originalTitle}`, 'original', own));
  }
  if (lead) parts.push(para(lead, 'para lead', own));
  for (const p of rest) parts.push(para(p, 'para', own));
  for (const quote of item.quotes) parts.push(para(quote, 'para quote', own));
  if (options.includeComments && item.comment.length > 0) {
    const dir = textDirection(item.comment.join(' '), 'ltr');
    parts.push(
      `<div class="comment ${dir}" dir="${dir}" lang="${doc.lang}"><p class="comment-label">${escapeHtml(doc.labels.comment)}</p>${item.comment
        .map((p) => para(p, 'para', 'ltr'))
        .join('')}</div>`,
    );
  }
  const meta: string[] = [];
  if (item.alsoIn.length > 0) meta.push(`${escapeHtml(doc.labels.alsoIn)}${colon}${item.alsoIn.map(escapeHtml).join(', ')}`);
  // The address is shown by its site only: a full URL would overflow the 600 px column.
  if (item.url) meta.push(`<a href="${escapeHtml(item.url)}">${escapeHtml(doc.labels.readOriginal)}</a> (${escapeHtml(hostOf(item.url))})`);
  if (meta.length > 0) parts.push(`<p class="meta ltr" dir="ltr" lang="${doc.lang}">${meta.join(' · ')}</p>`);
  return `<tr><td class="item-cell" lang="${escapeHtml(item.lang)}" dir="${own}">${parts.join('\n')}</td></tr>`;
}

function renderMasthead(doc: ExportDocument, options: EmailHtmlOptions): string {
  let logo = '';
  if (doc.logo) {
    const { width, height } = logoSize(doc.logo);
    const src = options.images === 'cid' ? `cid:${LOGO_CID}` : `data:${doc.logo.mimeType};base64,${Buffer.from(doc.logo.data).toString('base64')}`;
    logo = `<img class="logo" src="${src}" width="${width}" height="${height}" alt="${escapeHtml(doc.organisation)}">`;
  }
  return `<tr><td class="masthead" dir="ltr">
${logo}
${doc.organisation ? `<p class="org">${escapeHtml(doc.organisation)}</p>` : ''}
<h1 class="title">${escapeHtml(doc.labels.pressReview)}</h1>
<p class="date">${escapeHtml(doc.longDate)}</p>
${doc.edition ? `<p class="edition">${escapeHtml(doc.edition)}</p>` : ''}
<p class="counts">${escapeHtml(doc.counts)}</p>
</td></tr>`;
}

function renderToc(doc: ExportDocument): string {
  const groups = doc.groups.map((group) => {
    const entries = group.items.map((item) => {
      const dir = textDirection(item.headline, item.dir);
      return `<p class="toc-entry ${dir}" dir="${dir}"><a href="#${item.anchor}">${escapeHtml(item.headline)}</a> <span class="toc-source">— ${escapeHtml(
        item.publication,
      )}</span></p>`;
    });
    return `<p class="toc-group"><a href="#${group.anchor}">${escapeHtml(group.heading)}</a></p>${entries.join('\n')}`;
  });
  return `<tr><td class="block" dir="ltr"><p class="heading">${escapeHtml(doc.labels.contents)}</p>${groups.join('\n')}</td></tr>`;
}

function renderIntro(doc: ExportDocument): string {
  if (doc.intro.length === 0) return '';
  return `<tr><td class="block"><p class="heading">${escapeHtml(doc.labels.introduction)}</p>${doc.intro.map((p) => para(p, 'para', 'ltr')).join('\n')}</td></tr>`;
}

/**
 * The review as an HTML e-mail that holds in Outlook, Gmail and Apple Mail: nested 600 px tables,
 * every style inlined, pixel sizes, system fonts, each paragraph in its own direction, the logo
 * by Content-ID. Built from the same export model as the PDF and the DOCX; every text escaped.
 */
export function renderEmailHtml(doc: ExportDocument, options: EmailHtmlOptions): string {
  const groups = doc.groups.map((group) => {
    const dir = textDirection(group.heading, 'ltr');
    return `<tr><td class="section-cell" dir="${dir}"><a name="${group.anchor}" id="${group.anchor}"></a><h2 class="section ${dir}">${escapeHtml(group.heading)}</h2></td></tr>
${group.items.map((item) => renderItem(item, doc, options)).join('\n')}`;
  });
  const footer = [doc.organisation, `${doc.labels.pressReview} · ${doc.longDate}`].filter(Boolean).map(escapeHtml).join(' · ');
  const html = `<!doctype html>
<html lang="${doc.lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${escapeHtml(doc.title)}</title>
<style>${emailCss(options.fonts ?? SYSTEM_FONTS)}</style>
</head>
<body>
<table role="presentation" class="page" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="page-cell" align="center">
<table role="presentation" class="sheet" width="600" cellpadding="0" cellspacing="0" border="0">
${renderMasthead(doc, options)}
${renderIntro(doc)}
${doc.groups.length > 0 ? renderToc(doc) : ''}
${groups.join('\n')}
<tr><td class="footer">${footer}</td></tr>
</table>
</td></tr></table>
</body>
</html>
`;
  return juice(html, { preserveMediaQueries: true, removeStyleTags: true, applyWidthAttributes: false, applyHeightAttributes: false });
}
