import { EXPORT_CSS, pageCss } from './exportCss.js';
import type { ExportDocument, ExportItem, TextMark } from './exportModel.js';
import { embeddedFontFaces } from './fonts.js';
import { textDirection } from './textDirection.js';

export interface RenderHtmlOptions {
  /** Page of each anchor, for the sommaire; without it the sommaire has no numbers (preview). */
  pageNumbers?: ReadonlyMap<string, number>;
  /** Inline the fonts as data: URLs (default true); off only where the fonts are already loaded. */
  embedFonts?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const langAttrs = (item: ExportItem): string => ` lang="${escapeHtml(item.lang)}" dir="${item.dir}"`;
const markAttrs = (mark: TextMark): string => ` lang="${escapeHtml(mark.lang)}" dir="${mark.dir}"`;

/**
 * A name isolated in its own direction, marked Arabic when it is: set in italics where Latin
 * names are (publications), an Arabic name stays upright (the Naskh has no italic).
 */
const nameAttrs = (name: string): string => (textDirection(name) === 'rtl' ? ' lang="ar"' : '');

/** The colon of a language: "\u00A0: " in French, ": " otherwise. */
const colon = (lang: string): string => (lang === 'fr' ? '\u00A0: ' : ': ');

/** Publication, date and author in the credit line's own language; names isolated in their own direction. */
function credit(item: ExportItem): string {
  const parts = [`<cite><bdi${nameAttrs(item.publication)}>${escapeHtml(item.publication)}</bdi></cite>`];
  if (item.date) parts.push(escapeHtml(item.date));
  if (item.byline) parts.push(`${escapeHtml(item.byLabel)} <bdi>${escapeHtml(item.byline)}</bdi>`);
  return parts.join(' · ');
}

function renderItem(item: ExportItem, doc: ExportDocument): string {
  const [lead, ...rest] = item.summary;
  const [leadMark, ...restMarks] = item.texts.summary;
  const meta: string[] = [];
  if (item.alsoIn.length > 0) meta.push(`${escapeHtml(doc.labels.alsoIn)}${colon(doc.lang)}${item.alsoIn.map((name) => `<bdi>${escapeHtml(name)}</bdi>`).join(', ')}`);
  if (item.url) meta.push(`<a href="${escapeHtml(item.url)}"><bdi>${escapeHtml(item.urlLabel ?? item.url)}</bdi></a>`);
  const creditDir = item.creditLang === 'ar' ? 'rtl' : 'ltr';
  const original = item.originalTitle && item.texts.originalTitle
    ? `<p class="original-title" lang="${escapeHtml(item.creditLang)}" dir="${creditDir}">${escapeHtml(item.originalTitleLabel)}${colon(item.creditLang)}<bdi${markAttrs(item.texts.originalTitle)}>${escapeHtml(item.originalTitle)}</bdi></p>`
    : '';
  return `<article class="item"${langAttrs(item)}>
<header class="item-head" id="${item.anchor}">
<h2${markAttrs(item.texts.headline)}>${escapeHtml(item.headline)}</h2>
<p class="credit" lang="${escapeHtml(item.creditLang)}" dir="${creditDir}">${credit(item)}</p>
${original}
</header>
${lead && leadMark ? `<p class="lead"${markAttrs(leadMark)}>${escapeHtml(lead)}</p>` : ''}
${rest.length > 0 ? `<div class="summary">${rest.map((p, i) => `<p${restMarks[i] ? markAttrs(restMarks[i]) : ''}>${escapeHtml(p)}</p>`).join('')}</div>` : ''}
${item.quotes.map((q, i) => `<blockquote class="quote"${item.texts.quotes[i] ? markAttrs(item.texts.quotes[i]) : ''}><p>${escapeHtml(q)}</p></blockquote>`).join('\n')}
${
  item.comment.length > 0
    ? `<aside class="comment" lang="${doc.lang}" dir="ltr"><p class="comment-label">${escapeHtml(doc.labels.comment)}</p>${item.comment
        .map((p, i) => `<p${item.texts.comment[i] ? markAttrs(item.texts.comment[i]) : ''}>${escapeHtml(p)}</p>`)
        .join('')}</aside>`
    : ''
}
${meta.length > 0 ? `<p class="item-meta" lang="${doc.lang}" dir="ltr">${meta.join(' · ')}</p>` : ''}
</article>`;
}

/** The id of the sommaire's page number for an anchor, which the PDF printer fills in. */
export const pageId = (anchor: string): string => `page-of-${anchor}`;

function pageOf(anchor: string, options: RenderHtmlOptions): string {
  const page = options.pageNumbers?.get(anchor);
  return page === undefined ? '' : String(page);
}

function renderToc(doc: ExportDocument, options: RenderHtmlOptions): string {
  const groups = doc.groups.map((group) => {
    const entries = group.items.map(
      (item) => `<li class="toc-entry"><a class="toc-line" href="#${item.anchor}"><span class="toc-text"><bdi class="toc-headline"${markAttrs(item.texts.headline)}>${escapeHtml(
        item.headline,
      )}</bdi> <bdi class="toc-source"${nameAttrs(item.publication)}>${escapeHtml(item.publication)}</bdi></span><span class="toc-leader" aria-hidden="true"></span><span class="toc-page" id="${pageId(item.anchor)}">${pageOf(item.anchor, options)}</span></a></li>`,
    );
    return `<section class="toc-group"><p class="toc-group-title"><a class="toc-line" href="#${group.anchor}"><span class="toc-text">${escapeHtml(
      group.heading,
    )}</span><span class="toc-leader" aria-hidden="true"></span><span class="toc-page" id="${pageId(group.anchor)}">${pageOf(group.anchor, options)}</span></a></p><ol>${entries.join(
      '',
    )}</ol></section>`;
  });
  return `<nav class="toc" aria-labelledby="toc-title"><h1 id="toc-title">${escapeHtml(doc.labels.contents)}</h1>${groups.join('\n')}</nav>`;
}

function renderCover(doc: ExportDocument): string {
  const logo = doc.logo
    ? `<img class="cover-logo" alt="" src="data:${doc.logo.mimeType};base64,${Buffer.from(doc.logo.data).toString('base64')}">`
    : '';
  return `<section class="cover">
${logo}
${doc.organisation ? `<p class="cover-org">${escapeHtml(doc.organisation)}</p>` : ''}
<p class="cover-title">${escapeHtml(doc.labels.pressReview)}</p>
<p class="cover-date">${escapeHtml(doc.longDate)}</p>
${doc.edition ? `<p class="cover-edition">${escapeHtml(doc.edition)}</p>` : ''}
${doc.distributionNotice ? `<p class="cover-notice">${escapeHtml(doc.distributionNotice)}</p>` : ''}
<div class="cover-counts"><hr class="cover-rule">${escapeHtml(doc.counts)}${doc.copyright ? `<p class="cover-copyright">${escapeHtml(doc.copyright)}</p>` : ''}</div>
</section>`;
}

function renderSources(doc: ExportDocument): string {
  const rows = doc.sources.map(
    (s) => `<tr><td><cite${nameAttrs(s.publication)}>${escapeHtml(s.publication)}</cite></td><td class="count">${s.count}</td><td>${s.dates.map(escapeHtml).join(', ')}</td></tr>`,
  );
  return `<section class="sources"><h1 id="sources">${escapeHtml(doc.labels.sourcesCited)}</h1>
<table><thead><tr><th>${escapeHtml(doc.labels.publication)}</th><th>${escapeHtml(doc.labels.articles)}</th><th>${escapeHtml(
    doc.labels.dates,
  )}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/**
 * The review as one self-contained HTML page (fonts inlined, nothing loaded from outside): the
 * preview shows it and Chromium prints it to PDF. Every text is escaped.
 */
export function renderReviewHtml(doc: ExportDocument, options: RenderHtmlOptions = {}): string {
  const intro =
    doc.intro.length > 0
      ? `<section class="intro"><h1>${escapeHtml(doc.labels.introduction)}</h1>${doc.intro.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</section>`
      : '';
  const groups = doc.groups.map(
    (group) =>
      `<section class="group"><div class="group-head" id="${group.anchor}"><h1>${escapeHtml(group.heading)}</h1></div>\n${group.items
        .map((item) => renderItem(item, doc))
        .join('\n')}</section>`,
  );
  const page = pageCss({
    organisation: doc.organisation,
    runningTitle: doc.runningTitle,
    pageLabel: doc.labels.page,
  });
  return `<!doctype html>
<html lang="${doc.lang}" dir="ltr">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.title)}</title>
<meta name="author" content="${escapeHtml(doc.organisation)}">
<meta name="generator" content="Revue">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<style>
${options.embedFonts === false ? '' : embeddedFontFaces()}
${EXPORT_CSS}
${page}
</style>
</head>
<body>
${renderCover(doc)}
${renderToc(doc, options)}
${intro}
<main>
${groups.join('\n')}
</main>
${renderSources(doc)}
</body>
</html>
`;
}
