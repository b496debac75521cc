import type { ExportDocument, ExportItem } from '../export/exportModel.js';

export interface EmailTextOptions {
  includeComments: boolean;
}

const RULE = '—'.repeat(30);

/** The heading of a block, underlined so plain-text readers see the structure. */
function heading(text: string, mark: string): string {
  return `${text.toLocaleUpperCase()}\n${mark.repeat(Math.min(60, [...text].length))}`;
}

function renderItem(item: ExportItem, number: number, doc: ExportDocument, options: EmailTextOptions): string {
  const colon = doc.lang === 'fr' ? '\u00a0: ' : ': ';
  const lines: string[] = [`${number}. ${item.headline}`];
  lines.push([item.publication, item.date, item.byline ? `${item.byLabel} ${item.byline}` : null].filter(Boolean).join(' · '));
  if (item.originalTitle) lines.push(`${item.originalTitleLabel}${item.lang === 'ar' ? ': ' : colon}${item.originalTitle}`);
  const body: string[] = [lines.join('\n'), ...item.summary, ...item.quotes];
  if (options.includeComments && item.comment.length > 0) body.push(`[${doc.labels.comment}${colon}${item.comment.join(' ')}]`);
  const meta: string[] = [];
  if (item.alsoIn.length > 0) meta.push(`${doc.labels.alsoIn}${colon}${item.alsoIn.join(', ')}`);
  if (item.url) meta.push(`${doc.labels.readOriginal}${colon}${item.url}`);
  if (meta.length > 0) body.push(meta.join('\n'));
  return body.join('\n\n');
}

/**
 * The plain-text alternative of the e-mail, written from the export model (not stripped from the
 * HTML): masthead, editorial, numbered sommaire, then each section with its items in the same order.
 */
export function renderEmailText(doc: ExportDocument, options: EmailTextOptions): string {
  const blocks: string[] = [];
  blocks.push(
    [doc.organisation, doc.labels.pressReview.toLocaleUpperCase(), doc.longDate, doc.edition, doc.counts].filter(Boolean).join('\n'),
  );
  if (doc.intro.length > 0) blocks.push(`${heading(doc.labels.introduction, '-')}\n\n${doc.intro.join('\n\n')}`);
  let n = 0;
  if (doc.groups.length > 0) {
    const toc = doc.groups.map((g) => `${g.heading}\n${g.items.map((item) => `  ${++n}. ${item.headline} — ${item.publication}`).join('\n')}`);
    blocks.push(`${heading(doc.labels.contents, '-')}\n\n${toc.join('\n\n')}`);
  }
  n = 0;
  for (const group of doc.groups) {
    blocks.push(heading(group.heading, '='));
    for (const item of group.items) blocks.push(renderItem(item, ++n, doc, options));
  }
  blocks.push(`${RULE}\n${[doc.organisation, `${doc.labels.pressReview} · ${doc.longDate}`].filter(Boolean).join(' · ')}`);
  return `${blocks.join('\n\n\n')}\n`;
}
